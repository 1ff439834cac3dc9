package org.steward.app.accounts;

import java.time.Instant;

/** Follow-up work on an account: rotate its password, or close or justify it when dormant. */
public record AccountTask(long id, long accountId, String kind, String status, Instant openedAt,
    Instant doneAt, Long doneBy, String outcome) {
  public static final String ROTATE_PASSWORD = "rotate-password";
  public static final String CLOSE_OR_JUSTIFY = "close-or-justify";

  public boolean open() {
    return "open".equals(status);
  }

  public String label() {
    return ROTATE_PASSWORD.equals(kind) ? "Change the password" : "Close the account or say why it stays";
  }
}
