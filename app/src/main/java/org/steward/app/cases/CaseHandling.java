package org.steward.app.cases;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.steward.app.accounts.AccountClosing;
import org.steward.app.accounts.AccountRegistry;
import org.steward.app.audit.AuditTrail;
import org.steward.app.audit.RefusalAudit;
import org.steward.app.identity.Actor;
import org.steward.app.identity.Role;
import org.steward.app.notifications.Notifications;
import org.steward.app.people.PeopleService;
import org.steward.app.people.Person;
import org.steward.app.web.FieldProblem;
import org.steward.app.web.IllegalTransition;
import org.steward.app.web.InvalidInput;
import org.steward.app.web.NotFound;

/**
 * Handling a case (SAF-4..SAF-8, ACC-12): triage, assignment, notes, requests for information and
 * replies to the reporter (through their receipt), the Prevent referral fields, linked cases, the
 * account's suspension for an account breach, the outcome and closure. Only the people a case is
 * routed to may read or change it ({@link CaseType#readers()}); administrators are refused like
 * anyone else, and the refusal is audited. Every view of a case is in the audit trail.
 */
@Service
public class CaseHandling {
  static final String ONLY_ROUTED = "Only the people a case is routed to may read or handle it.";
  static final List<String> OUTCOMES = List.of("action-taken", "no-action", "referred", "not-upheld", "duplicate");

  private final CaseStore store;
  private final CaseCrypto crypto;
  private final CaseFiling filing;
  private final CaseSettings settings;
  private final AuditTrail audit;
  private final RefusalAudit refusals;
  private final Notifications notifications;
  private final PeopleService people;
  private final AccountClosing accounts;
  private final AccountRegistry registry;
  private final Clock clock;

  CaseHandling(CaseStore store, CaseCrypto crypto, CaseFiling filing, CaseSettings settings, AuditTrail audit,
      RefusalAudit refusals, Notifications notifications, PeopleService people, AccountClosing accounts,
      AccountRegistry registry, Clock clock) {
    this.store = store;
    this.crypto = crypto;
    this.filing = filing;
    this.settings = settings;
    this.audit = audit;
    this.refusals = refusals;
    this.notifications = notifications;
    this.people = people;
    this.accounts = accounts;
    this.registry = registry;
    this.clock = clock;
  }

  /** A case in a list: no content, only what routing and time limits need. */
  public record CaseSummary(long id, String reference, CaseType type, CaseStatus status, Priority priority,
      String source, Instant openedAt, Instant limit, boolean overdue, String assignedTo) {}

  /** An entry of a case's history, opened. */
  public record Entry(String kind, String label, String author, Instant at, String text, boolean toReporter) {}

  /** A linked case: its reference, and its type only when the viewer may read it. */
  public record Link(long id, String reference, String type, boolean readable) {}

  /** Someone a case may be assigned to. */
  public record Handler(long personId, String name) {}

  /** A case opened for one of the people it is routed to. */
  public record CaseView(CaseSummary summary, String concern, String about, String summaryText, String link,
      boolean anonymous, String reporterName, String reporterContact, boolean followedByReporter,
      Evidence evidence, boolean evidenceIntact, CaseDetails.Prevent prevent, String preventRoute,
      Instant awareAt, Instant breachDeadline, Long accountId, String accountName, String accountStatus,
      String outcome, List<Entry> entries, List<Link> links, List<Handler> handlers) {}

  /** The cases this person may read: open ones, or all with {@code includeClosed}. */
  @Transactional(readOnly = true)
  public List<CaseSummary> list(Actor actor, boolean includeClosed) {
    Instant now = clock.instant();
    List<CaseRecord> rows = store.ofTypes(CaseType.readableTypes(actor), includeClosed, 500);
    Map<Long, Person> names = people.byIds(rows.stream().map(CaseRecord::assignedTo)
        .filter(java.util.Objects::nonNull).toList());
    return rows.stream().map(c -> summary(c, now, names)).toList();
  }

  /** Opens a case for someone it is routed to; the view is audited. */
  @Transactional
  public CaseView view(Actor actor, long id) {
    CaseRecord c = readable(actor, id, "view case");
    Instant now = clock.instant();
    var key = crypto.key(c);
    CaseDetails d = crypto.open(key, c);
    List<CaseStore.EntryRow> rows = store.entries(id, false);
    Set<Long> ids = new LinkedHashSet<>();
    rows.forEach(r -> ids.add(r.authorId()));
    ids.add(c.assignedTo());
    ids.remove(null);
    Map<Long, Person> names = people.byIds(ids);
    List<Entry> entries = rows.stream().map(r -> new Entry(r.kind().code(), r.kind().label(),
        r.authorId() == null ? (r.kind() == EntryKind.REPORTER_MESSAGE ? "The reporter" : "Steward")
            : name(names, r.authorId()), r.createdAt(), crypto.open(key, r), r.toReporter())).toList();
    List<Link> links = store.links(id).stream().map(other -> store.find(other).map(o -> o.type().readableBy(actor)
        ? new Link(o.id(), o.reference(), o.type().label(), true) : new Link(o.id(), o.reference(), "", false))
        .orElseThrow()).toList();
    String accountName = null;
    String accountStatus = null;
    if (c.accountId() != null) {
      var account = registry.find(c.accountId());
      accountName = account.map(a -> a.name() + " (" + a.handle() + ")").orElse("An account that no longer exists");
      accountStatus = account.map(a -> a.status().label()).orElse(null);
    }
    audit.record(actor, "case.viewed", "case", Long.toString(id), null);
    CaseDetails.Reporter rep = d.reporter();
    return new CaseView(summary(c, now, names),
        Concern.fromCode(d.concern()).map(Concern::label).orElse(d.concern()),
        Subject.fromCode(d.subject()).map(Subject::label).orElse(d.subject()), d.summary(), d.link(),
        c.anonymous(), rep == null ? null : rep.name(), rep == null ? null : rep.contact(), c.followedByReporter(),
        d.evidence(), d.evidence() == null || d.evidence().intact(), d.prevent(),
        c.type() == CaseType.RADICALISATION ? settings.preventRoute() : null, c.awareAt(),
        c.type() == CaseType.DATA_BREACH ? c.awareAt().plus(CaseSettings.BREACH_CLOCK) : null,
        c.accountId(), accountName, accountStatus, c.outcome(), entries, links, handlers(c.type()));
  }

  @Transactional
  public void triage(Actor actor, long id, String priority) {
    CaseRecord c = changeable(actor, id, "triage case");
    Priority p = priority == null ? null : Priority.fromCode(priority.trim()).orElse(null);
    if (p == null) {
      throw new InvalidInput("priority", "Choose the priority: urgent, high, normal or low");
    }
    if (c.status() != CaseStatus.NEW) {
      throw new IllegalTransition("This case was already triaged; change its priority by triaging only a new case.");
    }
    Instant now = clock.instant();
    store.triage(id, p, c.dueAt(), now);
    filing.addEntry(c, EntryKind.TRIAGED, actor.personId(), "Priority: " + p.label() + ".");
    audit.record(actor, "case.triaged", "case", Long.toString(id), p.code());
  }

  @Transactional
  public void assign(Actor actor, long id, Long personId) {
    CaseRecord c = changeable(actor, id, "assign case");
    if (c.status().closed()) {
      throw new IllegalTransition("This case is closed: reopen it first.");
    }
    if (personId == null || handlers(c.type()).stream().noneMatch(h -> h.personId() == personId)) {
      throw new InvalidInput("assignee", "Choose someone this case is routed to: " + c.type().routedTo());
    }
    store.assign(id, personId, clock.instant());
    String name = people.byIds(List.of(personId)).values().stream().findFirst().map(CaseHandling::name).orElse("");
    filing.addEntry(c, EntryKind.ASSIGNED, actor.personId(), "Assigned to " + name + ".");
    audit.record(actor, "case.assigned", "case", Long.toString(id), null);
    if (!personId.equals(actor.personId())) {
      notifications.notify(List.of(personId), "Case " + c.reference() + " was assigned to you", "/cases/" + id);
    }
  }

  @Transactional
  public void note(Actor actor, long id, String text) {
    CaseRecord c = changeable(actor, id, "add note");
    filing.addEntry(c, EntryKind.NOTE, actor.personId(), text(text, "text", "Write the note"));
    audit.record(actor, "case.note-added", "case", Long.toString(id), null);
  }

  /** Asks the reporter for information, through their receipt; the case waits for them. */
  @Transactional
  public void requestInformation(Actor actor, long id, String text) {
    CaseRecord c = changeable(actor, id, "request information");
    String body = text(text, "text", "Write what you need to know");
    requireReporter(c);
    if (c.status().closed()) {
      throw new IllegalTransition("This case is closed: reopen it first.");
    }
    filing.addEntry(c, EntryKind.REQUEST, actor.personId(), body);
    store.setStatus(id, CaseStatus.AWAITING_INFORMATION, clock.instant());
    audit.record(actor, "case.information-requested", "case", Long.toString(id), null);
  }

  /** Replies to the reporter, who reads it with their receipt. */
  @Transactional
  public void reply(Actor actor, long id, String text) {
    CaseRecord c = changeable(actor, id, "reply to reporter");
    String body = text(text, "text", "Write your reply");
    requireReporter(c);
    filing.addEntry(c, EntryKind.REPLY, actor.personId(), body);
    if (c.status() == CaseStatus.NEW) {
      store.triage(id, c.priority(), c.dueAt(), clock.instant());
    }
    audit.record(actor, "case.replied", "case", Long.toString(id), null);
  }

  /** Records the fields of a Prevent referral (SAF-5); Steward never makes the referral. */
  @Transactional
  public void prevent(Actor actor, long id, String concerns, String cameToLight, String socialMedia) {
    CaseRecord c = changeable(actor, id, "update Prevent fields");
    if (c.type() != CaseType.RADICALISATION) {
      throw new IllegalTransition("Prevent referral fields belong to radicalisation cases only.");
    }
    List<FieldProblem> problems = new ArrayList<>();
    String a = optional(concerns, "concerns", problems);
    String b = optional(cameToLight, "cameToLight", problems);
    String m = optional(socialMedia, "socialMedia", problems);
    if (a.isEmpty()) {
      problems.add(new FieldProblem("concerns", "Describe the concerns"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInput(problems);
    }
    var key = crypto.key(c);
    CaseDetails d = crypto.open(key, c);
    store.sealDetails(id, crypto.seal(key, id, d.withPrevent(new CaseDetails.Prevent(a, b, m))), clock.instant());
    filing.addEntry(c, EntryKind.PREVENT, actor.personId(), "Prevent referral fields recorded.");
    audit.record(actor, "case.prevent-recorded", "case", Long.toString(id), null);
  }

  /** Links two cases both may read (the same person, the same post, the same account). */
  @Transactional
  public void link(Actor actor, long id, String other) {
    CaseRecord c = changeable(actor, id, "link case");
    Long otherId = parseReference(other);
    if (otherId == null || otherId == id) {
      throw new InvalidInput("other", "Enter another case's reference, such as C-000012");
    }
    CaseRecord o = store.find(otherId).orElseThrow(() -> new InvalidInput("other", "There is no case "
        + CaseRecord.reference(otherId)));
    if (!o.type().readableBy(actor)) {
      throw refusals.refuse(actor, "case", "case", Long.toString(otherId), "link to case " + id, ONLY_ROUTED);
    }
    if (store.link(id, otherId, actor.personId(), clock.instant())) {
      filing.addEntry(c, EntryKind.LINKED, actor.personId(), "Linked to " + o.reference() + ".");
      audit.record(actor, "case.linked", "case", Long.toString(id), Long.toString(otherId));
    }
  }

  /**
   * Suspends the official account of an account breach (ACC-12) through the accounts feature,
   * which checks that the person is in marketing and opens its investigation.
   */
  @Transactional
  public void suspendAccount(Actor actor, long id, String reason) {
    CaseRecord c = changeable(actor, id, "suspend account");
    if (c.type() != CaseType.ACCOUNT || c.accountId() == null) {
      throw new IllegalTransition("Only an account breach about an official account can suspend it.");
    }
    accounts.suspend(actor, c.accountId(), reason == null ? null : reason.strip() + " (case " + c.reference() + ")");
    filing.addEntry(c, EntryKind.ACCOUNT_SUSPENDED, actor.personId(), "The account was suspended: " + reason.strip());
    audit.record(actor, "case.account-suspended", "case", Long.toString(id), Long.toString(c.accountId()));
  }

  /** Closes a case with its outcome; the reporter sees that it is closed. */
  @Transactional
  public void close(Actor actor, long id, String outcome, String summary) {
    CaseRecord c = changeable(actor, id, "close case");
    List<FieldProblem> problems = new ArrayList<>();
    String o = outcome == null ? "" : outcome.trim();
    if (!OUTCOMES.contains(o)) {
      problems.add(new FieldProblem("outcome", "Choose the outcome"));
    }
    String s = summary == null ? "" : summary.strip();
    if (s.isEmpty()) {
      problems.add(new FieldProblem("summary", "Say what was decided and why"));
    } else if (s.length() > Reports.MAX_TEXT) {
      problems.add(new FieldProblem("summary", "Write the outcome in " + Reports.MAX_TEXT + " characters or fewer"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInput(problems);
    }
    if (!c.status().canMoveTo(CaseStatus.CLOSED)) {
      throw new IllegalTransition("This case is already closed.");
    }
    store.close(id, o, clock.instant());
    filing.addEntry(c, EntryKind.CLOSED, actor.personId(), outcomeLabel(o) + ": " + s);
    audit.record(actor, "case.closed", "case", Long.toString(id), o);
  }

  @Transactional
  public void reopen(Actor actor, long id, String reason) {
    CaseRecord c = changeable(actor, id, "reopen case");
    String r = text(reason, "reason", "Say why the case is reopened");
    if (!c.status().closed()) {
      throw new IllegalTransition("This case is not closed.");
    }
    Instant now = clock.instant();
    store.reopen(id, c.type() == CaseType.DATA_BREACH ? c.dueAt() : now.plus(settings.resolveWithin(c.type())), now);
    filing.addEntry(c, EntryKind.REOPENED, actor.personId(), r);
    audit.record(actor, "case.reopened", "case", Long.toString(id), null);
  }

  /** The people a case of this type may be assigned to. */
  List<Handler> handlers(CaseType type) {
    Map<Long, Person> found = people.byIds(filing.readers(type));
    Map<Long, Handler> out = new LinkedHashMap<>();
    found.values().forEach(p -> out.put(p.id(), new Handler(p.id(), name(p))));
    return List.copyOf(out.values());
  }

  static String outcomeLabel(String code) {
    return switch (code == null ? "" : code) {
      case "action-taken" -> "Action taken";
      case "no-action" -> "No further action";
      case "referred" -> "Referred on";
      case "not-upheld" -> "Not upheld";
      case "duplicate" -> "Duplicate of another case";
      default -> "";
    };
  }

  // --- guards ------------------------------------------------------------------------------------

  private CaseRecord readable(Actor actor, long id, String attempted) {
    CaseRecord c = store.find(id).orElseThrow(() -> new NotFound("There is no case " + CaseRecord.reference(id) + "."));
    if (!c.type().readableBy(actor)) {
      throw refusals.refuse(actor, "case", "case", Long.toString(id), attempted, ONLY_ROUTED);
    }
    return c;
  }

  private CaseRecord changeable(Actor actor, long id, String attempted) {
    readable(actor, id, attempted);
    return store.locked(id).orElseThrow();
  }

  private static void requireReporter(CaseRecord c) {
    if (!c.followedByReporter()) {
      throw new IllegalTransition("Nobody follows this case with a receipt code: contact whoever raised it directly.");
    }
  }

  private static String text(String text, String field, String missing) {
    String t = text == null ? "" : text.strip();
    if (t.isEmpty()) {
      throw new InvalidInput(field, missing);
    }
    if (t.length() > Reports.MAX_TEXT) {
      throw new InvalidInput(field, "Write it in " + Reports.MAX_TEXT + " characters or fewer");
    }
    return t;
  }

  private static String optional(String text, String field, List<FieldProblem> problems) {
    String t = text == null ? "" : text.strip();
    if (t.length() > Reports.MAX_TEXT) {
      problems.add(new FieldProblem(field, "Write it in " + Reports.MAX_TEXT + " characters or fewer"));
    }
    return t;
  }

  static Long parseReference(String text) {
    if (text == null) {
      return null;
    }
    String t = text.trim().toUpperCase(java.util.Locale.ROOT);
    if (t.startsWith("C-")) {
      t = t.substring(2);
    }
    if (t.isEmpty() || t.length() > 12 || !t.chars().allMatch(Character::isDigit)) {
      return null;
    }
    return Long.parseLong(t);
  }

  private CaseSummary summary(CaseRecord c, Instant now, Map<Long, Person> names) {
    return new CaseSummary(c.id(), c.reference(), c.type(), c.status(), c.priority(), c.source(), c.openedAt(),
        c.runningLimit(), c.overdue(now), c.assignedTo() == null ? null : name(names, c.assignedTo()));
  }

  private static String name(Map<Long, Person> names, Long id) {
    Person p = names.get(id);
    return p == null ? "Someone who has left" : name(p);
  }

  static String name(Person p) {
    return p.displayName();
  }

  /** How many open cases, new cases and overdue cases this person's roles are routed (for the home page). */
  record Counts(int open, int fresh, int overdue, int urgent, int assignedToMe, Instant oldest,
      List<CaseRecord> breaches) {}

  @Transactional(readOnly = true)
  Counts counts(Actor actor) {
    Instant now = clock.instant();
    Collection<CaseType> types = CaseType.readableTypes(actor);
    if (types.isEmpty()) {
      return new Counts(0, 0, 0, 0, 0, null, List.of());
    }
    List<CaseRecord> open = store.ofTypes(types, false, 1000);
    int fresh = 0;
    int overdue = 0;
    int urgent = 0;
    int mine = 0;
    Instant oldest = null;
    List<CaseRecord> breaches = new ArrayList<>();
    for (CaseRecord c : open) {
      if (c.status() == CaseStatus.NEW) {
        fresh++;
        oldest = oldest == null || c.openedAt().isBefore(oldest) ? c.openedAt() : oldest;
      }
      if (c.overdue(now)) {
        overdue++;
      }
      if (c.priority() == Priority.URGENT) {
        urgent++;
      }
      if (actor.personId() != null && actor.personId().equals(c.assignedTo())) {
        mine++;
      }
      if (c.type() == CaseType.DATA_BREACH) {
        breaches.add(c);
      }
    }
    return new Counts(open.size(), fresh, overdue, urgent, mine, oldest, breaches);
  }

  /** Time left on a limit, in words: "2 days 3 hours left", "5 hours overdue". */
  public static String left(Instant limit, Instant now) {
    Duration d = Duration.between(now, limit);
    boolean over = d.isNegative();
    d = d.abs();
    long days = d.toDays();
    long hours = d.toHoursPart();
    long minutes = d.toMinutesPart();
    String span = days > 0 ? days + (days == 1 ? " day " : " days ") + hours + (hours == 1 ? " hour" : " hours")
        : hours > 0 ? hours + (hours == 1 ? " hour " : " hours ") + minutes + " min" : minutes + " min";
    return span + (over ? " overdue" : " left");
  }

  Optional<CaseRecord> find(long id) {
    return store.find(id);
  }

  static boolean handles(Actor actor) {
    return !CaseType.readableTypes(actor).isEmpty();
  }

  static Set<Role> handlerRoles() {
    return CaseType.caseHandlers();
  }
}
