package org.steward.app.security;

import java.util.List;
import org.steward.app.people.Role;
import org.steward.app.people.RoleGrant;

/** What Steward knows about whoever is signed in, however they signed in (password or OIDC). */
public interface StewardPrincipal {
  long personId();

  String displayName();

  List<RoleGrant> grants();

  default boolean holds(Role role) {
    return grants().stream().anyMatch(g -> g.role() == role);
  }
}
