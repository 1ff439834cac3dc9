package org.steward.app.accounts;

import java.util.Objects;
import java.util.Optional;
import org.steward.app.identity.Role;

/**
 * In which capacity someone approves an account request (ACC-2): one of the roles the pack in force
 * names in {@code accounts.approvers}, all required, in any order. {@code head-of-unit} is a head of
 * the account's school or service or of a unit above it; any other role is a holder of that role.
 */
public record ApproverCapacity(Role role) {
  /** The two capacities of the shipped CCCG pack (and the default when no pack is in force). */
  public static final ApproverCapacity HEAD_OF_UNIT = new ApproverCapacity(Role.HEAD_OF_UNIT);
  public static final ApproverCapacity HEAD_OF_DIGITAL_MARKETING = new ApproverCapacity(Role.HEAD_OF_DIGITAL_MARKETING);

  public ApproverCapacity {
    Objects.requireNonNull(role, "role");
  }

  /** The role's code, as stored and audited: {@code account.approved-as-head-of-unit}. */
  public String code() {
    return role.code();
  }

  public String label() {
    return role.label();
  }

  /** The approver in a sentence: "the head of this school or service", "the head of digital marketing". */
  public String inSentence() {
    return role == Role.HEAD_OF_UNIT ? "the head of this school or service" : "the " + role.label().toLowerCase();
  }

  public static Optional<ApproverCapacity> fromCode(String code) {
    return Role.fromCode(code).map(ApproverCapacity::new);
  }
}
