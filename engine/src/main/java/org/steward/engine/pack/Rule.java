package org.steward.engine.pack;

import java.util.Objects;
import java.util.Set;
import org.steward.engine.AccountKind;
import org.steward.engine.Action;
import org.steward.engine.TextKind;

/**
 * A rule serves one clause: on the given kinds of text, for the given accounts and audience (empty
 * means any), when the condition holds, it takes the action and tells the person {@code say}. A
 * rule may also {@code route} its findings ({@code "safeguarding"}: to the designated safeguarding
 * lead at once, whatever the action); {@code ""} is no routing.
 */
public record Rule(
    String id,
    String clause,
    Set<TextKind> on,
    Set<AccountKind> accounts,
    Set<String> audience,
    Condition when,
    Action action,
    String say,
    String route) {
  public Rule {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(clause, "clause");
    on = Set.copyOf(on);
    accounts = Set.copyOf(accounts);
    audience = Set.copyOf(audience);
    Objects.requireNonNull(when, "when");
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(say, "say");
    route = route == null ? "" : route;
    if (on.isEmpty()) {
      throw new IllegalArgumentException("rule " + id + " applies to no kind of text");
    }
  }

  /** A rule with no routing. */
  public Rule(String id, String clause, Set<TextKind> on, Set<AccountKind> accounts, Set<String> audience, Condition when,
      Action action, String say) {
    this(id, clause, on, accounts, audience, when, action, say, "");
  }
}
