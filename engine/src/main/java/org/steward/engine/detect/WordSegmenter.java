package org.steward.engine.detect;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Splits a run of lower-case letters into English words ({@code openeveningatcityandislington} →
 * open evening at city and islington) from the shipped word list ({@code lexicons/words.txt}, SCOWL
 * levels 10, 20, 35) and the pack's own words. Dynamic programming over positions with words of at
 * most {@value #LONGEST} letters: linear in the run. Each word costs by its level (common words are
 * cheap) and an unknown stretch costs more the longer it is, so the split with the fewest, commonest
 * words wins. Immutable and thread-safe.
 */
final class WordSegmenter {
  static final int LONGEST = 24;
  private static final Map<String, Double> SHIPPED = load("/org/steward/engine/lexicons/words.txt");
  private static final double OWN_WORD = 1.0;
  private static final double UNKNOWN_LETTER = 4.0;

  private final Map<String, Double> cost;

  WordSegmenter(List<String> ownWords) {
    Map<String, Double> c = new HashMap<>(SHIPPED);
    for (String phrase : ownWords) {
      for (String w : phrase.toLowerCase(Locale.ROOT).split("[^a-z0-9]+")) {
        if (w.length() >= 2 || w.equals("a") || w.equals("i")) {
          c.put(w, OWN_WORD);
        }
      }
    }
    this.cost = Map.copyOf(c);
  }

  /** Returns the words of the shipped English word list. */
  static java.util.Set<String> englishWords() {
    return SHIPPED.keySet();
  }

  /** Returns true when {@code w} (folded) is a word this segmenter knows: English or the pack's own. */
  boolean knows(String w) {
    return cost.containsKey(w);
  }

  /**
   * Returns the words of {@code s} (lower-case ASCII letters and digits), or {@code null} when it does
   * not split into at least two known words with every letter in a known word or a digit group.
   */
  List<String> split(String s) {
    int n = s.length();
    double[] best = new double[n + 1];
    int[] from = new int[n + 1];
    boolean[] known = new boolean[n + 1];
    java.util.Arrays.fill(best, Double.MAX_VALUE);
    best[0] = 0;
    for (int i = 1; i <= n; i++) {
      for (int j = Math.max(0, i - LONGEST); j < i; j++) {
        if (best[j] == Double.MAX_VALUE) {
          continue;
        }
        String w = s.substring(j, i);
        Double wc = cost.get(w);
        boolean isKnown = wc != null || digits(w);
        double c = best[j] + (wc != null ? wc : digits(w) ? OWN_WORD : 2 + UNKNOWN_LETTER * w.length());
        if (c < best[i]) {
          best[i] = c;
          from[i] = j;
          known[i] = isKnown;
        }
      }
    }
    java.util.ArrayList<String> words = new java.util.ArrayList<>();
    for (int i = n; i > 0; i = from[i]) {
      if (!known[i]) {
        return null;
      }
      words.add(0, s.substring(from[i], i));
    }
    return words.size() >= 2 ? words : null;
  }

  private static boolean digits(String w) {
    for (int k = 0; k < w.length(); k++) {
      if (w.charAt(k) < '0' || w.charAt(k) > '9') {
        return false;
      }
    }
    return true;
  }

  private static Map<String, Double> load(String resource) {
    Map<String, Double> out = new HashMap<>();
    try (InputStream in = WordSegmenter.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      double level = 1.5;
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        String l = line.strip();
        if (l.isEmpty() || l.startsWith("#")) {
          continue;
        }
        if (l.startsWith("@")) {
          int size = Integer.parseInt(l.substring(1));
          level = size <= 10 ? 1.0 : size <= 20 ? 1.6 : 2.4;
        } else if (l.length() >= 2 || l.equals("a") || l.equals("i")) {
          out.putIfAbsent(l, level);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }
}
