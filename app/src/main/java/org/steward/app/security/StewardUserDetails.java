package org.steward.app.security;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.steward.app.people.RoleGrant;

/** A person signing in with a local password. */
record StewardUserDetails(long personId, String displayName, List<RoleGrant> grants,
    String username, String passwordHash, boolean enabled, Instant lockedUntil, Instant now)
    implements UserDetails, StewardPrincipal {

  @Override
  public Collection<? extends GrantedAuthority> getAuthorities() {
    return Authorities.of(grants);
  }

  @Override
  public String getPassword() {
    return passwordHash;
  }

  @Override
  public String getUsername() {
    return username;
  }

  @Override
  public boolean isAccountNonLocked() {
    return lockedUntil == null || !lockedUntil.isAfter(now);
  }

  @Override
  public boolean isEnabled() {
    return enabled;
  }

  @Override
  public String toString() {
    // Never print the password hash.
    return "StewardUserDetails[personId=" + personId + ", username=" + username + "]";
  }
}
