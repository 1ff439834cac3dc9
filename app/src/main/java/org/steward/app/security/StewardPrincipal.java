package org.steward.app.security;

import java.util.List;
import org.steward.app.identity.Actor;
import org.steward.app.identity.Role;
import org.steward.app.identity.RoleGrant;

/** What Steward knows about whoever is signed in, however they signed in (password or OIDC). */
public interface StewardPrincipal {
  long personId();

  String displayName();

  List<RoleGrant> grants();

  /** The actor this principal acts as, for services and the audit trail. */
  default Actor actor() {
    return new Actor(personId(), displayName(), grants());
  }

  default boolean holds(Role role) {
    return grants().stream().anyMatch(g -> g.role() == role);
  }
}
