package org.steward.app.privacy;

import java.util.Map;
import org.springframework.stereotype.Component;
import org.steward.app.audit.AuditVocabulary;

/** Monitoring and subject access entries of the readable audit trail link to their pages. */
@Component
class PrivacyAuditVocabulary implements AuditVocabulary {
  @Override
  public Map<String, String> links() {
    return Map.of(Monitoring.TYPE, "/privacy/monitoring/{id}", SubjectAccess.TYPE, "/privacy/subject-access/{id}");
  }
}
