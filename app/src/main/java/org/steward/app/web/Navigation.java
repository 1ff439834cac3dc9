package org.steward.app.web;

import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Component;
import org.steward.app.identity.Actor;

/** The main navigation: every feature's {@link NavigationEntries} for this person, in order. */
@Component
public class Navigation {
  private final List<NavigationEntries> features;

  Navigation(List<NavigationEntries> features) {
    this.features = List.copyOf(features);
  }

  public List<NavItem> forActor(Actor actor) {
    return features.stream().flatMap(f -> f.entriesFor(actor).stream())
        .sorted(Comparator.comparingInt(NavItem::order)).distinct().toList();
  }
}
