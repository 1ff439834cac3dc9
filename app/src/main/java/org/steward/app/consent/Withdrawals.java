package org.steward.app.consent;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.steward.app.audit.AuditTrail;
import org.steward.app.audit.RefusalAudit;
import org.steward.app.identity.Actor;
import org.steward.app.identity.Role;
import org.steward.app.notifications.Notifications;
import org.steward.app.people.Person;
import org.steward.app.web.IllegalTransition;
import org.steward.app.web.NotFound;

/**
 * Withdrawal reaches every use (SAF-2): ending consent (all of it, or a limit that replaces it)
 * finds every draft, scheduled and published use that loses its cover through {@link PersonUsages},
 * opens one takedown task per use for the account's managers with a deadline, takes each down
 * through its feature where the platform allows (after the withdrawal has committed, so a slow
 * platform never holds the register), and tells the person or guardian when every task is done.
 * Ending a record is conditional on it still being active, so two withdrawals at once end it once:
 * the second gets a clear 409 and writes nothing.
 */
@Service
public class Withdrawals {
  private static final Logger log = LoggerFactory.getLogger(Withdrawals.class);

  private final ConsentStore store;
  private final ConsentRecording recording;
  private final List<PersonUsages> usages;
  private final ConsentDirectory directory;
  private final Notifications notifications;
  private final AuditTrail audit;
  private final RefusalAudit refusals;
  private final ConsentSettings settings;
  private final Clock clock;
  private final TransactionTemplate tx;

  Withdrawals(ConsentStore store, ConsentRecording recording, List<PersonUsages> usages,
      ConsentDirectory directory, Notifications notifications, AuditTrail audit,
      RefusalAudit refusals, ConsentSettings settings, Clock clock, PlatformTransactionManager txm) {
    this.store = store;
    this.recording = recording;
    this.usages = List.copyOf(usages);
    this.directory = directory;
    this.notifications = notifications;
    this.audit = audit;
    this.refusals = refusals;
    this.settings = settings;
    this.clock = clock;
    this.tx = new TransactionTemplate(txm);
  }

  /**
   * An officer withdraws one consent on the person's behalf (a letter, a phone call, the MIS).
   *
   * @return the withdrawal
   * @throws IllegalTransition when the consent is no longer active (409): nothing is written
   */
  public long withdraw(Actor actor, long consentId, String reason) {
    if (!ConsentAccess.officer(actor)) {
      throw refusals.refuse(actor, "consent", "consent", Long.toString(consentId), "withdraw consent",
          "Only marketing, the DPO, the safeguarding lead and administrators withdraw consent on someone's behalf.");
    }
    String why = ConsentRecording.trim(reason);
    if (why == null) {
      throw new org.steward.app.web.InvalidInput("reason", "Say how the withdrawal reached you, for example 'E-mail from the parent on 3 March'");
    }
    if (why.length() > 2000) {
      throw new org.steward.app.web.InvalidInput("reason", "Use 2,000 characters or fewer for the reason");
    }
    ConsentRecord r = store.record(consentId).orElseThrow(() -> new NotFound("consent " + consentId));
    long id;
    try {
      id = change(actor, actor.name(), r.personId(), List.of(consentId), null, r.giverEmail(),
          why, () -> { }).orElseThrow();
    } catch (IllegalTransition e) {
      refusals.record(actor, "consent", "consent", Long.toString(consentId), "withdraw consent", e.getMessage());
      throw e;
    }
    attempt(id);
    return id;
  }

  /**
   * Ends {@code ending} (all active records of {@code personId} among them) and stores {@code
   * replacement} (a limit), in one transaction with the withdrawal and its tasks. Returns the
   * withdrawal, or empty when the replacement still covers everything the ended records did.
   */
  java.util.Optional<Long> change(Actor actor, String byName, long personId, List<Long> ending,
      ConsentRecording.Valid replacement, String notifyEmail, String reason, Runnable first) {
    return tx.execute(s -> {
      first.run();
      Instant now = clock.instant();
      List<ConsentRecord> before = store.activeOf(List.of(personId)).getOrDefault(personId, List.of());
      Map<Long, ConsentRecord> byId = before.stream().collect(Collectors.toMap(ConsentRecord::id, Function.identity()));
      Set<Purpose> lost = EnumSet.noneOf(Purpose.class);
      boolean narrowed = false;
      for (long id : ending) {
        ConsentRecord r = byId.get(id);
        if (r == null || store.end(id, replacement == null ? ConsentRecord.Status.WITHDRAWN
            : ConsentRecord.Status.REPLACED, now) == 0) {
          throw new IllegalTransition("This consent has already been withdrawn or replaced: nothing was changed");
        }
        lost.addAll(r.purposes());
        narrowed |= replacement != null && !replacement.platforms().isEmpty()
            && (r.everyPlatform() || !replacement.platforms().containsAll(r.platforms()));
        store.history(id, personId, replacement == null ? "withdrawn" : "limited",
            (replacement == null ? "Withdrawn by " : "Limited by ") + byName + ": " + reason, actor.name(), now);
        audit.record(actor, replacement == null ? "consent.withdrawn" : "consent.limited", "consent",
            Long.toString(id), "person " + personId + ": " + reason);
      }
      Long replacementId = replacement == null ? null : recording.store(actor, replacement);
      List<ConsentRecord> after = store.activeOf(List.of(personId)).getOrDefault(personId, List.of());
      LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
      List<PersonUsage> affected = new ArrayList<>();
      for (PersonUsages source : usages) {
        for (PersonUsage u : source.usesOf(personId)) {
          if (u.purposes().stream().anyMatch(p -> covered(before, u.platform(), p, today)
              && !covered(after, u.platform(), p, today))) {
            affected.add(u);
          }
        }
      }
      if (replacement != null) {
        lost.removeAll(replacement.purposes());
        if (affected.isEmpty() && lost.isEmpty() && !narrowed) {
          return java.util.Optional.<Long>empty(); // a renewal or a widening: nothing withdrawn
        }
      }
      long wid = store.insertWithdrawal(personId, ending.size() == 1 ? ending.get(0) : replacementId,
          lost.isEmpty() ? EnumSet.allOf(Purpose.class) : lost, byName, notifyEmail, now);
      Person person = directory.person(personId);
      Instant deadline = now.plus(settings.takedownDeadline());
      for (PersonUsage u : affected) {
        if (store.insertTakedown(wid, personId, u, deadline, now)) {
          List<Long> managers = directory.managersOf(u.accountId());
          notifications.notify(managers.isEmpty() ? directory.marketing() : managers,
              "Take down a " + u.state().label().toLowerCase(java.util.Locale.UK) + " post on "
                  + ConsentRegister.platformName(u.platform()) + ": consent was withdrawn",
              "/consent/takedowns");
        }
      }
      store.history(null, personId, "takedowns-opened", affected.isEmpty()
          ? "No post uses " + person.displayName() + ": nothing to take down"
          : affected.size() + (affected.size() == 1 ? " use" : " uses") + " to take down by "
              + deadline.toString().substring(0, 16).replace('T', ' ') + " UTC", actor.name(), now);
      audit.record(actor, "consent.withdrawal-opened", "withdrawal", Long.toString(wid),
          "person " + personId + ": " + affected.size() + " takedown task(s)");
      if (affected.isEmpty()) {
        finish(wid, now);
      }
      return java.util.Optional.of(wid);
    });
  }

  /** Whether any of the records covers the platform and purpose on the day (whoever gave them). */
  static boolean covered(List<ConsentRecord> records, String platform, Purpose p, LocalDate day) {
    return records.stream().anyMatch(r -> r.covers(platform, p, day));
  }

  /**
   * Do-not-publish set on someone already used: every use is taken down, whatever consent says
   * (no one outside is told: the safeguarding lead decides what to say).
   */
  public java.util.Optional<Long> takeDownEverything(Actor actor, long personId) {
    if (!ConsentAccess.safeguarding(actor)) {
      throw refusals.refuse(actor, "consent", "person", Long.toString(personId), "take down every use",
          "Only the designated safeguarding lead, the DPO and administrators do this.");
    }
    java.util.Optional<Long> id = tx.execute(s -> {
      Instant now = clock.instant();
      List<PersonUsage> all = new ArrayList<>();
      usages.forEach(u -> all.addAll(u.usesOf(personId)));
      if (all.isEmpty()) {
        return java.util.Optional.<Long>empty();
      }
      long wid = store.insertWithdrawal(personId, null, EnumSet.allOf(Purpose.class),
          "do-not-publish", null, now);
      Instant deadline = now.plus(settings.takedownDeadline());
      for (PersonUsage u : all) {
        if (store.insertTakedown(wid, personId, u, deadline, now)) {
          List<Long> managers = directory.managersOf(u.accountId());
          notifications.notify(managers.isEmpty() ? directory.marketing() : managers,
              "Take down a post on " + ConsentRegister.platformName(u.platform())
                  + ": someone in it must never be published", "/consent/takedowns");
        }
      }
      audit.record(actor, "consent.withdrawal-opened", "withdrawal", Long.toString(wid),
          "person " + personId + ": do-not-publish, " + all.size() + " takedown task(s)");
      return java.util.Optional.of(wid);
    });
    id.ifPresent(this::attempt);
    return id;
  }

  /** Takes down, through its feature, every open task of the withdrawal that can be done so. */
  public void attempt(long withdrawalId) {
    for (Takedown t : store.takedownsOf(withdrawalId)) {
      if (t.open()) {
        attemptOne(t);
      }
    }
  }

  /** Retries the tasks whose connector failed last time (the job). */
  void retryFailed() {
    for (long id : store.toRetry()) {
      store.takedown(id).filter(Takedown::open).ifPresent(this::attemptOne);
    }
  }

  private void attemptOne(Takedown t) {
    PersonUsages source = usages.stream().filter(u -> u.source().equals(t.source())).findFirst().orElse(null);
    if (source == null) {
      return;
    }
    TakedownOutcome outcome;
    try {
      outcome = source.takeDown(t.usage());
    } catch (RuntimeException e) {
      // The platform's reason in plain words; never a secret (connectors promise that).
      String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      log.warn("Takedown {} failed; it stays open and is tried again: {}", t.id(), why);
      tx.executeWithoutResult(s -> store.noteTakedown(t.id(),
          "Automatic deletion failed (" + why + "): take it down on the platform, or Steward tries again", true));
      return;
    }
    if (!outcome.done()) {
      tx.executeWithoutResult(s -> store.noteTakedown(t.id(),
          "The platform does not let Steward delete it: take it down there, then mark this done", false));
      return;
    }
    tx.executeWithoutResult(s -> {
      if (store.closeTakedown(t.id(), "Steward", outcome.inWords(), clock.instant()) == 1) {
        audit.record(Actor.SYSTEM, "consent.takedown-done", "takedown", Long.toString(t.id()),
            outcome.inWords());
        store.history(null, t.personId(), "taken-down", t.title() + ": " + outcome.inWords(),
            "Steward", clock.instant());
        completeIfAllDone(t.withdrawalId());
      }
    });
  }

  /**
   * A manager (or marketing, after escalation) says a use is taken down.
   *
   * @throws IllegalTransition when it is done already (409)
   */
  public void complete(Actor actor, long takedownId, String note) {
    tx.executeWithoutResult(s -> {
      Takedown t = store.takedown(takedownId).orElseThrow(() -> new NotFound("takedown " + takedownId));
      if (!mayAct(actor, t)) {
        throw refusals.refuse(actor, "consent", "takedown", Long.toString(takedownId), "complete takedown",
            "Only the account's managers and marketing complete a takedown.");
      }
      String what = ConsentRecording.trim(note);
      if (what != null && what.length() > 2000) {
        throw new org.steward.app.web.InvalidInput("note", "Use 2,000 characters or fewer for the note");
      }
      String text = what == null ? "Taken down by hand on the platform" : what;
      if (store.closeTakedown(takedownId, actor.name(), text, clock.instant()) == 0) {
        throw new IllegalTransition("This takedown is done already");
      }
      audit.record(actor, "consent.takedown-done", "takedown", Long.toString(takedownId), text);
      store.history(null, t.personId(), "taken-down", t.title() + ": " + text, actor.name(), clock.instant());
      completeIfAllDone(t.withdrawalId());
    });
  }

  boolean mayAct(Actor actor, Takedown t) {
    return ConsentAccess.escalation(actor)
        || (actor.personId() != null && directory.managersOf(t.accountId()).contains(actor.personId()));
  }

  private void completeIfAllDone(long withdrawalId) {
    if (store.takedownsOf(withdrawalId).stream().noneMatch(Takedown::open)) {
      finish(withdrawalId, clock.instant());
    }
  }

  private void finish(long withdrawalId, Instant now) {
    if (store.markWithdrawalDone(withdrawalId, now) == 0) {
      return;
    }
    Withdrawal w = store.withdrawal(withdrawalId).orElseThrow();
    Person p = directory.person(w.personId());
    int n = store.takedownsOf(withdrawalId).size();
    boolean mailed = notifications.mailOutside(w.notifyEmail(), "Your consent withdrawal is complete",
        "Dear " + (w.requestedBy() == null ? "" : w.requestedBy()) + ",\n\n"
            + "You withdrew consent for " + p.givenName() + ". "
            + (n == 0 ? "No post used their photos, videos or name, so there was nothing to take down."
                : "Every post that used their photos, videos or name (" + n + ") has now been taken down"
                    + " or withdrawn before publishing.")
            + "\n\nIf you see anything we missed, reply to this e-mail.\n");
    store.history(null, w.personId(), "withdrawal-confirmed", mailed
        ? "Every takedown is done; " + w.requestedBy() + " was told by e-mail"
        : "Every takedown is done" + (w.notifyEmail() == null ? "" : "; no e-mail is set up, tell "
            + w.requestedBy() + " yourself"), "Steward", now);
    audit.record(Actor.SYSTEM, "consent.withdrawal-done", "withdrawal", Long.toString(withdrawalId),
        mailed ? "person told by e-mail" : "no e-mail sent");
  }

  /** Overdue tasks go to marketing (the job); returns how many. */
  int escalateOverdue() {
    Integer n = tx.execute(s -> {
      int count = 0;
      Instant now = clock.instant();
      for (Takedown t : store.overdue(now)) {
        if (store.escalate(t.id(), now) == 1) {
          count++;
          audit.record(Actor.SYSTEM, "consent.takedown-escalated", "takedown", Long.toString(t.id()),
              "deadline passed");
          notifications.notify(directory.marketing(), "A takedown is overdue: take it over",
              "/consent/takedowns");
        }
      }
      return count;
    });
    return n == null ? 0 : n;
  }

  /** A takedown as the list shows it: with the account's name and the person's. */
  public record TakedownView(Takedown task, String accountName, String personName, boolean mayComplete) {}

  /** Open takedowns: all of them for marketing and officers, the ones of their accounts for managers. */
  public List<TakedownView> open(Actor actor) {
    List<Takedown> open = store.openTakedowns();
    boolean all = ConsentAccess.officer(actor);
    Set<Long> people = new LinkedHashSet<>();
    open.forEach(t -> people.add(t.personId()));
    Map<Long, Person> names = directory.people(people);
    List<TakedownView> out = new ArrayList<>();
    for (Takedown t : open) {
      boolean manager = actor.personId() != null && directory.managersOf(t.accountId()).contains(actor.personId());
      if (all || manager) {
        Person p = names.get(t.personId());
        out.add(new TakedownView(t, directory.accountName(t.accountId()),
            p == null ? "Person " + t.personId() : p.displayName(), manager || ConsentAccess.escalation(actor)));
      }
    }
    return out;
  }

  public List<Takedown> tasksOf(long withdrawalId) {
    return store.takedownsOf(withdrawalId);
  }

  static boolean holdsMarketing(Actor a) {
    return a.holdsAny(Role.MARKETING, Role.HEAD_OF_DIGITAL_MARKETING);
  }
}
