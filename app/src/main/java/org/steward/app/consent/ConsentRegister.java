package org.steward.app.consent;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.steward.app.identity.Actor;
import org.steward.app.people.PeopleService;
import org.steward.app.people.Person;

/**
 * The question every feature that publishes asks (CON-14, SAF-1, SAF-3): may this person appear on
 * this platform for this purpose at this time? Judged from the date of birth on that day: an
 * under-18 needs a parent's or guardian's consent, an adult their own (a guardian's consent stops
 * counting on the 18th birthday). Do-not-publish overrides every consent. The gate posts asks before
 * approving or publishing a post with media is {@link #gate}.
 */
@Service
public class ConsentRegister {
  private final ConsentStore store;
  private final PeopleService people;
  private final Clock clock;

  ConsentRegister(ConsentStore store, PeopleService people, Clock clock) {
    this.store = store;
    this.people = people;
    this.clock = clock;
  }

  /** What the register says about one person, one platform, one purpose, one moment. */
  public enum Outcome {
    /** Consent in force from the right person. */
    CONSENTED,
    /** Nothing in force for this platform and purpose. */
    NO_CONSENT,
    /** An under-18 with only their own consent: a guardian's is needed (SAF-3). */
    GUARDIAN_NEEDED,
    /** An adult whose consent came from a guardian while they were under 18: their own is needed. */
    OWN_CONSENT_NEEDED,
    /** Never published, whatever else is recorded. */
    DO_NOT_PUBLISH,
    /** No such person in the directory. */
    UNKNOWN_PERSON
  }

  /**
   * The answer: who, whether they were under 18 at that moment, the outcome, the record it rests on
   * (when consented) and a sentence for the author that says why (never the do-not-publish reason).
   */
  public record Judgement(long personId, String name, boolean minor, Outcome outcome,
      ConsentRecord basis, String reason) {
    public boolean valid() {
      return outcome == Outcome.CONSENTED;
    }
  }

  /** Judges one person for one platform ({@code null}: every platform) and purpose at {@code at}. */
  @Transactional(readOnly = true)
  public Judgement judge(long personId, String platform, Purpose purpose, Instant at) {
    Map<Long, Person> found = people.byIds(List.of(personId));
    Person p = found.get(personId);
    if (p == null) {
      return new Judgement(personId, "Person " + personId, false, Outcome.UNKNOWN_PERSON, null,
          "There is no person " + personId + " in the directory");
    }
    return judge(p, store.activeOf(List.of(personId)).getOrDefault(personId, List.of()),
        store.doNotPublishAmong(List.of(personId)).contains(personId), platform, purpose, at);
  }

  /**
   * The gate before approving or publishing a post with media: every person pictured, for every
   * purpose the post uses, on the post's platform. Returns the failures only (who and why); empty
   * means the post may go ahead.
   */
  @Transactional(readOnly = true)
  public List<Judgement> gate(Collection<Long> personIds, String platform, Set<Purpose> purposes,
      Instant at) {
    List<Judgement> failing = new ArrayList<>();
    if (personIds.isEmpty()) {
      return failing;
    }
    Map<Long, Person> found = people.byIds(personIds);
    Map<Long, List<ConsentRecord>> active = store.activeOf(personIds);
    Set<Long> dnp = store.doNotPublishAmong(personIds);
    for (long id : new java.util.TreeSet<>(personIds)) {
      Person p = found.get(id);
      if (p == null) {
        failing.add(new Judgement(id, "Person " + id, false, Outcome.UNKNOWN_PERSON, null,
            "There is no person " + id + " in the directory"));
        continue;
      }
      for (Purpose purpose : new java.util.TreeSet<>(purposes)) {
        Judgement j = judge(p, active.getOrDefault(id, List.of()), dnp.contains(id), platform, purpose, at);
        if (!j.valid()) {
          failing.add(j);
          break; // one reason per person is enough for the author
        }
      }
    }
    return failing;
  }

  /** Whether the person carries do-not-publish. */
  @Transactional(readOnly = true)
  public boolean doNotPublish(long personId) {
    return store.doNotPublishAmong(List.of(personId)).contains(personId);
  }

  /** The judgement now, for pages. */
  public Judgement judgeNow(long personId, String platform, Purpose purpose) {
    return judge(personId, platform, purpose, clock.instant());
  }

  Judgement judge(Person p, List<ConsentRecord> active, boolean dnp, String platform,
      Purpose purpose, Instant at) {
    LocalDate day = LocalDate.ofInstant(at, ZoneOffset.UTC);
    boolean minor = minorOn(p, active, day);
    String where = platform == null ? "every platform" : platformName(platform);
    String what = purpose.label().toLowerCase(Locale.UK);
    if (dnp) {
      return new Judgement(p.id(), p.displayName(), minor, Outcome.DO_NOT_PUBLISH, null,
          p.displayName() + " must never be published (do-not-publish). Remove them or ask the"
              + " designated safeguarding lead.");
    }
    String code = platform == null ? null : platform.strip().toLowerCase(Locale.ROOT);
    List<ConsentRecord> covering = active.stream().filter(r -> r.covers(code, purpose, day)).toList();
    GivenBy needed = minor ? GivenBy.GUARDIAN : GivenBy.PERSON;
    Optional<ConsentRecord> basis = covering.stream().filter(r -> r.givenBy() == needed)
        .max(java.util.Comparator.comparing(ConsentRecord::givenAt));
    if (basis.isPresent()) {
      return new Judgement(p.id(), p.displayName(), minor, Outcome.CONSENTED, basis.get(),
          p.displayName() + ": consent for " + what + " on " + where + " " + basis.get().untilInWords());
    }
    if (!covering.isEmpty() && minor) {
      return new Judgement(p.id(), p.displayName(), true, Outcome.GUARDIAN_NEEDED, null,
          p.displayName() + " is under 18: a parent's or guardian's consent for " + what + " on "
              + where + " is needed, not only their own.");
    }
    if (!covering.isEmpty()) {
      return new Judgement(p.id(), p.displayName(), false, Outcome.OWN_CONSENT_NEEDED, null,
          p.displayName() + " is now 18: their own consent for " + what + " on " + where
              + " is needed; the guardian's no longer counts.");
    }
    return new Judgement(p.id(), p.displayName(), minor, Outcome.NO_CONSENT, null,
        p.displayName() + " has no consent in force for " + what + " on " + where
            + (minor ? " from a parent or guardian (under 18)." : "."));
  }

  /**
   * Whether the person is under 18 on {@code day}: from the directory's date of birth, or else the
   * one stated on a consent form; unknown dates of birth count as adult, as in the directory.
   */
  static boolean minorOn(Person p, List<ConsentRecord> records, LocalDate day) {
    LocalDate dob = dateOfBirth(p, records);
    return dob != null && java.time.Period.between(dob, day).getYears() < 18;
  }

  static LocalDate dateOfBirth(Person p, List<ConsentRecord> records) {
    if (p.dateOfBirth() != null) {
      return p.dateOfBirth();
    }
    return records.stream().map(ConsentRecord::statedDateOfBirth).filter(java.util.Objects::nonNull)
        .findFirst().orElse(null);
  }

  static String platformName(String code) {
    return org.steward.app.accounts.Platform.fromCode(code).map(org.steward.app.accounts.Platform::label)
        .orElse(code.strip());
  }
}
