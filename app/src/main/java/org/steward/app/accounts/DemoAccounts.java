package org.steward.app.accounts;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.steward.app.demo.DemoContributor;
import org.steward.app.people.Person;
import org.steward.app.identity.Actor;

/**
 * Demo accounts for the demonstration data: an active account with two managers, one with a
 * single manager (flagged), a dormant one, a second account for the same audience (a
 * consolidation candidate) and a request waiting for both approvals. Loaded through the same
 * import and request paths as real data, so every write is audited.
 */
@Component
@Order(30)
class DemoAccounts implements DemoContributor {
  private final AccountImport imports;
  private final AccountRequests requests;
  private final AccountDirectory directory;
  private final Clock clock;

  DemoAccounts(AccountImport imports, AccountRequests requests, AccountDirectory directory, Clock clock) {
    this.imports = imports;
    this.requests = requests;
    this.directory = directory;
    this.clock = clock;
  }

  @Override
  public void load() {
    LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    String recent = today.minusDays(3).toString();
    String old = today.minus(Duration.ofDays(200).toDays(), java.time.temporal.ChronoUnit.DAYS).toString();
    String csv = "platform,handle,name,unit,purpose,audience,visibility,teaching_group,url,managers,last_post,status\n"
        + "instagram,@CandiCreative,Creative Arts at City and Islington,CANDI-CREATIVE,Show learners' work and"
        + " open days,prospective learners,public,no,https://www.instagram.com/candicreative,staff;head.creative,"
        + recent + ",active\n"
        + "tiktok,@CandiCreativeTok,Creative Arts on TikTok,CANDI-CREATIVE,Short videos of projects,"
        + "prospective learners,public,no,,staff;marketing," + recent + ",active\n"
        // Connected to Bluesky but its app password is not in the vault yet: its demo post failed.
        + "bluesky,@candicreative.bsky.social,Creative Arts on Bluesky,CANDI-CREATIVE,Show learners' work,"
        + "prospective learners,public,no,https://bsky.social,staff;marketing," + recent + ",active\n"
        + "facebook,CONEL Construction Level 2,Construction Level 2 group,CONEL-CONSTRUCTION,Course group"
        + " for notices,level 2 construction learners,closed-group,yes,,tutor," + recent + ",active\n"
        + "x,@WKCHospitality,Westminster Kingsway Hospitality,WKC-HOSPITALITY,Restaurant news,"
        + "diners and employers,public,no,,noah.evans;hodm," + old + ",dormant\n";
    var result = imports.importCsv(Actor.SYSTEM, csv.getBytes(StandardCharsets.UTF_8));
    if (!result.accepted()) {
      throw new IllegalStateException("Demo accounts did not import: " + result.problems());
    }
    Person staff = directory.find("staff").orElse(null);
    if (staff != null && directory.find("marketing").isPresent()) {
      Actor asker = new Actor(staff.id(), staff.displayName(), staff.roles());
      requests.request(asker, new AccountRequests.RequestDetails(new NewAccount(Platform.YOUTUBE,
          "@CandiCreativeFilm", null, "Creative Arts Film", staff.unitId(),
          "Share end-of-year films made by learners", "families and prospective learners",
          Visibility.PUBLIC, false, "One film a month, June to September",
          "Comments reviewed each weekday morning; abuse removed at once", null,
          AccountStatus.REQUESTED), "marketing", true));
    }
  }
}
