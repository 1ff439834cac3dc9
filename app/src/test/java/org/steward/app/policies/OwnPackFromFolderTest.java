package org.steward.app.policies;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.steward.app.support.WebSession;
import org.steward.engine.Clause;

/**
 * The college's pack put in force through {@code STEWARD_POLICY_DIR}: read at start-up beside the
 * shipped packs. A broken file in the same folder is not enforced, every problem is in the log and
 * on the policies page with its line and field, and Steward starts all the same.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"steward.demo-data=true", "db-scheduler.enabled=false"})
@AutoConfigureMockMvc
@ExtendWith(OutputCaptureExtension.class)
class OwnPackFromFolderTest extends OwnPackScenario {
  static final Path FOLDER = folder();

  private static Path folder() {
    try {
      Path dir = Files.createTempDirectory("steward-policies");
      Files.writeString(dir.resolve("northfield.yaml"), northfield("northfield-policy"));
      Files.writeString(dir.resolve("broken.yaml"), """
          pack: broken-policy
          title: A pack with mistakes
          owner: Nobody
          approved: { by: Nobody, on: 2026-13-01 }
          review-by: 2027-01-01
          audience: [staff]
          clauses:
            "no digits": { section: "1", kind: check, text: "x" }
          settings:
            app.custom-flag: true
          """);
      Files.writeString(dir.resolve("notes.txt"), "not a pack: ignored");
      dir.toFile().deleteOnExit();
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @DynamicPropertySource
  static void folder(DynamicPropertyRegistry registry) {
    registry.add("steward.policies.directory", FOLDER::toString);
  }

  @org.springframework.boot.test.web.server.LocalServerPort int port;
  @Autowired PolicyLibrary library;

  @Override
  String packId() {
    return "northfield-policy";
  }

  @Test
  @Clause({"DOC-1"})
  void aBrokenFileIsReportedWithEveryProblemAndNotEnforced(CapturedOutput output) {
    assertThat(library.broken()).singleElement().satisfies(f -> {
      assertThat(f.file()).isEqualTo("broken.yaml");
      assertThat(f.problems()).extracting(p -> p.line() + " " + p.field()).contains(
          "4 approved.on", "8 clauses.no digits", "10 settings.app.custom-flag");
    });
    library.load(); // what start-up did, again, to see the log
    assertThat(output.getOut() + output.getErr()).contains("Policy file broken.yaml is not enforced")
        .contains("broken.yaml:10: settings.app.custom-flag: 'app.custom-flag' is not a setting anything reads");
    WebSession admin = new WebSession(port);
    admin.signIn("admin", PW);
    String page = admin.get("/policies").body();
    assertThat(page).contains("broken.yaml").contains("Line 8, clauses.no digits")
        .contains("Northfield College Social Media Code");
    assertThat(admin.get("/").body()).contains("Fix the policy file broken.yaml");
    assertThat(jdbc.sql("select count(*) from policy_versions where pack_id = 'broken-policy'")
        .query(Long.class).single()).isZero();
  }
}
