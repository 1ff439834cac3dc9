package org.steward.app.crypto;

import org.steward.app.web.IllegalTransition;

/**
 * A stored secret or its wrapped key failed authentication: it was changed, so it is not opened.
 * To the person (409, or the reveal page) it says only that and what to do; the cause stays in
 * the log of the server.
 */
public class TamperedSecretException extends IllegalTransition {
  /** What the person is told; never the ciphertext or the key id. */
  public static final String FOR_PEOPLE = "This secret failed its integrity check, so it was not"
      + " shown. Ask marketing to set a new password; the attempt has been logged.";

  public TamperedSecretException(String message, Throwable cause) {
    super(message);
    initCause(cause);
  }
}
