package org.steward.app.cases;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.steward.app.audit.AuditTrail;
import org.steward.app.identity.Actor;
import org.steward.app.notifications.Notifications;
import org.steward.app.web.FieldProblem;
import org.steward.app.web.IllegalTransition;
import org.steward.app.web.InvalidInput;
import org.steward.app.web.NotFound;

/**
 * Report a concern, for anyone, without signing in (SAF-7, SAF-8): the report is routed by what it
 * is about, the reporter may stay anonymous and gets a receipt code to come back, read replies and
 * add information. Nothing about the reporter's connection (address, browser) is stored or logged,
 * for anonymous and named reports alike; a named reporter's name and contact are sealed with the
 * case.
 */
@Service
public class Reports {
  /** The longest report or message accepted, in characters. */
  public static final int MAX_TEXT = 5_000;
  static final int MAX_NAME = 200;
  static final int MAX_LINK = 500;
  static final String NOT_FOUND = "No report has this receipt code. Check the code and try again:"
      + " it is 20 digits, as shown when you sent your report.";

  /** Whoever reports without signing in, in the audit trail: nobody in particular. */
  static final Actor REPORTER = new Actor(null, "Someone reporting a concern", List.of());

  private final CaseFiling filing;
  private final CaseStore store;
  private final CaseCrypto crypto;
  private final AuditTrail audit;
  private final Notifications notifications;
  private final Clock clock;

  Reports(CaseFiling filing, CaseStore store, CaseCrypto crypto, AuditTrail audit,
      Notifications notifications, Clock clock) {
    this.filing = filing;
    this.store = store;
    this.crypto = crypto;
    this.audit = audit;
    this.notifications = notifications;
    this.clock = clock;
  }

  /**
   * A report as sent: what the concern is ({@link Concern} code), what it is about ({@link
   * Subject}: post, comment, account, conduct), what happened, where (a link, optional), and who
   * reports (anonymous unless {@code anonymous} is false; then a name and, optionally, a contact).
   */
  public record ReportRequest(String concern, String about, String summary, String link, Boolean anonymous,
      String name, String contact) {}

  /** The receipt: 20 digits, shown once (never stored: only its hash is). */
  public record Receipt(String code, String shown, String routedTo) {}

  /** What the reporter sees with their code: where the report is, and the messages both ways. */
  public record ReporterView(String status, String routedTo, Instant sentOn, String concern, String summary,
      List<Message> messages, boolean closed) {}

  /** One message between the reporter and the people handling the case. */
  public record Message(String from, String kind, String text, Instant at) {}

  @Transactional
  public Receipt submit(ReportRequest r, Optional<Actor> signedIn) {
    return submit(r, signedIn, Receipts.newCode());
  }

  /** With a receipt code chosen by the caller: the demo data's documented code only. */
  @Transactional
  Receipt submit(ReportRequest r, Optional<Actor> signedIn, String code) {
    List<FieldProblem> problems = new ArrayList<>();
    Concern concern = r.concern() == null ? null : Concern.fromCode(r.concern().trim()).orElse(null);
    if (concern == null) {
      problems.add(new FieldProblem("concern", "Choose what your concern is"));
    }
    Subject about = r.about() == null ? null : Subject.fromCode(r.about().trim()).filter(Subject::reportable).orElse(null);
    if (about == null) {
      problems.add(new FieldProblem("about", "Choose what your report is about: a post, a comment, an account or someone's conduct"));
    }
    String summary = r.summary() == null ? "" : r.summary().strip();
    if (summary.isEmpty()) {
      problems.add(new FieldProblem("summary", "Say what happened"));
    } else if (summary.length() > MAX_TEXT) {
      problems.add(new FieldProblem("summary", "Say what happened in " + MAX_TEXT + " characters or fewer"));
    }
    String link = r.link() == null ? "" : r.link().strip();
    if (!link.isEmpty() && !webAddress(link)) {
      problems.add(new FieldProblem("link", "Enter the web address of the post, comment or account, starting with https://, or leave it empty"));
    }
    boolean anonymous = r.anonymous() == null || r.anonymous();
    String name = r.name() == null ? "" : r.name().strip();
    String contact = r.contact() == null ? "" : r.contact().strip();
    if (!anonymous && name.isEmpty()) {
      problems.add(new FieldProblem("name", "Enter your name, or choose to stay anonymous"));
    }
    if (name.length() > MAX_NAME) {
      problems.add(new FieldProblem("name", "Enter your name in " + MAX_NAME + " characters or fewer"));
    }
    if (contact.length() > 254) {
      problems.add(new FieldProblem("contact", "Enter an e-mail address or phone number of 254 characters or fewer"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInput(problems);
    }
    Long personId = anonymous ? null : signedIn.map(Actor::personId).orElse(null);
    CaseDetails.Reporter reporter = anonymous ? null : new CaseDetails.Reporter(name, contact, personId);
    CaseType type = concern.type();
    Actor actor = anonymous || signedIn.isEmpty() ? REPORTER : signedIn.get();
    filing.open(actor, new CaseFiling.Opening(type,
        type == CaseType.SAFEGUARDING || type == CaseType.RADICALISATION ? Priority.HIGH : Priority.NORMAL,
        "report", anonymous, Receipts.hash(code), null, null,
        new CaseDetails(concern.code(), about.code(), summary, link, reporter, null,
            type == CaseType.RADICALISATION ? CaseDetails.Prevent.EMPTY : null),
        "Reported through Report a concern" + (anonymous ? ", anonymously." : ".")));
    return new Receipt(code, Receipts.show(code), type.routedTo());
  }

  /** What the reporter sees with their code; every look is in the audit trail. */
  @Transactional
  public ReporterView follow(String typedCode) {
    CaseRecord c = byCode(typedCode);
    var key = crypto.key(c);
    CaseDetails d = crypto.open(key, c);
    List<Message> messages = store.entries(c.id(), true).stream().map(e -> new Message(
        e.kind() == EntryKind.REPORTER_MESSAGE ? "You" : "The person handling your report",
        e.kind().label(), crypto.open(key, e), e.createdAt())).toList();
    audit.record(REPORTER, "case.viewed-by-reporter", "case", Long.toString(c.id()), null);
    String concern = Concern.fromCode(d.concern()).map(Concern::label).orElse(d.concern());
    return new ReporterView(reporterStatus(c.status()), c.type().routedTo(), c.openedAt(), concern, d.summary(),
        messages, c.status().closed());
  }

  /** The reporter adds information; a case waiting for it opens again. */
  @Transactional
  public void message(String typedCode, String text) {
    String body = text == null ? "" : text.strip();
    if (body.isEmpty()) {
      throw new InvalidInput("text", "Write your message");
    }
    if (body.length() > MAX_TEXT) {
      throw new InvalidInput("text", "Write your message in " + MAX_TEXT + " characters or fewer");
    }
    CaseRecord found = byCode(typedCode);
    CaseRecord c = store.locked(found.id()).orElseThrow();
    if (c.status().closed()) {
      throw new IllegalTransition("This report is closed, so no more messages can be added. If something"
          + " new has happened, send a new report.");
    }
    filing.addEntry(c, EntryKind.REPORTER_MESSAGE, null, body);
    if (c.status() == CaseStatus.AWAITING_INFORMATION) {
      store.setStatus(c.id(), CaseStatus.OPEN, clock.instant());
    }
    audit.record(REPORTER, "case.reporter-message-added", "case", Long.toString(c.id()), null);
    List<Long> to = c.assignedTo() != null ? List.of(c.assignedTo()) : filing.readers(c.type());
    notifications.notify(to, "The reporter added information to case " + c.reference(), "/cases/" + c.id());
  }

  /**
   * The case a code belongs to. A text that is not a code is looked up as a hash no code has, so
   * a wrong code and a malformed one take the same path and get the same answer.
   */
  private CaseRecord byCode(String typed) {
    String hash = Receipts.normalise(typed).map(Receipts::hash).orElse(Receipts.NO_CODE);
    return store.byReceipt(hash).orElseThrow(() -> new NotFound(NOT_FOUND));
  }

  static String reporterStatus(CaseStatus s) {
    return switch (s) {
      case NEW -> "Received: it will be read soon";
      case OPEN -> "Being looked into";
      case AWAITING_INFORMATION -> "Waiting for information from you";
      case CLOSED -> "Closed";
    };
  }

  static boolean webAddress(String link) {
    if (link.length() > MAX_LINK) {
      return false;
    }
    try {
      URI u = new URI(link);
      return ("https".equalsIgnoreCase(u.getScheme()) || "http".equalsIgnoreCase(u.getScheme()))
          && u.getHost() != null;
    } catch (java.net.URISyntaxException e) {
      return false;
    }
  }
}
