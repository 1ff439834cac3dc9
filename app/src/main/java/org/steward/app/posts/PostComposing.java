package org.steward.app.posts;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.steward.app.accounts.AccountPosting.PostingAccount;
import org.steward.app.audit.AuditTrail;
import org.steward.app.connectors.Capabilities;
import org.steward.app.connectors.ConnectorRegistry;
import org.steward.app.connectors.MediaHash;
import org.steward.app.connectors.PlatformNames;
import org.steward.app.identity.Actor;
import org.steward.app.people.PeopleService;
import org.steward.app.people.Person;
import org.steward.app.web.FieldProblem;
import org.steward.app.web.IllegalTransition;
import org.steward.app.web.InvalidInput;
import org.steward.app.web.NotFound;

/**
 * Writing a post: a new draft for an account the author runs, changes to it while it is a draft,
 * and the live check as they type (nothing written). Every bad field is named at once and nothing
 * is half-written; the check is stored with the draft.
 */
@Service
public class PostComposing {
  private final Posts posts;
  private final PostGuards guards;
  private final PostCheck check;
  private final ConnectorRegistry connectors;
  private final PeopleService people;
  private final AuditTrail audit;
  private final Clock clock;

  PostComposing(Posts posts, PostGuards guards, PostCheck check, ConnectorRegistry connectors,
      PeopleService people, AuditTrail audit, Clock clock) {
    this.posts = posts;
    this.guards = guards;
    this.check = check;
    this.connectors = connectors;
    this.people = people;
    this.audit = audit;
    this.clock = clock;
  }

  /**
   * Writes a new draft and checks it.
   *
   * @throws InvalidInput naming every bad field (422); nothing is written
   */
  @Transactional
  public long create(Actor actor, PostInput.Draft draft) {
    List<FieldProblem> problems = new ArrayList<>();
    PostingAccount account = null;
    if (draft.accountId() == null) {
      problems.add(new FieldProblem("accountId", "Choose the account to post from."));
    } else {
      try {
        account = guards.account(draft.accountId());
      } catch (NotFound e) {
        problems.add(new FieldProblem("accountId", "There is no account " + draft.accountId() + "."));
      }
    }
    if (account != null) {
      guards.requireWriter(actor, account, 0, "write a post");
      if (!account.postable()) {
        problems.add(new FieldProblem("accountId", account.name() + " is not active: posts cannot be made"
            + " from it."));
      }
    }
    validate(problems, account, draft);
    if (!problems.isEmpty()) {
      throw new InvalidInput(problems);
    }
    Instant now = clock.instant();
    List<PostInput.NewImage> images = draft.images() == null ? List.of() : draft.images();
    PostCheck.Outcome outcome = check.check(account, draft.text(), checked(images),
        posts.rules(account.id()).requiredTags());
    long id = posts.insert(new Posts.NewRow(account.id(), actor.personId(), draft.text(), PostState.DRAFT,
        "steward", draft.scheduledFor(), outcome, null, null, null), now);
    storeImages(id, images);
    posts.history(id, actor.personId(), null, PostState.DRAFT, null, now);
    audit.record(actor, "post.created", "post", Long.toString(id), null);
    return id;
  }

  /** Changes a draft (text, schedule; images when given) and checks it again. */
  @Transactional
  public void update(Actor actor, long id, PostInput.Draft draft) {
    Post post = posts.locked(id);
    PostingAccount account = guards.account(post.accountId());
    guards.requireWriter(actor, account, id, "change post");
    if (post.authorId() != null && !post.authorId().equals(actor.personId()) && !actor.isSystem()) {
      throw guards.refuse(actor, id, "change post", "Only the author changes a draft; suggest edits"
          + " when you return it instead.");
    }
    if (!post.state().editable()) {
      throw new IllegalTransition("Only a draft can be changed; this post is "
          + post.state().label().toLowerCase(java.util.Locale.ROOT) + ".");
    }
    List<FieldProblem> problems = new ArrayList<>();
    if (draft.accountId() != null && draft.accountId() != post.accountId()) {
      problems.add(new FieldProblem("accountId", "A draft stays with its account; write a new post for"
          + " another account."));
    }
    validate(problems, account, draft);
    if (!problems.isEmpty()) {
      throw new InvalidInput(problems);
    }
    Instant now = clock.instant();
    posts.updateDraft(id, draft.text(), draft.scheduledFor(), now);
    if (draft.images() != null) {
      posts.deleteMedia(id);
      storeImages(id, draft.images());
    }
    recheck(id, account, draft.text(), now);
    audit.record(actor, "post.changed", "post", Long.toString(id), null);
  }

  /**
   * The live check as the author types: the same check as on every change of state, for an account
   * the author runs, with nothing written.
   */
  @Transactional(readOnly = true)
  public PostCheck.Outcome preview(Actor actor, long accountId, String text, List<PostCheck.CheckedImage> images) {
    PostingAccount account;
    try {
      account = guards.account(accountId);
    } catch (NotFound e) {
      throw new InvalidInput("accountId", "Choose the account to post from.");
    }
    guards.requireWriter(actor, account, 0, "check a post");
    List<FieldProblem> problems = new ArrayList<>();
    PostInput.text(problems, text, capabilities(account), PlatformNames.label(account.platform()));
    if (text == null || text.isBlank() || text.length() > PostInput.MAX_TEXT) {
      throw new InvalidInput(problems);
    }
    return check.check(account, text, images, posts.rules(accountId).requiredTags());
  }

  /** The tags an account's posts must carry (CON-12), offered on the compose page. */
  @Transactional(readOnly = true)
  public List<String> requiredTags(long accountId) {
    return posts.rules(accountId).requiredTags();
  }

  /** Runs the check again and stores it with the post (in the caller's transaction). */
  PostCheck.Outcome recheck(long id, PostingAccount account, String text, Instant now) {
    List<PostMedia> media = posts.media(id);
    PostCheck.Outcome outcome = check.check(account, text,
        media.stream().map(m -> new PostCheck.CheckedImage(m.altText(), m.rights().declared())).toList(),
        posts.rules(account.id()).requiredTags());
    posts.storeCheck(id, outcome, now);
    return outcome;
  }

  Capabilities capabilities(PostingAccount account) {
    return connectors.capabilities(account.platform());
  }

  private void validate(List<FieldProblem> problems, PostingAccount account, PostInput.Draft draft) {
    Capabilities caps = account == null ? null : capabilities(account);
    PostInput.text(problems, draft.text(), caps, account == null ? "" : PlatformNames.label(account.platform()));
    Map<Long, Person> directory = people.byIds(PostInput.personIds(draft.images()));
    PostInput.images(problems, draft.images(), caps, directory);
    PostInput.schedule(problems, draft.scheduledFor(), clock.instant());
  }

  private static List<PostCheck.CheckedImage> checked(List<PostInput.NewImage> images) {
    return images.stream().map(m -> new PostCheck.CheckedImage(m.altText(),
        Rights.fromCode(m.rights()).map(Rights::declared).orElse(false))).toList();
  }

  private void storeImages(long id, List<PostInput.NewImage> images) {
    for (int i = 0; i < images.size(); i++) {
      PostInput.NewImage m = images.get(i);
      List<PostMedia.Pictured> pictured = m.people().stream().map(p -> p.personId() != null
          ? new PostMedia.Pictured(p.personId(), null) : new PostMedia.Pictured(null, p.name().strip())).toList();
      posts.insertMedia(id, i, PostInput.sniff(m.bytes()), m.bytes(), m.bytes().length, MediaHash.sha256(m.bytes()),
          m.altText().strip(), Rights.fromCode(m.rights()).orElseThrow(), pictured);
    }
  }
}
