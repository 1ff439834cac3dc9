package org.steward.app.connectors;

import java.net.URI;
import java.util.Objects;

/**
 * How to reach one account: its server (a Bluesky PDS such as {@code https://bsky.social}, a
 * Mastodon instance), its handle, and a secret (a Bluesky app password, a Mastodon access token).
 * Comes from the credential vault for one call; {@link #toString()} never shows the secret.
 */
public record AccountCredentials(URI server, String handle, String secret) {

  public AccountCredentials {
    Objects.requireNonNull(server, "server");
    if (!"https".equals(server.getScheme()) && !"http".equals(server.getScheme())) {
      throw new IllegalArgumentException("the server must be an http or https URL");
    }
    handle = handle == null ? "" : handle.strip();
    Objects.requireNonNull(secret, "secret");
  }

  /** The server's base URL without a trailing slash, for building API paths. */
  public String base() {
    String s = server.toString();
    return s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
  }

  @Override
  public String toString() {
    return "AccountCredentials[server=" + server + ", handle=" + handle + ", secret=(hidden)]";
  }
}
