package org.steward.app.consent;

/** What {@link PersonUsages#takeDown} did. */
public enum TakedownOutcome {
  /** Deleted on the platform through its connector. */
  DELETED,
  /** Already gone (deleted earlier, on the platform or by a retry). */
  ALREADY_GONE,
  /** A draft or scheduled post withdrawn before it was ever published. */
  WITHDRAWN_BEFORE_PUBLISHING,
  /** The platform does not let Steward delete: an account manager must do it there. */
  MANUAL;

  public boolean done() {
    return this != MANUAL;
  }

  public String inWords() {
    return switch (this) {
      case DELETED -> "Deleted through the platform's connector";
      case ALREADY_GONE -> "Already gone from the platform";
      case WITHDRAWN_BEFORE_PUBLISHING -> "Withdrawn before it was published";
      case MANUAL -> "To be taken down by hand on the platform";
    };
  }
}
