package org.steward.app.connectors.mastodon;

import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.steward.app.connectors.ConnectorException;
import org.steward.app.connectors.ConnectorException.Reason;
import org.steward.app.connectors.PlatformNames;
import org.steward.app.connectors.http.Json;
import org.steward.app.connectors.http.PlatformHttp;
import org.steward.app.connectors.http.RetryAfter;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * One answer of Mastodon's REST API. Errors are {@code {"error": "…"}} with the HTTP status
 * saying which kind (401 token, 404 not found, 422 validation, 429 rate limit).
 */
record MastodonResponse(PlatformHttp.Response http) {
  private static final Pattern NEXT = Pattern.compile("<[^>]*[?&]max_id=([^&>]+)[^>]*>\\s*;\\s*rel=\"next\"");

  int status() {
    return http.status();
  }

  boolean ok() {
    return http.ok();
  }

  JsonNode json() {
    try {
      return Json.parse(http.body());
    } catch (JacksonException e) {
      throw new ConnectorException(PlatformNames.MASTODON, Reason.UNAVAILABLE,
          "Mastodon sent an answer Steward could not read. Steward will try again.", null, e);
    }
  }

  /** The {@code max_id} of the Link header's {@code rel="next"}: where the next page starts. */
  Optional<String> nextMaxId() {
    return http.headers().firstValue("Link").map(NEXT::matcher).filter(Matcher::find).map(m -> m.group(1));
  }

  JsonNode orThrow(String doing) {
    if (ok()) {
      return json();
    }
    throw failure(doing);
  }

  ConnectorException failure(String doing) {
    String said = errorText();
    String lower = said.toLowerCase(Locale.ROOT);
    int status = status();
    String platform = PlatformNames.MASTODON;
    if (status == 429) {
      Duration wait = RetryAfter.from(http.headers(), Clock.systemUTC()).orElse(null);
      return new ConnectorException(platform, Reason.RATE_LIMITED, "Mastodon is limiting how often this"
          + " account can act" + (wait == null ? "" : " (try again in " + wait.toSeconds() + " seconds)")
          + ". Steward will try again.", wait, null);
    }
    if (status >= 500) {
      return new ConnectorException(platform, Reason.UNAVAILABLE,
          "Mastodon had a problem while " + doing + " (" + status + "). Steward will try again.");
    }
    return switch (status) {
      case 401 -> new ConnectorException(platform, Reason.UNAUTHORISED, "Mastodon refused the account's"
          + " access token while " + doing + ": " + said + ". Create a new token in Mastodon (Preferences"
          + " → Development) and update it in the vault.");
      case 403 -> new ConnectorException(platform, Reason.FORBIDDEN,
          "Mastodon did not allow this while " + doing + ": " + said + ".");
      case 404 -> new ConnectorException(platform, Reason.NOT_FOUND,
          "Mastodon could not find it while " + doing + ": it may have been deleted.");
      case 422 -> lower.contains("character limit") || lower.contains("too long")
          ? new ConnectorException(platform, Reason.TOO_LONG, "Mastodon refused the post as too long: "
              + said + ". This server's limit may be lower than 500: shorten the post.")
          : new ConnectorException(platform, Reason.REFUSED, "Mastodon refused this while " + doing + ": " + said + ".");
      default -> new ConnectorException(platform, Reason.REFUSED,
          "Mastodon refused this while " + doing + " (" + status + "): " + said + ".");
    };
  }

  private String errorText() {
    try {
      String e = Json.text(Json.parse(http.body()), "error");
      if (e != null && !e.isBlank()) {
        String one = e.replaceAll("\\s+", " ").strip();
        return one.length() > 300 ? one.substring(0, 300) + "…" : one;
      }
    } catch (JacksonException ignored) {
      // not JSON (a proxy's error page): say the status only
    }
    return "no reason given";
  }
}
