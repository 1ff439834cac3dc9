package org.steward.app.cases;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import org.steward.app.identity.Actor;
import org.steward.app.web.NavItem;
import org.steward.app.web.NavigationEntries;

/** Cases for the people cases are routed to; Report a concern for everyone. */
@Component
class CaseNavigation implements NavigationEntries {
  @Override
  public List<NavItem> entriesFor(Actor actor) {
    List<NavItem> items = new ArrayList<>();
    if (CaseHandling.handles(actor)) {
      items.add(new NavItem("/cases", "Cases", 35));
    }
    items.add(new NavItem("/report", "Report a concern", 95));
    return items;
  }
}
