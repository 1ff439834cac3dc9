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
 * Reading the registry (ACC-1): one account as its page shows it (never a secret's value), pages
 * of the registry, similar accounts for an approver (ACC-3), accounts with too few managers
 * (ACC-7) and what needs each person now. Nothing here changes anything.
 */
@Service
public class AccountRegistry {
  private final Accounts accounts;
  private final AccountDirectory directory;
  private final CredentialVault vault;
  private final AccountGuards guards;
  private final AccountSettings settings;
  private final AccountPolicy policy;
  private final Clock clock;

  AccountRegistry(Accounts accounts, AccountDirectory directory, CredentialVault vault, AccountGuards guards,
      AccountSettings settings, AccountPolicy policy, Clock clock) {
    this.accounts = accounts;
    this.directory = directory;
    this.vault = vault;
    this.guards = guards;
    this.settings = settings;
    this.policy = policy;
    this.clock = clock;
  }

  static final Set<AccountStatus> LIVE = EnumSet.of(AccountStatus.APPROVED, AccountStatus.ACTIVE,
      AccountStatus.DORMANT, AccountStatus.SUSPENDED);

  /** Everything the account page shows (never a secret's value). */
  public record AccountView(Account account, String unitName, String requestedByName,
      String onBehalfOfName, List<Approval> approvals, List<AccountManager> managers,
      long staffManagers, boolean tooFewManagers, List<SecretInfo> secrets,
      List<AccountTask> tasks, List<Investigation> investigations, List<ApproverCapacity> requiredApprovals,
      int minManagers) {
    public boolean approvedAs(ApproverCapacity c) {
      return approvals.stream().anyMatch(a -> a.capacity().equals(c));
    }
  }

  @Transactional(readOnly = true)
  public AccountView view(Actor viewer, long id) {
    Account a = accounts.existing(id);
    List<AccountManager> rows = accounts.managers(id);
    List<Approval> given = accounts.approvals(id);
    // Names come from the people feature in one call, never from a join on its tables.
    Set<Long> ids = new java.util.HashSet<>();
    rows.forEach(m -> ids.add(m.personId()));
    given.forEach(g -> ids.add(g.approverId()));
    ids.add(a.requestedBy());
    if (a.onBehalfOf() != null) {
      ids.add(a.onBehalfOf());
    }
    Map<Long, Person> people = directory.people(ids);
    List<AccountManager> managers = rows.stream()
        .map(m -> new AccountManager(m.accountId(), m.personId(), name(people, m.personId()),
            m.helper(), m.platformAdmin(), m.addedAt()))
        .sorted(java.util.Comparator.comparing(AccountManager::helper)
            .thenComparing(m -> sortKey(people, m.personId())))
        .toList();
    List<Approval> approvals = given.stream().map(g -> new Approval(g.accountId(), g.capacity(),
        g.approverId(), name(people, g.approverId()), g.decidedAt(), g.note())).toList();
    long staff = managers.stream().filter(m -> !m.helper()).count();
    List<SecretInfo> secrets = vault.list(id).stream()
        .map(s -> new SecretInfo(s.id(), id, s.kind(), s.label(), s.createdAt())).toList();
    return new AccountView(a, unitName(a.unitId()), name(people, a.requestedBy()),
        a.onBehalfOf() == null ? null : name(people, a.onBehalfOf()), approvals, managers,
        staff, a.status().live() && staff < policy.minManagers(a.unitId()), secrets, accounts.tasks(id),
        accounts.investigations(id), guards.required(a), policy.minManagers(a.unitId()));
  }

  public Optional<Account> find(long id) {
    return accounts.find(id);
  }


  @Transactional(readOnly = true)
  public Page<Account> list(Actor viewer, Accounts.Filter filter, int page, int size) {
    int p = Math.max(0, page);
    int s = Math.min(Math.max(1, size), 200);
    return new Page<>(accounts.search(filter, null, s, org.steward.app.web.Paging.offset(p, s)), p, s,
        accounts.count(filter, null));
  }

  public String unitName(long unitId) {
    return directory.unit(unitId).map(u -> u.name()).orElse("Unknown unit");
  }

  private static String name(Map<Long, Person> people, long personId) {
    Person p = people.get(personId);
    return p == null ? "Someone who has left" : p.displayName();
  }

  /** Family name, then given name, as the registry has always listed managers. */
  private static String sortKey(Map<Long, Person> people, long personId) {
    Person p = people.get(personId);
    return p == null ? "" : p.familyName() + "\u0000" + p.givenName();
  }

  /** An existing account an approver should look at before deciding (ACC-3), and why. */
  public record Similar(Account account, String unitName, List<String> reasons) {}

  @Transactional(readOnly = true)
  public List<Similar> similar(long id) {
    Account a = accounts.existing(id);
    Map<Long, org.steward.app.people.Unit> units = directory.unitsById();
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
        var unit = units.get(other.unitId());
        out.add(new Similar(other, unit == null ? "Unknown unit" : unit.name(), why));
      }
    }
    return out;
  }

  /** Live accounts with fewer staff managers than the policy asks (ACC-7). */
  @Transactional(readOnly = true)
  public List<Account> tooFewManagers() {
    Map<Long, Long> counts = accounts.staffManagerCounts();
    return accounts.inStatuses(LIVE).stream()
        .filter(a -> counts.getOrDefault(a.id(), 0L) < policy.minManagers(a.unitId())).toList();
  }

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
      Optional<ApproverCapacity> c = guards.capacityOf(actor, a, given);
      if (c.isPresent() && !AccountGuards.ownRequest(actor, a)
          && given.stream().noneMatch(g -> g.capacity().equals(c.get()) || g.approverId() == actor.personId())) {
        waiting.add(a);
      }
    }
    boolean marketing = actor.holdsAny(Role.MARKETING, Role.HEAD_OF_DIGITAL_MARKETING);
    List<Account> mine = actor.personId() == null ? List.of()
        : accounts.managedBy(actor.personId()).stream().map(accounts::find)
            .flatMap(Optional::stream).toList();
    // A head of school or service is told about the accounts of their units too (UX: home pages).
    List<Long> headed = actor.unitsFor(Role.HEAD_OF_UNIT);
    List<Account> few = tooFewManagers().stream()
        .filter(a -> marketing || mine.stream().anyMatch(m -> m.id() == a.id())
            || headed.stream().anyMatch(u -> directory.within(a.unitId(), u))).toList();
    List<Account> dormant = accounts.inStatuses(EnumSet.of(AccountStatus.DORMANT)).stream()
        .filter(a -> marketing || mine.stream().anyMatch(m -> m.id() == a.id())).toList();
    return new Attention(waiting,
        marketing ? accounts.inStatuses(EnumSet.of(AccountStatus.APPROVED)) : List.of(),
        few, dormant,
        marketing ? accounts.inStatuses(EnumSet.of(AccountStatus.SUSPENDED)) : List.of(),
        marketing ? accounts.openTasks(AccountTask.ROTATE_PASSWORD).size() : 0,
        marketing ? accounts.openInvestigationCount() : 0);
  }

  /**
   * The live official accounts this person may post from, by name: the ones they run (staff
   * managers and helpers), and every live account for marketing.
   */
  @Transactional(readOnly = true)
  public List<Account> postingAccounts(Actor actor) {
    if (actor.personId() == null) {
      return List.of();
    }
    if (actor.holdsAny(Role.MARKETING, Role.HEAD_OF_DIGITAL_MARKETING) && !actor.holds(Role.LEARNER)) {
      return accounts.inStatuses(LIVE);
    }
    return accounts.anyRoleOf(actor.personId()).stream().map(accounts::find).flatMap(Optional::stream)
        .filter(a -> LIVE.contains(a.status())).toList();
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

  /** How many approvals this request needs (the pack in force when it was made). */
  public int approvalsNeeded(Account a) {
    return guards.required(a).size();
  }

  public int approvalsOf(long id) {
    return accounts.approvals(id).size();
  }

  /** The staff managers the policy in force asks of an account of this unit (ACC-7). */
  public int minManagers(long unitId) {
    return policy.minManagers(unitId);
  }

  /** The platforms the registry offers for a unit (the pack in force's catalogue, DOC-6); null: the organisation's. */
  public List<Platform> platforms(Long unitId) {
    return policy.platformsFor(unitId);
  }

  /** Every platform any pack in force offers, for filters and imports. */
  public List<Platform> platformsAnywhere() {
    return policy.platformsAnywhere();
  }

  public Duration settingsRevealWithin() {
    return settings.revealWithin();
  }

  public Clock clock() {
    return clock;
  }
}
