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
import org.steward.app.web.RecentSignInRequired;

/**
 * Setting an approved account up and keeping its sign-in details in the vault (ACC-5, ACC-6): the
 * set-up, who may reveal a secret (staff managers and marketing, never a learner), the reveal
 * itself after a recent sign-in and with a reason (every reveal and refused attempt audited), and
 * recording a changed password.
 */
@Service
public class AccountSecrets {
  private final Accounts accounts;
  private final AccountDirectory directory;
  private final CredentialVault vault;
  private final AccountGuards guards;
  private final AuditTrail audit;
  private final Notifications notifications;
  private final AccountSettings settings;
  private final AccountPolicy policy;
  private final Clock clock;

  AccountSecrets(Accounts accounts, AccountDirectory directory, CredentialVault vault, AccountGuards guards, AuditTrail audit, Notifications notifications, AccountSettings settings, AccountPolicy policy, Clock clock) {
    this.policy = policy;
    this.accounts = accounts;
    this.directory = directory;
    this.vault = vault;
    this.guards = guards;
    this.audit = audit;
    this.notifications = notifications;
    this.settings = settings;
    this.clock = clock;
  }

  /**
   * What marketing records when setting an account up. Empty values are not stored. {@code
   * addMeAsManager}: the person setting it up becomes a manager with administrative access on the
   * platform (how marketing meets a pack's {@code accounts.required-manager-role}).
   */
  public record SetUp(String loginEmail, String password, String recoveryCodes, String token,
      String url, boolean addMeAsManager) {
    public SetUp(String loginEmail, String password, String recoveryCodes, String token, String url) {
      this(loginEmail, password, recoveryCodes, token, url, false);
    }
  }

  @Transactional
  public void setUp(Actor actor, long id, SetUp s) {
    Account a = accounts.locked(id);
    guards.requireMarketing(actor, "set up", id);
    a.moveTo(AccountStatus.ACTIVE);
    List<FieldProblem> problems = new ArrayList<>();
    if (AccountGuards.blank(s.loginEmail()) || s.loginEmail().length() > AccountLimits.EMAIL
        || !s.loginEmail().trim().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
      problems.add(new FieldProblem("loginEmail", "Enter the e-mail address the account signs in"
          + " with, like socialmedia.creative@college.ac.uk"));
    } else {
      loginEmailProblem(a, s.loginEmail().trim()).ifPresent(m -> problems.add(new FieldProblem("loginEmail", m)));
    }
    Optional<Role> required = policy.requiredManagerRole(a.unitId());
    if (required.isPresent()) {
      boolean setterQualifies = s.addMeAsManager() && actor.holds(required.get()) && !actor.holds(Role.LEARNER);
      boolean managerHolds = directory.people(guards.staffManagers(id)).values().stream()
          .anyMatch(p -> p.enabled() && p.holds(required.get()));
      if (!setterQualifies && !managerHolds) {
        problems.add(new FieldProblem("addMeAsManager", "The policy asks that one of the account's managers is "
            + required.get().label().toLowerCase(Locale.ROOT) + ", with administrative access on the platform."
            + (actor.holds(required.get()) ? " Tick 'Add me as a manager'." : " Add one as a manager first.")));
      }
    }
    if (AccountGuards.blank(s.password())) {
      problems.add(new FieldProblem("password", "Enter the account's password."));
    } else if (s.password().length() < 12) {
      problems.add(new FieldProblem("password", "Use a password of at least 12 characters."));
    } else {
      AccountGuards.tooLong(problems, "password", s.password(), AccountLimits.PASSWORD);
    }
    AccountGuards.tooLong(problems, "recoveryCodes", s.recoveryCodes(), AccountLimits.SECRET);
    AccountGuards.tooLong(problems, "token", s.token(), AccountLimits.SECRET);
    AccountGuards.tooLong(problems, "url", s.url(), AccountLimits.URL);
    if (s.url() != null && !s.url().isBlank() && !s.url().trim().matches("(?i)https?://\\S+")) {
      problems.add(new FieldProblem("url", "Enter the web address starting with https://"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInput(problems);
    }
    Instant now = clock.instant();
    accounts.setUp(id, actor.personId(), s.loginEmail().trim().toLowerCase(Locale.ROOT),
        AccountGuards.blank(s.url()) ? null : s.url().trim(), now);
    if (s.addMeAsManager() && actor.personId() != null
        && accounts.managers(id).stream().noneMatch(m -> m.personId() == actor.personId())) {
      accounts.addManager(id, actor.personId(), false, true, now);
      audit.record(actor, "account.manager-added", "account", Long.toString(id), "person " + actor.personId());
    }
    vault.store(id, "password", "Password", s.password(), actor.personId());
    if (!AccountGuards.blank(s.recoveryCodes())) {
      vault.store(id, "recovery-codes", "Recovery codes", s.recoveryCodes().trim(), actor.personId());
    }
    if (!AccountGuards.blank(s.token())) {
      vault.store(id, "token", "Platform token", s.token().trim(), actor.personId());
    }
    audit.record(actor, "account.set-up", "account", Long.toString(id), null);
    notifications.notify(guards.staffManagers(id), "Your account is set up: you can now see its sign-in"
        + " details in Steward", "/accounts/" + id);
  }

  /**
   * What is wrong with an account's sign-in e-mail under the policy in force for its unit (ACC-5):
   * not on the pack's {@code accounts.email-domains}, or a person's own address rather than a team
   * mailbox. Empty when it is fine.
   */
  Optional<String> loginEmailProblem(Account a, String email) {
    String address = email.toLowerCase(Locale.ROOT);
    String domain = address.substring(address.indexOf('@') + 1);
    List<String> domains = policy.emailDomains(a.unitId());
    if (!domains.isEmpty() && domains.stream().map(d -> d.toLowerCase(Locale.ROOT))
        .noneMatch(d -> domain.equals(d) || domain.endsWith("." + d))) {
      return Optional.of("Use an address on " + (domains.size() == 1 ? "the institution's domain, " + domains.get(0)
          : "one of the institution's domains: " + String.join(", ", domains)) + ".");
    }
    if (directory.ownerOfAddress(address).isPresent()) {
      return Optional.of("This is a person's own address. Use a team mailbox that outlives any one person,"
          + " like socialmedia.creative@" + (domains.isEmpty() ? domain : domains.get(0)) + ".");
    }
    return Optional.empty();
  }

  /** Whether the policy asks that a manager holds a role this person holds (the set-up form offers "add me"). */
  public Optional<Role> requiredManagerRole(long id) {
    return accounts.find(id).flatMap(a -> policy.requiredManagerRole(a.unitId()));
  }

  /** Whether {@code actor} could reveal this account's secrets (for showing the buttons). */
  public boolean mayReveal(Actor actor, long id) {
    return revealRefusal(actor, id).isEmpty();
  }

  private Optional<String> revealRefusal(Actor actor, long id) {
    if (actor.isSystem()) {
      return Optional.of("Secrets are revealed only to people.");
    }
    if (actor.holds(Role.LEARNER)) {
      return Optional.of("Learners never see an account's sign-in details.");
    }
    Person p = directory.person(actor.personId()).orElse(null);
    if (p == null || p.kind() != PersonKind.STAFF) {
      return Optional.of("Only staff can see an account's sign-in details.");
    }
    if (actor.holdsAny(Role.MARKETING, Role.HEAD_OF_DIGITAL_MARKETING)) {
      return Optional.empty();
    }
    if (accounts.managedBy(actor.personId()).contains(id)) {
      return Optional.empty();
    }
    return Optional.of("Only the account's staff managers and marketing can see its sign-in details.");
  }

  /**
   * Reveals a secret to a staff manager of the account or to marketing, after a recent sign-in,
   * with a stated reason; every reveal is audited (ACC-6).
   *
   * @param signedInAt when this person last proved who they are (signed in or typed their password)
   * @throws RecentSignInRequired if that was longer ago than the configured window
   */
  @Transactional
  public String reveal(Actor actor, long id, long secretId, String reason, Instant signedInAt) {
    Account a = accounts.existing(id);
    Optional<String> refusal = revealRefusal(actor, id);
    if (refusal.isPresent()) {
      throw guards.refuse(actor, "reveal secret " + secretId, id, refusal.get());
    }
    if (a.status() == AccountStatus.CLOSED) {
      throw new IllegalTransition("The account is closed; its sign-in details are retired.");
    }
    Instant now = clock.instant();
    if (signedInAt == null || signedInAt.isAfter(now.plusSeconds(60))
        || Duration.between(signedInAt, now).compareTo(settings.revealWithin()) > 0) {
      refusedReveal(actor, id, secretId, "no recent sign-in");
      throw new RecentSignInRequired();
    }
    if (AccountGuards.blank(reason)) {
      refusedReveal(actor, id, secretId, "no reason given");
      throw new InvalidInput("reason", "Say why you need to see it.");
    }
    AccountGuards.requireShort("reason", reason, AccountLimits.TEXT);
    String plain = vault.open(id, secretId);
    audit.record(actor, "account.secret-revealed", "account-secret", id + "/" + secretId,
        reason.trim());
    return plain;
  }

  /**
   * Records a refused reveal that is answered with a question rather than a 403 (sign in again,
   * give a reason, the confirmation password was wrong): every refused attempt is audited.
   */
  public void refusedReveal(Actor actor, long id, long secretId, String why) {
    guards.recordRefusal(actor, "account-secret", id + "/" + secretId, "reveal secret " + secretId,
        why);
  }

  /** Records that marketing changed the password (after a manager left): the task is done. */
  @Transactional
  public void replacePassword(Actor actor, long id, String newPassword) {
    Account a = accounts.locked(id);
    guards.requireMarketing(actor, "change password", id);
    if (a.status() == AccountStatus.CLOSED || a.status() == AccountStatus.REQUESTED
        || a.status() == AccountStatus.REJECTED) {
      throw new IllegalTransition("This account has no password to change.");
    }
    if (AccountGuards.blank(newPassword) || newPassword.length() < 12) {
      throw new InvalidInput("newPassword", "Use a password of at least 12 characters.");
    }
    AccountGuards.requireShort("newPassword", newPassword, AccountLimits.PASSWORD);
    Instant now = clock.instant();
    vault.retire(id, "password");
    vault.store(id, "password", "Password", newPassword, actor.personId());
    int closed = accounts.closeTasks(id, AccountTask.ROTATE_PASSWORD, actor.personId(),
        "Password changed", now);
    audit.record(actor, "account.password-changed", "account", Long.toString(id),
        closed > 0 ? "after a manager left" : null);
    notifications.notify(guards.staffManagers(id), "The password of an account you manage was changed",
        "/accounts/" + id);
  }
}
