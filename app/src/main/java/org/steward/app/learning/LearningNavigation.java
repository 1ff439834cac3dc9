package org.steward.app.learning;

import java.util.List;
import org.springframework.stereotype.Component;
import org.steward.app.identity.Actor;
import org.steward.app.identity.Role;
import org.steward.app.web.NavItem;
import org.steward.app.web.NavigationEntries;

/** The model page, for administrators. */
@Component
class LearningNavigation implements NavigationEntries {
  @Override
  public List<NavItem> entriesFor(Actor actor) {
    return actor.holds(Role.ADMINISTRATOR) ? List.of(new NavItem("/learning", "Model", 70)) : List.of();
  }
}
