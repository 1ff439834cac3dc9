package org.steward.app.accounts;

import java.util.Arrays;
import java.util.Optional;

/** The platform catalogue (DOC-6): the platforms the policies name, plus the open networks. */
public enum Platform {
  FACEBOOK("facebook", "Facebook"),
  INSTAGRAM("instagram", "Instagram"),
  LINKEDIN("linkedin", "LinkedIn"),
  SNAPCHAT("snapchat", "Snapchat"),
  TIKTOK("tiktok", "TikTok"),
  YOUTUBE("youtube", "YouTube"),
  X("x", "X (Twitter)"),
  PINTEREST("pinterest", "Pinterest"),
  GOOGLE("google", "Google Business Profile"),
  FLICKR("flickr", "Flickr"),
  BLUESKY("bluesky", "Bluesky"),
  MASTODON("mastodon", "Mastodon"),
  FORUM("forum", "Web forum"),
  BLOG("blog", "Blog"),
  REVIEW_SITE("review-site", "Review site");

  private final String code;
  private final String label;

  Platform(String code, String label) {
    this.code = code;
    this.label = label;
  }

  public String code() {
    return code;
  }

  public String label() {
    return label;
  }

  public static Optional<Platform> fromCode(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String t = text.trim();
    return Arrays.stream(values())
        .filter(p -> p.code.equalsIgnoreCase(t) || p.name().equalsIgnoreCase(t)
            || p.label.equalsIgnoreCase(t) || (p == X && t.equalsIgnoreCase("twitter")))
        .findFirst();
  }
}
