package org.steward.app.csv;

import java.util.List;

/**
 * Commons CSV accepts a quote mark inside an unquoted value ({@code A"b}) and, as configured,
 * text after a closing quote ({@code "A" b}, read as {@code A b}); RFC 4180 does not, and a person who typed either meant something else. This check
 * walks the record's own text against the values the parser read: each value must stand there
 * either as it is (with no quote mark in it) or in quotes with its quote marks doubled, separated
 * by commas, up to the end of the line.
 */
final class Rfc4180 {
  private Rfc4180() {}

  /** Null when the record at {@code start} is written as RFC 4180 says; otherwise what is wrong. */
  static String check(String text, int start, List<String> fields) {
    int p = start;
    for (int i = 0; i < fields.size(); i++) {
      String v = fields.get(i);
      if (p < text.length() && text.charAt(p) == '"') {
        String quoted = '"' + v.replace("\"", "\"\"") + '"';
        if (!text.startsWith(quoted, p)) {
          return CsvFile.TEXT_AFTER_QUOTE; // the parser kept text that followed the closing quote
        }
        p += quoted.length();
        if (p < text.length() && text.charAt(p) != ',' && !lineBreak(text.charAt(p))) {
          return CsvFile.TEXT_AFTER_QUOTE;
        }
      } else {
        if (v.indexOf('"') >= 0) {
          return CsvFile.QUOTE_INSIDE;
        }
        p += v.length();
      }
      if (i < fields.size() - 1) {
        p++; // the comma
      }
    }
    return null;
  }

  private static boolean lineBreak(char c) {
    return c == '\n' || c == '\r';
  }
}
