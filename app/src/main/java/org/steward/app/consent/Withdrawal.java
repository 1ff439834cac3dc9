package org.steward.app.consent;

import java.time.Instant;
import java.util.Set;

/**
 * A withdrawal of consent (SAF-2): whose, which purposes, when and by whom, the address told when
 * every takedown is done, and whether that has happened.
 */
public record Withdrawal(long id, long personId, Long consentId, Set<Purpose> purposes,
    Instant requestedAt, String requestedBy, String notifyEmail, boolean done, Instant confirmedAt) {
  public Withdrawal {
    purposes = Set.copyOf(purposes);
  }
}
