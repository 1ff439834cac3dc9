package org.steward.app.audit;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/**
 * How the readable audit trail names people and links records without reading other features'
 * tables (issue #14): each feature implements what it knows as a bean in its own package. People
 * gives names for ids and finds a person by username or e-mail for the "who" filter; a feature
 * gives the page of each of its object types as a template with {@code {id}} (account →
 * {@code /accounts/{id}}). The trail itself still holds ids only.
 */
public interface AuditVocabulary {
  /** Names for these person ids (unknown ids left out). */
  default Map<Long, String> names(Collection<Long> personIds) {
    return Map.of();
  }

  /** The person with this username or e-mail address. */
  default Optional<Long> personCalled(String usernameOrEmail) {
    return Optional.empty();
  }

  /** Object type to the path of its page, with {@code {id}} for the object id. */
  default Map<String, String> links() {
    return Map.of();
  }
}
