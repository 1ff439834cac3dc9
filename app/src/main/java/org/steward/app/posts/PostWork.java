package org.steward.app.posts;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import org.steward.app.home.WorkItem;
import org.steward.app.home.WorkItem.Urgency;
import org.steward.app.home.WorkWaiting;
import org.steward.app.identity.Actor;

/**
 * The posts part of "What needs you now": posts waiting for the person's approval (never their
 * own); for managers, approved posts to publish or to post by hand and posts that failed; for
 * the published posts a new policy version flags; for
 * authors, drafts that came back with suggested edits and their posts waiting for approval.
 */
@Component
class PostWork implements WorkWaiting {
  private final PostViews views;
  private final PostRescan rescan;

  PostWork(PostViews views, PostRescan rescan) {
    this.views = views;
    this.rescan = rescan;
  }

  @Override
  public List<WorkItem> waitingFor(Actor actor) {
    List<WorkItem> out = new ArrayList<>();
    if (actor.isSystem() || actor.personId() == null) {
      return out;
    }
    for (PostViews.Line l : views.waitingFor(actor)) {
      boolean soon = l.post().scheduledFor() != null;
      out.add(new WorkItem("Approve or reject a post for " + l.accountName() + " by " + l.authorName()
          + (soon ? " before its time to publish" : ""), link(l), soon ? Urgency.URGENT : Urgency.NORMAL,
          l.post().updatedAt()));
    }
    for (PostViews.Line l : views.toPublish(actor)) {
      Post p = l.post();
      String text = p.state() == PostState.FAILED ? "A post for " + l.accountName() + " could not be published: "
          + "see why and try again"
          : p.manualReady() ? "Post the approved post on " + l.accountName() + " and paste its address"
          : "Publish the approved post for " + l.accountName();
      out.add(new WorkItem(text, link(l), p.state() == PostState.FAILED ? Urgency.URGENT : Urgency.NORMAL,
          p.updatedAt()));
    }
    List<Long> managed = views.managedAccounts(actor).stream().map(a -> a.id()).toList();
    for (long id : rescan.reviewsFor(managed)) {
      out.add(new WorkItem("Review a published post the new policy flags", "/posts/" + id, Urgency.URGENT, null));
    }
    for (PostViews.Line l : views.mine(actor)) {
      Post p = l.post();
      if (p.state() == PostState.DRAFT && p.decisionNote() != null) {
        out.add(new WorkItem("Your post for " + l.accountName() + " came back with suggested edits", link(l),
            Urgency.NORMAL, p.updatedAt()));
      } else if (p.state() == PostState.SUBMITTED) {
        out.add(new WorkItem("Your post for " + l.accountName() + " is waiting for approval", link(l),
            Urgency.LOW, p.updatedAt()));
      }
    }
    return out;
  }

  private static String link(PostViews.Line l) {
    return "/posts/" + l.post().id();
  }
}
