package org.steward.app.accounts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.steward.app.accounts.vault.CredentialVault;
import org.steward.app.audit.AuditTrail;
import org.steward.app.identity.Actor;
import org.steward.app.identity.Role;
import org.steward.app.notifications.Notifications;
import org.steward.app.people.Person;
import org.steward.app.people.PersonKind;
import org.steward.app.web.FieldProblem;
import org.steward.app.web.IllegalTransition;
import org.steward.app.web.InvalidInput;
import org.steward.app.web.Page;

/**
 * Activity and inactivity (ACC-13, ACC-14): posts recorded, quiet accounts marked dormant by the
 * scheduled audit (with a "close or justify" task), a stated justification, the activity ranking
 * and the accounts that could be merged.
 */
@Service
public class AccountActivity {
  private final Accounts accounts;
  private final AccountDirectory directory;
  private final AccountGuards guards;
  private final AuditTrail audit;
  private final Notifications notifications;
  private final AccountPolicy settings;
  private final Clock clock;

  AccountActivity(Accounts accounts, AccountDirectory directory, AccountGuards guards, AuditTrail audit, Notifications notifications, AccountPolicy settings, Clock clock) {
    this.accounts = accounts;
    this.directory = directory;
    this.guards = guards;
    this.audit = audit;
    this.notifications = notifications;
    this.settings = settings;
    this.clock = clock;
  }

  @Transactional
  public void recordPost(Actor actor, long id, Instant postedAt) {
    Account a = accounts.locked(id);
    guards.requireManagerOrMarketing(actor, a, "record post");
    Instant now = clock.instant();
    if (postedAt == null || postedAt.isAfter(now.plusSeconds(300))) {
      throw new InvalidInput("postedAt", "Enter the date of the last post; it cannot be in the future.");
    }
    if (a.status() != AccountStatus.ACTIVE && a.status() != AccountStatus.DORMANT) {
      throw new IllegalTransition("Posts are recorded only for active or dormant accounts.");
    }
    accounts.recordPost(id, postedAt, "manual", actor.personId());
    audit.record(actor, "account.post-recorded", "account", Long.toString(id), null);
    if (a.status() == AccountStatus.DORMANT
        && postedAt.isAfter(now.minus(settings.inactiveAfter(a.unitId())))) {
      a.moveTo(AccountStatus.ACTIVE);
      accounts.reactivate(id, now);
      accounts.closeTasks(id, AccountTask.CLOSE_OR_JUSTIFY, actor.personId(), "Posted again", now);
      audit.record(actor, "account.reactivated", "account", Long.toString(id), "posted again");
    }
  }

  /**
   * Marks active accounts dormant when nothing has been posted for the {@code
   * accounts.inactive-after} of the pack in force for the account's unit; opens a "close or
   * justify" task and tells the managers and marketing. Run by the scheduled job (which reads the
   * settings again on every run); returns the ids it marked.
   */
  @Transactional
  public List<Long> markDormant() {
    Instant now = clock.instant();
    List<Long> marked = new ArrayList<>();
    for (Account a : accounts.inStatuses(EnumSet.of(AccountStatus.ACTIVE))) {
      java.time.Duration quiet = settings.inactiveAfter(a.unitId());
      Instant cutoff = now.minus(quiet);
      if (!a.lastSignOfLife().isBefore(cutoff)) {
        continue;
      }
      Account locked = accounts.locked(a.id());
      if (locked.status() != AccountStatus.ACTIVE) {
        continue; // changed meanwhile
      }
      locked.moveTo(AccountStatus.DORMANT);
      accounts.markDormant(a.id(), now);
      accounts.openTask(a.id(), AccountTask.CLOSE_OR_JUSTIFY, now);
      audit.record(Actor.SYSTEM, "account.dormant", "account", Long.toString(a.id()),
          "nothing posted for " + quiet.toDays() + " days");
      notifications.notify(guards.staffManagers(a.id()), "An account you manage has gone quiet: close it"
          + " or say why it stays", "/accounts/" + a.id());
      notifications.notify(guards.marketing(), "An account has gone quiet (dormant)", "/accounts/" + a.id());
      marked.add(a.id());
    }
    return marked;
  }

  /** A manager or marketing says why a dormant account stays open. */
  @Transactional
  public void justify(Actor actor, long id, String reason) {
    Account a = accounts.locked(id);
    guards.requireManagerOrMarketing(actor, a, "justify");
    AccountGuards.requireReason("reason", reason, "Say why the account should stay open.");
    a.moveTo(AccountStatus.ACTIVE);
    Instant now = clock.instant();
    accounts.reactivate(id, now);
    // Counts as a sign of life, so the account is not marked dormant again tomorrow.
    accounts.recordPost(id, now, "manual", actor.personId());
    accounts.closeTasks(id, AccountTask.CLOSE_OR_JUSTIFY, actor.personId(), reason.trim(), now);
    audit.record(actor, "account.justified", "account", Long.toString(id), reason.trim());
  }

  /** One line of the activity page (ACC-14). */
  public record Activity(Account account, String unitName, double postsPerMonth, long staffManagers) {}

  @Transactional(readOnly = true)
  public List<Activity> activity() {
    Instant since = clock.instant().minus(Duration.ofDays(90));
    // Three queries for the whole page (issue #9, item 9): never one per account or per row.
    Map<Long, Long> counts = accounts.staffManagerCounts();
    Map<Long, Long> posts = accounts.postCountsSince(since);
    Map<Long, String> units = unitNames();
    List<Activity> out = new ArrayList<>();
    for (Account a : accounts.inStatuses(EnumSet.of(AccountStatus.ACTIVE, AccountStatus.DORMANT,
        AccountStatus.SUSPENDED))) {
      double perMonth = Math.round(posts.getOrDefault(a.id(), 0L) / 3.0 * 10) / 10.0;
      out.add(new Activity(a, units.getOrDefault(a.unitId(), "Unknown unit"), perMonth,
          counts.getOrDefault(a.id(), 0L)));
    }
    out.sort((x, y) -> {
      int c = Double.compare(y.postsPerMonth(), x.postsPerMonth());
      if (c != 0) {
        return c;
      }
      Instant lx = x.account().lastPostAt();
      Instant ly = y.account().lastPostAt();
      return lx == null ? (ly == null ? 0 : 1) : ly == null ? -1 : ly.compareTo(lx);
    });
    return out;
  }

  /** Accounts that could be merged: same unit and same audience (ACC-14). */
  public record Consolidation(String unitName, String audience, List<Account> accounts) {}

  @Transactional(readOnly = true)
  public List<Consolidation> consolidationCandidates() {
    Map<String, List<Account>> groups = new LinkedHashMap<>();
    for (Account a : accounts.inStatuses(EnumSet.of(AccountStatus.ACTIVE, AccountStatus.DORMANT))) {
      groups.computeIfAbsent(a.unitId() + "|" + Similarity.audienceKey(a.audience()),
          k -> new ArrayList<>()).add(a);
    }
    Map<Long, String> units = unitNames();
    List<Consolidation> out = new ArrayList<>();
    for (List<Account> g : groups.values()) {
      if (g.size() > 1) {
        out.add(new Consolidation(units.getOrDefault(g.get(0).unitId(), "Unknown unit"),
            g.get(0).audience(), g));
      }
    }
    return out;
  }

  private Map<Long, String> unitNames() {
    Map<Long, String> names = new HashMap<>();
    directory.unitsById().forEach((id, u) -> names.put(id, u.name()));
    return names;
  }
}
