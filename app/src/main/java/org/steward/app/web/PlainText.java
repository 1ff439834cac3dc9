package org.steward.app.web;

/**
 * What a one-line field (a name, a handle) may contain: no line breaks, no control characters
 * (NUL and the like) and no characters that change the direction of the text around them
 * (U+202A-U+202E, U+2066-U+2069, U+200E, U+200F, U+061C), which can make a name shown in a list
 * read as something else. Checked at the boundary by every feature that takes such a field.
 */
public final class PlainText {
  public static final String ONE_LINE = "Use one line of plain text: no line breaks, control"
      + " characters or characters that change the text direction.";

  private PlainText() {}

  /** Whether the value is one line of plain text (null counts as fine: required is another check). */
  public static boolean isOneLine(String value) {
    if (value == null) {
      return true;
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (Character.isISOControl(c) || isDirectionControl(c) || c == '\u2028' || c == '\u2029') {
        return false;
      }
    }
    return true;
  }

  /** The 1-based line of the first control character other than tab and line breaks; 0 if none. */
  public static int firstControlCharacterLine(String text) {
    int line = 1;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n') {
        line++;
      } else if (Character.isISOControl(c) && c != '\t' && c != '\r') {
        return line;
      }
    }
    return 0;
  }

  static boolean isDirectionControl(char c) {
    return (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069')
        || c == '\u200E' || c == '\u200F' || c == '\u061C';
  }
}
