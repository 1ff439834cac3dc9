package org.steward.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.DriverManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue #8, item 11: the embedded database's folder and files are owner-only, like vault.key. */
class DataFolderTest {
  @TempDir Path tmp;

  @Test
  void theDataFolderAndTheDatabaseFileAreOwnerOnly() throws Exception {
    Path folder = tmp.resolve("data");
    Files.createDirectories(folder);
    Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
    String url = "jdbc:h2:file:" + folder.resolve("steward") + ";MODE=PostgreSQL";
    try (var c = DriverManager.getConnection(url, "sa", "")) {
      c.createStatement().execute("create table t (x int)");
    }
    Path db = folder.resolve("steward.mv.db");
    assertThat(Files.getPosixFilePermissions(db)).as("H2 creates its file with the umask").isNotEmpty();

    DataFolder.secure(url);

    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder))).isEqualTo("rwx------");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(db))).isEqualTo("rw-------");
  }

  @Test
  void aNewFolderIsCreatedOwnerOnlyAndOtherDatabasesAreLeftAlone() throws Exception {
    Path folder = tmp.resolve("fresh");
    DataFolder.secure("jdbc:h2:file:" + folder.resolve("steward") + ";AUTO_SERVER=FALSE");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder))).isEqualTo("rwx------");
    DataFolder.secure("jdbc:postgresql://localhost/steward");
    DataFolder.secure("jdbc:h2:mem:x");
  }
}
