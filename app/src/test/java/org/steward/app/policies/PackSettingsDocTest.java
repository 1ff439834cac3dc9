package org.steward.app.policies;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Every pack setting a feature declares is documented in {@code docs/packs.md} with its type and
 * default, and the app's loader refuses what nobody declares ({@code app.*} included).
 */
@SpringBootTest(properties = "db-scheduler.enabled=false")
class PackSettingsDocTest {
  @Autowired PackReader reader;

  @Test
  void everyDeclaredSettingIsDocumented() throws Exception {
    String doc = Files.readString(Path.of(System.getProperty("user.dir")).resolve("../docs/packs.md").normalize());
    String section = doc.substring(doc.indexOf("### Settings the app reads"));
    assertThat(reader.declared().keySet()).isNotEmpty().allSatisfy(key ->
        assertThat(section).as("docs/packs.md, 'Settings the app reads'").contains("`" + key + "`"));
  }

  @Test
  void aSettingNobodyDeclaresIsAProblemAtItsLine() {
    String yaml = OwnPackScenario.northfield("undeclared").replace("  accounts.min-managers: 3\n",
        "  accounts.min-managers: 3\n  app.colour: blue\n  accounts.min-manager: 2\n");
    PackReader.Read read = reader.read(yaml, "undeclared.yaml");
    assertThat(read.ok()).isFalse();
    assertThat(read.problems()).extracting(p -> p.line() + " " + p.field())
        .contains("21 settings.app.colour", "22 settings.accounts.min-manager");
    assertThat(read.problems().toString()).contains("accounts.min-managers");
  }
}
