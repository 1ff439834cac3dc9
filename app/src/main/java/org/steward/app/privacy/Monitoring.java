package org.steward.app.privacy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
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
 * Monitoring of a personal account with cause (PER-9). Someone with a reason to look (HR, the
 * safeguarding lead, the data protection officer, the head of digital marketing for reputation)
 * records the account, the cause (crime prevention, safeguarding, reputation) and the details,
 * and names a second person who must approve; without one, the request is refused (and the
 * refusal audited). The approval lasts a few days (at most {@code steward.monitoring.max-days});
 * while it lasts, the two of them may look, and every look is logged with what was looked at,
 * audited, and listed for the data protection officer.
 */
@Service
public class Monitoring {
  static final String FEATURE = "monitoring";
  static final String TYPE = "monitoring-request";
  /** Who may ask to monitor. */
  static final Set<Role> REQUESTERS = EnumSet.of(Role.HR, Role.SAFEGUARDING_LEAD,
      Role.DATA_PROTECTION_OFFICER, Role.HEAD_OF_DIGITAL_MARKETING);
  /** Who may be the second person. */
  static final Set<Role> APPROVERS = EnumSet.of(Role.HR, Role.SAFEGUARDING_LEAD,
      Role.DATA_PROTECTION_OFFICER, Role.ADMINISTRATOR);

  private final PrivacyTables tables;
  private final PeopleService people;
  private final AuditTrail audit;
  private final RefusalAudit refusals;
  private final Notifications notifications;
  private final MonitoringSettings settings;
  private final Clock clock;

  Monitoring(PrivacyTables tables, PeopleService people, AuditTrail audit, RefusalAudit refusals,
      Notifications notifications, MonitoringSettings settings, Clock clock) {
    this.tables = tables;
    this.people = people;
    this.audit = audit;
    this.refusals = refusals;
    this.notifications = notifications;
    this.settings = settings;
    this.clock = clock;
  }

  /** What the requester fills in: people by username or e-mail, {@code days} as typed. */
  public record NewMonitoring(String subject, String account, String cause, String details, String approver, String days) {}

  /** A request with the names its page shows and its looks. */
  public record View(MonitoringRequest request, String subjectName, String requesterName, String approverName,
      String state, List<LookView> looks, boolean mayDecide, boolean mayLook) {}

  public record LookView(String by, Instant at, String note) {}

  static boolean mayRequest(Actor actor) {
    return REQUESTERS.stream().anyMatch(actor::holds);
  }

  /**
   * Records a request and asks the approver.
   *
   * @throws InvalidInput naming every bad field; a missing or unsuitable second approver is also
   *     audited as {@code monitoring.refused}
   */
  @Transactional
  public long request(Actor actor, NewMonitoring form) {
    if (!mayRequest(actor)) {
      throw refusals.refuse(actor, FEATURE, TYPE, "0", "request monitoring",
          "Only HR, the safeguarding lead, the data protection officer or the head of digital marketing ask to monitor an account.");
    }
    List<FieldProblem> problems = new ArrayList<>();
    Person subject = person(form.subject(), "subject", "Enter the username or e-mail address of the person", problems);
    String account = form.account() == null ? "" : form.account().strip();
    if (account.isEmpty()) {
      problems.add(new FieldProblem("account", "Enter the personal account, for example its address or handle"));
    } else if (account.length() > 300) {
      problems.add(new FieldProblem("account", "Use 300 characters or fewer for the account"));
    }
    if (form.cause() == null || !MonitoringRequest.CAUSES.contains(form.cause())) {
      problems.add(new FieldProblem("cause", "Choose the cause: to prevent crime, to safeguard someone or to protect the Group's reputation"));
    }
    String details = form.details() == null ? "" : form.details().strip();
    if (details.isEmpty()) {
      problems.add(new FieldProblem("details", "Say what the concern is"));
    } else if (details.length() > 2000) {
      problems.add(new FieldProblem("details", "Use 2,000 characters or fewer for the details"));
    }
    int days = 0;
    try {
      days = Integer.parseInt(form.days() == null ? "" : form.days().strip());
    } catch (NumberFormatException e) {
      days = -1;
    }
    if (days < 1 || days > settings.maxDays()) {
      problems.add(new FieldProblem("days", "Enter a number of days from 1 to " + settings.maxDays()));
    }
    String approverProblem = null;
    Person approver = null;
    if (form.approver() == null || form.approver().isBlank()) {
      approverProblem = "Name a second person to approve: nobody monitors an account on their own say-so";
    } else {
      approver = people.lookUp(form.approver()).orElse(null);
      if (approver == null) {
        approverProblem = "There is nobody with that username or e-mail address to approve";
      } else if (approver.id() == actor.personId()) {
        approverProblem = "The second approver must be someone other than you";
      } else if (subject != null && approver.id() == subject.id()) {
        approverProblem = "The person monitored cannot approve it";
      } else if (!approver.enabled() || APPROVERS.stream().noneMatch(approver::holds)) {
        approverProblem = "The second approver must be HR, the safeguarding lead, the data protection officer or an administrator";
      }
    }
    if (approverProblem != null) {
      problems.add(new FieldProblem("approver", approverProblem));
      refusals.record(actor, FEATURE, TYPE, "0", "request monitoring", approverProblem);
    }
    if (!problems.isEmpty()) {
      throw new InvalidInput(problems);
    }
    long id = tables.insertMonitoring(subject.id(), account, form.cause(), details, days, actor.personId(),
        approver.id(), clock.instant());
    audit.record(actor, "monitoring.requested", TYPE, Long.toString(id), null);
    notifications.notify(List.of(approver.id()), "A request to monitor a personal account waits for your approval", link(id));
    return id;
  }

  /** The named approver approves: the time limit starts now. */
  @Transactional
  public void approve(Actor actor, long id, String note) {
    MonitoringRequest r = decide(actor, id, "approve");
    Instant now = clock.instant();
    tables.decideMonitoring(id, "approved", blankToNull(note), now, now.plus(Duration.ofDays(r.days())));
    audit.record(actor, "monitoring.approved", TYPE, Long.toString(id), blankToNull(note));
    List<Long> told = new ArrayList<>(people.holders(Role.DATA_PROTECTION_OFFICER));
    told.add(r.requestedBy());
    notifications.notify(told.stream().filter(p -> p != actor.personId()).toList(),
        "A request to monitor a personal account is approved for " + r.days() + " days", link(id));
  }

  @Transactional
  public void refuse(Actor actor, long id, String note) {
    decide(actor, id, "refuse");
    if (note == null || note.isBlank()) {
      throw new InvalidInput("note", "Say why you refuse");
    }
    tables.decideMonitoring(id, "refused", note.strip(), clock.instant(), null);
    audit.record(actor, "monitoring.refused-by-approver", TYPE, Long.toString(id), note.strip());
    notifications.notify(List.of(tables.monitoring(id).orElseThrow().requestedBy()),
        "Your request to monitor a personal account was refused", link(id));
  }

  private MonitoringRequest decide(Actor actor, long id, String verb) {
    MonitoringRequest r = find(id);
    if (actor.isSystem() || r.approverId() != actor.personId()) {
      throw refusals.refuse(actor, FEATURE, TYPE, Long.toString(id), verb + " monitoring request",
          "Only the second approver named in the request decides it.");
    }
    if (!r.status().equals("requested")) {
      throw new IllegalTransition("This request has already been " + r.status() + ".");
    }
    return r;
  }

  /** One look at the account: only the requester or approver, only while the approval lasts. */
  @Transactional
  public void look(Actor actor, long id, String note) {
    MonitoringRequest r = find(id);
    if (actor.isSystem() || (r.requestedBy() != actor.personId() && r.approverId() != actor.personId())) {
      throw refusals.refuse(actor, FEATURE, TYPE, Long.toString(id), "look at monitored account",
          "Only the two people on an approved request look at the account.");
    }
    Instant now = clock.instant();
    if (!r.activeAt(now)) {
      throw new IllegalTransition(r.status().equals("approved") ? "The approval has expired: ask again if the cause remains."
          : "This request is " + r.status() + ", not approved.");
    }
    String what = note == null ? "" : note.strip();
    if (what.isEmpty()) {
      throw new InvalidInput("note", "Say what you looked at and what you found");
    }
    if (what.length() > 2000) {
      throw new InvalidInput("note", "Use 2,000 characters or fewer");
    }
    tables.insertLook(id, actor.personId(), now, what);
    audit.record(actor, "monitoring.looked", TYPE, Long.toString(id), null);
  }

  /** Every request for the data protection officer; the requests they are part of for others. */
  @Transactional(readOnly = true)
  public List<View> list(Actor actor) {
    List<MonitoringRequest> rs = actor.holds(Role.DATA_PROTECTION_OFFICER) ? tables.monitorings()
        : actor.isSystem() ? List.of() : tables.monitoringsInvolving(actor.personId());
    return rs.stream().map(r -> view(actor, r)).toList();
  }

  /** One request: its two people and the data protection officer; anyone else is refused (audited). */
  @Transactional(readOnly = true)
  public View get(Actor actor, long id) {
    MonitoringRequest r = find(id);
    if (!actor.holds(Role.DATA_PROTECTION_OFFICER) && (actor.isSystem()
        || (r.requestedBy() != actor.personId() && r.approverId() != actor.personId()))) {
      throw refusals.refuse(actor, FEATURE, TYPE, Long.toString(id), "open monitoring request",
          "Only the two people on the request and the data protection officer see it.");
    }
    return view(actor, r);
  }

  @Transactional(readOnly = true)
  List<MonitoringRequest> waitingFor(long approverId) {
    return tables.waitingFor(approverId);
  }

  private View view(Actor actor, MonitoringRequest r) {
    var looks = tables.looks(r.id());
    List<Long> ids = new ArrayList<>(List.of(r.subjectId(), r.requestedBy(), r.approverId()));
    looks.forEach(l -> ids.add(l.lookedBy()));
    Map<Long, Person> names = people.byIds(ids);
    java.util.function.Function<Long, String> name = p -> names.containsKey(p) ? names.get(p).displayName() : "Person " + p;
    Instant now = clock.instant();
    boolean mine = !actor.isSystem() && (r.requestedBy() == actor.personId() || r.approverId() == actor.personId());
    return new View(r, name.apply(r.subjectId()), name.apply(r.requestedBy()), name.apply(r.approverId()),
        r.stateAt(now), looks.stream().map(l -> new LookView(name.apply(l.lookedBy()), l.lookedAt(), l.note())).toList(),
        !actor.isSystem() && r.status().equals("requested") && r.approverId() == actor.personId(),
        mine && r.activeAt(now));
  }

  private MonitoringRequest find(long id) {
    return tables.monitoring(id).orElseThrow(() -> new NotFound("There is no monitoring request " + id + "."));
  }

  private Person person(String who, String field, String missing, List<FieldProblem> problems) {
    if (who == null || who.isBlank()) {
      problems.add(new FieldProblem(field, missing));
      return null;
    }
    Person p = people.lookUp(who).orElse(null);
    if (p == null) {
      problems.add(new FieldProblem(field, "There is nobody with that username or e-mail address"));
    }
    return p;
  }

  static String link(long id) {
    return "/privacy/monitoring/" + id;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
