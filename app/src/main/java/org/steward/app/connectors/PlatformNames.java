package org.steward.app.connectors;

import java.util.Locale;
import java.util.Map;

/**
 * Platform codes as {@code accounts/Platform} spells them, and the names staff know them by. The
 * connectors keep their own copy so that they depend on no other feature.
 */
public final class PlatformNames {
  public static final String BLUESKY = "bluesky";
  public static final String MASTODON = "mastodon";

  private static final Map<String, String> LABELS = Map.ofEntries(
      Map.entry("facebook", "Facebook"), Map.entry("instagram", "Instagram"),
      Map.entry("linkedin", "LinkedIn"), Map.entry("snapchat", "Snapchat"),
      Map.entry("tiktok", "TikTok"), Map.entry("youtube", "YouTube"), Map.entry("x", "X"),
      Map.entry("pinterest", "Pinterest"), Map.entry("google", "Google Business Profile"),
      Map.entry("flickr", "Flickr"), Map.entry(BLUESKY, "Bluesky"), Map.entry(MASTODON, "Mastodon"),
      Map.entry("forum", "the web forum"), Map.entry("blog", "the blog"),
      Map.entry("review-site", "the review site"));

  private PlatformNames() {}

  /** The code in canonical form: trimmed, lower case, {@code twitter} read as {@code x}. */
  public static String normalise(String code) {
    if (code == null || code.isBlank()) {
      throw new IllegalArgumentException("a platform code is required");
    }
    String c = code.strip().toLowerCase(Locale.ROOT);
    return c.equals("twitter") ? "x" : c;
  }

  public static String label(String code) {
    String c = normalise(code);
    return LABELS.getOrDefault(c, c);
  }
}
