package org.steward.engine.learn;

import java.util.LinkedHashMap;
import java.util.Map;

/** Reads one flat JSON object per line (strings, numbers, booleans, null) and writes strings. */
final class MiniJson {
  private final String s;
  private int i;

  private MiniJson(String s) {
    this.s = s;
  }

  /** Parses a flat JSON object; nested values are rejected. */
  static Map<String, Object> object(String line) {
    MiniJson p = new MiniJson(line);
    Map<String, Object> m = new LinkedHashMap<>();
    p.ws();
    p.expect('{');
    p.ws();
    if (p.peek() == '}') {
      return m;
    }
    while (true) {
      p.ws();
      String key = p.string();
      p.ws();
      p.expect(':');
      p.ws();
      m.put(key, p.value());
      p.ws();
      char c = p.next();
      if (c == '}') {
        return m;
      }
      if (c != ',') {
        throw new IllegalArgumentException("bad JSON at " + p.i);
      }
    }
  }

  private Object value() {
    char c = peek();
    if (c == '"') {
      return string();
    }
    if (s.startsWith("true", i)) {
      i += 4;
      return Boolean.TRUE;
    }
    if (s.startsWith("false", i)) {
      i += 5;
      return Boolean.FALSE;
    }
    if (s.startsWith("null", i)) {
      i += 4;
      return null;
    }
    int st = i;
    while (i < s.length() && "+-0123456789.eE".indexOf(s.charAt(i)) >= 0) {
      i++;
    }
    if (st == i) {
      throw new IllegalArgumentException("unsupported JSON value at " + i);
    }
    return Double.parseDouble(s.substring(st, i));
  }

  private String string() {
    expect('"');
    StringBuilder b = new StringBuilder();
    while (true) {
      char c = next();
      if (c == '"') {
        return b.toString();
      }
      if (c == '\\') {
        char e = next();
        switch (e) {
          case 'n' -> b.append('\n');
          case 't' -> b.append('\t');
          case 'r' -> b.append('\r');
          case 'b' -> b.append('\b');
          case 'f' -> b.append('\f');
          case 'u' -> {
            b.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
            i += 4;
          }
          default -> b.append(e);
        }
      } else {
        b.append(c);
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
      throw new IllegalArgumentException("unexpected end of JSON");
    }
    return s.charAt(i);
  }

  private char next() {
    char c = peek();
    i++;
    return c;
  }

  private void expect(char c) {
    if (next() != c) {
      throw new IllegalArgumentException("expected '" + c + "' at " + (i - 1));
    }
  }

  /** Appends {@code v} as a JSON string. */
  static void string(StringBuilder out, String v) {
    out.append('"');
    for (int k = 0; k < v.length(); k++) {
      char c = v.charAt(k);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20) {
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
