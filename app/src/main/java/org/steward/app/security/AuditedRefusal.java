package org.steward.app.security;

import org.springframework.security.access.AccessDeniedException;

/**
 * A refusal (403) that is already in the audit trail: the refusal audit returns it for a feature
 * to throw, and the access-denied handler does not record it a second time.
 */
public class AuditedRefusal extends AccessDeniedException {
  public AuditedRefusal(String message) {
    super(message);
  }
}
