package org.steward.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.steward.app.support.WebSession;

/**
 * Issue #8, item 7: after several wrong passwords in a row, the person is told by e-mail (a real
 * SMTP server, GreenMail, on a free port) that nothing is locked; a name nobody has sends nothing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "steward.demo-data=true", "db-scheduler.enabled=false", "steward.sign-in.notify-after=3",
    "steward.sign-in.client-per-minute=1000", "spring.mail.host=localhost",
    "steward.mail.from=steward@college.example"})
class SignInAlertMailTest {
  /** A free port, so suites in several worktrees can run at once (not GreenMail's fixed 3025). */
  static final int SMTP_PORT = org.steward.app.support.FreePort.find();

  @RegisterExtension
  static GreenMailExtension mail = new GreenMailExtension(
      new com.icegreen.greenmail.util.ServerSetup(SMTP_PORT, "127.0.0.1", "smtp"));

  @DynamicPropertySource
  static void smtp(DynamicPropertyRegistry registry) {
    registry.add("spring.mail.port", () -> SMTP_PORT);
  }

  @LocalServerPort int port;

  @Test
  void thePersonIsToldByEmailAfterRepeatedWrongPasswords() throws Exception {
    for (int i = 0; i < 3; i++) {
      new WebSession(port).signIn("no.such.person", "wrong-" + i);
    }
    for (int i = 0; i < 3; i++) {
      new WebSession(port).signIn("tutor", "wrong-" + i);
    }
    long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(10);
    while (java.util.Arrays.stream(mail.getReceivedMessages())
        .noneMatch(m -> subject(m).contains("wrong passwords")) && System.nanoTime() < deadline) {
      mail.waitForIncomingEmail(500, mail.getReceivedMessages().length + 1);
    }
    Thread.sleep(500);
    // Only the sign-in alerts: the demo data's own notifications (an account request waiting for
    // its approvers) may also reach the server, depending on when it started.
    MimeMessage[] received = java.util.Arrays.stream(mail.getReceivedMessages())
        .filter(m -> subject(m).contains("wrong passwords")).toArray(MimeMessage[]::new);
    assertThat(received).hasSize(1);
    assertThat(received[0].getAllRecipients()[0].toString()).isNotBlank();
    assertThat(received[0].getSubject()).contains("wrong passwords").contains("not locked");
    assertThat(GreenMailUtil.getBody(received[0])).doesNotContain("wrong-0");
  }

  private static String subject(MimeMessage m) {
    try {
      return String.valueOf(m.getSubject());
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }
}
