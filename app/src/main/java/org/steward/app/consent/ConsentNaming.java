package org.steward.app.consent;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.steward.app.checks.NamingConsent;
import org.steward.app.people.DirectoryNames;
import org.steward.app.people.PeopleService;
import org.steward.app.people.Person;

/**
 * The consent register's answer to the checker (the seam {@link NamingConsent} that checks owns):
 * a named person with consent in force to be named on the platform turns the finding into a note.
 * When two people share the name, it is a note only if both have consent, and "under 18" if
 * either is: the careful reading.
 */
@Component
class ConsentNaming implements NamingConsent {
  private final DirectoryNames names;
  private final PeopleService people;
  private final ConsentStore store;
  private final ConsentRegister register;
  private final Clock clock;

  ConsentNaming(DirectoryNames names, PeopleService people, ConsentStore store,
      ConsentRegister register, Clock clock) {
    this.names = names;
    this.people = people;
    this.store = store;
    this.register = register;
    this.clock = clock;
  }

  @Override
  public Optional<Naming> naming(String name, String platform) {
    List<Long> ids = names.idsNamed(name);
    if (ids.isEmpty()) {
      return Optional.empty();
    }
    Instant now = clock.instant();
    LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
    Map<Long, Person> found = people.byIds(ids);
    Map<Long, List<ConsentRecord>> active = store.activeOf(ids);
    java.util.Set<Long> dnp = store.doNotPublishAmong(ids);
    boolean minor = false;
    boolean consented = true;
    String note = null;
    String shown = name;
    for (long id : ids) {
      Person p = found.get(id);
      if (p == null) {
        continue;
      }
      shown = p.displayName();
      List<ConsentRecord> records = active.getOrDefault(id, List.of());
      minor |= ConsentRegister.minorOn(p, records, today);
      var j = register.judge(p, records, dnp.contains(id), platform, Purpose.NAME, now);
      if (!j.valid()) {
        consented = false;
      } else if (note == null) {
        note = p.displayName() + ": consent to be named " + j.basis().untilInWords();
      }
    }
    return Optional.of(new Naming(shown, minor, consented && note != null, note));
  }
}
