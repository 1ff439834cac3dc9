package org.steward.app.security;

import java.util.Collection;
import java.util.List;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.steward.app.identity.RoleGrant;

/**
 * A person signing in with a local password. Once the password is checked, Spring Security erases
 * the hash ({@link CredentialsContainer}), so the principal kept in the session (stored in the
 * database) never carries it.
 */
final class StewardUserDetails implements UserDetails, StewardPrincipal, CredentialsContainer {
  private static final long serialVersionUID = 1L;

  private final long personId;
  private final String displayName;
  private final List<RoleGrant> grants;
  private final String username;
  private String passwordHash;
  private final boolean enabled;

  StewardUserDetails(long personId, String displayName, List<RoleGrant> grants, String username,
      String passwordHash, boolean enabled) {
    this.personId = personId;
    this.displayName = displayName;
    this.grants = List.copyOf(grants);
    this.username = username;
    this.passwordHash = passwordHash;
    this.enabled = enabled;
  }

  @Override
  public long personId() {
    return personId;
  }

  @Override
  public String displayName() {
    return displayName;
  }

  @Override
  public List<RoleGrant> grants() {
    return grants;
  }

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

  /** Never locked: wrong passwords slow further tries down (SignInThrottle) instead. */
  @Override
  public boolean isAccountNonLocked() {
    return true;
  }

  @Override
  public boolean isEnabled() {
    return enabled;
  }

  @Override
  public void eraseCredentials() {
    passwordHash = null;
  }

  @Override
  public String toString() {
    // Never print the password hash.
    return "StewardUserDetails[personId=" + personId + ", username=" + username + "]";
  }
}
