package org.steward.app.identity;

import java.util.List;
import java.util.Objects;

/**
 * Who performs an action: a signed-in person, or the system itself (demo data, scheduled jobs).
 * Services take an Actor so role checks and audit entries never depend on a thread-local.
 */
public record Actor(Long personId, String name, List<RoleGrant> grants) {
  public static final Actor SYSTEM = new Actor(null, "Steward", List.of());

  public Actor {
    Objects.requireNonNull(name, "name");
    grants = List.copyOf(grants);
  }

  public boolean isSystem() {
    return personId == null;
  }

  public boolean holds(Role role) {
    return grants.stream().anyMatch(g -> g.role() == role);
  }

  public boolean holdsAny(Role... roles) {
    for (Role r : roles) {
      if (holds(r)) {
        return true;
      }
    }
    return false;
  }

  /** Units to which a scoped role applies, e.g. the schools a head of school leads. */
  public List<Long> unitsFor(Role role) {
    return grants.stream().filter(g -> g.role() == role && g.unitId() != null)
        .map(RoleGrant::unitId).toList();
  }
}
