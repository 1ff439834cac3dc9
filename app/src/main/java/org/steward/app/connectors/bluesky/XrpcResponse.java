package org.steward.app.connectors.bluesky;

import java.net.http.HttpHeaders;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import org.steward.app.connectors.ConnectorException;
import org.steward.app.connectors.ConnectorException.Reason;
import org.steward.app.connectors.http.Json;
import org.steward.app.connectors.http.RetryAfter;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.MissingNode;

/**
 * One XRPC answer. XRPC errors are {@code {"error": "Code", "message": "…"}}; the PDS answers
 * most of them with 400 (an unknown record, an expired token) and a few with 401, 413 or 429.
 * {@link #orThrow(String)} turns them into the connector error model, in plain words.
 */
record XrpcResponse(int status, JsonNode body, HttpHeaders headers, byte[] raw) {
  static final String PLATFORM = "bluesky";

  boolean ok() {
    return status >= 200 && status < 300;
  }

  String error() {
    return ok() ? null : Json.text(body, "error", "");
  }

  boolean isError(String code) {
    return !ok() && code.equals(error());
  }

  String message() {
    return Json.text(body, "message", "");
  }

  /** True when the token was refused in a way a new session can fix. */
  boolean tokenRejected() {
    return isError("ExpiredToken") || isError("InvalidToken");
  }

  /** True when the PDS has no app view to proxy the call to (a bare PDS, as in the tests). */
  boolean noAppView() {
    return !ok() && (status == 501 || isError("MethodNotImplemented")
        || message().toLowerCase(Locale.ROOT).contains("no service configured"));
  }

  JsonNode orThrow(String doing) {
    if (ok()) {
      return body;
    }
    throw failure(doing);
  }

  ConnectorException failure(String doing) {
    String code = error();
    String said = message().isBlank() ? code : message();
    String lower = said.toLowerCase(Locale.ROOT);
    if (status == 429 || "RateLimitExceeded".equals(code)) {
      Duration wait = RetryAfter.from(headers, Clock.systemUTC()).orElse(null);
      return new ConnectorException(PLATFORM, Reason.RATE_LIMITED, "Bluesky is limiting how often"
          + " this account can act" + (wait == null ? "" : " (try again in " + wait.toSeconds() + " seconds)")
          + ". Steward will try again.", wait, null);
    }
    if (status >= 500) {
      return new ConnectorException(PLATFORM, Reason.UNAVAILABLE,
          "Bluesky had a problem while " + doing + " (" + status + "). Steward will try again.");
    }
    if (status == 401 || code.equals("AuthenticationRequired") || code.equals("InvalidToken")
        || code.equals("ExpiredToken") || code.equals("AuthFactorTokenRequired")
        || code.equals("AccountTakedown") || code.equals("AccountDeactivated")) {
      return new ConnectorException(PLATFORM, Reason.UNAUTHORISED, "Bluesky refused the account's"
          + " sign-in while " + doing + ": " + plain(said) + ". Check the handle and create a new"
          + " app password in Bluesky's settings, then update it in the vault.");
    }
    if (status == 403) {
      return new ConnectorException(PLATFORM, Reason.FORBIDDEN,
          "Bluesky did not allow this account to do this while " + doing + ": " + plain(said) + ".");
    }
    if (code.equals("RecordNotFound") || code.equals("RepoNotFound") || status == 404
        || lower.contains("could not locate record") || lower.contains("could not find repo")) {
      return new ConnectorException(PLATFORM, Reason.NOT_FOUND,
          "Bluesky could not find it while " + doing + ": it may have been deleted.");
    }
    if (lower.contains("grapheme") || lower.contains("too long") || lower.contains("too big")) {
      return new ConnectorException(PLATFORM, Reason.TOO_LONG,
          "Bluesky refused the post as too long: " + plain(said) + ".");
    }
    if (status == 413 || code.equals("BlobTooLarge")) {
      return new ConnectorException(PLATFORM, Reason.REFUSED,
          "Bluesky refused an image as too large. Use images under 1 MB.");
    }
    return new ConnectorException(PLATFORM, Reason.REFUSED,
        "Bluesky refused this while " + doing + ": " + plain(said) + ".");
  }

  /** The platform's words, kept short and on one line. */
  private static String plain(String s) {
    String one = s == null ? "" : s.replaceAll("\\s+", " ").strip();
    return one.length() > 300 ? one.substring(0, 300) + "…" : one;
  }

  static JsonNode missing() {
    return MissingNode.getInstance();
  }
}
