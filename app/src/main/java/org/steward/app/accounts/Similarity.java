package org.steward.app.accounts;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.commons.text.similarity.LevenshteinDistance;

/** How alike two account names or audiences are, for the similar-account check (ACC-3, ACC-14). */
final class Similarity {
  private static final Set<String> NOISE = Set.of("the", "and", "of", "official", "account", "at",
      "for", "team", "page", "uk");

  private Similarity() {}

  static String squash(String s) {
    String n = Normalizer.normalize(s == null ? "" : s, Normalizer.Form.NFKD)
        .replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    return n.replaceAll("[^a-z0-9]", "");
  }

  static Set<String> words(String s) {
    String n = Normalizer.normalize(s == null ? "" : s, Normalizer.Form.NFKD)
        .replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    return Arrays.stream(n.split("[^a-z0-9]+")).filter(w -> w.length() > 1 && !NOISE.contains(w))
        .collect(Collectors.toSet());
  }

  /** Similar when the squashed forms are close (edit distance) or share most of their words. */
  static boolean similarNames(String a, String b) {
    String x = squash(a);
    String y = squash(b);
    if (x.isEmpty() || y.isEmpty()) {
      return false;
    }
    if (x.equals(y) || (Math.min(x.length(), y.length()) >= 5 && (x.contains(y) || y.contains(x)))) {
      return true;
    }
    int d = LevenshteinDistance.getDefaultInstance().apply(x, y);
    if (d <= Math.max(1, Math.max(x.length(), y.length()) / 5)) {
      return true;
    }
    Set<String> wa = words(a);
    Set<String> wb = words(b);
    if (wa.isEmpty() || wb.isEmpty()) {
      return false;
    }
    Set<String> common = new HashSet<>(wa);
    common.retainAll(wb);
    Set<String> all = new HashSet<>(wa);
    all.addAll(wb);
    return (double) common.size() / all.size() >= 0.5;
  }

  static String audienceKey(String audience) {
    return words(audience).stream().sorted().collect(Collectors.joining(" "));
  }

  static boolean sameAudience(String a, String b) {
    return !audienceKey(a).isEmpty() && audienceKey(a).equals(audienceKey(b));
  }

}
