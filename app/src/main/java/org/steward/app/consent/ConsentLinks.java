package org.steward.app.consent;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.steward.app.audit.AuditTrail;
import org.steward.app.audit.RefusalAudit;
import org.steward.app.identity.Actor;
import org.steward.app.notifications.NotificationMail;
import org.steward.app.notifications.Notifications;
import org.steward.app.people.Person;
import org.steward.app.web.FieldProblem;
import org.steward.app.web.IllegalTransition;
import org.steward.app.web.InvalidInput;

/**
 * Consent without an account: a link sent by e-mail to the person (or, for an under-18, a parent
 * or guardian) opens a page where they give, limit or withdraw consent. The link is for one person
 * and one use, unguessable (256 random bits), kept only as its SHA-256, and lives for the
 * configured time; forged, expired and used links say so, and each such try is audited.
 */
@Service
public class ConsentLinks {
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final Pattern TOKEN = Pattern.compile("^[A-Za-z0-9_-]{43}$");
  static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

  private final ConsentStore store;
  private final ConsentRecording recording;
  private final Withdrawals withdrawals;
  private final ConsentDirectory directory;
  private final Notifications notifications;
  private final NotificationMail mail;
  private final AuditTrail audit;
  private final RefusalAudit refusals;
  private final ConsentSettings settings;
  private final Clock clock;
  private final TransactionTemplate tx;

  ConsentLinks(ConsentStore store, ConsentRecording recording, Withdrawals withdrawals,
      ConsentDirectory directory, Notifications notifications, NotificationMail mail,
      AuditTrail audit, RefusalAudit refusals, ConsentSettings settings, Clock clock,
      PlatformTransactionManager txm) {
    this.store = store;
    this.recording = recording;
    this.withdrawals = withdrawals;
    this.directory = directory;
    this.notifications = notifications;
    this.mail = mail;
    this.audit = audit;
    this.refusals = refusals;
    this.settings = settings;
    this.clock = clock;
    this.tx = new TransactionTemplate(txm);
  }

  /** Who to send the link to: the person, or a parent or guardian (name and address). */
  public record LinkRequest(String givenBy, String name, String email) {}

  /**
   * What was sent: to whom, until when, and the link itself only when no e-mail is set up (then
   * the person who asked hands it over; it is shown once and never stored).
   */
  public record Sent(String to, Instant expiresAt, boolean mailed, String linkToHandOver) {}

  /**
   * Sends a consent link for one person.
   *
   * @throws InvalidInput naming every bad field (422): nothing is sent or stored
   */
  public Sent send(Actor actor, long personId, LinkRequest request) {
    if (!ConsentAccess.staff(actor)) {
      throw refusals.refuse(actor, "consent", "person", Long.toString(personId), "send consent link",
          "Only staff ask for consent.");
    }
    Person p = directory.person(personId);
    List<FieldProblem> problems = new ArrayList<>();
    LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    List<ConsentRecord> records = store.recordsOf(personId);
    boolean minor = ConsentRegister.minorOn(p, records, today);
    GivenBy by = GivenBy.fromCode(request.givenBy()).orElse(null);
    if (by == null) {
      problems.add(new FieldProblem("givenBy", "Choose who gives consent: the person or a parent or guardian"));
    } else if (by == GivenBy.PERSON && minor) {
      problems.add(new FieldProblem("givenBy", p.displayName() + " is under 18: send the link to a parent or guardian"));
    } else if (by == GivenBy.GUARDIAN && !minor && ConsentRegister.dateOfBirth(p, records) != null) {
      problems.add(new FieldProblem("givenBy", p.displayName() + " is 18 or over: send the link to them"));
    }
    String name = ConsentRecording.trim(request.name());
    String email = ConsentRecording.trim(request.email());
    if (by == GivenBy.PERSON) {
      name = name == null ? p.displayName() : name;
      email = email == null ? p.email() : email;
    }
    if (name == null) {
      problems.add(new FieldProblem("name", "Enter the name of the parent or guardian"));
    } else if (name.length() > 200) {
      problems.add(new FieldProblem("name", "Use 200 characters or fewer for the name"));
    }
    if (email == null || email.length() > 254 || !ConsentRecording.EMAIL.matcher(email).matches()) {
      problems.add(new FieldProblem("email", "Enter an e-mail address like name@example.com"));
    }
    if (!p.enabled()) {
      problems.add(new FieldProblem("personId", p.displayName() + " has left: no consent is asked for"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInput(problems);
    }
    byte[] raw = new byte[32];
    RANDOM.nextBytes(raw);
    String token = Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
    String url = mail.baseUrl() + "/consent/link/" + token;
    Instant now = clock.instant();
    Instant expires = now.plus(settings.linkLifetime());
    String to = email;
    String giver = name;
    boolean mailed = Boolean.TRUE.equals(tx.execute(s -> {
      store.insertLink(hash(token), personId, by, to, giver, actor.personId(), now, expires);
      store.history(null, personId, "link-sent", "Consent link sent to " + giver + " (" + to + "), valid until "
          + DAY.format(expires.atZone(ZoneOffset.UTC)), actor.name(), now);
      audit.record(actor, "consent.link-sent", "person", Long.toString(personId), "to " + by.code());
      return notifications.mailOutside(to, "Consent for photos and videos at college",
          "Dear " + giver + ",\n\nThe college asks for your consent to show "
              + (by == GivenBy.GUARDIAN ? p.givenName() + " " : "you ")
              + "in photos, videos or captions on its social media accounts. Open this link to give,"
              + " limit or refuse consent:\n\n" + url + "\n\nThe link works once and until "
              + DAY.format(expires.atZone(ZoneOffset.UTC)) + ". If you did not expect this e-mail,"
              + " you can ignore it.\n");
    }));
    return new Sent(to, expires, mailed, mailed ? null : url);
  }

  /** Whether {@code actor} may send consent links: staff of any kind, never a learner. */
  public boolean maySend(Actor actor) {
    return ConsentAccess.staff(actor);
  }

  /**
   * Who a consent link for the person would go to, for a form that asks from another screen (the
   * post page): the person at their e-mail address in the directory, or for an under-18 (today) the
   * parent or guardian of their latest consent record, when there is one. Name and e-mail may be
   * null: the form then asks for them.
   */
  public record Recipient(long personId, String personName, boolean minor, GivenBy givenBy, String name,
      String email) {}

  public Recipient recipientFor(long personId) {
    Person p = directory.person(personId);
    List<ConsentRecord> records = store.recordsOf(personId);
    boolean minor = ConsentRegister.minorOn(p, records, LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC));
    if (!minor) {
      return new Recipient(personId, p.displayName(), false, GivenBy.PERSON, p.displayName(), p.email());
    }
    Optional<ConsentRecord> latest = records.stream().filter(r -> r.givenBy() == GivenBy.GUARDIAN)
        .max(java.util.Comparator.comparing(ConsentRecord::givenAt));
    return new Recipient(personId, p.displayName(), true, GivenBy.GUARDIAN,
        latest.map(ConsentRecord::giverName).orElse(null), latest.map(ConsentRecord::giverEmail).orElse(null));
  }

  /**
   * Someone who may not send links themselves (a learner writing a post) needs consent for a
   * person: the consent register's keepers (marketing and the head of digital marketing) get a
   * to-do naming where it is needed, the person's history says so, and it is audited (decision 0071).
   */
  public void askKeepers(Actor actor, long personId, String where, String link) {
    Person p = directory.person(personId);
    Instant now = clock.instant();
    tx.executeWithoutResult(s -> {
      store.history(null, personId, "link-asked", actor.name() + " asked for consent for " + where,
          actor.name(), now);
      audit.record(actor, "consent.link-asked", "person", Long.toString(personId), where);
      notifications.notify(directory.marketing(), "Ask for consent: " + p.displayName() + " (" + where
          + "), asked by " + actor.name(), link);
    });
  }

  /** What a link shows: whether it can be used, and if so for whom and what is in force now. */
  public record LinkView(State state, String message, String givenName, String giverName,
      GivenBy givenBy, List<ConsentRecord> current) {
    public boolean usable() {
      return state == State.VALID;
    }
  }

  public enum State { VALID, EXPIRED, USED, UNKNOWN }

  /** Opens a link (GET): never changes anything but the audit of a bad link. */
  public LinkView open(String token) {
    Optional<ConsentStore.Link> found = find(token);
    if (found.isEmpty()) {
      refusals.record(Actor.SYSTEM, "consent", "link", "0", "open consent link", "unknown or forged link");
      return new LinkView(State.UNKNOWN, "This link is not valid. Check that you copied the whole"
          + " link from the e-mail, or ask the college for a new one.", null, null, null, List.of());
    }
    ConsentStore.Link link = found.get();
    Person p = directory.person(link.personId());
    if (link.usedAt() != null) {
      refusals.record(Actor.SYSTEM, "consent", "link", Long.toString(link.id()), "open consent link", "used already");
      return new LinkView(State.USED, "This link was used on " + DAY.format(link.usedAt().atZone(ZoneOffset.UTC))
          + " and works only once. To change your answer, ask the college for a new link.", p.givenName(),
          link.giverName(), link.givenBy(), List.of());
    }
    if (!clock.instant().isBefore(link.expiresAt())) {
      refusals.record(Actor.SYSTEM, "consent", "link", Long.toString(link.id()), "open consent link", "expired");
      return new LinkView(State.EXPIRED, "This link expired on " + DAY.format(link.expiresAt().atZone(ZoneOffset.UTC))
          + ". Ask the college for a new one.", p.givenName(), link.giverName(), link.givenBy(), List.of());
    }
    List<ConsentRecord> current = store.activeOf(List.of(p.id())).getOrDefault(p.id(), List.of());
    return new LinkView(State.VALID, null, p.givenName(), link.giverName(), link.givenBy(), current);
  }

  /** The answer on the page: give (or limit, which replaces what was given) or withdraw all. */
  public record Answer(String choice, List<String> platforms, List<String> purposes,
      LocalDate validUntil, boolean confirmed) {}

  /** What happened, for the page that follows. */
  public record Done(String choice, String givenName, int takedowns) {}

  /**
   * Answers a link once: in one transaction the link is used and the consent changed.
   *
   * @throws InvalidInput for a bad answer (the link stays usable)
   * @throws IllegalTransition when the link is unknown, expired or used (409), audited
   */
  public Done answer(String token, Answer a) {
    LinkView view = open(token);
    if (!view.usable()) {
      throw new IllegalTransition(view.message());
    }
    ConsentStore.Link link = find(token).orElseThrow();
    Person p = directory.person(link.personId());
    Actor giver = new Actor(null, link.giverName() + " (by consent link)", List.of());
    String choice = a.choice() == null ? "" : a.choice().strip().toLowerCase(Locale.ROOT);
    Runnable use = () -> {
      if (store.useLink(link.id(), choice, clock.instant()) == 0) {
        throw new IllegalTransition("This link has just been used and works only once.");
      }
    };
    List<Long> sameGiver = view.current().stream().map(ConsentRecord::id).toList();
    Optional<Long> withdrawal;
    switch (choice) {
      case "give" -> {
        List<FieldProblem> problems = new ArrayList<>();
        if (!a.confirmed()) {
          problems.add(new FieldProblem("confirmed", link.givenBy() == GivenBy.GUARDIAN
              ? "Confirm that you are " + p.givenName() + "'s parent or guardian and give this consent"
              : "Confirm that you give this consent"));
        }
        ConsentRecording.Valid v;
        try {
          v = recording.validate(new NewConsent(p.id(), link.givenBy().code(), link.giverName(), link.sentTo(),
              a.platforms(), a.purposes(), null, a.validUntil(), null, "online", "Given through a consent link"), null, true);
        } catch (InvalidInput e) {
          problems.addAll(e.problems());
          throw new InvalidInput(problems);
        }
        if (!problems.isEmpty()) {
          throw new InvalidInput(problems);
        }
        List<Long> replaced = view.current().stream().filter(r -> r.givenBy() == link.givenBy())
            .map(ConsentRecord::id).toList();
        if (replaced.isEmpty()) {
          tx.executeWithoutResult(s -> {
            use.run();
            recording.store(giver, v);
          });
          withdrawal = Optional.empty();
        } else {
          withdrawal = withdrawals.change(giver, link.giverName(), p.id(), replaced, v, link.sentTo(),
              "limited through a consent link", use);
        }
      }
      case "withdraw" -> {
        if (sameGiver.isEmpty()) {
          tx.executeWithoutResult(s -> {
            use.run();
            store.history(null, p.id(), "refused", link.giverName() + " refused consent through a consent link",
                giver.name(), clock.instant());
            audit.record(giver, "consent.refused", "person", Long.toString(p.id()), "through a consent link");
          });
          withdrawal = Optional.empty();
        } else {
          withdrawal = withdrawals.change(giver, link.giverName(), p.id(), sameGiver, null, link.sentTo(),
              "withdrawn through a consent link", use);
        }
      }
      default -> throw new InvalidInput("choice", "Choose whether you give consent or withdraw it");
    }
    withdrawal.ifPresent(withdrawals::attempt);
    int n = withdrawal.map(id -> withdrawals.tasksOf(id).size()).orElse(0);
    return new Done(choice, p.givenName(), n);
  }

  private Optional<ConsentStore.Link> find(String token) {
    if (token == null || !TOKEN.matcher(token).matches()) {
      return Optional.empty();
    }
    return store.linkByHash(hash(token));
  }

  static String hash(String token) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
          .digest(token.getBytes(StandardCharsets.US_ASCII)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
