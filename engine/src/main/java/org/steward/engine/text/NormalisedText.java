package org.steward.engine.text;

/**
 * The folded form of a text with a map back to the original: lower-case letters and digits,
 * single spaces between words, and for every folded character the span of the original text it
 * came from. Instances are reusable buffers: {@link Normaliser#normalise(String, NormalisedText)}
 * overwrites them, which keeps the hot path free of per-text allocation.
 */
public final class NormalisedText {
  char[] chars = new char[256];
  int[] start = new int[256];
  int[] end = new int[256];
  int length;
  // Counts of the original text, taken during the folding pass so detectors can skip work cheaply.
  int digits;
  int uppers;
  int letters;
  int exclamations;
  boolean hasAt;
  boolean hasDot;
  boolean hasColon;
  /** Digits and leet symbols written to the folded text; zero means the leet pass has nothing to do. */
  int symbols;
  /** Folded index of the first digit or symbol, where the leet pass starts. */
  int firstSymbol;
  private char[] source = new char[256];
  String original = "";

  /** Returns the original text. */
  public String original() {
    return original;
  }

  /** Returns the number of ASCII digits in the original text. */
  public int digits() {
    return digits;
  }

  /** Returns the number of ASCII capital letters in the original text. */
  public int uppers() {
    return uppers;
  }

  /** Returns the number of ASCII letters in the original text. */
  public int letters() {
    return letters;
  }

  /** Returns the number of exclamation marks in the original text. */
  public int exclamations() {
    return exclamations;
  }

  /** Returns true when the original text contains {@code @}. */
  public boolean hasAt() {
    return hasAt;
  }

  /** Returns true when the original text contains a full stop. */
  public boolean hasDot() {
    return hasDot;
  }

  /** Returns true when the original text contains a colon. */
  public boolean hasColon() {
    return hasColon;
  }

  /** Returns the number of folded characters. */
  public int length() {
    return length;
  }

  /** Returns folded character {@code i}: a lower-case letter, a digit, {@code '*'} inside a word, or a space. */
  public char charAt(int i) {
    return chars[i];
  }

  /** Returns the start, in the original text, of folded character {@code i}. */
  public int originalStart(int i) {
    return start[i];
  }

  /** Returns the end (exclusive), in the original text, of folded character {@code i}. */
  public int originalEnd(int i) {
    return end[i];
  }

  /**
   * Returns the folded characters themselves, valid up to {@link #length()}, for passes that read
   * words by their letters without making strings. Read only: write through {@link #replace}.
   */
  public char[] chars() {
    return chars;
  }

  /** Returns true when folded character {@code i} is a word boundary (a space, or out of range). */
  public boolean isBoundary(int i) {
    return i < 0 || i >= length || chars[i] == ' ';
  }

  /** Returns the folded characters {@code [from, to)} as a string (allocates; not for the hot path). */
  public String slice(int from, int to) {
    return new String(chars, from, to - from);
  }

  /** Returns the folded text (allocates; for tests and debugging). */
  @Override
  public String toString() {
    return new String(chars, 0, length);
  }

  /**
   * Replaces the folded characters with the first {@code n} of {@code c}, each from the original
   * span {@code [s[i], e[i])}: for a pass that respells words after folding (the counts of the
   * original text stay as they were).
   */
  public void replace(char[] c, int[] s, int[] e, int n) {
    ensure(n);
    System.arraycopy(c, 0, chars, 0, n);
    System.arraycopy(s, 0, start, 0, n);
    System.arraycopy(e, 0, end, 0, n);
    length = n;
  }

  /** Returns a reusable buffer of at least {@code n} chars for the original text. */
  char[] source(int n) {
    if (source.length < n) {
      source = new char[Math.max(n, source.length * 2)];
    }
    return source;
  }

  void ensure(int capacity) {
    if (chars.length < capacity) {
      int n = Math.max(capacity, chars.length * 2);
      chars = java.util.Arrays.copyOf(chars, n);
      start = java.util.Arrays.copyOf(start, n);
      end = java.util.Arrays.copyOf(end, n);
    }
  }
}
