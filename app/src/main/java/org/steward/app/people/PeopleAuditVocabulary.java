package org.steward.app.people;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.steward.app.audit.AuditVocabulary;

/** Names for the readable audit trail, the "who" filter, and person pages. */
@Component
class PeopleAuditVocabulary implements AuditVocabulary {
  private final PeopleService people;

  PeopleAuditVocabulary(PeopleService people) {
    this.people = people;
  }

  @Override
  public Map<Long, String> names(Collection<Long> personIds) {
    Map<Long, String> out = new HashMap<>();
    people.byIds(personIds).forEach((id, p) -> out.put(id, p.displayName()));
    return out;
  }

  @Override
  public Optional<Long> personCalled(String usernameOrEmail) {
    return people.lookUp(usernameOrEmail).map(Person::id);
  }

  @Override
  public Map<String, String> links() {
    return Map.of("person", "/people/{id}");
  }
}
