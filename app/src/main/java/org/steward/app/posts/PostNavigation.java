package org.steward.app.posts;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import org.steward.app.identity.Actor;
import org.steward.app.web.NavItem;
import org.steward.app.web.NavigationEntries;

/** Posts for everyone who is signed in with a role (the pages show what each person may do). */
@Component
class PostNavigation implements NavigationEntries {
  @Override
  public List<NavItem> entriesFor(Actor actor) {
    List<NavItem> items = new ArrayList<>();
    if (actor.grants().isEmpty()) {
      return items;
    }
    items.add(new NavItem("/posts", "Posts", 20));
    return items;
  }
}
