package org.steward.app.architecture;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;
import org.steward.app.StewardApplication;

/**
 * The app's modules (one per direct sub-package of {@code org.steward.app}) depend only on what
 * each {@code package-info.java} allows, reach other modules only through their public top-level
 * types, and form no cycle. The module diagrams committed in {@code docs/modules/} are what the
 * Documenter writes for today's code ({@link #theCommittedModuleDiagramsAreCurrent()}): after
 * changing a module, run {@code ./mvnw -q -pl app -am test -Dtest=ModularityTests
 * -Dsurefire.failIfNoSpecifiedTests=false}; it fails once, writes the new diagrams, and passes when
 * run again. Commit what changed.
 */
class ModularityTests {
  static final ApplicationModules MODULES = ApplicationModules.of(StewardApplication.class);

  @Test
  void everyModuleKeepsToItsDeclaredDependencies() {
    MODULES.verify();
  }

  @Test
  void noPackageOfTheAppDependsOnItselfInACycle() {
    slices().matching("org.steward.app.(**)").should().beFreeOfCycles()
        .check(ModuleBoundariesTest.APP);
  }

  @Test
  void theCommittedModuleDiagramsAreCurrent(@TempDir Path generated) throws IOException {
    new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(generated.toString()))
        .writeModulesAsPlantUml()
        .writeIndividualModulesAsPlantUml()
        .writeModuleCanvases();
    Map<String, String> current = read(generated, true);
    Path docs = Path.of(System.getProperty("user.dir")).resolve("../docs/modules").normalize();
    Map<String, String> committed = read(docs, false);
    if (!current.equals(committed)) {
      // Written for the developer to commit; a clean checkout whose diagrams are current never gets here.
      for (String gone : committed.keySet()) {
        if (!current.containsKey(gone)) {
          Files.delete(docs.resolve(gone));
        }
      }
      for (var file : current.entrySet()) {
        Files.writeString(docs.resolve(file.getKey()), file.getValue(), StandardCharsets.UTF_8);
      }
    }
    assertThat(committed).as("docs/modules differs from the modules in the code; it has been"
        + " regenerated: review and commit it").isEqualTo(current);
  }

  @Test
  void theDiagramsDoNotDependOnTheOrderTheDocumenterWritesThemIn() {
    String one = "Component(b)\nComponent(a)\n}\nRel(b, a)\nRel(a, b)\n|* `y`\n* `x`\n|===\n";
    String other = "Component(a)\nComponent(b)\n}\nRel(a, b)\nRel(b, a)\n|* `x`\n* `y`\n|===\n";
    assertThat(StableDiagrams.of(one)).isEqualTo(StableDiagrams.of(other)).isEqualTo(other);
  }

  private static Map<String, String> read(Path folder, boolean stabilise) throws IOException {
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> list = Files.list(folder)) {
      for (Path p : list.filter(Files::isRegularFile).toList()) {
        String text = Files.readString(p, StandardCharsets.UTF_8);
        files.put(p.getFileName().toString(), stabilise ? StableDiagrams.of(text) : text);
      }
    }
    return files;
  }
}
