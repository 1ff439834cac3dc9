package org.steward.app.connectors.manual;

import java.util.List;
import java.util.Map;

/**
 * The web addresses each platform serves its posts from, so that a pasted URL can be checked to be
 * really on that platform ({@code x.com/…} for X, not a look-alike or a link shortener elsewhere).
 * A host matches a domain when it is the domain or one of its subdomains.
 */
final class PlatformHosts {
  private static final Map<String, List<String>> HOSTS = Map.ofEntries(
      Map.entry("x", List.of("x.com", "twitter.com")),
      Map.entry("facebook", List.of("facebook.com", "fb.com", "fb.watch")),
      Map.entry("instagram", List.of("instagram.com", "instagr.am")),
      Map.entry("linkedin", List.of("linkedin.com", "lnkd.in")),
      Map.entry("tiktok", List.of("tiktok.com")),
      Map.entry("youtube", List.of("youtube.com", "youtu.be")),
      Map.entry("snapchat", List.of("snapchat.com")),
      Map.entry("pinterest", List.of("pinterest.com", "pinterest.co.uk", "pin.it")),
      Map.entry("flickr", List.of("flickr.com", "flic.kr")),
      Map.entry("google", List.of("g.page", "business.google.com", "maps.app.goo.gl", "google.com")),
      Map.entry("threads", List.of("threads.net", "threads.com")));

  private PlatformHosts() {}

  /** The platform's domains, or an empty list when Steward cannot know them (a forum, a blog). */
  static List<String> of(String platform) {
    return HOSTS.getOrDefault(platform, List.of());
  }

  static boolean belongs(String host, List<String> domains) {
    return domains.stream().anyMatch(d -> host.equals(d) || host.endsWith("." + d));
  }
}
