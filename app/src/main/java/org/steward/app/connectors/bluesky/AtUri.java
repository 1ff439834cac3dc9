package org.steward.app.connectors.bluesky;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.steward.app.connectors.ConnectorException;
import org.steward.app.connectors.ConnectorException.Reason;
import org.steward.app.connectors.PlatformNames;

/** {@code at://<repo>/<collection>/<rkey>}: the platform id of a Bluesky record. */
record AtUri(String repo, String collection, String rkey) {
  static final String POST = "app.bsky.feed.post";
  static final String THREADGATE = "app.bsky.feed.threadgate";
  private static final Pattern FORM = Pattern.compile("at://([^/\\s]+)/([a-zA-Z0-9.-]+)/([A-Za-z0-9._:~-]{1,512})");

  static AtUri parse(String uri) {
    Matcher m = uri == null ? null : FORM.matcher(uri);
    if (m == null || !m.matches()) {
      throw new ConnectorException(PlatformNames.BLUESKY, Reason.NOT_FOUND,
          "This is not a Bluesky post address (at://…): " + abbreviate(uri) + ".");
    }
    return new AtUri(m.group(1), m.group(2), m.group(3));
  }

  static AtUri post(String repo, String rkey) {
    return new AtUri(repo, POST, rkey);
  }

  @Override
  public String toString() {
    return "at://" + repo + "/" + collection + "/" + rkey;
  }

  private static String abbreviate(String s) {
    if (s == null) {
      return "(none)";
    }
    return s.length() > 80 ? s.substring(0, 80) + "…" : s;
  }
}
