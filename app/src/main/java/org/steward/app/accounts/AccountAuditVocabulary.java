package org.steward.app.accounts;

import java.util.Map;
import org.springframework.stereotype.Component;
import org.steward.app.audit.AuditVocabulary;

/** Account entries of the readable audit trail link to the account's page. */
@Component
class AccountAuditVocabulary implements AuditVocabulary {
  @Override
  public Map<String, String> links() {
    return Map.of("account", "/accounts/{id}");
  }
}
