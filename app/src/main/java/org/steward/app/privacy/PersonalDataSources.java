package org.steward.app.privacy;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import org.steward.app.identity.Actor;
import org.steward.app.identity.PersonalData;

/**
 * Every feature's {@link PersonalData}, in {@code @Order} (people last: their name goes after
 * every other feature has erased what refers to it). The export and the erasure ask all of them.
 */
@Component
class PersonalDataSources {
  private final List<PersonalData> sources;
  private final Clock clock;

  PersonalDataSources(List<PersonalData> sources, Clock clock) {
    this.sources = List.copyOf(sources);
    this.clock = clock;
  }

  List<PersonalData> all() {
    return sources;
  }

  SubjectExport export(long personId, String name) {
    List<SubjectExport.Section> sections = new ArrayList<>();
    for (PersonalData source : sources) {
      sections.add(new SubjectExport.Section(source.feature(), source.export(personId)));
    }
    return new SubjectExport(personId, name, clock.instant(), sections);
  }

  int erase(Actor actor, long personId) {
    int n = 0;
    for (PersonalData source : sources) {
      n += source.erase(actor, personId);
    }
    return n;
  }
}
