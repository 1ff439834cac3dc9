package org.steward.app.identity;

import java.util.Objects;

/**
 * A role held by a person; {@code unitId} is set only for scoped roles. Serializable: it is part
 * of a signed-in person's session, which is stored in the database.
 */
public record RoleGrant(Role role, Long unitId) implements java.io.Serializable {
  public RoleGrant {
    Objects.requireNonNull(role, "role");
    if (role.scoped() && unitId == null) {
      throw new IllegalArgumentException(role.code() + " needs a unit");
    }
    if (!role.scoped()) {
      unitId = null;
    }
  }

  public static RoleGrant of(Role role) {
    return new RoleGrant(role, null);
  }
}
