package org.steward.app.policies;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.steward.app.demo.DemoContributor;
import org.steward.app.identity.Actor;
import org.steward.engine.pack.PolicyPacks;

/** The policies part of the demonstration: both shipped packs adopted as current. */
@Component
@Order(20)
class DemoPolicies implements DemoContributor {
  private final PolicyCatalogue policies;

  DemoPolicies(PolicyCatalogue policies) {
    this.policies = policies;
  }

  @Override
  public void load() {
    for (var pack : PolicyPacks.builtIn()) {
      policies.adopt(Actor.SYSTEM, pack.id(), pack.version(), pack.title());
    }
  }
}
