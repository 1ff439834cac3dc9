package org.steward.app.architecture;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;
import org.steward.app.StewardApplication;

/**
 * The app's modules (one per direct sub-package of {@code org.steward.app}) depend only on what
 * each {@code package-info.java} allows, reach other modules only through their public top-level
 * types, and form no cycle. The module diagrams in {@code docs/modules/} are written by {@link
 * #writeTheModuleDiagrams()}: run {@code ./mvnw -q -pl app -am test -Dtest=ModularityTests
 * -Dsurefire.failIfNoSpecifiedTests=false} after changing a module and commit what changed.
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
  void writeTheModuleDiagrams() {
    Path docs = Path.of(System.getProperty("user.dir")).resolve("../docs/modules").normalize();
    new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(docs.toString()))
        .writeModulesAsPlantUml()
        .writeIndividualModulesAsPlantUml()
        .writeModuleCanvases();
  }
}
