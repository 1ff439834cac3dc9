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
 * Asking for an official account and deciding on it (ACC-2..ACC-4, ACC-9, PER-8): the request
 * with its co-manager (and the learner a tutor asks for), the two approvals in either order, and
 * refusal. Each change checks the role, writes its audit entry and commits in one transaction; a
 * refusal is audited in its own ({@link AccountGuards#refuse}).
 */
@Service
public class AccountRequests {
  private final Accounts accounts;
  private final AccountDirectory directory;
  private final AccountGuards guards;
  private final AuditTrail audit;
  private final Notifications notifications;
  private final AccountPolicy policy;
  private final Clock clock;

  AccountRequests(Accounts accounts, AccountDirectory directory, AccountGuards guards, AuditTrail audit,
      Notifications notifications, AccountPolicy policy, Clock clock) {
    this.accounts = accounts;
    this.directory = directory;
    this.guards = guards;
    this.audit = audit;
    this.notifications = notifications;
    this.policy = policy;
    this.clock = clock;
  }

  /** What a request adds to the account itself: who else will run it. */
  public record RequestDetails(NewAccount account, String coManager, boolean requesterIsPlatformAdmin) {}

  @Transactional
  public long request(Actor actor, RequestDetails details) {
    NewAccount n = details.account();
    if (actor.isSystem() || actor.holds(Role.LEARNER)) {
      throw guards.refuse(actor, "request", 0, "Only staff can ask for an official account;"
          + " a learner asks their tutor.");
    }
    List<FieldProblem> problems = validate(n, true);
    Person learner = null;
    if (n.onBehalfOf() != null) {
      if (!actor.holds(Role.TUTOR)) {
        throw guards.refuse(actor, "request", 0, "Only a tutor can ask on behalf of a learner.");
      }
      learner = directory.person(n.onBehalfOf()).orElse(null);
      if (learner == null || learner.kind() != PersonKind.LEARNER) {
        problems.add(new FieldProblem("learner", "Enter the username or e-mail of a learner."));
      }
    }
    Person co = directory.find(details.coManager()).orElse(null);
    if (details.coManager() == null || details.coManager().isBlank()) {
      problems.add(new FieldProblem("coManager", "Enter the username or e-mail of a member of"
          + " staff who will share the account with you."));
    } else if (co == null) {
      problems.add(new FieldProblem("coManager", "There is nobody with that username or e-mail."));
    } else if (n.unitId() > 0 && policy.cannotManage(n.unitId(), co).isPresent()) {
      problems.add(new FieldProblem("coManager", co.kind() != PersonKind.STAFF || co.holds(Role.LEARNER)
          ? "The co-manager must be a member of staff: learners can help but never manage an account."
          : "The co-manager cannot manage this account: " + policy.cannotManage(n.unitId(), co).get()));
    } else if (co.id() == actor.personId()) {
      problems.add(new FieldProblem("coManager", "Name someone other than yourself."));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInput(problems);
    }
    Person requester = directory.person(actor.personId()).orElse(null);
    if (requester == null || requester.kind() != PersonKind.STAFF) {
      throw guards.refuse(actor, "request", 0, "Only staff can ask for an official account;"
          + " a learner asks their tutor.");
    }
    Instant now = clock.instant();
    long id = accounts.insert(n, actor.personId(), now);
    // The approvals it needs are those of the pack in force now, even if a new version comes later.
    accounts.setRequiredApprovers(id, policy.approvers(n.unitId()));
    accounts.addManager(id, requester.id(), false, details.requesterIsPlatformAdmin(), now);
    accounts.addManager(id, co.id(), false, false, now);
    if (learner != null) {
      accounts.addManager(id, learner.id(), true, false, now);
    }
    audit.record(actor, learner != null ? "account.requested-for-learner" : "account.requested",
        "account", Long.toString(id), null);
    List<Long> approvers = new ArrayList<>(guards.approversOf(accounts.existing(id)));
    approvers.remove(actor.personId());
    notifications.notify(approvers, "An account request needs your decision", "/accounts/" + id);
    notifications.notify(List.of(actor.personId()), "Your account request was sent for approval",
        "/accounts/" + id);
    return id;
  }

  /** Checks the fields of a new account; returns every problem (empty when fine). */
  List<FieldProblem> validate(NewAccount n, boolean checkHandle) {
    List<FieldProblem> p = new ArrayList<>();
    if (n.platform() == null) {
      p.add(new FieldProblem("platform", "Choose the platform."));
    } else if (n.initialStatus() == AccountStatus.REQUESTED && n.unitId() > 0
        && directory.unit(n.unitId()).isPresent() && !policy.platforms(n.unitId()).contains(n.platform())) {
      p.add(new FieldProblem("platform", n.platform().label() + " is not one of the platforms the policy lists: "
          + String.join(", ", policy.platforms(n.unitId()).stream().map(Platform::label).toList()) + "."));
    }
    if (AccountGuards.blank(n.handle())) {
      p.add(new FieldProblem("handle", "Enter the account's handle or name on the platform."));
    } else if (n.handle().length() > 200) {
      p.add(new FieldProblem("handle", "The handle must be 200 characters or fewer."));
    } else if (checkHandle && n.platform() != null && accounts.handleTaken(n.platform(), n.handle())) {
      p.add(new FieldProblem("handle", "An account with this handle on " + n.platform().label()
          + " is already registered. Look it up in the registry."));
    }
    AccountGuards.oneLine(p, "handle", n.handle());
    AccountGuards.oneLine(p, "name", n.name());
    AccountGuards.oneLine(p, "audience", n.audience());
    if (AccountGuards.blank(n.name())) {
      p.add(new FieldProblem("name", "Enter a name for the account."));
    } else if (n.name().length() > 200) {
      p.add(new FieldProblem("name", "The name must be 200 characters or fewer."));
    }
    if (n.unitId() <= 0 || directory.unit(n.unitId()).isEmpty()) {
      p.add(new FieldProblem("unit", "Choose the school, department or service the account belongs to."));
    }
    if (AccountGuards.blank(n.purpose())) {
      p.add(new FieldProblem("purpose", "Say what the account is for."));
    } else if (n.purpose().length() > 2000) {
      p.add(new FieldProblem("purpose", "The purpose must be 2,000 characters or fewer."));
    }
    if (AccountGuards.blank(n.audience())) {
      p.add(new FieldProblem("audience", "Say who the account is for."));
    } else if (n.audience().length() > 500) {
      p.add(new FieldProblem("audience", "The audience must be 500 characters or fewer."));
    }
    if (n.visibility() == null) {
      p.add(new FieldProblem("visibility", "Choose who can see the account."));
    } else if (n.teachingGroup() && n.visibility() == Visibility.PUBLIC) {
      p.add(new FieldProblem("visibility", "A teaching group must be private or a closed group."));
    }
    if (n.initialStatus() == AccountStatus.REQUESTED) {
      if (AccountGuards.blank(n.postingPlan())) {
        p.add(new FieldProblem("postingPlan", "Say what you will post and how often."));
      }
      if (AccountGuards.blank(n.moderationPlan())) {
        p.add(new FieldProblem("moderationPlan", "Say how you will answer comments and remove"
            + " anything inappropriate."));
      }
    }
    AccountGuards.tooLong(p, "postingPlan", n.postingPlan(), AccountLimits.PLAN);
    AccountGuards.tooLong(p, "moderationPlan", n.moderationPlan(), AccountLimits.PLAN);
    if (n.url() != null && n.url().length() > AccountLimits.URL) {
      p.add(new FieldProblem("url", "The web address must be 500 characters or fewer."));
    } else if (n.url() != null && !n.url().isBlank() && !n.url().trim().matches("(?i)https?://\\S+")) {
      p.add(new FieldProblem("url", "Enter the web address starting with https://"));
    }
    return p;
  }

  /** Whether {@code actor} may approve or refuse this request now (for showing the buttons). */
  public boolean mayDecide(Actor actor, AccountRegistry.AccountView v) {
    Account a = v.account();
    return a.status() == AccountStatus.REQUESTED && !AccountGuards.ownRequest(actor, a)
        && v.approvals().stream().noneMatch(x -> x.approverId() == actor.personId())
        && guards.capacityOf(actor, a, v.approvals())
            .filter(c -> v.approvals().stream().noneMatch(x -> x.capacity().equals(c))).isPresent();
  }

  @Transactional
  public AccountStatus approve(Actor actor, long id, String note) {
    AccountGuards.requireShort("note", note, AccountLimits.TEXT);
    Account a = accounts.locked(id);
    List<Approval> given = accounts.approvals(id);
    ApproverCapacity capacity = guards.capacityOf(actor, a, given).orElseThrow(() -> guards.refuse(
        actor, "approve", id, "Only " + guards.approversInWords(a) + " can approve this account."));
    if (AccountGuards.ownRequest(actor, a)) {
      throw guards.refuse(actor, "approve", id, "Nobody can approve their own request.");
    }
    a.moveTo(AccountStatus.APPROVED); // throws unless the request is still waiting
    if (given.stream().anyMatch(g -> g.approverId() == actor.personId())) {
      throw new IllegalTransition("You have already approved this request. The other approval"
          + " must come from someone else.");
    }
    if (given.stream().anyMatch(g -> g.capacity().equals(capacity))) {
      throw new IllegalTransition("This request already has the approval of the "
          + capacity.label().toLowerCase(Locale.ROOT) + ".");
    }
    Instant now = clock.instant();
    accounts.addApproval(id, capacity, actor.personId(), note, now);
    audit.record(actor, "account.approved-as-" + capacity.code(), "account", Long.toString(id), note);
    int needed = guards.required(a).size();
    if (given.size() + 1 < needed) {
      notifications.notify(List.of(a.requestedBy()), "Your account request has " + words(given.size() + 1)
          + " of its " + words(needed) + " approvals", "/accounts/" + id);
      return AccountStatus.REQUESTED;
    }
    accounts.setStatus(id, AccountStatus.APPROVED, now);
    audit.record(Actor.SYSTEM, "account.approved", "account", Long.toString(id), null);
    notifications.notify(List.of(a.requestedBy()), "Your account request was approved",
        "/accounts/" + id);
    notifications.notify(guards.marketing(), "An approved account is waiting to be set up",
        "/accounts/" + id);
    return AccountStatus.APPROVED;
  }

  @Transactional
  public void reject(Actor actor, long id, String reason) {
    AccountGuards.requireShort("reason", reason, AccountLimits.TEXT);
    Account a = accounts.locked(id);
    List<Approval> given = accounts.approvals(id);
    if (guards.capacityOf(actor, a, given).isEmpty()) {
      throw guards.refuse(actor, "refuse", id, "Only " + guards.approversInWords(a) + " can refuse this account.");
    }
    if (AccountGuards.ownRequest(actor, a)) {
      throw guards.refuse(actor, "refuse", id, "Nobody can decide on their own request.");
    }
    if (AccountGuards.blank(reason)) {
      throw new InvalidInput("reason", "Say why the request is refused.");
    }
    a.moveTo(AccountStatus.REJECTED);
    accounts.reject(id, actor.personId(), reason.trim(), clock.instant());
    audit.record(actor, "account.rejected", "account", Long.toString(id), reason.trim());
    notifications.notify(List.of(a.requestedBy()), "Your account request was refused",
        "/accounts/" + id);
  }

  private static String words(int n) {
    String[] small = {"no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"};
    return n >= 0 && n < small.length ? small[n] : Integer.toString(n);
  }
}
