package org.steward.app.posts;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.steward.app.audit.AuditTrail;
import org.steward.app.audit.RefusalAudit;
import org.steward.app.consent.ConsentLinks;
import org.steward.app.consent.ConsentRegister;
import org.steward.app.consent.GivenBy;
import org.steward.app.consent.Purpose;
import org.steward.app.identity.Actor;
import org.steward.app.web.FieldProblem;
import org.steward.app.web.IllegalTransition;
import org.steward.app.web.InvalidInput;

/**
 * "Request consent" from the post (CON-14, SAF-1, SAF-3; decision 0071): for each person pictured
 * who lacks valid consent for the post's platform when it goes out, whoever may see the post can
 * send the consent link (to the person, or for an under-18 to a parent or guardian) without leaving
 * it. Someone who may not send links (a learner) asks the consent register's keepers instead. Nobody
 * asks for a do-not-publish person: that is refused and audited.
 */
@Service
public class PostConsentRequests {
  /** Posts whose consent can still be sorted out before they go out. */
  static final Set<PostState> OPEN = EnumSet.of(PostState.DRAFT, PostState.SUBMITTED, PostState.APPROVED,
      PostState.SCHEDULED, PostState.FAILED);

  private final PostViews views;
  private final ConsentRegister register;
  private final ConsentLinks links;
  private final AuditTrail audit;
  private final RefusalAudit refusals;
  private final Clock clock;
  private final TransactionTemplate tx;

  PostConsentRequests(PostViews views, ConsentRegister register, ConsentLinks links, AuditTrail audit,
      RefusalAudit refusals, Clock clock, PlatformTransactionManager txm) {
    this.tx = new TransactionTemplate(txm);
    this.views = views;
    this.register = register;
    this.links = links;
    this.audit = audit;
    this.refusals = refusals;
    this.clock = clock;
  }

  /**
   * One person pictured without valid consent: who, why (the register's sentence), whether they may
   * be asked at all (never under do-not-publish), and who the link would go to (name and e-mail on
   * record, either may be missing); {@code viaKeepers} when the viewer's request goes to the keepers.
   */
  public record Ask(long personId, String name, boolean minor, String reason, boolean doNotPublish,
      String recipientName, String recipientEmail, boolean viaKeepers) {
    public boolean mayRequest() {
      return !doNotPublish;
    }
  }

  /** What the author asked for: a person of the post, and for a guardian their name; an e-mail instead of the one on record. */
  public record Request(Long personId, String name, String email) {}

  /** What was done: sent (to whom, until when; the link itself only when no mail is set up) or passed to the keepers. */
  public record Requested(long personId, String personName, String to, Instant expiresAt, boolean mailed,
      String linkToHandOver, boolean forwarded) {}

  /** The people of the post who lack consent, for its page; empty once the post is out or gone. */
  public List<Ask> asks(Actor viewer, long postId) {
    PostViews.PostView v = views.view(viewer, postId);
    if (!OPEN.contains(v.post().state())) {
      return List.of();
    }
    boolean keepers = !links.maySend(viewer);
    List<Ask> out = new ArrayList<>();
    for (ConsentRegister.Judgement j : lacking(v)) {
      if (j.outcome() == ConsentRegister.Outcome.UNKNOWN_PERSON) {
        continue;
      }
      boolean dnp = j.outcome() == ConsentRegister.Outcome.DO_NOT_PUBLISH;
      ConsentLinks.Recipient r = dnp ? null : links.recipientFor(j.personId());
      out.add(new Ask(j.personId(), j.name(), r != null ? r.minor() : j.minor(), j.reason(), dnp,
          r == null ? null : r.name(), r == null ? null : r.email(), keepers));
    }
    return out;
  }

  /**
   * Requests consent for one person of the post.
   *
   * @throws InvalidInput naming every bad field (422): nothing is sent
   * @throws IllegalTransition when the post is already out or gone (409)
   */
  public Requested request(Actor actor, long postId, Request request) {
    PostViews.PostView v = views.view(actor, postId);
    Post post = v.post();
    if (!OPEN.contains(post.state())) {
      throw new IllegalTransition("Post " + postId + " is " + post.state().label().toLowerCase(java.util.Locale.UK)
          + ": consent is asked for before a post goes out.");
    }
    Long personId = request == null ? null : request.personId();
    if (personId == null) {
      throw new InvalidInput(problems(new FieldProblem("personId", "Choose the person to ask for consent"), request));
    }
    Set<Long> pictured = pictured(v);
    if (!pictured.contains(personId)) {
      throw new InvalidInput(problems(new FieldProblem("personId", "Person " + personId
          + " is not pictured in this post: ask from the consent register instead"), request));
    }
    ConsentRegister.Judgement j = lacking(v).stream().filter(x -> x.personId() == personId).findFirst()
        .orElseThrow(() -> new IllegalTransition(v.pictured().getOrDefault(personId, "This person")
            + " already has consent for this post: nothing was sent."));
    if (j.outcome() == ConsentRegister.Outcome.DO_NOT_PUBLISH) {
      throw refusals.refuse(actor, "post", "post", Long.toString(postId), "request consent for person " + personId,
          j.name() + " must never be published (do-not-publish): no consent is asked for.");
    }
    String where = "pictured in post " + postId + " for " + v.account().name();
    if (!links.maySend(actor)) {
      links.askKeepers(actor, personId, where, "/posts/" + postId);
      tx.executeWithoutResult(t -> audit.record(actor, "post.consent-requested", "post", Long.toString(postId),
          "person " + personId + ": passed to the consent register's keepers"));
      return new Requested(personId, j.name(), null, null, false, null, true);
    }
    ConsentLinks.Recipient r = links.recipientFor(personId);
    String email = trim(request.email()) != null ? trim(request.email()) : r.email();
    String name = r.givenBy() == GivenBy.GUARDIAN && trim(request.name()) != null ? trim(request.name()) : r.name();
    ConsentLinks.Sent sent = links.send(actor, personId, new ConsentLinks.LinkRequest(r.givenBy().code(),
        r.givenBy() == GivenBy.GUARDIAN ? name : null, email));
    tx.executeWithoutResult(t -> audit.record(actor, "post.consent-requested", "post", Long.toString(postId),
        "person " + personId + ": consent link to " + r.givenBy().code()));
    return new Requested(personId, j.name(), sent.to(), sent.expiresAt(), sent.mailed(), sent.linkToHandOver(),
        false);
  }

  /** The register's failures for the people of the post, on its platform when it goes out. */
  private List<ConsentRegister.Judgement> lacking(PostViews.PostView v) {
    Set<Long> pictured = pictured(v);
    if (pictured.isEmpty()) {
      return List.of();
    }
    Instant at = v.post().scheduledFor() != null ? v.post().scheduledFor() : clock.instant();
    return register.gate(pictured, v.account().platform(), Set.of(Purpose.PHOTO), at);
  }

  private static Set<Long> pictured(PostViews.PostView v) {
    Set<Long> ids = new LinkedHashSet<>();
    v.media().forEach(m -> m.people().stream().map(PostMedia.Pictured::personId).filter(x -> x != null)
        .forEach(ids::add));
    return ids;
  }

  /** The person's problem, with a too-long e-mail or name named too, so every bad field is listed. */
  private static List<FieldProblem> problems(FieldProblem first, Request r) {
    List<FieldProblem> out = new ArrayList<>(List.of(first));
    if (r != null && r.email() != null && r.email().length() > 254) {
      out.add(new FieldProblem("email", "Enter an e-mail address like name@example.com"));
    }
    if (r != null && r.name() != null && r.name().length() > 200) {
      out.add(new FieldProblem("name", "Use 200 characters or fewer for the name"));
    }
    return out;
  }

  private static String trim(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
