package org.steward.app.cases;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.steward.app.identity.Actor;
import org.steward.app.web.FieldProblem;
import org.steward.app.web.InvalidInput;

/**
 * The cases feature's service for other features: staff open a report from a finding, a post or
 * an inbox item with the evidence captured at that moment ({@link #raise}); a safeguarding signal
 * opens a concern for the designated safeguarding lead at once ({@link #safeguarding}, SAF-4,
 * CON-5). Neither tells the person who raised it anything of the case: they learn who will read it.
 */
@Service
public class Concerns {
  /** A signal from the same person within this time adds to their open concern rather than open another. */
  static final Duration SAME_CONCERN = Duration.ofHours(24);

  private final CaseFiling filing;
  private final CaseStore store;
  private final CaseCrypto crypto;
  private final CaseSettings settings;
  private final org.steward.app.audit.AuditTrail audit;
  private final Clock clock;
  private final org.springframework.beans.factory.ObjectProvider<ConcernEvidence> sources;

  Concerns(CaseFiling filing, CaseStore store, CaseCrypto crypto, CaseSettings settings,
      org.steward.app.audit.AuditTrail audit, Clock clock,
      org.springframework.beans.factory.ObjectProvider<ConcernEvidence> sources) {
    this.sources = sources;
    this.filing = filing;
    this.store = store;
    this.crypto = crypto;
    this.settings = settings;
    this.audit = audit;
    this.clock = clock;
  }

  /** The case opened (or added to), and who will read it, in words. */
  public record Raised(long caseId, String reference, String routedTo, boolean addedToOpenCase) {}

  /**
   * A concern raised by someone signed in: what it is ({@link Concern} code), what it is about
   * ({@link Subject}), what they say, the evidence captured now (may be null for a person's
   * conduct) and, for an account breach, the official account's id.
   */
  public record StaffConcern(String concern, Subject about, String summary, Evidence evidence, Long accountId) {}

  /**
   * A concern about a record of another feature (a post, an inbox item), raised by someone who may
   * see it: what it is ({@link Concern} code), what it is about, which record and what they say.
   */
  public record AboutRecord(String concern, Subject about, Long recordId, String summary) {}

  /**
   * Raises a concern about a post or an inbox item with the evidence captured now from the record
   * itself through its feature's {@link ConcernEvidence} (the one way the pages and the API do it):
   * the text, its platform address, the findings stored with it and the snapshot's SHA-256. The
   * record's own access rule applies first (refused and audited, or not found); then the concern
   * is checked as {@link #raise} checks it, every bad field named, and nothing is written.
   */
  @Transactional
  public Raised raiseAbout(Actor actor, AboutRecord r) {
    List<FieldProblem> problems = new ArrayList<>();
    ConcernEvidence source = r.about() == null ? null
        : sources.orderedStream().filter(s -> s.subject() == r.about()).findFirst().orElse(null);
    if (source == null) {
      problems.add(new FieldProblem("about", "Choose a post or an inbox item"));
    }
    if (r.recordId() == null) {
      problems.add(new FieldProblem("recordId", "Say which post or inbox item the concern is about"));
    }
    if (!problems.isEmpty()) {
      raiseChecks(r.concern(), r.about(), r.summary(), null, problems);
      throw new InvalidInput(problems);
    }
    ConcernEvidence.Captured captured = source.capture(actor, r.recordId());
    return raise(actor, new StaffConcern(r.concern(), r.about(), r.summary(), captured.evidence(),
        captured.accountId()));
  }

  @Transactional
  public Raised raise(Actor actor, StaffConcern c) {
    List<FieldProblem> problems = new ArrayList<>();
    raiseChecks(c.concern(), c.about(), c.summary(), c.evidence(), problems);
    if (!problems.isEmpty()) {
      throw new InvalidInput(problems);
    }
    Concern concern = Concern.fromCode(c.concern().trim()).orElseThrow();
    String summary = c.summary().strip();
    CaseType type = concern.type();
    String source = c.about() == Subject.INBOX ? "inbox" : c.about() == Subject.CHECK ? "check"
        : c.evidence() != null && c.about() == Subject.POST ? "post" : "staff";
    long id = filing.open(actor, new CaseFiling.Opening(type,
        type == CaseType.SAFEGUARDING || type == CaseType.RADICALISATION ? Priority.HIGH : Priority.NORMAL,
        source, false, null, c.accountId(), null,
        new CaseDetails(concern.code(), c.about().code(), summary,
            c.evidence() == null ? "" : c.evidence().platformUrl(),
            new CaseDetails.Reporter(actor.name(), "", actor.personId()), c.evidence(),
            type == CaseType.RADICALISATION ? CaseDetails.Prevent.EMPTY : null),
        "Raised by " + actor.name() + "."));
    return new Raised(id, CaseRecord.reference(id), type.routedTo(), false);
  }

  static void raiseChecks(String code, Subject about, String rawSummary, Evidence evidence,
      List<FieldProblem> problems) {
    Concern concern = code == null ? null : Concern.fromCode(code.trim()).orElse(null);
    if (concern == null) {
      problems.add(new FieldProblem("concern", "Choose what the concern is"));
    }
    if (about == null && problems.stream().noneMatch(p -> "about".equals(p.field()))) {
      problems.add(new FieldProblem("about", "Choose what the concern is about"));
    }
    String summary = rawSummary == null ? "" : rawSummary.strip();
    if (summary.isEmpty()) {
      problems.add(new FieldProblem("summary", "Say what the concern is"));
    } else if (summary.length() > Reports.MAX_TEXT) {
      problems.add(new FieldProblem("summary", "Say what the concern is in " + Reports.MAX_TEXT + " characters or fewer"));
    }
    if (evidence != null && evidence.text().length() > CheckLimits.MAX_EVIDENCE) {
      problems.add(new FieldProblem("text", "The text must be 1 MB or shorter"));
    }
  }

  /**
   * A safeguarding signal in someone's own text (a finding whose route is safeguarding): opens a
   * concern for the designated safeguarding lead at once, urgent, with the text and the findings.
   * The same person's further signals within a day are added to their open concern as more
   * evidence, so checking a draft again does not open a new case each time.
   *
   * @param author whose words they are (signed in)
   * @param extremism whether the signal is of extremism (a radicalisation concern, with Prevent fields)
   */
  @Transactional
  public Raised safeguarding(Actor author, Evidence evidence, boolean extremism) {
    CaseType type = extremism ? CaseType.RADICALISATION : CaseType.SAFEGUARDING;
    String source = evidence.where().startsWith("inbox") ? "inbox" : evidence.where().startsWith("post") ? "post" : "check";
    if (author.personId() != null) {
      for (CaseRecord open : store.openFrom(source, type, clock.instant().minus(SAME_CONCERN))) {
        CaseDetails d = crypto.open(crypto.key(open), open);
        if (d.reporter() != null && author.personId().equals(d.reporter().personId())) {
          CaseRecord locked = store.locked(open.id()).orElseThrow();
          filing.addEntry(locked, EntryKind.MORE_EVIDENCE, null, describe(evidence));
          audit.record(author, "case.evidence-added", "case", Long.toString(open.id()), null);
          return new Raised(open.id(), open.reference(), type.routedTo(), true);
        }
      }
    }
    long id = filing.open(author, new CaseFiling.Opening(type, Priority.URGENT, source, false, null, null, null,
        new CaseDetails(extremism ? Concern.EXTREMISM.code() : Concern.SAFETY.code(), Subject.CHECK.code(),
            "Steward found a safeguarding signal in words written by " + author.name() + " ("
                + evidence.where() + "). Nobody has accused them of anything; they were shown where to get help.",
            evidence.platformUrl(), new CaseDetails.Reporter(author.name(), "", author.personId()), evidence,
            extremism ? CaseDetails.Prevent.EMPTY : null),
        "Opened by Steward from a safeguarding signal."));
    return new Raised(id, CaseRecord.reference(id), type.routedTo(), false);
  }

  /**
   * A safeguarding signal in a reply, comment or mention someone outside the institution sent to an
   * official account (the moderation inbox, SAF-4): opens an urgent concern for the designated
   * safeguarding lead at once, with the words as they arrived, where they were and the findings.
   * Nobody is accused; the lead decides, and for extremism sees the official reporting route
   * (never used by Steward). The reply is the evidence; its author is named by their handle only.
   *
   * @param author the platform handle of whoever wrote it
   * @param accountName the official account it was sent to
   * @param accountId that account's registry id
   * @param extremism whether the signal is of extremism (a radicalisation concern, with Prevent fields)
   */
  @Transactional
  public Raised inboxSignal(Evidence evidence, String author, String accountName, long accountId, boolean extremism) {
    CaseType type = extremism ? CaseType.RADICALISATION : CaseType.SAFEGUARDING;
    long id = filing.open(Actor.SYSTEM, new CaseFiling.Opening(type, Priority.URGENT, "inbox", false, null, accountId,
        null, new CaseDetails(extremism ? Concern.EXTREMISM.code() : Concern.SAFETY.code(), Subject.INBOX.code(),
            "Steward found a safeguarding signal in a message " + author + " sent to " + accountName + " ("
                + evidence.where() + "). Nobody has been accused of anything; the inbox shows the message to"
                + " the account's team as needing care.",
            evidence.platformUrl(), new CaseDetails.Reporter("Steward (moderation inbox)", "", null), evidence,
            extremism ? CaseDetails.Prevent.EMPTY : null),
        "Opened by Steward from a safeguarding signal in the moderation inbox."));
    return new Raised(id, CaseRecord.reference(id), type.routedTo(), false);
  }

  /** The help a person is shown with a safeguarding signal, from the pack in force. */
  public List<String> help() {
    return settings.help();
  }

  /** Where a Prevent referral is made (shown to the safeguarding lead, never used by Steward). */
  public String preventRoute() {
    return settings.preventRoute();
  }

  private static String describe(Evidence e) {
    StringBuilder b = new StringBuilder("Another safeguarding signal (").append(e.where()).append(", SHA-256 ")
        .append(e.snapshotSha256()).append("):\n").append(e.text());
    for (Evidence.EvidenceFinding f : e.findings()) {
      b.append("\n- ").append(f.category()).append(" (").append(f.clause()).append("): “").append(f.evidence())
          .append("”");
    }
    return b.toString();
  }

  /** Limits of what is captured. */
  static final class CheckLimits {
    /** The check page's own limit: 1 MiB of characters. */
    static final int MAX_EVIDENCE = 1 << 20;

    private CheckLimits() {}
  }
}
