package org.steward.app.learning;

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
class LearningRefusals {
  private final AuditTrail audit;

  LearningRefusals(AuditTrail audit) {
    this.audit = audit;
  }

  @Transactional(propagation = Propagation.REQUIRES_NEW)
  public AccessDeniedException refuse(Actor actor, String attempted, String objectType, String objectId, String why) {
    audit.record(actor, "learning.refused", objectType, objectId, attempted + ": " + why);
    return new AccessDeniedException(why);
  }
}
