package org.steward.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * The embedded database's folder (./data/ by default, beside vault.key) is made owner-only before
 * the database opens: the folder 0700 and the files in it 0600, so another account on the machine
 * can read neither the people directory nor the audit trail. Only for an H2 file database.
 */
@Configuration(proxyBeanMethods = false)
class DataFolder {
  private static final String H2_FILE = "jdbc:h2:file:";

  @Bean
  static BeanFactoryPostProcessor ownerOnlyDataFolder(Environment environment) {
    return beanFactory -> secure(environment.getProperty("spring.datasource.url", ""));
  }

  /** Creates or tightens the folder of an H2 file database URL; does nothing for other URLs. */
  static void secure(String url) {
    if (!url.startsWith(H2_FILE)
        || !FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
      return;
    }
    String path = url.substring(H2_FILE.length());
    int options = path.indexOf(';');
    path = options < 0 ? path : path.substring(0, options);
    if (path.startsWith("~")) {
      path = System.getProperty("user.home") + path.substring(1);
    }
    Path folder = Path.of(path).toAbsolutePath().getParent();
    if (folder == null) {
      return;
    }
    try {
      Files.createDirectories(folder);
      Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
      try (Stream<Path> files = Files.list(folder)) {
        for (Path f : (Iterable<Path>) files::iterator) {
          if (Files.isRegularFile(f)) {
            Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("rw-------"));
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Could not make the data folder " + folder + " owner-only", e);
    }
  }
}
