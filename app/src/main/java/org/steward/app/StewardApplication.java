package org.steward.app;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.steward.app.audit.AuditCommand;

/** Steward: an institution's social media policy, working as software. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class StewardApplication {

  /**
   * Starts the web application, or runs a command: {@code verify-audit} checks the audit trail
   * and exits (0 intact, 1 broken, 2 could not check).
   */
  public static void main(String[] args) {
    if (args.length > 0 && AuditCommand.NAME.equals(args[0])) {
      System.exit(AuditCommand.run(java.util.Arrays.copyOfRange(args, 1, args.length)));
    }
    SpringApplication.run(StewardApplication.class, args);
  }
}
