package org.steward.app.security;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Loads local sign-in records from the people directory. */
@Service
class DirectoryUserDetailsService implements UserDetailsService {
  private final SignInDirectory directory;

  DirectoryUserDetailsService(SignInDirectory directory) {
    this.directory = directory;
  }

  @Override
  public UserDetails loadUserByUsername(String username) {
    var person = directory.byUsername(username)
        .filter(c -> c.passwordHash() != null)
        .orElseThrow(() -> new UsernameNotFoundException("unknown user"));
    return new StewardUserDetails(person.personId(), person.displayName(), person.grants(),
        person.username(), person.passwordHash(), person.enabled());
  }
}
