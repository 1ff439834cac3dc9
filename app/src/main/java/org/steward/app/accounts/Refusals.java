package org.steward.app.accounts;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.steward.app.audit.AuditTrail;
import org.steward.app.security.Actor;

/**
 * Records a refused attempt in the audit trail in its own transaction (so it survives the
 * rollback of the refused change) and returns the exception that answers 403.
 */
@Component
class Refusals {
  private final AuditTrail audit;

  Refusals(AuditTrail audit) {
    this.audit = audit;
  }

  @Transactional(propagation = Propagation.REQUIRES_NEW)
  public AccessDeniedException refuse(Actor actor, String attempted, long accountId, String why) {
    audit.record(actor, "account.refused", "account", Long.toString(accountId),
        attempted + ": " + why);
    return new AccessDeniedException(why);
  }
}
