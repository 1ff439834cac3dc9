package org.steward.app.posts;

import java.util.List;
import org.steward.app.connectors.support.TestImages;
import org.steward.app.identity.Actor;

/**
 * A post picturing someone, published by hand on a platform Steward cannot post to, for tests
 * outside the posts package (the consent journey): written, submitted, approved by {@code approver}
 * and its address recorded, through the posts services as the pages would.
 */
public final class TestPosts {
  private final PostComposing composing;
  private final PostApproval approval;
  private final PostPublishing publishing;

  public TestPosts(PostComposing composing, PostApproval approval, PostPublishing publishing) {
    this.composing = composing;
    this.approval = approval;
    this.publishing = publishing;
  }

  public long publishedByHand(Actor author, Actor approver, long accountId, String text, long pictured, String url) {
    long id = composing.create(author, new PostInput.Draft(accountId, text, List.of(new PostInput.NewImage(
        TestImages.png(31), "image/png", "Learners at work", "own", List.of(new PostInput.PictureRef(pictured, null)))),
        null));
    if (approval.submit(author, id) == PostState.SUBMITTED) {
      approval.approve(approver, id, null);
    }
    publishing.publish(author, id);
    publishing.recordAddress(author, id, url);
    return id;
  }
}
