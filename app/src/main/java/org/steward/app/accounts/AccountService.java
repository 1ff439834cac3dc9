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
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.steward.app.accounts.vault.CredentialVault;
import org.steward.app.audit.AuditTrail;
import org.steward.app.audit.RefusalAudit;
import org.steward.app.notifications.Notifications;
import org.steward.app.people.PersonKind;
import org.steward.app.people.Person;
import org.steward.app.identity.Role;
import org.steward.app.identity.Actor;

/**
 * Every change to an official account goes through here: the role check, the change and its
 * audit entry in one transaction; a refused attempt is audited in its own transaction and
 * answered with {@link org.springframework.security.access.AccessDeniedException} (403). An
 * illegal move of status throws {@link IllegalStateException}; bad input throws
 * {@link InvalidAccountInput}; an unknown account throws {@link NoSuchElementException}.
 */
@Service
public class AccountService {
  static final Set<AccountStatus> LIVE = EnumSet.of(AccountStatus.APPROVED, AccountStatus.ACTIVE,
      AccountStatus.DORMANT, AccountStatus.SUSPENDED);

  private final Accounts accounts;
  private final AccountDirectory directory;
  private final CredentialVault vault;
  private final AuditTrail audit;
  private final RefusalAudit refusals;
  private final Notifications notifications;
  private final AccountSettings settings;
  private final Clock clock;

  AccountService(Accounts accounts, AccountDirectory directory, CredentialVault vault,
      AuditTrail audit, RefusalAudit refusals, Notifications notifications, AccountSettings settings,
      Clock clock) {
    this.accounts = accounts;
    this.directory = directory;
    this.vault = vault;
    this.audit = audit;
    this.refusals = refusals;
    this.notifications = notifications;
    this.settings = settings;
    this.clock = clock;
  }

  // ---------------------------------------------------------------------------------------------
  // Reading

  /** Everything the account page shows (never a secret's value). */
  public record AccountView(Account account, String unitName, String requestedByName,
      String onBehalfOfName, List<Approval> approvals, List<AccountManager> managers,
      long staffManagers, boolean tooFewManagers, List<SecretInfo> secrets,
      List<AccountTask> tasks, List<Investigation> investigations) {
    public boolean approvedAs(ApproverCapacity c) {
      return approvals.stream().anyMatch(a -> a.capacity() == c);
    }
  }

  @Transactional(readOnly = true)
  public AccountView view(Actor viewer, long id) {
    Account a = accounts.find(id).orElseThrow();
    List<AccountManager> managers = accounts.managers(id);
    long staff = managers.stream().filter(m -> !m.helper()).count();
    List<SecretInfo> secrets = vault.list(id).stream()
        .map(s -> new SecretInfo(s.id(), id, s.kind(), s.label(), s.createdAt())).toList();
    return new AccountView(a, unitName(a.unitId()), name(a.requestedBy()),
        a.onBehalfOf() == null ? null : name(a.onBehalfOf()), accounts.approvals(id), managers,
        staff, a.status().live() && staff < settings.minManagers(), secrets, accounts.tasks(id),
        accounts.investigations(id));
  }

  public Optional<Account> find(long id) {
    return accounts.find(id);
  }

  /** One page of the registry (ACC-1). */
  public record Listing(List<Account> items, int page, int size, long total) {
    public int pages() {
      return (int) Math.max(1, (total + size - 1) / size);
    }
  }

  @Transactional(readOnly = true)
  public Listing list(Actor viewer, Accounts.Filter filter, int page, int size) {
    int p = Math.max(0, page);
    int s = Math.min(Math.max(1, size), 200);
    return new Listing(accounts.search(filter, null, s, org.steward.app.web.Paging.offset(p, s)), p, s,
        accounts.count(filter, null));
  }

  public String unitName(long unitId) {
    return directory.unit(unitId).map(u -> u.name()).orElse("Unknown unit");
  }

  private String name(long personId) {
    return directory.person(personId).map(Person::displayName).orElse("Someone who has left");
  }

  // ---------------------------------------------------------------------------------------------
  // Request (ACC-2..ACC-4, ACC-9, PER-8)

  /** What a request adds to the account itself: who else will run it. */
  public record RequestDetails(NewAccount account, String coManager, boolean requesterIsPlatformAdmin) {}

  @Transactional
  public long request(Actor actor, RequestDetails details) {
    NewAccount n = details.account();
    if (actor.isSystem() || actor.holds(Role.LEARNER)) {
      throw refuse(actor, "request", 0, "Only staff can ask for an official account;"
          + " a learner asks their tutor.");
    }
    List<AccountProblem> problems = validate(n, true);
    Person learner = null;
    if (n.onBehalfOf() != null) {
      if (!actor.holds(Role.TUTOR)) {
        throw refuse(actor, "request", 0, "Only a tutor can ask on behalf of a learner.");
      }
      learner = directory.person(n.onBehalfOf()).orElse(null);
      if (learner == null || learner.kind() != PersonKind.LEARNER) {
        problems.add(new AccountProblem("learner", "Enter the username or e-mail of a learner."));
      }
    }
    Person co = directory.find(details.coManager()).orElse(null);
    if (details.coManager() == null || details.coManager().isBlank()) {
      problems.add(new AccountProblem("coManager", "Enter the username or e-mail of a member of"
          + " staff who will share the account with you."));
    } else if (co == null) {
      problems.add(new AccountProblem("coManager", "There is nobody with that username or e-mail."));
    } else if (co.kind() != PersonKind.STAFF || co.holds(Role.LEARNER)) {
      problems.add(new AccountProblem("coManager", "The co-manager must be a member of staff:"
          + " learners can help but never manage an account."));
    } else if (co.id() == actor.personId()) {
      problems.add(new AccountProblem("coManager", "Name someone other than yourself."));
    }
    if (!problems.isEmpty()) {
      throw new InvalidAccountInput(problems);
    }
    Person requester = directory.person(actor.personId()).orElse(null);
    if (requester == null || requester.kind() != PersonKind.STAFF) {
      throw refuse(actor, "request", 0, "Only staff can ask for an official account;"
          + " a learner asks their tutor.");
    }
    Instant now = clock.instant();
    long id = accounts.insert(n, actor.personId(), now);
    accounts.addManager(id, requester.id(), false, details.requesterIsPlatformAdmin(), now);
    accounts.addManager(id, co.id(), false, false, now);
    if (learner != null) {
      accounts.addManager(id, learner.id(), true, false, now);
    }
    audit.record(actor, learner != null ? "account.requested-for-learner" : "account.requested",
        "account", Long.toString(id), null);
    List<Long> approvers = new ArrayList<>(directory.headsOf(n.unitId()));
    approvers.addAll(directory.holders(Role.HEAD_OF_DIGITAL_MARKETING));
    approvers.remove(actor.personId());
    notifications.notify(approvers, "An account request needs your decision", "/accounts/" + id);
    notifications.notify(List.of(actor.personId()), "Your account request was sent for approval",
        "/accounts/" + id);
    return id;
  }

  /** Checks the fields of a new account; returns every problem (empty when fine). */
  List<AccountProblem> validate(NewAccount n, boolean checkHandle) {
    List<AccountProblem> p = new ArrayList<>();
    if (n.platform() == null) {
      p.add(new AccountProblem("platform", "Choose the platform."));
    }
    if (blank(n.handle())) {
      p.add(new AccountProblem("handle", "Enter the account's handle or name on the platform."));
    } else if (n.handle().length() > 200) {
      p.add(new AccountProblem("handle", "The handle must be 200 characters or fewer."));
    } else if (checkHandle && n.platform() != null && accounts.handleTaken(n.platform(), n.handle())) {
      p.add(new AccountProblem("handle", "An account with this handle on " + n.platform().label()
          + " is already registered. Look it up in the registry."));
    }
    oneLine(p, "handle", n.handle());
    oneLine(p, "name", n.name());
    oneLine(p, "audience", n.audience());
    if (blank(n.name())) {
      p.add(new AccountProblem("name", "Enter a name for the account."));
    } else if (n.name().length() > 200) {
      p.add(new AccountProblem("name", "The name must be 200 characters or fewer."));
    }
    if (n.unitId() <= 0 || directory.unit(n.unitId()).isEmpty()) {
      p.add(new AccountProblem("unit", "Choose the school, department or service the account belongs to."));
    }
    if (blank(n.purpose())) {
      p.add(new AccountProblem("purpose", "Say what the account is for."));
    } else if (n.purpose().length() > 2000) {
      p.add(new AccountProblem("purpose", "The purpose must be 2,000 characters or fewer."));
    }
    if (blank(n.audience())) {
      p.add(new AccountProblem("audience", "Say who the account is for."));
    } else if (n.audience().length() > 500) {
      p.add(new AccountProblem("audience", "The audience must be 500 characters or fewer."));
    }
    if (n.visibility() == null) {
      p.add(new AccountProblem("visibility", "Choose who can see the account."));
    } else if (n.teachingGroup() && n.visibility() == Visibility.PUBLIC) {
      p.add(new AccountProblem("visibility", "A teaching group must be private or a closed group."));
    }
    if (n.initialStatus() == AccountStatus.REQUESTED) {
      if (blank(n.postingPlan())) {
        p.add(new AccountProblem("postingPlan", "Say what you will post and how often."));
      }
      if (blank(n.moderationPlan())) {
        p.add(new AccountProblem("moderationPlan", "Say how you will answer comments and remove"
            + " anything inappropriate."));
      }
    }
    tooLong(p, "postingPlan", n.postingPlan(), AccountLimits.PLAN);
    tooLong(p, "moderationPlan", n.moderationPlan(), AccountLimits.PLAN);
    if (n.url() != null && n.url().length() > AccountLimits.URL) {
      p.add(new AccountProblem("url", "The web address must be 500 characters or fewer."));
    } else if (n.url() != null && !n.url().isBlank() && !n.url().trim().matches("(?i)https?://\\S+")) {
      p.add(new AccountProblem("url", "Enter the web address starting with https://"));
    }
    return p;
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  /** Adds a problem when a one-line field has line breaks, control or direction characters. */
  private static void oneLine(List<AccountProblem> p, String field, String value) {
    if (!org.steward.app.web.PlainText.isOneLine(value)) {
      p.add(new AccountProblem(field, org.steward.app.web.PlainText.ONE_LINE));
    }
  }

  /** Adds a problem when {@code value} is longer than {@code max} characters. */
  private static void tooLong(List<AccountProblem> p, String field, String value, int max) {
    if (value != null && value.length() > max) {
      p.add(new AccountProblem(field, "Use " + String.format(Locale.UK, "%,d", max)
          + " characters or fewer."));
    }
  }

  /** Throws when one free-text value is longer than the limit. */
  private static void requireShort(String field, String value, int max) {
    List<AccountProblem> p = new ArrayList<>();
    tooLong(p, field, value, max);
    if (!p.isEmpty()) {
      throw new InvalidAccountInput(p);
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Approval (ACC-2, ACC-3)

  /** The capacity in which {@code actor} may decide on this account, if any. */
  Optional<ApproverCapacity> capacityOf(Actor actor, Account a, List<Approval> given) {
    List<ApproverCapacity> can = new ArrayList<>();
    if (actor.unitsFor(Role.HEAD_OF_UNIT).stream().anyMatch(u -> directory.within(a.unitId(), u))) {
      can.add(ApproverCapacity.HEAD_OF_UNIT);
    }
    if (actor.holds(Role.HEAD_OF_DIGITAL_MARKETING)) {
      can.add(ApproverCapacity.HEAD_OF_DIGITAL_MARKETING);
    }
    return can.stream().filter(c -> given.stream().noneMatch(g -> g.capacity() == c)).findFirst()
        .or(() -> can.stream().findFirst());
  }

  /** Whether {@code actor} may approve or refuse this request now (for showing the buttons). */
  public boolean mayDecide(Actor actor, AccountView v) {
    Account a = v.account();
    return a.status() == AccountStatus.REQUESTED && !ownRequest(actor, a)
        && v.approvals().stream().noneMatch(x -> x.approverId() == actor.personId())
        && capacityOf(actor, a, v.approvals())
            .filter(c -> v.approvals().stream().noneMatch(x -> x.capacity() == c)).isPresent();
  }

  private static boolean ownRequest(Actor actor, Account a) {
    return actor.personId() != null && (actor.personId() == a.requestedBy()
        || actor.personId().equals(a.onBehalfOf()));
  }

  @Transactional
  public AccountStatus approve(Actor actor, long id, String note) {
    requireShort("note", note, AccountLimits.TEXT);
    Account a = accounts.lock(id).orElseThrow();
    List<Approval> given = accounts.approvals(id);
    ApproverCapacity capacity = capacityOf(actor, a, given).orElseThrow(() -> refuse(
        actor, "approve", id, "Only the head of this school or service and the head of digital"
            + " marketing can approve this account."));
    if (ownRequest(actor, a)) {
      throw refuse(actor, "approve", id, "Nobody can approve their own request.");
    }
    a.moveTo(AccountStatus.APPROVED); // throws unless the request is still waiting
    if (given.stream().anyMatch(g -> g.approverId() == actor.personId())) {
      throw new IllegalStateException("You have already approved this request. The other approval"
          + " must come from someone else.");
    }
    if (given.stream().anyMatch(g -> g.capacity() == capacity)) {
      throw new IllegalStateException("This request already has the approval of the "
          + capacity.label().toLowerCase(Locale.ROOT) + ".");
    }
    Instant now = clock.instant();
    accounts.addApproval(id, capacity, actor.personId(), note, now);
    audit.record(actor, "account.approved-as-" + capacity.code(), "account", Long.toString(id), note);
    if (given.size() + 1 < ApproverCapacity.values().length) {
      notifications.notify(List.of(a.requestedBy()), "Your account request has one of its two"
          + " approvals", "/accounts/" + id);
      return AccountStatus.REQUESTED;
    }
    accounts.setStatus(id, AccountStatus.APPROVED, now);
    audit.record(Actor.SYSTEM, "account.approved", "account", Long.toString(id), null);
    notifications.notify(List.of(a.requestedBy()), "Your account request was approved",
        "/accounts/" + id);
    notifications.notify(marketing(), "An approved account is waiting to be set up",
        "/accounts/" + id);
    return AccountStatus.APPROVED;
  }

  @Transactional
  public void reject(Actor actor, long id, String reason) {
    requireShort("reason", reason, AccountLimits.TEXT);
    Account a = accounts.lock(id).orElseThrow();
    List<Approval> given = accounts.approvals(id);
    if (capacityOf(actor, a, given).isEmpty()) {
      throw refuse(actor, "refuse", id, "Only the head of this school or service and the"
          + " head of digital marketing can refuse this account.");
    }
    if (ownRequest(actor, a)) {
      throw refuse(actor, "refuse", id, "Nobody can decide on their own request.");
    }
    if (blank(reason)) {
      throw new InvalidAccountInput("reason", "Say why the request is refused.");
    }
    a.moveTo(AccountStatus.REJECTED);
    accounts.reject(id, actor.personId(), reason.trim(), clock.instant());
    audit.record(actor, "account.rejected", "account", Long.toString(id), reason.trim());
    notifications.notify(List.of(a.requestedBy()), "Your account request was refused",
        "/accounts/" + id);
  }

  /** An existing account an approver should look at before deciding (ACC-3), and why. */
  public record Similar(Account account, String unitName, List<String> reasons) {}

  @Transactional(readOnly = true)
  public List<Similar> similar(long id) {
    Account a = accounts.find(id).orElseThrow();
    List<Similar> out = new ArrayList<>();
    for (Account other : accounts.allExcept(id)) {
      List<String> why = new ArrayList<>();
      if (Similarity.similarNames(a.name(), other.name())
          || Similarity.similarNames(a.handle(), other.handle())) {
        why.add("Similar name");
      }
      boolean sameUnit = other.unitId() == a.unitId();
      if (sameUnit) {
        why.add("Same unit");
      }
      // The same platform elsewhere in the institution is too common to show on its own; it adds
      // weight to a similar name or the same unit.
      if (!why.isEmpty() && other.platform() == a.platform()) {
        why.add("Same platform");
      }
      if (sameUnit && Similarity.sameAudience(a.audience(), other.audience())) {
        why.add("Same audience");
      }
      if (!why.isEmpty()) {
        out.add(new Similar(other, unitName(other.unitId()), why));
      }
    }
    return out;
  }

  // ---------------------------------------------------------------------------------------------
  // Set-up and the vault (ACC-5, ACC-6)

  /** What marketing records when setting an account up. Empty values are not stored. */
  public record SetUp(String loginEmail, String password, String recoveryCodes, String token,
      String url) {}

  @Transactional
  public void setUp(Actor actor, long id, SetUp s) {
    Account a = accounts.lock(id).orElseThrow();
    requireMarketing(actor, "set up", id);
    a.moveTo(AccountStatus.ACTIVE);
    List<AccountProblem> problems = new ArrayList<>();
    if (blank(s.loginEmail()) || s.loginEmail().length() > AccountLimits.EMAIL
        || !s.loginEmail().trim().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
      problems.add(new AccountProblem("loginEmail", "Enter the e-mail address the account signs in"
          + " with, like socialmedia.creative@college.ac.uk"));
    }
    if (blank(s.password())) {
      problems.add(new AccountProblem("password", "Enter the account's password."));
    } else if (s.password().length() < 12) {
      problems.add(new AccountProblem("password", "Use a password of at least 12 characters."));
    } else {
      tooLong(problems, "password", s.password(), AccountLimits.PASSWORD);
    }
    tooLong(problems, "recoveryCodes", s.recoveryCodes(), AccountLimits.SECRET);
    tooLong(problems, "token", s.token(), AccountLimits.SECRET);
    tooLong(problems, "url", s.url(), AccountLimits.URL);
    if (s.url() != null && !s.url().isBlank() && !s.url().trim().matches("(?i)https?://\\S+")) {
      problems.add(new AccountProblem("url", "Enter the web address starting with https://"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidAccountInput(problems);
    }
    Instant now = clock.instant();
    accounts.setUp(id, actor.personId(), s.loginEmail().trim().toLowerCase(Locale.ROOT),
        blank(s.url()) ? null : s.url().trim(), now);
    vault.store(id, "password", "Password", s.password(), actor.personId());
    if (!blank(s.recoveryCodes())) {
      vault.store(id, "recovery-codes", "Recovery codes", s.recoveryCodes().trim(), actor.personId());
    }
    if (!blank(s.token())) {
      vault.store(id, "token", "Platform token", s.token().trim(), actor.personId());
    }
    audit.record(actor, "account.set-up", "account", Long.toString(id), null);
    notifications.notify(staffManagers(id), "Your account is set up: you can now see its sign-in"
        + " details in Steward", "/accounts/" + id);
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
    Account a = accounts.find(id).orElseThrow();
    Optional<String> refusal = revealRefusal(actor, id);
    if (refusal.isPresent()) {
      throw refuse(actor, "reveal secret " + secretId, id, refusal.get());
    }
    if (a.status() == AccountStatus.CLOSED) {
      throw new IllegalStateException("The account is closed; its sign-in details are retired.");
    }
    Instant now = clock.instant();
    if (signedInAt == null || signedInAt.isAfter(now.plusSeconds(60))
        || Duration.between(signedInAt, now).compareTo(settings.revealWithin()) > 0) {
      refusedReveal(actor, id, secretId, "no recent sign-in");
      throw new RecentSignInRequired();
    }
    if (blank(reason)) {
      refusedReveal(actor, id, secretId, "no reason given");
      throw new InvalidAccountInput("reason", "Say why you need to see it.");
    }
    requireShort("reason", reason, AccountLimits.TEXT);
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
    refusals.record(actor, "account", "account-secret", id + "/" + secretId,
        "reveal secret " + secretId, why);
  }

  /** Records that marketing changed the password (after a manager left): the task is done. */
  @Transactional
  public void replacePassword(Actor actor, long id, String newPassword) {
    Account a = accounts.lock(id).orElseThrow();
    requireMarketing(actor, "change password", id);
    if (a.status() == AccountStatus.CLOSED || a.status() == AccountStatus.REQUESTED
        || a.status() == AccountStatus.REJECTED) {
      throw new IllegalStateException("This account has no password to change.");
    }
    if (blank(newPassword) || newPassword.length() < 12) {
      throw new InvalidAccountInput("newPassword", "Use a password of at least 12 characters.");
    }
    requireShort("newPassword", newPassword, AccountLimits.PASSWORD);
    Instant now = clock.instant();
    vault.retire(id, "password");
    vault.store(id, "password", "Password", newPassword, actor.personId());
    int closed = accounts.closeTasks(id, AccountTask.ROTATE_PASSWORD, actor.personId(),
        "Password changed", now);
    audit.record(actor, "account.password-changed", "account", Long.toString(id),
        closed > 0 ? "after a manager left" : null);
    notifications.notify(staffManagers(id), "The password of an account you manage was changed",
        "/accounts/" + id);
  }

  // ---------------------------------------------------------------------------------------------
  // Managers (ACC-7, ACC-8)

  @Transactional
  public void addManager(Actor actor, long id, String who, boolean platformAdmin) {
    requireShort("person", who, AccountLimits.PERSON);
    Account a = accounts.lock(id).orElseThrow();
    requireManagerOrMarketing(actor, a, "add manager");
    if (a.status() == AccountStatus.CLOSED || a.status() == AccountStatus.REJECTED) {
      throw new IllegalStateException("A closed account has no managers to add.");
    }
    Person p = directory.find(who).orElseThrow(() -> new InvalidAccountInput("person",
        "There is nobody with that username or e-mail."));
    if (accounts.managers(id).stream().anyMatch(m -> m.personId() == p.id())) {
      throw new InvalidAccountInput("person", p.displayName() + " already helps run this account.");
    }
    boolean helper = p.kind() != PersonKind.STAFF || p.holds(Role.LEARNER);
    accounts.addManager(id, p.id(), helper, !helper && platformAdmin, clock.instant());
    audit.record(actor, helper ? "account.helper-added" : "account.manager-added", "account",
        Long.toString(id), "person " + p.id());
  }

  /** Removes a manager; if they were staff, marketing is asked to change the password (ACC-6). */
  @Transactional
  public void removeManager(Actor actor, long id, long personId, String reason) {
    requireShort("reason", reason, AccountLimits.TEXT);
    Account a = accounts.lock(id).orElseThrow();
    requireManagerOrMarketing(actor, a, "remove manager");
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
      throw refuse(actor, "person left " + personId, 0, "Only administrators, HR and"
          + " marketing can take someone off every account.");
    }
    List<Long> ids = accounts.anyRoleOf(personId);
    for (long id : ids) {
      detach(actor, accounts.lock(id).orElseThrow(), personId, reason);
    }
    return ids;
  }

  private void detach(Actor actor, Account a, long personId, String reason) {
    long id = a.id();
    AccountManager m = accounts.managers(id).stream().filter(x -> x.personId() == personId)
        .findFirst().orElseThrow(() -> new InvalidAccountInput("person",
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
      notifications.notify(marketing(), "A manager left an account: change its password",
          "/accounts/" + id);
    }
    long staffLeft = accounts.managers(id).stream().filter(x -> !x.helper()).count();
    if (!m.helper() && a.status().live() && staffLeft < settings.minManagers()) {
      notifications.notify(marketing(), "An account has fewer than " + settings.minManagers()
          + " staff managers", "/accounts/" + id);
    }
  }

  /** Live accounts with fewer staff managers than the policy asks (ACC-7). */
  @Transactional(readOnly = true)
  public List<Account> tooFewManagers() {
    Map<Long, Long> counts = accounts.staffManagerCounts();
    return accounts.inStatuses(LIVE).stream()
        .filter(a -> counts.getOrDefault(a.id(), 0L) < settings.minManagers()).toList();
  }

  // ---------------------------------------------------------------------------------------------
  // Activity and inactivity (ACC-13, ACC-14)

  @Transactional
  public void recordPost(Actor actor, long id, Instant postedAt) {
    Account a = accounts.lock(id).orElseThrow();
    requireManagerOrMarketing(actor, a, "record post");
    Instant now = clock.instant();
    if (postedAt == null || postedAt.isAfter(now.plusSeconds(300))) {
      throw new InvalidAccountInput("postedAt", "Enter the date of the last post; it cannot be in the future.");
    }
    if (a.status() != AccountStatus.ACTIVE && a.status() != AccountStatus.DORMANT) {
      throw new IllegalStateException("Posts are recorded only for active or dormant accounts.");
    }
    accounts.recordPost(id, postedAt, "manual", actor.personId());
    audit.record(actor, "account.post-recorded", "account", Long.toString(id), null);
    if (a.status() == AccountStatus.DORMANT
        && postedAt.isAfter(now.minus(settings.inactiveAfter()))) {
      a.moveTo(AccountStatus.ACTIVE);
      accounts.reactivate(id, now);
      accounts.closeTasks(id, AccountTask.CLOSE_OR_JUSTIFY, actor.personId(), "Posted again", now);
      audit.record(actor, "account.reactivated", "account", Long.toString(id), "posted again");
    }
  }

  /**
   * Marks active accounts dormant when nothing has been posted for the pack's
   * {@code accounts.inactive-after}; opens a "close or justify" task and tells the managers and
   * marketing. Run by the scheduled job; returns the ids it marked.
   */
  @Transactional
  public List<Long> markDormant() {
    Instant now = clock.instant();
    Instant cutoff = now.minus(settings.inactiveAfter());
    List<Long> marked = new ArrayList<>();
    for (Account a : accounts.inStatuses(EnumSet.of(AccountStatus.ACTIVE))) {
      if (!a.lastSignOfLife().isBefore(cutoff)) {
        continue;
      }
      Account locked = accounts.lock(a.id()).orElseThrow();
      if (locked.status() != AccountStatus.ACTIVE) {
        continue; // changed meanwhile
      }
      locked.moveTo(AccountStatus.DORMANT);
      accounts.markDormant(a.id(), now);
      accounts.openTask(a.id(), AccountTask.CLOSE_OR_JUSTIFY, now);
      audit.record(Actor.SYSTEM, "account.dormant", "account", Long.toString(a.id()),
          "nothing posted for " + settings.inactiveAfter().toDays() + " days");
      notifications.notify(staffManagers(a.id()), "An account you manage has gone quiet: close it"
          + " or say why it stays", "/accounts/" + a.id());
      notifications.notify(marketing(), "An account has gone quiet (dormant)", "/accounts/" + a.id());
      marked.add(a.id());
    }
    return marked;
  }

  /** A manager or marketing says why a dormant account stays open. */
  @Transactional
  public void justify(Actor actor, long id, String reason) {
    Account a = accounts.lock(id).orElseThrow();
    requireManagerOrMarketing(actor, a, "justify");
    if (blank(reason)) {
      throw new InvalidAccountInput("reason", "Say why the account should stay open.");
    }
    requireShort("reason", reason, AccountLimits.TEXT);
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
    Map<Long, Long> counts = accounts.staffManagerCounts();
    List<Activity> out = new ArrayList<>();
    for (Account a : accounts.inStatuses(EnumSet.of(AccountStatus.ACTIVE, AccountStatus.DORMANT,
        AccountStatus.SUSPENDED))) {
      double perMonth = Math.round(accounts.postsSince(a.id(), since) / 3.0 * 10) / 10.0;
      out.add(new Activity(a, unitName(a.unitId()), perMonth, counts.getOrDefault(a.id(), 0L)));
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
    List<Consolidation> out = new ArrayList<>();
    for (List<Account> g : groups.values()) {
      if (g.size() > 1) {
        out.add(new Consolidation(unitName(g.get(0).unitId()), g.get(0).audience(), g));
      }
    }
    return out;
  }

  // ---------------------------------------------------------------------------------------------
  // Decommissioning (ACC-13)

  @Transactional
  public void startClosing(Actor actor, long id, String reason) {
    Account a = accounts.lock(id).orElseThrow();
    requireManagerOrMarketing(actor, a, "start closing");
    if (blank(reason)) {
      throw new InvalidAccountInput("reason", "Say why the account is no longer needed.");
    }
    requireShort("reason", reason, AccountLimits.TEXT);
    a.moveTo(AccountStatus.CLOSING);
    Instant now = clock.instant();
    accounts.startClosing(id, reason.trim(), now);
    accounts.closeTasks(id, AccountTask.CLOSE_OR_JUSTIFY, actor.personId(), "Closing", now);
    audit.record(actor, "account.closing", "account", Long.toString(id), reason.trim());
    notifications.notify(marketing(), "An account is to be closed: work through its checklist",
        "/accounts/" + id);
  }

  @Transactional
  public void updateChecklist(Actor actor, long id, boolean archived, boolean credentialsRetired,
      boolean platformGone) {
    Account a = accounts.lock(id).orElseThrow();
    requireMarketing(actor, "update checklist", id);
    if (a.status() != AccountStatus.CLOSING) {
      throw new IllegalStateException("The checklist applies only to an account that is closing.");
    }
    accounts.checklist(id, archived, credentialsRetired, platformGone);
    if (credentialsRetired) {
      vault.retire(id, null);
    }
    audit.record(actor, "account.checklist-updated", "account", Long.toString(id),
        "archived=" + archived + ", credentials=" + credentialsRetired + ", platform=" + platformGone);
  }

  @Transactional
  public void close(Actor actor, long id) {
    Account a = accounts.lock(id).orElseThrow();
    requireMarketing(actor, "close", id);
    a.moveTo(AccountStatus.CLOSED);
    if (!a.checklistDone()) {
      throw new IllegalStateException("Finish the checklist first: archive the content, retire the"
          + " sign-in details and delete or hand over the platform account.");
    }
    Instant now = clock.instant();
    accounts.setStatus(id, AccountStatus.CLOSED, now);
    vault.retire(id, null);
    audit.record(actor, "account.closed", "account", Long.toString(id), null);
    notifications.notify(staffManagers(id), "An account you managed is now closed", "/accounts/" + id);
  }

  // ---------------------------------------------------------------------------------------------
  // Breach (ACC-12)

  @Transactional
  public long suspend(Actor actor, long id, String reason) {
    Account a = accounts.lock(id).orElseThrow();
    requireMarketing(actor, "suspend", id);
    if (blank(reason)) {
      throw new InvalidAccountInput("reason", "Say what breach of the policy was found.");
    }
    requireShort("reason", reason, AccountLimits.TEXT);
    a.moveTo(AccountStatus.SUSPENDED);
    Instant now = clock.instant();
    accounts.suspend(id, a.status(), now);
    long investigation = accounts.openInvestigation(id, actor.personId(), reason.trim(), now);
    audit.record(actor, "account.suspended", "account", Long.toString(id), reason.trim());
    audit.record(actor, "account.investigation-opened", "account-investigation",
        Long.toString(investigation), null);
    notifications.notify(staffManagers(id), "An account you manage was suspended", "/accounts/" + id);
    notifications.notify(directory.holders(Role.HEAD_OF_DIGITAL_MARKETING),
        "An account was suspended and an investigation opened", "/accounts/" + id);
    return investigation;
  }

  @Transactional
  public void reinstate(Actor actor, long id, String outcome) {
    Account a = accounts.lock(id).orElseThrow();
    requireMarketing(actor, "reinstate", id);
    if (blank(outcome)) {
      throw new InvalidAccountInput("outcome", "Say what the investigation found.");
    }
    requireShort("outcome", outcome, AccountLimits.TEXT);
    a.moveTo(AccountStatus.ACTIVE);
    Instant now = clock.instant();
    accounts.reactivate(id, now);
    accounts.closeInvestigations(id, now);
    audit.record(actor, "account.reinstated", "account", Long.toString(id), outcome.trim());
  }

  // ---------------------------------------------------------------------------------------------
  // Dashboard figures

  /** What needs marketing and approvers now. */
  public record Attention(List<Account> waitingForMe, List<Account> toSetUp,
      List<Account> tooFewManagers, List<Account> dormant, List<Account> suspended,
      long passwordsToChange, long openInvestigations) {
    public boolean empty() {
      return waitingForMe.isEmpty() && toSetUp.isEmpty() && tooFewManagers.isEmpty()
          && dormant.isEmpty() && suspended.isEmpty() && passwordsToChange == 0;
    }
  }

  @Transactional(readOnly = true)
  public Attention attention(Actor actor) {
    List<Account> waiting = new ArrayList<>();
    for (Account a : accounts.inStatuses(EnumSet.of(AccountStatus.REQUESTED))) {
      List<Approval> given = accounts.approvals(a.id());
      Optional<ApproverCapacity> c = capacityOf(actor, a, given);
      if (c.isPresent() && !ownRequest(actor, a)
          && given.stream().noneMatch(g -> g.capacity() == c.get() || g.approverId() == actor.personId())) {
        waiting.add(a);
      }
    }
    boolean marketing = actor.holdsAny(Role.MARKETING, Role.HEAD_OF_DIGITAL_MARKETING);
    List<Account> mine = actor.personId() == null ? List.of()
        : accounts.managedBy(actor.personId()).stream().map(accounts::find)
            .flatMap(Optional::stream).toList();
    List<Account> few = tooFewManagers().stream()
        .filter(a -> marketing || mine.stream().anyMatch(m -> m.id() == a.id())).toList();
    List<Account> dormant = accounts.inStatuses(EnumSet.of(AccountStatus.DORMANT)).stream()
        .filter(a -> marketing || mine.stream().anyMatch(m -> m.id() == a.id())).toList();
    return new Attention(waiting,
        marketing ? accounts.inStatuses(EnumSet.of(AccountStatus.APPROVED)) : List.of(),
        few, dormant,
        marketing ? accounts.inStatuses(EnumSet.of(AccountStatus.SUSPENDED)) : List.of(),
        marketing ? accounts.openTasks(AccountTask.ROTATE_PASSWORD).size() : 0,
        marketing ? accounts.openInvestigationCount() : 0);
  }

  /** Requests this person made (for themselves or for a learner) still waiting for approval. */
  @Transactional(readOnly = true)
  public List<Account> waitingRequestsOf(Actor actor) {
    if (actor.personId() == null) {
      return List.of();
    }
    return accounts.inStatuses(EnumSet.of(AccountStatus.REQUESTED)).stream()
        .filter(a -> a.requestedBy() == actor.personId()).toList();
  }

  public int approvalsOf(long id) {
    return accounts.approvals(id).size();
  }

  public int settingsMinManagers() {
    return settings.minManagers();
  }

  public Duration settingsRevealWithin() {
    return settings.revealWithin();
  }

  public Clock clock() {
    return clock;
  }

  // ---------------------------------------------------------------------------------------------

  private List<Long> marketing() {
    List<Long> ids = new ArrayList<>(directory.holders(Role.MARKETING));
    ids.addAll(directory.holders(Role.HEAD_OF_DIGITAL_MARKETING));
    return ids;
  }

  private List<Long> staffManagers(long id) {
    return accounts.managers(id).stream().filter(m -> !m.helper()).map(AccountManager::personId).toList();
  }

  private void requireMarketing(Actor actor, String attempted, long id) {
    if (!actor.isSystem() && (actor.holds(Role.LEARNER)
        || !actor.holdsAny(Role.MARKETING, Role.HEAD_OF_DIGITAL_MARKETING))) {
      throw refuse(actor, attempted, id, "Only the marketing team can do this.");
    }
  }

  private void requireManagerOrMarketing(Actor actor, Account a, String attempted) {
    if (actor.isSystem() || (!actor.holds(Role.LEARNER)
        && actor.holdsAny(Role.MARKETING, Role.HEAD_OF_DIGITAL_MARKETING))) {
      return;
    }
    if (!actor.holds(Role.LEARNER) && accounts.managedBy(actor.personId()).contains(a.id())) {
      return;
    }
    throw refuse(actor, attempted, a.id(), "Only the account's staff managers and"
        + " marketing can do this.");
  }

  /** For tests and the import: the raw insert with managers, no approval (existing accounts). */
  long insertExisting(NewAccount n, long importedBy, List<Long> managerIds, Instant lastPost,
      boolean dormant) {
    Instant now = clock.instant();
    long id = accounts.insert(n, importedBy, now);
    Map<Long, Boolean> seen = new HashMap<>();
    for (Long m : managerIds) {
      if (seen.putIfAbsent(m, true) == null) {
        Person p = directory.person(m).orElseThrow();
        accounts.addManager(id, m, p.kind() != PersonKind.STAFF, false, now);
      }
    }
    if (n.initialStatus() == AccountStatus.ACTIVE) {
      accounts.setUp(id, importedBy, null, null, now);
    }
    if (lastPost != null) {
      accounts.recordPost(id, lastPost, "import", importedBy);
    }
    if (dormant) {
      accounts.markDormant(id, now);
      accounts.openTask(id, AccountTask.CLOSE_OR_JUSTIFY, now);
    }
    return id;
  }

  /** Records the refusal (in its own transaction) and returns the 403 to throw. */
  private org.steward.app.security.AuditedRefusal refuse(Actor actor, String attempted, long id,
      String why) {
    return refusals.refuse(actor, "account", "account", Long.toString(id), attempted, why);
  }
}
