package org.steward.app.audit;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.stream.Stream;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcClientAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration;
import org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Import;

/**
 * {@code java -jar steward.jar verify-audit}: checks the audit trail against the configured
 * database and exits 0 when intact, 1 when broken, 2 when it could not be checked. It starts
 * only a data source: no web server, no migrations (verifying must not change the database),
 * no scheduled jobs.
 */
public final class AuditCommand {
  public static final String NAME = "verify-audit";

  private AuditCommand() {}

  /** Also runnable on its own, e.g. through Spring Boot's PropertiesLauncher. */
  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Checks the trail, prints the report and returns the exit status (0, 1 or 2). */
  public static int run(String[] args) {
    return run(args, System.out, System.err);
  }

  static int run(String[] args, PrintStream out, PrintStream err) {
    // Quiet by default; a later --logging.level.root=... on the command line still wins.
    String[] quiet = Stream.concat(Stream.of("--logging.level.root=WARN"), Arrays.stream(args))
        .toArray(String[]::new);
    try (ConfigurableApplicationContext context = new SpringApplicationBuilder(Context.class)
        .web(WebApplicationType.NONE).bannerMode(Banner.Mode.OFF).logStartupInfo(false)
        .run(quiet)) {
      VerificationReport report = context.getBean(AuditVerifier.class).verify();
      out.println(report.summary());
      if (report.ok()) {
        out.println("Head hash: " + report.headHash());
      }
      return report.ok() ? 0 : 1;
    } catch (RuntimeException e) {
      err.println("Could not check the audit trail: " + rootMessage(e));
      return 2;
    }
  }

  private static String rootMessage(Throwable e) {
    Throwable cause = e;
    while (cause.getCause() != null) {
      cause = cause.getCause();
    }
    return cause.getMessage();
  }

  // Not a @Configuration, so the main application's component scan never picks it up.
  @ImportAutoConfiguration({DataSourceAutoConfiguration.class,
      DataSourceTransactionManagerAutoConfiguration.class, TransactionAutoConfiguration.class,
      JdbcTemplateAutoConfiguration.class, JdbcClientAutoConfiguration.class})
  @Import({AuditEntries.class, AuditVerifier.class})
  static class Context {}
}
