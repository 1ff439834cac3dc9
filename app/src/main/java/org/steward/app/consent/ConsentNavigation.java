package org.steward.app.consent;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import org.steward.app.identity.Actor;
import org.steward.app.web.NavItem;
import org.steward.app.web.NavigationEntries;

/** The register and its reports for the people who run consent; takedowns for every member of staff. */
@Component
class ConsentNavigation implements NavigationEntries {
  @Override
  public List<NavItem> entriesFor(Actor actor) {
    List<NavItem> items = new ArrayList<>();
    if (ConsentAccess.officer(actor) && !actor.isSystem()) {
      items.add(new NavItem("/consent", "Consent", 45));
      items.add(new NavItem("/consent/reports", "Consent reports", 46));
    }
    if (ConsentAccess.staff(actor) && !actor.isSystem()) {
      items.add(new NavItem("/consent/takedowns", "Takedowns", 47));
    }
    return items;
  }
}
