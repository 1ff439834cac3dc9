package org.steward.app.accounts;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A platform of the catalogue (DOC-6). What the registry offers comes from the pack in force (its
 * {@code platforms} setting); the platforms below are the ones Steward knows by name (their
 * connectors, their web addresses) and the catalogue when no pack names one. A pack may add a
 * platform Steward does not know: it is registered and run by hand.
 */
public record Platform(String code, String label) {
  public static final Platform FACEBOOK = new Platform("facebook", "Facebook");
  public static final Platform INSTAGRAM = new Platform("instagram", "Instagram");
  public static final Platform LINKEDIN = new Platform("linkedin", "LinkedIn");
  public static final Platform SNAPCHAT = new Platform("snapchat", "Snapchat");
  public static final Platform TIKTOK = new Platform("tiktok", "TikTok");
  public static final Platform YOUTUBE = new Platform("youtube", "YouTube");
  public static final Platform X = new Platform("x", "X (Twitter)");
  public static final Platform PINTEREST = new Platform("pinterest", "Pinterest");
  public static final Platform GOOGLE = new Platform("google", "Google Business Profile");
  public static final Platform FLICKR = new Platform("flickr", "Flickr");
  public static final Platform BLUESKY = new Platform("bluesky", "Bluesky");
  public static final Platform MASTODON = new Platform("mastodon", "Mastodon");
  public static final Platform FORUM = new Platform("forum", "Web forum");
  public static final Platform BLOG = new Platform("blog", "Blog");
  public static final Platform REVIEW_SITE = new Platform("review-site", "Review site");

  private static final List<Platform> KNOWN = List.of(FACEBOOK, INSTAGRAM, LINKEDIN, SNAPCHAT, TIKTOK, YOUTUBE, X,
      PINTEREST, GOOGLE, FLICKR, BLUESKY, MASTODON, FORUM, BLOG, REVIEW_SITE);

  public Platform {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(label, "label");
  }

  /** Platforms are the same platform when their codes are, whatever a pack calls them. */
  @Override
  public boolean equals(Object o) {
    return o instanceof Platform p && p.code.equals(code);
  }

  @Override
  public int hashCode() {
    return code.hashCode();
  }

  /** The platforms Steward knows by name. */
  public static List<Platform> known() {
    return KNOWN;
  }

  /** A platform of a pack's catalogue: a known one under the pack's name for it, or a new one. */
  public static Platform of(String code, String label) {
    return new Platform(code.strip().toLowerCase(Locale.ROOT), label == null || label.isBlank() ? code : label.strip());
  }

  /** The known platform with this code, name or label (also "twitter" for X). */
  public static Optional<Platform> fromCode(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String t = text.trim();
    return KNOWN.stream().filter(p -> p.code.equalsIgnoreCase(t) || p.label.equalsIgnoreCase(t)
        || p.code.replace('-', '_').equalsIgnoreCase(t) || (p == X && t.equalsIgnoreCase("twitter"))).findFirst();
  }

  /** This code as a platform: a known one, or one a pack added (named by its code). */
  static Platform stored(String code) {
    return fromCode(code).orElseGet(() -> new Platform(code, code));
  }

  /** The platform with this code or name in {@code catalogue}, or else a known one. */
  static Optional<Platform> in(List<Platform> catalogue, String text) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    String t = text.trim();
    Optional<Platform> listed = catalogue.stream()
        .filter(p -> p.code.equalsIgnoreCase(t) || p.label.equalsIgnoreCase(t)).findFirst();
    return listed.or(() -> fromCode(t).filter(catalogue::contains).map(k -> catalogue.get(catalogue.indexOf(k))));
  }
}
