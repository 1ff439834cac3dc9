package org.steward.engine.training;

import java.util.Random;

/**
 * Spelling noise for training copies: the tricks people use to get past filters and the typos they
 * make — two adjacent letters swapped, a letter dropped or doubled, a space added inside a word or
 * removed between two, a letter replaced by a look-alike digit or symbol. Deterministic for a given
 * {@link Random}.
 */
final class Noise {
  private Noise() {}

  /** Returns {@code text} with one or two words disguised. */
  static String perturb(String text, Random rnd) {
    String out = text;
    int edits = 1 + rnd.nextInt(2);
    for (int e = 0; e < edits; e++) {
      out = once(out, rnd);
    }
    return out;
  }

  private static String once(String text, Random rnd) {
    // pick a word of at least four letters
    int[] starts = new int[64];
    int[] ends = new int[64];
    int n = 0;
    int i = 0;
    while (i < text.length() && n < 64) {
      while (i < text.length() && !Character.isLetter(text.charAt(i))) {
        i++;
      }
      int s = i;
      while (i < text.length() && Character.isLetter(text.charAt(i))) {
        i++;
      }
      if (i - s >= 4) {
        starts[n] = s;
        ends[n] = i;
        n++;
      }
    }
    if (n == 0) {
      return text;
    }
    int w = rnd.nextInt(n);
    int s = starts[w];
    int e = ends[w];
    String word = text.substring(s, e);
    int p = 1 + rnd.nextInt(word.length() - 2); // an interior position
    String changed;
    switch (rnd.nextInt(6)) {
      case 0 -> changed = word.substring(0, p) + word.charAt(p + 1) + word.charAt(p) + word.substring(p + 2);
      case 1 -> changed = word.substring(0, p) + word.substring(p + 1);
      case 2 -> changed = word.substring(0, p) + word.charAt(p) + word.substring(p);
      case 3 -> changed = word.substring(0, p) + " " + word.substring(p);
      case 4 -> {
        if (e < text.length() && text.charAt(e) == ' ') {
          return text.substring(0, e) + text.substring(e + 1);
        }
        changed = word.substring(0, p) + word.substring(p + 1);
      }
      default -> changed = leet(word);
    }
    return text.substring(0, s) + changed + text.substring(e);
  }

  private static String leet(String word) {
    StringBuilder b = new StringBuilder(word);
    for (int k = 0; k < b.length(); k++) {
      char c = Character.toLowerCase(b.charAt(k));
      char r = switch (c) {
        case 'a' -> '4';
        case 'e' -> '3';
        case 'i' -> '1';
        case 'o' -> '0';
        case 's' -> '$';
        default -> 0;
      };
      if (r != 0) {
        b.setCharAt(k, r);
        return b.toString();
      }
    }
    return word;
  }
}
