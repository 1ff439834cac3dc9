package org.steward.app.security;

import java.util.Collection;
import java.util.List;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.steward.app.identity.RoleGrant;

/** Maps role grants to Spring Security authorities ({@code ROLE_HEAD_OF_UNIT}, ...). */
final class Authorities {
  private Authorities() {}

  static Collection<GrantedAuthority> of(List<RoleGrant> grants) {
    return grants.stream().map(g -> g.role().authority()).distinct()
        .<GrantedAuthority>map(SimpleGrantedAuthority::new).toList();
  }
}
