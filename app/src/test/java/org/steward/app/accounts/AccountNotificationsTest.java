package org.steward.app.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.steward.app.notifications.Notifications;
import org.steward.app.people.OrganisationService;
import org.steward.app.people.People;
import org.steward.app.people.PeopleService;
import org.steward.engine.Clause;

/**
 * Requesters, approvers and marketing are told by e-mail (a real SMTP server, GreenMail) and in
 * the app; the e-mails link back and never carry a secret.
 */
@SpringBootTest(properties = {AccountWorkflowTests.PROPS_KEY, "db-scheduler.enabled=false",
    "spring.mail.host=localhost", "steward.mail.from=steward@college.example",
    "steward.base-url=https://steward.college.example"})
@Import(AccountTestConfig.class)
class AccountNotificationsTest {
  /** A free port, so suites in several worktrees can run at once (not GreenMail's fixed 3025). */
  static final int SMTP_PORT = org.steward.app.support.FreePort.find();

  @RegisterExtension
  static GreenMailExtension mail = new GreenMailExtension(
      new com.icegreen.greenmail.util.ServerSetup(SMTP_PORT, "127.0.0.1", "smtp"));

  @org.springframework.test.context.DynamicPropertySource
  static void smtp(org.springframework.test.context.DynamicPropertyRegistry registry) {
    registry.add("spring.mail.port", () -> SMTP_PORT);
  }

  @Autowired AccountRequests requests;
  @Autowired AccountSecrets secrets;
  @Autowired Notifications notifications;
  @Autowired OrganisationService organisation;
  @Autowired PeopleService peopleService;
  @Autowired People people;
  @Autowired PasswordEncoder encoder;

  static List<String> to(MimeMessage m) throws Exception {
    return Arrays.stream(m.getRecipients(Message.RecipientType.TO)).map(Object::toString).toList();
  }

  @Test
  @Clause({"ACC-2", "ACC-5"})
  void requesterApproversAndMarketingAreToldByEmailAndInTheAppWithoutSecrets() throws Exception {
    AccountFixture f = new AccountFixture(organisation, peopleService, people, encoder.encode("x"));
    long id = requests.request(f.staff, new AccountRequests.RequestDetails(
        AccountFixture.account("@Mailed", f.creative), "cora", false));
    assertThat(mail.waitForIncomingEmail(10_000, 3)).isTrue();
    MimeMessage[] first = mail.getReceivedMessages();
    assertThat(Arrays.stream(first).flatMap(m -> {
      try {
        return to(m).stream();
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    }).toList()).containsExactlyInAnyOrder("priya@test.example", "helen@test.example", "sam@test.example");
    MimeMessage toHead = Arrays.stream(first).filter(m -> {
      try {
        return to(m).contains("priya@test.example");
      } catch (Exception e) {
        return false;
      }
    }).findFirst().orElseThrow();
    assertThat(toHead.getSubject()).isEqualTo("Steward: An account request needs your decision");
    assertThat(GreenMailUtil.getBody(toHead)).contains("https://steward.college.example/accounts/" + id);
    assertThat(notifications.latest(f.headCreative.personId(), 10)).singleElement()
        .matches(n -> n.link().equals("/accounts/" + id) && n.unread());

    requests.approve(f.headCreative, id, null);
    requests.approve(f.hodm, id, null);
    secrets.setUp(f.marketing, id, new AccountSecrets.SetUp("mailed@college.example",
        "never in an e-mail 123", "RC-1 RC-2", "tok-never", null));
    assertThat(mail.waitForIncomingEmail(10_000, 3 + 1 + 1 + 2 + 2)).isTrue();
    for (MimeMessage m : mail.getReceivedMessages()) {
      String body = GreenMailUtil.getBody(m);
      assertThat(body).doesNotContain("never in an e-mail", "RC-1", "tok-never", "mailed@college.example");
    }
    assertThat(notifications.latest(f.marketing.personId(), 10)).extracting(n -> n.message())
        .contains("An approved account is waiting to be set up");
    assertThat(notifications.latest(f.coManager.personId(), 10)).extracting(n -> n.message())
        .anyMatch(msg -> msg.startsWith("Your account is set up"));
  }
}
