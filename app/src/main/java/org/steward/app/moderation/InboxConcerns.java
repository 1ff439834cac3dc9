package org.steward.app.moderation;

import java.util.List;
import org.steward.engine.Finding;

/**
 * The one seam through which an inbox item leaves moderation as a concern: a safeguarding signal
 * found on arrival (the engine's {@code route: safeguarding}), opened at once for the designated
 * safeguarding lead. {@link NotifyingInboxConcerns} is the implementation until the cases feature
 * lands on main; then a {@code cases.Concerns}-backed one takes its place here, and nothing else
 * in moderation changes.
 */
public interface InboxConcerns {

  /** What the inbox passes on: the item's own words, where it was, and what the engine found. */
  record Escalation(long itemId, long accountId, String accountName, String author, String text, String url,
      List<Finding> findings, boolean extremism) {}

  /**
   * Opens a safeguarding concern for the item, at once.
   *
   * @return where it went, in plain words for the item's history ("the designated safeguarding lead (2 people)")
   */
  String safeguarding(Escalation escalation);
}
