package org.steward.engine.cli;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The little JSON the command line needs: reading one flat object per line (string, number, boolean
 * and null values; nested values are skipped) and writing strings with escapes. Hand-written to keep
 * the engine jar small and the scan loop free of reflection (see docs/decisions/0100).
 */
final class Json {
  private final String s;
  private int i;

  private Json(String s) {
    this.s = s;
  }

  /** Returns the members of a JSON object, values as String, Double, Boolean or null. */
  static Map<String, Object> readObject(String line) {
    Json j = new Json(line);
    j.ws();
    j.expect('{');
    Map<String, Object> out = new LinkedHashMap<>();
    j.ws();
    if (j.peek() == '}') {
      j.i++;
      j.end();
      return out;
    }
    while (true) {
      j.ws();
      String key = j.string();
      j.ws();
      j.expect(':');
      j.ws();
      out.put(key, j.value());
      j.ws();
      char c = j.next();
      if (c == '}') {
        break;
      }
      if (c != ',') {
        throw j.error("expected , or }");
      }
    }
    j.end();
    return out;
  }

  private void end() {
    ws();
    if (i < s.length()) {
      throw error("unexpected text after the object");
    }
  }

  private Object value() {
    char c = peek();
    switch (c) {
      case '"':
        return string();
      case '{':
      case '[':
        skipNested();
        return null;
      case 't':
        literal("true");
        return Boolean.TRUE;
      case 'f':
        literal("false");
        return Boolean.FALSE;
      case 'n':
        literal("null");
        return null;
      default:
        int start = i;
        while (i < s.length() && "+-0123456789.eE".indexOf(s.charAt(i)) >= 0) {
          i++;
        }
        if (start == i) {
          throw error("unexpected character '" + c + "'");
        }
        try {
          return Double.parseDouble(s.substring(start, i));
        } catch (NumberFormatException e) {
          throw error("bad number");
        }
    }
  }

  private void skipNested() {
    int depth = 0;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (c == '"') {
        string();
        continue;
      }
      i++;
      if (c == '{' || c == '[') {
        depth++;
      } else if (c == '}' || c == ']') {
        if (--depth == 0) {
          return;
        }
      }
    }
    throw error("unterminated value");
  }

  private void literal(String word) {
    if (!s.startsWith(word, i)) {
      throw error("expected " + word);
    }
    i += word.length();
  }

  private String string() {
    expect('"');
    // Fast path: most strings have no escape, so one substring does it.
    for (int k = i; k < s.length(); k++) {
      char c = s.charAt(k);
      if (c == '"') {
        String plain = s.substring(i, k);
        i = k + 1;
        return plain;
      }
      if (c == '\\') {
        break;
      }
    }
    StringBuilder sb = new StringBuilder();
    while (true) {
      if (i >= s.length()) {
        throw error("unterminated string");
      }
      char c = s.charAt(i++);
      if (c == '"') {
        return sb.toString();
      }
      if (c != '\\') {
        sb.append(c);
        continue;
      }
      if (i >= s.length()) {
        throw error("unterminated escape");
      }
      char e = s.charAt(i++);
      switch (e) {
        case '"', '\\', '/' -> sb.append(e);
        case 'b' -> sb.append('\b');
        case 'f' -> sb.append('\f');
        case 'n' -> sb.append('\n');
        case 'r' -> sb.append('\r');
        case 't' -> sb.append('\t');
        case 'u' -> {
          if (i + 4 > s.length()) {
            throw error("bad \\u escape");
          }
          try {
            sb.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
          } catch (NumberFormatException ex) {
            throw error("bad \\u escape");
          }
          i += 4;
        }
        default -> throw error("bad escape \\" + e);
      }
    }
  }

  private void ws() {
    while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
      i++;
    }
  }

  private char peek() {
    if (i >= s.length()) {
      throw error("unexpected end of line");
    }
    return s.charAt(i);
  }

  private char next() {
    char c = peek();
    i++;
    return c;
  }

  private void expect(char c) {
    if (peek() != c) {
      throw error("expected '" + c + "'");
    }
    i++;
  }

  private IllegalArgumentException error(String what) {
    return new IllegalArgumentException("invalid JSON at column " + (i + 1) + ": " + what);
  }

  /** Returns true when {@code value} needs no escape: no quote, backslash, control character or surrogate. */
  private static boolean plain(String value) {
    for (int k = 0; k < value.length(); k++) {
      char c = value.charAt(k);
      if (c < 0x20 || c == '"' || c == '\\' || (c >= '\uD800' && c <= '\uDFFF') || c == '\u2028' || c == '\u2029') {
        return false;
      }
    }
    return true;
  }

  /** Appends {@code value} as a JSON string, escaping quotes, backslashes, controls and lone surrogates. */
  static void writeString(StringBuilder out, String value) {
    if (plain(value)) {
      out.append('"').append(value).append('"');
      return;
    }
    out.append('"');
    for (int k = 0; k < value.length(); k++) {
      char c = value.charAt(k);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          boolean lone = Character.isSurrogate(c) && !(Character.isHighSurrogate(c) && k + 1 < value.length()
              && Character.isLowSurrogate(value.charAt(k + 1))) && !(Character.isLowSurrogate(c) && k > 0
              && Character.isHighSurrogate(value.charAt(k - 1)));
          if (c < 0x20 || lone || c == '\u2028' || c == '\u2029') {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }
}
