package org.steward.app.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.steward.app.identity.Actor;

/** {@code steward.jar verify-audit}: the report on standard output and the exit status. */
@SpringBootTest
class AuditCommandTest {
  @Autowired DataSource dataSource;
  @Autowired AuditTrail audit;
  @Autowired JdbcClient jdbc;
  @Autowired PlatformTransactionManager transactions;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  @BeforeEach
  void threeEntries() {
    jdbc.sql("delete from audit_entries").update();
    jdbc.sql("update audit_head set last_seq = 0, last_hash = ? where id = 1")
        .param(AuditChain.GENESIS).update();
    new TransactionTemplate(transactions).executeWithoutResult(s -> {
      for (int i = 1; i <= 3; i++) {
        audit.record(Actor.SYSTEM, "person.imported", "person", Integer.toString(i), null);
      }
    });
  }

  @Test
  void exitsZeroAndPrintsTheHeadWhenIntact() throws SQLException {
    assertThat(run("--spring.datasource.url=" + url())).isZero();

    assertThat(text(out)).contains("The audit trail is intact: 3 entries checked.")
        .contains("Head hash: ");
  }

  @Test
  void exitsOneAndNamesTheFirstBrokenLink() throws SQLException {
    jdbc.sql("update audit_entries set action = 'person.removed' where seq = 2").update();

    assertThat(run("--spring.datasource.url=" + url())).isEqualTo(1);

    assertThat(text(out)).contains("The audit trail is broken. "
        + "Entry 2 was changed after it was written.");
  }

  @Test
  void exitsTwoWhenTheDatabaseHasNoTrail() {
    String empty = "jdbc:h2:mem:no-trail;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE";

    assertThat(run("--spring.datasource.url=" + empty)).isEqualTo(2);

    assertThat(text(err)).startsWith("Could not check the audit trail")
        .containsIgnoringCase("audit_head");
  }

  private int run(String datasource) {
    return AuditCommand.run(new String[] {AuditCommand.NAME, datasource},
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  private String url() throws SQLException {
    return dataSource.unwrap(HikariDataSource.class).getJdbcUrl();
  }

  private static String text(ByteArrayOutputStream bytes) {
    return bytes.toString(StandardCharsets.UTF_8);
  }
}
