package org.steward.app.accounts;

import java.time.Instant;

/** What anyone who may see the account page may know about a secret: never its value. */
public record SecretInfo(long id, long accountId, String kind, String label, Instant createdAt) {
  public String kindLabel() {
    return switch (kind) {
      case "password" -> "password";
      case "recovery-codes" -> "recovery codes";
      default -> "token";
    };
  }
}
