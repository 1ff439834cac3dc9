package org.steward.app.policies;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.springframework.stereotype.Component;
import org.steward.app.home.WorkItem;
import org.steward.app.home.WorkItem.Urgency;
import org.steward.app.home.WorkWaiting;
import org.steward.app.identity.Actor;
import org.steward.app.identity.Role;
import org.steward.engine.pack.PolicyPacks;

/**
 * The policies part of "What needs you now": administrators, who keep the packs, are told when a
 * policy in force is past its review date (DOC-3), so an overdue review is not found by accident.
 */
@Component
class PolicyWork implements WorkWaiting {
  private static final ZoneId LONDON = ZoneId.of("Europe/London");

  private final PolicyCatalogue catalogue;
  private final Clock clock;

  PolicyWork(PolicyCatalogue catalogue, Clock clock) {
    this.catalogue = catalogue;
    this.clock = clock;
  }

  @Override
  public List<WorkItem> waitingFor(Actor actor) {
    if (!actor.holds(Role.ADMINISTRATOR)) {
      return List.of();
    }
    LocalDate today = LocalDate.now(clock.withZone(LONDON));
    return catalogue.all().stream().filter(p -> "current".equals(p.status()))
        .flatMap(p -> PolicyPacks.byId(p.packId()).stream())
        .filter(pack -> pack.metadata().reviewOverdue(today))
        .map(pack -> new WorkItem("Review " + pack.title() + ": its review date ("
            + pack.metadata().reviewBy() + ") has passed", "/policies/" + pack.id(), Urgency.URGENT,
            pack.metadata().reviewBy().atStartOfDay(LONDON).toInstant()))
        .toList();
  }
}
