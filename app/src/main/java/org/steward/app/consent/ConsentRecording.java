package org.steward.app.consent;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.steward.app.accounts.Platform;
import org.steward.app.audit.AuditTrail;
import org.steward.app.audit.RefusalAudit;
import org.steward.app.identity.Actor;
import org.steward.app.people.PeopleService;
import org.steward.app.people.Person;
import org.steward.app.web.FieldProblem;
import org.steward.app.web.InvalidInput;
import org.steward.app.web.NotFound;

/**
 * Recording consent by hand (an uploaded form) or from the MIS (the API), and do-not-publish.
 * Each change checks the role, validates everything at once (every bad field named, nothing
 * written), writes the record, its history line and the audit entry in one transaction.
 */
@Service
public class ConsentRecording {
  static final Pattern EMAIL = Pattern.compile("^[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}$");

  private final ConsentStore store;
  private final PeopleService people;
  private final AuditTrail audit;
  private final RefusalAudit refusals;
  private final ConsentSettings settings;
  private final Clock clock;

  ConsentRecording(ConsentStore store, PeopleService people, AuditTrail audit, RefusalAudit refusals,
      ConsentSettings settings, Clock clock) {
    this.store = store;
    this.people = people;
    this.audit = audit;
    this.refusals = refusals;
    this.settings = settings;
    this.clock = clock;
  }

  /** A consent checked and ready to store. */
  record Valid(Person person, GivenBy givenBy, String giverName, String giverEmail,
      Set<String> platforms, Set<Purpose> purposes, Instant givenAt, LocalDate until,
      LocalDate statedDob, Evidence evidence, String note) {}

  /**
   * Records a consent from a form (with its uploaded evidence) or the MIS.
   *
   * @throws InvalidInput naming every bad field (422); nothing is written
   */
  @Transactional
  public long record(Actor actor, NewConsent c, EvidenceUpload file) {
    if (!ConsentAccess.officer(actor)) {
      throw refusals.refuse(actor, "consent", "person", String.valueOf(c.personId()),
          "record consent", "Only marketing, the DPO, the safeguarding lead and administrators record consent.");
    }
    Valid v;
    try {
      v = validate(c, file, false);
    } catch (InvalidInput e) {
      // Audited in its own transaction: bad input leaves a trace, and nothing else.
      refusals.record(actor, "consent", "person", String.valueOf(c.personId()), "record consent",
          "not recorded: " + String.join(", ", e.problems().stream().map(FieldProblem::field).distinct().toList()));
      throw e;
    }
    long id = store(actor, v);
    if (file != null && !file.empty()) {
      store.evidence(id, safeName(file.fileName()), sniffedType(file.content()), file.content());
    }
    return id;
  }

  long store(Actor actor, Valid v) {
    long id = store.insertRecord(v.person().id(), v.givenBy(), v.giverName(), v.giverEmail(),
        v.platforms(), v.purposes(), v.givenAt(), v.until(), v.statedDob(), v.evidence(), v.note(),
        actor.personId());
    ConsentRecord r = store.record(id).orElseThrow();
    store.history(id, v.person().id(), "given", describe(r), actor.name(), clock.instant());
    audit.record(actor, "consent.recorded", "consent", Long.toString(id),
        "person " + v.person().id() + ": " + r.purposesInWords() + " on " + r.platformsInWords()
            + " (" + v.evidence().code() + ")");
    return id;
  }

  static String describe(ConsentRecord r) {
    return r.givenBy().label() + " (" + r.giverName() + ") gave consent for "
        + r.purposesInWords().toLowerCase(Locale.UK) + " on " + r.platformsInWords() + ", "
        + r.untilInWords() + "; evidence: " + r.evidence().label().toLowerCase(Locale.UK);
  }

  /** Checks a consent; {@code online}: given through a link (no file, evidence online). */
  Valid validate(NewConsent c, EvidenceUpload file, boolean online) {
    List<FieldProblem> problems = new ArrayList<>();
    LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    Person person = null;
    if (c.personId() == null) {
      problems.add(new FieldProblem("personId", "Choose the person the consent is for"));
    } else {
      person = people.byIds(List.of(c.personId())).get(c.personId());
      if (person == null) {
        problems.add(new FieldProblem("personId", "There is no person " + c.personId() + " in the directory"));
      } else if (!person.enabled()) {
        problems.add(new FieldProblem("personId", person.displayName() + " has left: consent is not recorded for people who have left"));
      }
    }
    GivenBy by = GivenBy.fromCode(c.givenBy()).orElse(null);
    if (by == null) {
      problems.add(new FieldProblem("givenBy", "Say who gave consent: the person or a parent or guardian"));
    }
    LocalDate dob = c.dateOfBirth();
    if (dob != null) {
      if (dob.isAfter(today)) {
        problems.add(new FieldProblem("dateOfBirth", "The date of birth must be in the past"));
      } else if (dob.isBefore(today.minusYears(120))) {
        problems.add(new FieldProblem("dateOfBirth", "Check the date of birth: it is more than 120 years ago"));
      } else if (person != null && person.dateOfBirth() != null && !person.dateOfBirth().equals(dob)) {
        problems.add(new FieldProblem("dateOfBirth", "The date of birth differs from the directory's: correct the directory"
            + " or leave this empty"));
      }
    }
    LocalDate knownDob = person == null ? null : (person.dateOfBirth() != null ? person.dateOfBirth() : dob);
    boolean minorToday = knownDob != null && java.time.Period.between(knownDob, today).getYears() < 18;
    if (by == GivenBy.GUARDIAN && person != null && knownDob != null && !minorToday) {
      problems.add(new FieldProblem("givenBy", person.displayName() + " is 18 or over: only their own consent counts"));
    }
    String giverName = trim(c.giverName());
    if (by == GivenBy.PERSON && giverName == null && person != null) {
      giverName = person.displayName();
    }
    if (giverName == null && by == GivenBy.GUARDIAN) {
      problems.add(new FieldProblem("giverName", "Enter the name of the parent or guardian"));
    } else if (giverName != null && giverName.length() > 200) {
      problems.add(new FieldProblem("giverName", "Use 200 characters or fewer for the name"));
    }
    String email = trim(c.giverEmail());
    if (email == null && by == GivenBy.PERSON && person != null) {
      email = person.email();
    }
    if (email != null && (email.length() > 254 || !EMAIL.matcher(email).matches())) {
      problems.add(new FieldProblem("giverEmail", "Enter an e-mail address like name@example.com"));
    }
    Set<String> platforms = new java.util.TreeSet<>();
    for (String p : c.platforms()) {
      if (p.isBlank() || p.strip().equals("*")) {
        continue;
      }
      Platform.fromCode(p).ifPresentOrElse(x -> platforms.add(x.code()),
          () -> problems.add(new FieldProblem("platforms", "There is no platform '" + cut(p) + "': use codes such as instagram, bluesky, tiktok")));
    }
    Set<Purpose> purposes = EnumSet.noneOf(Purpose.class);
    for (String p : c.purposes()) {
      Purpose.fromCode(p).ifPresentOrElse(purposes::add,
          () -> problems.add(new FieldProblem("purposes", "There is no purpose '" + cut(p) + "': use photo, video or name")));
    }
    if (c.purposes().isEmpty()) {
      problems.add(new FieldProblem("purposes", "Choose at least one: photos, videos or name in captions"));
    }
    LocalDate givenOn = c.givenOn() == null ? today : c.givenOn();
    if (givenOn.isAfter(today)) {
      problems.add(new FieldProblem("givenOn", "The day consent was given cannot be in the future"));
    } else if (givenOn.isBefore(today.minusYears(10))) {
      problems.add(new FieldProblem("givenOn", "Consent given more than 10 years ago cannot be recorded: ask again"));
    }
    LocalDate until = c.validUntil();
    if (until != null && until.isBefore(today)) {
      problems.add(new FieldProblem("validUntil", "The end of the consent must be today or later"));
    } else if (until != null && until.isAfter(today.plusYears(10))) {
      problems.add(new FieldProblem("validUntil", "Consent can last 10 years at most: choose an earlier end"));
    }
    Evidence evidence = online ? Evidence.ONLINE : Evidence.fromCode(c.evidence()).orElse(null);
    if (evidence == null || (!online && evidence == Evidence.ONLINE)) {
      problems.add(new FieldProblem("evidence", "Say what the evidence is: an uploaded form, or the MIS"));
    } else if (evidence == Evidence.FORM) {
      if (file == null || file.empty()) {
        problems.add(new FieldProblem("file", "Upload the signed consent form"));
      } else {
        problems.addAll(fileProblems(file));
      }
    }
    String note = trim(c.note());
    if (note != null && note.length() > 2000) {
      problems.add(new FieldProblem("note", "Use 2,000 characters or fewer for the note"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInput(problems);
    }
    return new Valid(person, by, giverName, email, platforms, purposes,
        givenOn.equals(today) ? clock.instant() : givenOn.atStartOfDay(ZoneOffset.UTC).toInstant(),
        until, person.dateOfBirth() == null ? dob : null, evidence, note);
  }

  List<FieldProblem> fileProblems(EvidenceUpload file) {
    List<FieldProblem> out = new ArrayList<>();
    if (file.content().length > settings.maxEvidenceBytes()) {
      out.add(new FieldProblem("file", "The form must be " + (settings.maxEvidenceBytes() / 1024 / 1024)
          + " MB or smaller"));
    } else if (sniffedType(file.content()) == null
        || !settings.evidenceTypes().contains(sniffedType(file.content()))) {
      out.add(new FieldProblem("file", "The form must be a PDF, JPEG or PNG file"));
    }
    return out;
  }

  /** The type from the file's first bytes, never from what the browser claimed. */
  static String sniffedType(byte[] b) {
    if (b.length >= 5 && b[0] == '%' && b[1] == 'P' && b[2] == 'D' && b[3] == 'F' && b[4] == '-') {
      return "application/pdf";
    }
    if (b.length >= 3 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xD8 && (b[2] & 0xff) == 0xFF) {
      return "image/jpeg";
    }
    if (b.length >= 8 && (b[0] & 0xff) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G') {
      return "image/png";
    }
    return null;
  }

  /**
   * Marks a person do-not-publish (a looked-after or adopted child): overrides every consent.
   *
   * @throws InvalidInput when the reason is missing or the person unknown
   */
  @Transactional
  public void setDoNotPublish(Actor actor, long personId, String reason) {
    if (!ConsentAccess.safeguarding(actor)) {
      throw refusals.refuse(actor, "consent", "person", Long.toString(personId), "set do-not-publish",
          "Only the designated safeguarding lead, the DPO and administrators set do-not-publish.");
    }
    Person p = existing(personId);
    String why = trim(reason);
    if (why == null) {
      throw new InvalidInput("reason", "Say why " + p.displayName() + " must never be published");
    }
    if (why.length() > 2000) {
      throw new InvalidInput("reason", "Use 2,000 characters or fewer for the reason");
    }
    store.setDoNotPublish(personId, why, actor.personId(), clock.instant());
    store.history(null, personId, "do-not-publish", "Marked do-not-publish: overrides every consent",
        actor.name(), clock.instant());
    audit.record(actor, "consent.do-not-publish-set", "person", Long.toString(personId), why);
  }

  @Transactional
  public void clearDoNotPublish(Actor actor, long personId, String reason) {
    if (!ConsentAccess.safeguarding(actor)) {
      throw refusals.refuse(actor, "consent", "person", Long.toString(personId), "lift do-not-publish",
          "Only the designated safeguarding lead, the DPO and administrators lift do-not-publish.");
    }
    Person p = existing(personId);
    String why = trim(reason);
    if (why == null) {
      throw new InvalidInput("reason", "Say why " + p.displayName() + " may be published again");
    }
    if (store.clearDoNotPublish(personId) == 0) {
      throw new org.steward.app.web.IllegalTransition(p.displayName() + " is not marked do-not-publish");
    }
    store.history(null, personId, "do-not-publish-lifted", "Do-not-publish lifted", actor.name(), clock.instant());
    audit.record(actor, "consent.do-not-publish-lifted", "person", Long.toString(personId), cut(why));
  }

  /** A person's consent as the register shows it. */
  public record PersonConsent(Person person, List<ConsentRecord> records, List<HistoryEntry> history,
      boolean doNotPublish, String doNotPublishReason, List<Withdrawal> withdrawals, LocalDate dateOfBirth) {}

  @Transactional(readOnly = true)
  public PersonConsent of(Actor actor, long personId) {
    if (!ConsentAccess.officer(actor)) {
      throw refusals.refuse(actor, "consent", "person", Long.toString(personId), "view consent",
          "Only marketing, the DPO, the safeguarding lead and administrators see the consent register.");
    }
    Person p = existing(personId);
    var dnp = store.doNotPublish(personId);
    List<ConsentRecord> records = store.recordsOf(personId);
    return new PersonConsent(p, records, store.historyOf(personId), dnp.isPresent(),
        ConsentAccess.safeguarding(actor) ? dnp.map(ConsentStore.DoNotPublish::reason).orElse(null) : null,
        store.withdrawalsOf(personId), ConsentRegister.dateOfBirth(p, records));
  }

  /** One record and its history, for the API. */
  @Transactional(readOnly = true)
  public Map.Entry<ConsentRecord, List<HistoryEntry>> recordWithHistory(Actor actor, long id) {
    if (!ConsentAccess.officer(actor)) {
      throw refusals.refuse(actor, "consent", "consent", Long.toString(id), "view consent",
          "Only marketing, the DPO, the safeguarding lead and administrators see the consent register.");
    }
    ConsentRecord r = store.record(id).orElseThrow(() -> new NotFound("consent " + id));
    return Map.entry(r, store.historyOfRecord(id));
  }

  @Transactional(readOnly = true)
  public ConsentStore.EvidenceFile evidence(Actor actor, long consentId) {
    if (!ConsentAccess.officer(actor)) {
      throw refusals.refuse(actor, "consent", "consent", Long.toString(consentId), "open evidence",
          "Only marketing, the DPO, the safeguarding lead and administrators open consent forms.");
    }
    return store.evidenceOf(consentId).orElseThrow(() -> new NotFound("consent form " + consentId));
  }

  /** One line of the register: the person, whether under 18 today, what is in force, do-not-publish. */
  public record RegisterRow(Person person, String unitName, boolean minor, List<ConsentRecord> active,
      boolean doNotPublish) {}

  /** The register, searched by name (or nothing), 50 a page. */
  @Transactional(readOnly = true)
  public org.steward.app.web.Page<RegisterRow> register(Actor actor, String query, int page,
      List<Person> everyone, Map<Long, String> unitNames) {
    if (!ConsentAccess.officer(actor)) {
      throw refusals.refuse(actor, "consent", "register", "0", "view the register",
          "Only marketing, the DPO, the safeguarding lead and administrators see the consent register.");
    }
    String q = query == null ? "" : query.strip().toLowerCase(Locale.UK);
    List<Person> matching = everyone.stream()
        .filter(p -> q.isEmpty() || p.displayName().toLowerCase(Locale.UK).contains(q))
        .sorted(java.util.Comparator.comparing(Person::familyName).thenComparing(Person::givenName))
        .toList();
    int size = 50;
    int p = Math.max(0, page);
    List<Person> shown = matching.stream().skip((long) p * size).limit(size).toList();
    List<Long> ids = shown.stream().map(Person::id).toList();
    Map<Long, List<ConsentRecord>> active = store.activeOf(ids);
    java.util.Set<Long> dnp = store.doNotPublishAmong(ids);
    LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    List<RegisterRow> rows = shown.stream().map(x -> {
      List<ConsentRecord> rs = active.getOrDefault(x.id(), List.of());
      return new RegisterRow(x, unitNames.getOrDefault(x.unitId(), ""),
          ConsentRegister.minorOn(x, rs, today), rs, dnp.contains(x.id()));
    }).toList();
    return new org.steward.app.web.Page<>(rows, p, size, matching.size());
  }

  Person existing(long personId) {
    Person p = people.byIds(List.of(personId)).get(personId);
    if (p == null) {
      throw new NotFound("person " + personId);
    }
    return p;
  }

  static String trim(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  static String cut(String s) {
    return s.length() > 40 ? s.substring(0, 40) + "…" : s;
  }

  static String safeName(String name) {
    String n = name == null || name.isBlank() ? "consent-form" : name.replaceAll("[^A-Za-z0-9._ -]", "_");
    return n.length() > 200 ? n.substring(n.length() - 200) : n;
  }

  static Set<String> orderedCodes(Set<Purpose> ps) {
    Set<String> out = new LinkedHashSet<>();
    ps.stream().sorted().forEach(p -> out.add(p.code()));
    return out;
  }
}
