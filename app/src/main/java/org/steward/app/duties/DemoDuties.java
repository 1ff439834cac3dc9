package org.steward.app.duties;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.steward.app.demo.DemoContributor;
import org.steward.app.identity.Actor;
import org.steward.app.people.PeopleService;

/** A pending press request from the demo member of staff, so the press officer has one to decide. */
@Component
@Order(60)
class DemoDuties implements DemoContributor {
  private final PressApprovals press;
  private final PressRequests requests;
  private final PeopleService people;
  private final Clock clock;

  DemoDuties(PressApprovals press, PressRequests requests, PeopleService people, Clock clock) {
    this.press = press;
    this.requests = requests;
    this.people = people;
    this.clock = clock;
  }

  @Override
  public boolean alreadyLoaded() {
    return requests.count() > 0;
  }

  @Override
  public void load() {
    people.lookUp("staff").ifPresent(p -> press.request(new Actor(p.id(), p.displayName(), p.roles()),
        new PressApprovals.NewPressRequest("FE News", "What our digital arts learners made this term",
            LocalDate.now(clock.withZone(ZoneId.of("Europe/London"))).plusDays(10).toString(),
            "This term our Level 3 digital arts learners built an exhibition of their animation work."
                + " I would like to write 600 words on how the project was run.")));
  }
}
