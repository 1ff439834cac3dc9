package org.steward.app.duties;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.steward.app.audit.AuditTrail;
import org.steward.app.audit.RefusalAudit;
import org.steward.app.identity.Actor;
import org.steward.app.identity.Role;
import org.steward.app.notifications.Notifications;
import org.steward.app.people.PeopleService;
import org.steward.app.web.FieldProblem;
import org.steward.app.web.IllegalTransition;
import org.steward.app.web.InvalidInput;
import org.steward.app.web.NotFound;

/**
 * Writing for the media (PER-4): a person asks the press office with the outlet, topic, deadline
 * and draft; a press officer approves, refuses (saying why) or comments; the author is told each
 * time. A request waits at most {@code press.response-days} before it is overdue on the press
 * officers' home page (sooner if its deadline passes). Nobody decides their own request.
 */
@Service
public class PressApprovals {
  static final String FEATURE = "press";
  static final String TYPE = "press-request";

  private final PressRequests requests;
  private final AuditTrail audit;
  private final RefusalAudit refusals;
  private final Notifications notifications;
  private final PeopleService people;
  private final DutyGuidance guidance;
  private final Clock clock;

  PressApprovals(PressRequests requests, AuditTrail audit, RefusalAudit refusals,
      Notifications notifications, PeopleService people, DutyGuidance guidance, Clock clock) {
    this.requests = requests;
    this.audit = audit;
    this.refusals = refusals;
    this.notifications = notifications;
    this.people = people;
    this.guidance = guidance;
    this.clock = clock;
  }

  /** What the author fills in. {@code deadline} is an ISO date (yyyy-mm-dd), as a date input sends it. */
  public record NewPressRequest(String outlet, String topic, String deadline, String draft) {}

  /** A request with what its page shows. */
  public record View(PressRequest request, String authorName, String decidedByName,
      List<CommentView> comments, boolean mayDecide, boolean overdue) {}

  public record CommentView(String authorName, String text, Instant writtenAt) {}

  /**
   * Sends a request to the press office.
   *
   * @throws InvalidInput naming every bad field (nothing is written)
   */
  @Transactional
  public long request(Actor actor, NewPressRequest form) {
    if (actor.isSystem()) {
      throw new IllegalArgumentException("a press request has a person as its author");
    }
    List<FieldProblem> problems = new ArrayList<>();
    String outlet = text(form.outlet(), "outlet", 200, "Enter the newspaper, magazine or site, for example Tes or FE News", problems);
    String topic = text(form.topic(), "topic", 300, "Enter what the piece is about", problems);
    String draft = text(form.draft(), "draft", 50_000, "Paste your draft, or what you plan to say", problems);
    LocalDate deadline = null;
    if (form.deadline() == null || form.deadline().isBlank()) {
      problems.add(new FieldProblem("deadline", "Enter the outlet's deadline"));
    } else {
      try {
        deadline = LocalDate.parse(form.deadline().strip());
        if (deadline.isBefore(today())) {
          problems.add(new FieldProblem("deadline", "The deadline must be today or later"));
        }
      } catch (DateTimeParseException e) {
        problems.add(new FieldProblem("deadline", "Enter the deadline as a date, for example 2026-12-18"));
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidInput(problems);
    }
    long id = requests.insert(actor.personId(), outlet, topic, deadline, draft, clock.instant());
    audit.record(actor, "press.requested", TYPE, Long.toString(id), null);
    notifications.notify(people.holders(Role.PRESS_OFFICER),
        "A request to write for " + outlet + " waits for the press office's approval", link(id));
    return id;
  }

  /** Approves an open request (press officers; never their own). */
  @Transactional
  public void approve(Actor actor, long id, String note) {
    decide(actor, id, PressRequest.Status.APPROVED, note);
  }

  /** Refuses an open request, saying why (press officers; never their own). */
  @Transactional
  public void refuse(Actor actor, long id, String note) {
    decide(actor, id, PressRequest.Status.REFUSED, note);
  }

  private void decide(Actor actor, long id, PressRequest.Status status, String note) {
    PressRequest r = requests.find(id).orElseThrow(() -> notFound(id));
    String verb = status == PressRequest.Status.APPROVED ? "approve" : "refuse";
    if (!actor.holds(Role.PRESS_OFFICER)) {
      throw refusals.refuse(actor, FEATURE, TYPE, Long.toString(id), verb + " press request",
          "Only the press office approves pieces for the media.");
    }
    if (r.authorId() == actor.personId()) {
      throw refusals.refuse(actor, FEATURE, TYPE, Long.toString(id), verb + " press request",
          "Nobody approves their own piece: another press officer decides.");
    }
    String why = note == null ? "" : note.strip();
    if (status == PressRequest.Status.REFUSED && why.isEmpty()) {
      throw new InvalidInput("note", "Say why, so the author knows what to change");
    }
    if (why.length() > 2000) {
      throw new InvalidInput("note", "Use 2,000 characters or fewer");
    }
    if (!r.open() || !requests.decide(id, status, actor.personId(), why.isEmpty() ? null : why, clock.instant())) {
      throw new IllegalTransition("This request has already been " + requests.find(id).map(x -> x.status().id()).orElse("decided") + ".");
    }
    audit.record(actor, "press." + status.id(), TYPE, Long.toString(id), why.isEmpty() ? null : why);
    notifications.notify(List.of(r.authorId()), "Your request to write for " + r.outlet() + " is " + status.id(), link(id));
  }

  /** A comment by the author or a press officer; the other side is told. */
  @Transactional
  public void comment(Actor actor, long id, String text) {
    PressRequest r = requests.find(id).orElseThrow(() -> notFound(id));
    requireMaySee(actor, r, "comment on press request");
    String t = text == null ? "" : text.strip();
    if (t.isEmpty()) {
      throw new InvalidInput("comment", "Enter your comment");
    }
    if (t.length() > 2000) {
      throw new InvalidInput("comment", "Use 2,000 characters or fewer");
    }
    requests.comment(id, actor.personId(), t, clock.instant());
    audit.record(actor, "press.commented", TYPE, Long.toString(id), null);
    List<Long> others = r.authorId() == actor.personId() ? people.holders(Role.PRESS_OFFICER) : List.of(r.authorId());
    notifications.notify(others.stream().filter(p -> p != actor.personId()).toList(),
        "A new comment on the request to write for " + r.outlet(), link(id));
  }

  /** One request as its author or the press office sees it; anyone else is refused (audited). */
  @Transactional(readOnly = true)
  public View view(Actor actor, long id) {
    PressRequest r = requests.find(id).orElseThrow(() -> notFound(id));
    requireMaySee(actor, r, "open press request");
    var comments = requests.comments(id);
    List<Long> ids = new ArrayList<>(comments.stream().map(PressRequest.Comment::authorId).toList());
    ids.add(r.authorId());
    if (r.decidedBy() != null) {
      ids.add(r.decidedBy());
    }
    var names = people.byIds(ids);
    java.util.function.Function<Long, String> name = p -> p == null ? "" : names.containsKey(p)
        ? names.get(p).displayName() : "Person " + p;
    return new View(r, name.apply(r.authorId()), name.apply(r.decidedBy()),
        comments.stream().map(c -> new CommentView(name.apply(c.authorId()), c.text(), c.writtenAt())).toList(),
        r.open() && actor.holds(Role.PRESS_OFFICER) && r.authorId() != actor.personId(), overdue(r));
  }

  /** The person's own requests; for a press officer, every open request first. */
  @Transactional(readOnly = true)
  public List<PressRequest> listFor(Actor actor) {
    if (actor.holds(Role.PRESS_OFFICER)) {
      List<PressRequest> out = new ArrayList<>(requests.open());
      requests.recent(50).stream().filter(r -> !r.open()).forEach(out::add);
      return out;
    }
    return actor.isSystem() ? List.of() : requests.byAuthor(actor.personId());
  }

  /** Open requests, for the press officers' home page. */
  @Transactional(readOnly = true)
  List<PressRequest> open() {
    return requests.open();
  }

  /** The person's own open requests. */
  @Transactional(readOnly = true)
  List<PressRequest> openOf(long personId) {
    return requests.byAuthor(personId).stream().filter(PressRequest::open).toList();
  }

  /** Overdue: still open after the response time, or on or after its deadline. */
  boolean overdue(PressRequest r) {
    if (!r.open()) {
      return false;
    }
    return !today().isBefore(r.deadline())
        || clock.instant().isAfter(r.requestedAt().plus(Duration.ofDays(guidance.pressResponseDays(r.authorId()))));
  }

  private void requireMaySee(Actor actor, PressRequest r, String attempted) {
    if (actor.holds(Role.PRESS_OFFICER) || (!actor.isSystem() && r.authorId() == actor.personId())) {
      return;
    }
    throw refusals.refuse(actor, FEATURE, TYPE, Long.toString(r.id()), attempted,
        "Only its author and the press office see a request to write for the media.");
  }

  private LocalDate today() {
    return LocalDate.ofInstant(clock.instant(), ZoneId.of("Europe/London"));
  }

  static String link(long id) {
    return "/press-requests/" + id;
  }

  private static NotFound notFound(long id) {
    return new NotFound("There is no press request " + id + ".");
  }

  private static String text(String value, String field, int max, String missing, List<FieldProblem> problems) {
    String v = value == null ? "" : value.strip();
    if (v.isEmpty()) {
      problems.add(new FieldProblem(field, missing));
    } else if (v.length() > max) {
      problems.add(new FieldProblem(field, "Use " + String.format("%,d", max) + " characters or fewer"));
    }
    return v;
  }
}
