package org.steward.app.policies;

import java.util.Map;
import org.springframework.stereotype.Component;
import org.steward.app.audit.AuditVocabulary;

/** Policy entries of the readable audit trail (issue #14) link to the pack's page. */
@Component
class PolicyAuditVocabulary implements AuditVocabulary {
  @Override
  public Map<String, String> links() {
    return Map.of("policy-pack", "/policies/{id}");
  }
}
