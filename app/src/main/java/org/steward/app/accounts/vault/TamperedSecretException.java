package org.steward.app.accounts.vault;

/** A stored secret or its wrapped key failed authentication: it was changed, so it is not opened. */
public class TamperedSecretException extends RuntimeException {
  public TamperedSecretException(String message, Throwable cause) {
    super(message, cause);
  }
}
