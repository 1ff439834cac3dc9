package org.steward.app.duties;

import java.util.Map;
import org.springframework.stereotype.Component;
import org.steward.app.audit.AuditVocabulary;

/** Press request entries of the readable audit trail link to the request. */
@Component
class DutyAuditVocabulary implements AuditVocabulary {
  @Override
  public Map<String, String> links() {
    return Map.of(PressApprovals.TYPE, "/press-requests/{id}");
  }
}
