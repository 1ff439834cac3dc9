package org.steward.app.moderation;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import org.steward.app.identity.Actor;
import org.steward.app.identity.Role;
import org.steward.app.web.NavItem;
import org.steward.app.web.NavigationEntries;

/** "Inbox" for those who answer it: marketing, the accounts' managers and helpers, the safeguarding lead. */
@Component
class InboxNavigation implements NavigationEntries {
  private final InboxAccess access;

  InboxNavigation(InboxAccess access) {
    this.access = access;
  }

  @Override
  public List<NavItem> entriesFor(Actor actor) {
    List<NavItem> items = new ArrayList<>();
    if (actor.isSystem() || actor.holds(Role.LEARNER)) {
      return items;
    }
    if (actor.holds(Role.SAFEGUARDING_LEAD) || !access.accountsOf(actor).isEmpty()) {
      items.add(new NavItem("/moderation", "Inbox", 45));
    }
    return items;
  }
}
