package org.steward.app.web;

import java.util.List;
import org.steward.app.identity.Actor;

/**
 * A feature's entries in the main navigation. Each feature that has pages implements this as a
 * bean in its own package and lists only the pages {@code actor} may open (the browser test visits
 * every entry for several roles). {@link Navigation} collects every feature's entries; nobody edits
 * a central list.
 *
 * <p>Orders in use: home 0, check a post 10, policies 20, organisation 30, accounts 40, people
 * 50, audit 60, model 70, notifications 90. A new feature takes a free number where it belongs.
 */
public interface NavigationEntries {
  /** The entries this feature shows {@code actor}; empty when they may open none of its pages. */
  List<NavItem> entriesFor(Actor actor);
}
