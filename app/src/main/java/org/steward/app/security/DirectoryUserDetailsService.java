package org.steward.app.security;

import java.time.Clock;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.steward.app.people.People;
import org.steward.app.people.Person;

/** Loads local sign-in records from the people directory. */
@Service
class DirectoryUserDetailsService implements UserDetailsService {
  private final People people;
  private final Clock clock;

  DirectoryUserDetailsService(People people, Clock clock) {
    this.people = people;
    this.clock = clock;
  }

  @Override
  public UserDetails loadUserByUsername(String username) {
    var creds = people.credentials(username)
        .filter(c -> c.passwordHash() != null)
        .orElseThrow(() -> new UsernameNotFoundException("unknown user"));
    Person person = people.findById(creds.personId()).orElseThrow();
    return new StewardUserDetails(person.id(), person.displayName(), person.roles(),
        creds.username(), creds.passwordHash(), creds.enabled());
  }
}
