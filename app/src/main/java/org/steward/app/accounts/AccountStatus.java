package org.steward.app.accounts;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * Where an account is in its life: requested → approved → active → dormant → closing → closed,
 * plus rejected (a refused request) and suspended (a breach, ACC-12).
 */
public enum AccountStatus {
  REQUESTED("requested", "Waiting for approval"),
  REJECTED("rejected", "Refused"),
  APPROVED("approved", "Approved, waiting for set-up"),
  ACTIVE("active", "Active"),
  DORMANT("dormant", "Dormant"),
  CLOSING("closing", "Closing"),
  CLOSED("closed", "Closed"),
  SUSPENDED("suspended", "Suspended");

  private final String code;
  private final String label;

  AccountStatus(String code, String label) {
    this.code = code;
    this.label = label;
  }

  public String code() {
    return code;
  }

  public String label() {
    return label;
  }

  /** The statuses this one may move to. */
  public Set<AccountStatus> next() {
    return switch (this) {
      case REQUESTED -> EnumSet.of(APPROVED, REJECTED);
      case APPROVED -> EnumSet.of(ACTIVE);
      case ACTIVE -> EnumSet.of(DORMANT, CLOSING, SUSPENDED);
      case DORMANT -> EnumSet.of(ACTIVE, CLOSING, SUSPENDED);
      case CLOSING -> EnumSet.of(CLOSED, SUSPENDED);
      case SUSPENDED -> EnumSet.of(ACTIVE, CLOSING);
      case REJECTED, CLOSED -> EnumSet.noneOf(AccountStatus.class);
    };
  }

  public boolean canMoveTo(AccountStatus target) {
    return next().contains(target);
  }

  /** Whether the account exists on its platform and needs managers (ACC-7). */
  public boolean live() {
    return this == ACTIVE || this == DORMANT || this == SUSPENDED || this == APPROVED;
  }

  public static Optional<AccountStatus> fromCode(String text) {
    return text == null ? Optional.empty() : Arrays.stream(values())
        .filter(s -> s.code.equalsIgnoreCase(text.trim())).findFirst();
  }
}
