package org.steward.app.cases;

import java.util.Map;
import org.springframework.stereotype.Component;
import org.steward.app.audit.AuditVocabulary;

/**
 * Case entries of the readable audit trail (issue #14) link to the case; the case page still
 * lets in only the roles its type allows (a link is not access).
 */
@Component
class CaseAuditVocabulary implements AuditVocabulary {
  @Override
  public Map<String, String> links() {
    return Map.of("case", "/cases/{id}");
  }
}
