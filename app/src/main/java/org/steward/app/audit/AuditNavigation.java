package org.steward.app.audit;

import java.util.List;
import org.springframework.stereotype.Component;
import org.steward.app.identity.Actor;
import org.steward.app.identity.Role;
import org.steward.app.web.NavItem;
import org.steward.app.web.NavigationEntries;

/** The audit trail, for administrators. */
@Component
class AuditNavigation implements NavigationEntries {
  @Override
  public List<NavItem> entriesFor(Actor actor) {
    return actor.holdsAny(Role.ADMINISTRATOR, Role.DATA_PROTECTION_OFFICER) ? List.of(new NavItem("/audit", "Audit trail", 60)) : List.of();
  }
}
