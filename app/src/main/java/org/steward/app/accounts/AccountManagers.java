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
 * Who runs an account (ACC-7, ACC-8): staff managers and learner helpers added and removed, and
 * someone who leaves taken off every account, with a password-change task for each account whose
 * sign-in details they could see (ACC-6).
 */
@Service
public class AccountManagers {
  private final Accounts accounts;
  private final AccountDirectory directory;
  private final CredentialVault vault;
  private final AccountGuards guards;
  private final AuditTrail audit;
  private final Notifications notifications;
  private final AccountPolicy policy;
  private final Clock clock;

  AccountManagers(Accounts accounts, AccountDirectory directory, CredentialVault vault, AccountGuards guards, AuditTrail audit, Notifications notifications, AccountPolicy policy, Clock clock) {
    this.accounts = accounts;
    this.directory = directory;
    this.vault = vault;
    this.guards = guards;
    this.audit = audit;
    this.notifications = notifications;
    this.policy = policy;
    this.clock = clock;
  }

  @Transactional
  public void addManager(Actor actor, long id, String who, boolean platformAdmin) {
    AccountGuards.requireShort("person", who, AccountLimits.PERSON);
    Account a = accounts.locked(id);
    guards.requireManagerOrMarketing(actor, a, "add manager");
    if (a.status() == AccountStatus.CLOSED || a.status() == AccountStatus.REJECTED) {
      throw new IllegalTransition("A closed account has no managers to add.");
    }
    Person p = directory.find(who).orElseThrow(() -> new InvalidInput("person",
        "There is nobody with that username or e-mail."));
    if (accounts.managers(id).stream().anyMatch(m -> m.personId() == p.id())) {
      throw new InvalidInput("person", p.displayName() + " already helps run this account.");
    }
    // Someone the policy does not let manage (a learner, unless it says so) helps without counting.
    boolean helper = policy.cannotManage(a.unitId(), p).isPresent();
    accounts.addManager(id, p.id(), helper, !helper && platformAdmin, clock.instant());
    audit.record(actor, helper ? "account.helper-added" : "account.manager-added", "account",
        Long.toString(id), "person " + p.id());
  }

  /** Removes a manager; if they were staff, marketing is asked to change the password (ACC-6). */
  @Transactional
  public void removeManager(Actor actor, long id, long personId, String reason) {
    AccountGuards.requireShort("reason", reason, AccountLimits.TEXT);
    Account a = accounts.locked(id);
    guards.requireManagerOrMarketing(actor, a, "remove manager");
    detach(actor, a, personId, reason);
  }

  /**
   * Someone left the institution (or stopped running accounts): they are taken off every account,
   * and each account whose sign-in details they could see gets a password-change task (ACC-6).
   * For the people feature to call when a person is disabled; administrators, HR and marketing.
   *
   * @return the ids of the accounts they were taken off
   */
  @Transactional
  public List<Long> personLeft(Actor actor, long personId, String reason) {
    if (!actor.isSystem() && (actor.holds(Role.LEARNER) || !actor.holdsAny(Role.ADMINISTRATOR,
        Role.HR, Role.MARKETING, Role.HEAD_OF_DIGITAL_MARKETING))) {
      throw guards.refuse(actor, "person left " + personId, 0, "Only administrators, HR and"
          + " marketing can take someone off every account.");
    }
    List<Long> ids = accounts.anyRoleOf(personId);
    for (long id : ids) {
      detach(actor, accounts.locked(id), personId, reason);
    }
    return ids;
  }

  private void detach(Actor actor, Account a, long personId, String reason) {
    long id = a.id();
    AccountManager m = accounts.managers(id).stream().filter(x -> x.personId() == personId)
        .findFirst().orElseThrow(() -> new InvalidInput("person",
            "That person does not help run this account."));
    accounts.removeManager(id, personId);
    Instant now = clock.instant();
    audit.record(actor, "account.manager-removed", "account", Long.toString(id), reason);
    if (!m.helper() && !vault.list(id).isEmpty() && a.status() != AccountStatus.CLOSED) {
      boolean alreadyOpen = accounts.tasks(id).stream()
          .anyMatch(t -> t.open() && AccountTask.ROTATE_PASSWORD.equals(t.kind()));
      if (!alreadyOpen) {
        accounts.openTask(id, AccountTask.ROTATE_PASSWORD, now);
        audit.record(Actor.SYSTEM, "account.rotation-requested", "account", Long.toString(id), null);
      }
      notifications.notify(guards.marketing(), "A manager left an account: change its password",
          "/accounts/" + id);
    }
    long staffLeft = accounts.managers(id).stream().filter(x -> !x.helper()).count();
    int min = policy.minManagers(a.unitId());
    if (!m.helper() && a.status().live() && staffLeft < min) {
      notifications.notify(guards.marketing(), "An account has fewer than " + min
          + " staff managers", "/accounts/" + id);
    }
  }
}
