package org.steward.engine.detect;

/** The Luhn check digit used by payment cards. */
final class Luhn {
  private Luhn() {}

  /** Returns true when the digits of {@code text[s, e)} (ignoring separators) pass the Luhn check. */
  static boolean valid(String text, int s, int e) {
    int sum = 0;
    boolean dbl = false;
    int count = 0;
    for (int i = e - 1; i >= s; i--) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        continue;
      }
      int d = c - '0';
      if (dbl) {
        d *= 2;
        if (d > 9) {
          d -= 9;
        }
      }
      sum += d;
      dbl = !dbl;
      count++;
    }
    return count > 0 && sum % 10 == 0;
  }
}
