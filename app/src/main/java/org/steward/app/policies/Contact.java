package org.steward.app.policies;

import java.util.List;
import java.util.Map;
import org.steward.app.identity.Actor;
import org.steward.app.identity.Role;

/**
 * Someone to ask (DOC-8), from the {@code contacts} of the pack in force: shown next to findings of
 * the clauses it names, and on the policy's pages. A person holding one of its {@code roles} is this
 * contact, and is not sent to themselves (marketing is not told to "ask marketing").
 */
public record Contact(String name, String about, String email, String phone, String url,
    List<String> clauses, List<String> roles) {
  public Contact {
    clauses = clauses == null ? List.of() : List.copyOf(clauses);
    roles = roles == null ? List.of() : List.copyOf(roles);
  }

  /** Whether this contact is for findings of {@code clause}; contacts naming no clause are for anything. */
  public boolean about(String clause) {
    return clauses.isEmpty() || clauses.contains(clause);
  }

  /** Whether {@code actor} is this contact themselves (holds one of its roles). */
  public boolean is(Actor actor) {
    return roles.stream().anyMatch(code -> Role.fromCode(code).map(actor::holds).orElse(false));
  }

  @SuppressWarnings("unchecked")
  static Contact of(Map<String, Object> record) {
    return new Contact((String) record.get("name"), (String) record.get("about"), (String) record.get("email"),
        (String) record.get("phone"), (String) record.get("url"), list(record.get("clauses")), list(record.get("roles")));
  }

  @SuppressWarnings("unchecked")
  private static List<String> list(Object value) {
    return value == null ? List.of() : value instanceof List<?> l ? (List<String>) l : List.of(value.toString());
  }
}
