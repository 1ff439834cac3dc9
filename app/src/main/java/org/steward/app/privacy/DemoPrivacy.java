package org.steward.app.privacy;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.steward.app.demo.DemoContributor;
import org.steward.app.identity.Actor;
import org.steward.app.people.PeopleService;
import org.steward.app.people.Person;

/**
 * A subject access request received 20 days ago (so its deadline shows on the DPO's home page) and
 * a monitoring request from HR waiting for the safeguarding lead's approval.
 */
@Component
@Order(80)
class DemoPrivacy implements DemoContributor {
  private final SubjectAccess subjectAccess;
  private final Monitoring monitoring;
  private final PrivacyTables tables;
  private final PeopleService people;
  private final Clock clock;

  DemoPrivacy(SubjectAccess subjectAccess, Monitoring monitoring, PrivacyTables tables, PeopleService people,
      Clock clock) {
    this.subjectAccess = subjectAccess;
    this.monitoring = monitoring;
    this.tables = tables;
    this.people = people;
    this.clock = clock;
  }

  @Override
  public boolean alreadyLoaded() {
    return tables.countSars() > 0;
  }

  @Override
  public void load() {
    Actor dpo = actor("dpo");
    Actor hr = actor("hr");
    if (dpo == null || hr == null || people.lookUp("alex.jones").isEmpty() || people.lookUp("noah.evans").isEmpty()) {
      return;
    }
    LocalDate received = LocalDate.ofInstant(clock.instant(), ZoneId.of("Europe/London")).minusDays(20);
    subjectAccess.open(dpo, "alex.jones", received.toString());
    monitoring.request(hr, new Monitoring.NewMonitoring("noah.evans", "https://bsky.app/profile/noah-evans.example",
        "reputation", "Posts naming the college and a colleague in a dispute, reported by two learners' parents.",
        "dsl", "7"));
  }

  private Actor actor(String username) {
    Person p = people.lookUp(username).orElse(null);
    return p == null ? null : new Actor(p.id(), p.displayName(), p.roles());
  }
}
