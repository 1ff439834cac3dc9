package org.steward.app.posts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.steward.app.accounts.AccountPosting;
import org.steward.app.accounts.AccountPosting.PostingAccount;
import org.steward.app.identity.Actor;
import org.steward.app.people.PeopleService;
import org.steward.app.people.Person;

/**
 * Reading posts: one post with its images, history and names (for the page and the API), the lists
 * of a person's own posts, the posts waiting for their approval, and the archive of what was
 * published. Record checks as everywhere: only those who may see a post see it.
 */
@Service
public class PostViews {
  private final Posts posts;
  private final PostGuards guards;
  private final AccountPosting accounts;
  private final PeopleService people;

  PostViews(Posts posts, PostGuards guards, AccountPosting accounts, PeopleService people) {
    this.posts = posts;
    this.guards = guards;
    this.accounts = accounts;
    this.people = people;
  }

  /** A post as a page or the API shows it, with what the viewer may do with it. */
  public record PostView(Post post, PostingAccount account, List<PostMedia> media, List<Named> history,
      String authorName, String approverName, Map<Long, String> pictured, boolean mayChange, boolean maySubmit,
      boolean mayApprove, String approvalRefusal, boolean mayPublish, boolean mayRemove) {}

  /** A history line with the name of who did it. */
  public record Named(PostEvent event, String actorName) {}

  /** A line of a list. */
  public record Line(Post post, String accountName, String platform, String authorName) {}

  @Transactional(readOnly = true)
  public PostView view(Actor viewer, long id) {
    Post post = posts.existing(id);
    PostingAccount account = guards.account(post.accountId());
    guards.requireViewer(viewer, post, account);
    List<PostMedia> media = posts.media(id);
    List<PostEvent> history = posts.history(id);
    Set<Long> ids = new HashSet<>();
    history.stream().map(PostEvent::actorId).filter(x -> x != null).forEach(ids::add);
    media.forEach(m -> m.people().stream().map(PostMedia.Pictured::personId).filter(x -> x != null).forEach(ids::add));
    if (post.authorId() != null) {
      ids.add(post.authorId());
    }
    if (post.approverId() != null) {
      ids.add(post.approverId());
    }
    Map<Long, Person> names = people.byIds(ids);
    List<Named> named = history.stream().map(e -> new Named(e, e.actorId() == null ? "Steward"
        : name(names, e.actorId()))).toList();
    Map<Long, String> pictured = new LinkedHashMap<>();
    names.forEach((k, v) -> pictured.put(k, v.displayName()));
    boolean author = post.authorId() != null && post.authorId().equals(viewer.personId());
    var refusal = guards.approvalRefusal(viewer, post, account);
    boolean writer = account.runBy(viewer.personId());
    return new PostView(post, account, media, named, post.authorId() == null ? "Imported" : name(names, post.authorId()),
        post.approverId() == null ? null : name(names, post.approverId()), pictured,
        post.state() == PostState.DRAFT && author, post.state() == PostState.DRAFT && writer,
        post.state() == PostState.SUBMITTED && refusal.isEmpty(), refusal.orElse(null),
        guards.mayPublish(viewer, account) && (post.state() == PostState.APPROVED || post.state() == PostState.FAILED),
        guards.mayPublish(viewer, account) && post.state() == PostState.PUBLISHED);
  }

  private static String name(Map<Long, Person> names, Long id) {
    Person p = names.get(id);
    return p == null ? "Someone no longer in the directory" : p.displayName();
  }

  /** The viewer's own posts, newest first. */
  @Transactional(readOnly = true)
  public List<Line> mine(Actor viewer) {
    if (viewer.personId() == null) {
      return List.of();
    }
    return lines(posts.ofAuthor(viewer.personId(), 200));
  }

  /** Submitted posts the viewer may approve (never their own), oldest first. */
  @Transactional(readOnly = true)
  public List<Line> waitingFor(Actor viewer) {
    if (viewer.isSystem() || viewer.personId() == null) {
      return List.of();
    }
    List<Post> out = new ArrayList<>();
    Map<Long, PostingAccount> cache = new LinkedHashMap<>();
    for (Post p : posts.inStates(EnumSet.of(PostState.SUBMITTED), 500)) {
      PostingAccount a = cache.computeIfAbsent(p.accountId(), guards::account);
      if (guards.approvalRefusal(viewer, p, a).isEmpty()) {
        out.add(p);
      }
    }
    out.sort(Comparator.comparing(Post::updatedAt));
    return lines(out);
  }

  /** Posts of the accounts the viewer runs that need them: ready to publish or post by hand, failed. */
  @Transactional(readOnly = true)
  public List<Line> toPublish(Actor viewer) {
    if (viewer.personId() == null) {
      return List.of();
    }
    List<Long> ids = accounts.runBy(viewer.personId()).stream()
        .filter(a -> a.managers().contains(viewer.personId())).map(PostingAccount::id).toList();
    return lines(posts.ofAccounts(ids, EnumSet.of(PostState.APPROVED, PostState.FAILED), 200));
  }

  /** The archive: published (and removed) posts the viewer may see, newest first. */
  @Transactional(readOnly = true)
  public List<Line> archive(Actor viewer, Long accountId) {
    List<Post> list;
    if (guards.marketing(viewer) || viewer.holds(org.steward.app.identity.Role.ADMINISTRATOR)) {
      list = accountId == null ? posts.inStates(EnumSet.of(PostState.PUBLISHED, PostState.REMOVED), 500)
          : posts.ofAccounts(List.of(accountId), EnumSet.of(PostState.PUBLISHED, PostState.REMOVED), 500);
    } else {
      List<Long> ids = viewer.personId() == null ? List.of() : accounts.runBy(viewer.personId()).stream()
          .map(PostingAccount::id).filter(x -> accountId == null || x.equals(accountId)).toList();
      list = posts.ofAccounts(ids, EnumSet.of(PostState.PUBLISHED, PostState.REMOVED), 500);
    }
    List<Post> sorted = new ArrayList<>(list);
    sorted.sort(Comparator.comparing((Post p) -> p.publishedAt() == null ? p.updatedAt() : p.publishedAt()).reversed());
    return lines(sorted);
  }

  /** The accounts whose archive the viewer may import: all for marketing, else those they manage. */
  @Transactional(readOnly = true)
  public List<PostingAccount> managedAccounts(Actor viewer) {
    if (PostGuards.marketing(viewer)) {
      return accounts.postable();
    }
    if (viewer.personId() == null) {
      return List.of();
    }
    return accounts.runBy(viewer.personId()).stream().filter(a -> a.managers().contains(viewer.personId())).toList();
  }

  /** The accounts the viewer may write for (active or dormant), for the compose page. */
  @Transactional(readOnly = true)
  public List<PostingAccount> writableAccounts(Actor viewer) {
    if (viewer.personId() == null) {
      return List.of();
    }
    return accounts.runBy(viewer.personId()).stream().filter(PostingAccount::postable).toList();
  }

  private List<Line> lines(List<Post> list) {
    Map<Long, PostingAccount> cache = new LinkedHashMap<>();
    Set<Long> authors = new HashSet<>();
    list.forEach(p -> {
      if (p.authorId() != null) {
        authors.add(p.authorId());
      }
    });
    Map<Long, Person> names = people.byIds(authors);
    List<Line> out = new ArrayList<>();
    for (Post p : list) {
      PostingAccount a = cache.computeIfAbsent(p.accountId(), guards::account);
      out.add(new Line(p, a.name(), a.platform(), p.authorId() == null ? "Imported" : name(names, p.authorId())));
    }
    return out;
  }
}
