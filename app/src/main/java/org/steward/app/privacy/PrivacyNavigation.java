package org.steward.app.privacy;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import org.steward.app.identity.Actor;
import org.steward.app.identity.Role;
import org.steward.app.web.NavItem;
import org.steward.app.web.NavigationEntries;

/** Data protection for the DPO; monitoring for those who may ask for it or approve it. */
@Component
class PrivacyNavigation implements NavigationEntries {
  @Override
  public List<NavItem> entriesFor(Actor actor) {
    List<NavItem> out = new ArrayList<>();
    if (actor.holds(Role.DATA_PROTECTION_OFFICER)) {
      out.add(new NavItem("/privacy", "Data protection", 80));
    }
    if (Monitoring.mayRequest(actor) || Monitoring.APPROVERS.stream().anyMatch(actor::holds)) {
      out.add(new NavItem("/privacy/monitoring", "Monitoring", 81));
    }
    return out;
  }
}
