package org.steward.app.home;

import java.util.List;
import org.steward.app.identity.Actor;

/**
 * A feature's part of "What needs you now" on the home page. Each feature with work for people
 * (approvals, set-ups, reviews, overdue duties) implements this as a bean in its own package; the
 * home page asks every one of them, so nobody sees "Nothing is waiting" while any feature has
 * something for them. Implementations read through their own services and must be quick (one page
 * view asks them all); they return nothing for people the work does not concern.
 */
public interface WorkWaiting {
  /** What waits for {@code actor} in this feature, in any order (the home page sorts). */
  List<WorkItem> waitingFor(Actor actor);
}
