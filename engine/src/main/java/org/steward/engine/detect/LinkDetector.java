package org.steward.engine.detect;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Links (CON-6, CON-8, CON-9): URLs and bare domains, found by hand around dots. Reports
 * {@code link.blocked} (the pack's blocked sites), {@code link.download} (file-sharing hosts,
 * torrents, and installers, archives, disk images and scripts ({@code .exe}, {@code .zip}, {@code .iso},
 * {@code .ps1}…) on a host that is not known and trusted: the shipped trusted hosts, {@code
 * links.trusted-hosts} and the institution's {@code links.protected-domains}; CON-8), {@code
 * link.shortener} and {@code link.lookalike} (punycode, non-Latin letters, or one edit away from a
 * protected domain such as the institution's own).
 */
final class LinkDetector implements Detector {
  private static final Map<String, Set<String>> SHIPPED = WordLists.read("/org/steward/engine/lexicons/links.txt");

  private final Set<String> blocked;
  private final Set<String> shorteners;
  private final Set<String> fileHosts;
  private final Set<String> extensions;
  private final Set<String> tlds;
  private final Set<String> trusted;
  private final List<String> protectedDomains;
  /** Longest listed domain: no longer suffix of a host can be on a list. */
  private final int longestListed;
  /** The longest host name DNS allows; a longer "host" (a.a.a.… in a hostile text) is not a link. */
  private static final int MAX_HOST = 253;

  LinkDetector(List<String> blocked, List<String> shorteners, List<String> fileHosts, List<String> extensions,
      List<String> protectedDomains) {
    this(blocked, shorteners, fileHosts, extensions, protectedDomains, List.of());
  }

  LinkDetector(List<String> blocked, List<String> shorteners, List<String> fileHosts, List<String> extensions,
      List<String> protectedDomains, List<String> trustedHosts) {
    this.blocked = lower(blocked, Set.of());
    this.shorteners = lower(shorteners, SHIPPED.getOrDefault("shorteners", Set.of()));
    this.fileHosts = lower(fileHosts, SHIPPED.getOrDefault("file-hosts", Set.of()));
    this.extensions = lower(extensions, SHIPPED.getOrDefault("download-extensions", Set.of()));
    this.tlds = Set.copyOf(SHIPPED.getOrDefault("tlds", Set.of()));
    this.protectedDomains = List.copyOf(lower(protectedDomains, Set.of()));
    Set<String> trust = new HashSet<>(lower(trustedHosts, SHIPPED.getOrDefault("trusted-hosts", Set.of())));
    trust.addAll(this.protectedDomains);
    this.trusted = Set.copyOf(trust);
    int longest = 0;
    for (Set<String> list : List.of(this.blocked, this.shorteners, this.fileHosts, this.trusted)) {
      for (String d : list) {
        longest = Math.max(longest, d.length());
      }
    }
    this.longestListed = longest;
  }

  private static Set<String> lower(List<String> extra, Set<String> shipped) {
    Set<String> s = new HashSet<>(shipped);
    extra.forEach(x -> s.add(x.toLowerCase(Locale.ROOT)));
    return Set.copyOf(s);
  }

  @Override
  public String name() {
    return "link";
  }

  @Override
  public void detect(Inspection text, SignalSink out) {
    String t = text.original();
    if (!text.hasDot() && t.indexOf('\u3002') < 0) {
      return;
    }
    int n = t.length();
    int done = 0; // tokens before this offset have been looked at
    for (int d = t.indexOf('.'); d >= 0; d = t.indexOf('.', d + 1)) {
      if (d < done || d == 0 || d + 1 >= n || !Character.isLetterOrDigit(t.charAt(d - 1)) || !Character.isLetter(t.charAt(d + 1))) {
        continue;
      }
      int s = d;
      while (s > 0 && !isSpace(t.charAt(s - 1))) {
        s--;
      }
      int e = d;
      while (e < n && !isSpace(t.charAt(e))) {
        e++;
      }
      token(t, s, e, out);
      done = e;
    }
    if (t.indexOf('\u3002') >= 0) {
      tokens(t, out); // ideographic full stops: rare, so the slow path
    }
  }

  private void tokens(String t, SignalSink out) {
    int n = t.length();
    int i = 0;
    while (i < n) {
      while (i < n && isSpace(t.charAt(i))) {
        i++;
      }
      int s = i;
      while (i < n && !isSpace(t.charAt(i))) {
        i++;
      }
      if (i > s && t.substring(s, i).indexOf('\u3002') >= 0) {
        token(t, s, i, out);
      }
    }
  }

  private void token(String t, int s, int e, SignalSink out) {
    while (s < e && "([<'\"“‘".indexOf(t.charAt(s)) >= 0) {
      s++;
    }
    while (e > s && ".,;:!?)]>'\"”’".indexOf(t.charAt(e - 1)) >= 0) {
      e--;
    }
    if (e - s < 4) {
      return;
    }
    String tok = t.substring(s, e);
    if (tok.indexOf('.') < 0 && tok.indexOf('\u3002') < 0) {
      return;
    }
    String lowerTok = tok.toLowerCase(Locale.ROOT);
    int hostStart = 0;
    int scheme = lowerTok.indexOf("://");
    boolean explicit = false;
    if (scheme > 0 && scheme <= 10) {
      hostStart = scheme + 3;
      explicit = true;
    } else if (lowerTok.startsWith("www.")) {
      explicit = true;
    }
    int hostEnd = hostStart;
    while (hostEnd < lowerTok.length() && "/?#:".indexOf(lowerTok.charAt(hostEnd)) < 0) {
      hostEnd++;
    }
    String host = lowerTok.substring(hostStart, hostEnd);
    if (host.indexOf('@') >= 0) {
      return; // an e-mail address, not a link
    }
    if (host.startsWith("www.")) {
      host = host.substring(4);
    }
    host = host.replace('\u3002', '.');
    if (host.length() > MAX_HOST) {
      return;
    }
    int dot = host.lastIndexOf('.');
    if (dot <= 0 || dot == host.length() - 1) {
      return;
    }
    String tld = host.substring(dot + 1);
    boolean asciiHost = true;
    for (int k = 0; k < host.length(); k++) {
      char c = host.charAt(k);
      if (c >= 128) {
        asciiHost = false;
      } else if (!(Character.isLetterOrDigit(c) || c == '.' || c == '-')) {
        return;
      }
    }
    boolean knownTld = tlds.contains(tld) || tld.startsWith("xn--");
    boolean listed = matches(host, blocked) || matches(host, shorteners) || matches(host, fileHosts);
    if (!explicit && !knownTld && asciiHost && !listed) {
      return;
    }
    if (!explicit && !asciiHost && !(tlds.contains(tld) || tld.startsWith("xn--"))) {
      return;
    }
    String path = lowerTok.substring(hostEnd);
    if (matches(host, blocked)) {
      out.signal("link.blocked", s, e, 1.0);
    }
    if (matches(host, shorteners)) {
      out.signal("link.shortener", s, e, 1.0);
    }
    if (matches(host, fileHosts) || (download(path) && !matches(host, trusted)) || lowerTok.startsWith("magnet:")) {
      out.signal("link.download", s, e, 1.0);
    }
    if (!asciiHost || host.startsWith("xn--") || host.contains(".xn--") || imitates(host)) {
      out.signal("link.lookalike", s, e, 1.0);
    }
  }

  private boolean download(String path) {
    int q = path.length();
    for (int k = 0; k < path.length(); k++) {
      if (path.charAt(k) == '?' || path.charAt(k) == '#') {
        q = k;
        break;
      }
    }
    String p = path.substring(0, q);
    int dot = p.lastIndexOf('.');
    return dot >= 0 && p.lastIndexOf('/') < dot && extensions.contains(p.substring(dot + 1));
  }

  /** Returns true when {@code host} or a parent domain of it is listed; only suffixes as long as a listed domain are tried. */
  private boolean matches(String host, Set<String> domains) {
    if (domains.contains(host)) {
      return true;
    }
    for (int k = host.indexOf('.', Math.max(0, host.length() - longestListed - 1)); k >= 0; k = host.indexOf('.', k + 1)) {
      if (domains.contains(host.substring(k + 1))) {
        return true;
      }
    }
    return false;
  }

  /** Returns true when {@code host} is not a protected domain but looks like one. */
  private boolean imitates(String host) {
    for (String p : protectedDomains) {
      if (host.equals(p) || host.endsWith("." + p)) {
        return false;
      }
    }
    String unleet = host.replace('0', 'o').replace('1', 'l').replace("rn", "m").replace("vv", "w");
    for (String p : protectedDomains) {
      String name = p.substring(0, p.indexOf('.') < 0 ? p.length() : p.indexOf('.'));
      if (unleet.equals(p) || editDistanceAtMostOne(host, p)) {
        return true;
      }
      if (name.length() >= 5 && (host.startsWith(name + ".") || host.startsWith(name + "-") || host.contains("." + name + ".")
          || host.contains("-" + name))) {
        return true;
      }
    }
    return false;
  }

  private static boolean editDistanceAtMostOne(String a, String b) {
    if (Math.abs(a.length() - b.length()) > 1 || a.equals(b)) {
      return false;
    }
    int i = 0;
    int j = 0;
    int edits = 0;
    while (i < a.length() && j < b.length()) {
      if (a.charAt(i) == b.charAt(j)) {
        i++;
        j++;
        continue;
      }
      if (++edits > 1) {
        return false;
      }
      if (a.length() > b.length()) {
        i++;
      } else if (a.length() < b.length()) {
        j++;
      } else {
        i++;
        j++;
      }
    }
    return edits + (a.length() - i) + (b.length() - j) <= 1;
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\u00a0';
  }
}
