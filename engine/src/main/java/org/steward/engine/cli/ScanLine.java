package org.steward.engine.cli;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.UnexpectedEndOfInputException;
import tools.jackson.core.json.JsonFactory;
import org.steward.engine.TextKind;

/**
 * One input line of {@code scan}, read with Jackson's streaming parser: {@code {"id","text","kind"?}}
 * (other members, nested ones too, are skipped), or the reason it cannot be checked. The id may be
 * a string, a number or a boolean and is reported as written.
 *
 * @param number the line number, from 1
 * @param id the id as text, or null when the line has none (or none could be read)
 * @param text the text to check, or null when {@link #problem()} says why not
 * @param kind the line's own kind of text, or null for the command's default
 * @param problem why the line cannot be checked, or null
 */
record ScanLine(int number, String id, String text, TextKind kind, String problem) {
  private static final JsonFactory JSON = JsonFactory.builder().build();
  private static final String KINDS = "post, reply, comment, bio, blog, message";

  /** Returns a line that could not be read at all (not UTF-8, too long). */
  static ScanLine unreadable(int number, String problem) {
    return new ScanLine(number, null, null, null, problem);
  }

  /** Returns line {@code number} read from {@code json}: a text to check, or the reason it cannot be checked. */
  static ScanLine parse(int number, String json) {
    String id = null;
    String text = null;
    String kind = null;
    try (JsonParser p = JSON.createParser(ObjectReadContext.empty(), json)) {
      if (first(p) != JsonToken.START_OBJECT) {
        return invalid(number, null, column(json), "expected '{'");
      }
      for (String name = p.nextName(); name != null; name = p.nextName()) {
        JsonToken value = p.nextToken();
        switch (name) {
          case "id" -> id = scalar(p, value);
          case "text" -> {
            text = value == JsonToken.VALUE_STRING ? p.getString() : null;
            p.skipChildren();
          }
          case "kind" -> kind = scalar(p, value);
          default -> p.skipChildren();
        }
      }
      if (p.currentToken() != JsonToken.END_OBJECT) {
        return invalid(number, id, column(p.currentLocation()), "expected a member name or '}'");
      }
      if (p.nextToken() != null) {
        return invalid(number, id, column(p.currentTokenLocation()), "unexpected text after the object");
      }
    } catch (UnexpectedEndOfInputException e) {
      return invalid(number, id, column(e.getLocation()), "unexpected end of line");
    } catch (JacksonException e) {
      return invalid(number, id, column(e.getLocation()), reason(e));
    }
    if (text == null) {
      return new ScanLine(number, id, null, null, "\"text\" must be a string");
    }
    TextKind k = null;
    if (kind != null) {
      k = TextKind.parse(kind);
      if (k == null || k == TextKind.ACCOUNT) {
        return new ScanLine(number, id, null, null, "\"kind\" must be one of " + KINDS);
      }
    }
    return new ScanLine(number, id, text, k, null);
  }

  /** Returns the first token, or null when there is none or it is not JSON at all. */
  private static JsonToken first(JsonParser p) {
    try {
      return p.nextToken();
    } catch (JacksonException e) {
      return null;
    }
  }

  /** Returns a string, number or boolean value as written; null for null and nested values (which are skipped). */
  private static String scalar(JsonParser p, JsonToken value) {
    if (value == JsonToken.VALUE_STRING || value.isNumeric() || value.isBoolean()) {
      return p.getString();
    }
    p.skipChildren();
    return null;
  }

  private static ScanLine invalid(int number, String id, int column, String what) {
    return new ScanLine(number, id, null, null, "invalid JSON at column " + column + ": " + what);
  }

  /** Returns the first column (from 1) that is not white space: where a line that is not an object goes wrong. */
  private static int column(String json) {
    int i = 0;
    while (i < json.length() && Character.isWhitespace(json.charAt(i))) {
      i++;
    }
    return i + 1;
  }

  private static int column(TokenStreamLocation at) {
    return at == null ? 1 : Math.max(1, at.getColumnNr());
  }

  /** Returns Jackson's reason without its list of what it expected ("Unrecognized token 'x'"). */
  private static String reason(JacksonException e) {
    String m = e.getOriginalMessage();
    int cut = m.indexOf(": was expecting");
    if (cut < 0) {
      cut = m.indexOf(" (");
    }
    return cut > 0 ? m.substring(0, cut) : m;
  }
}
