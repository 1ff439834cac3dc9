package org.steward.engine.learn;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/** A small RFC 4180 reader: quoted fields may hold commas, doubled quotes and line breaks. */
final class Csv {
  private Csv() {}

  /** Reads every record of {@code in} (the header too). */
  static List<List<String>> read(Reader in) throws IOException {
    List<List<String>> out = new ArrayList<>();
    List<String> rec = new ArrayList<>();
    StringBuilder f = new StringBuilder();
    boolean quoted = false;
    boolean any = false;
    int c;
    while ((c = in.read()) >= 0) {
      char ch = (char) c;
      any = true;
      if (quoted) {
        if (ch == '"') {
          in.mark(1);
          int next = in.read();
          if (next == '"') {
            f.append('"');
          } else {
            quoted = false;
            if (next >= 0) {
              in.reset();
            }
          }
        } else {
          f.append(ch);
        }
      } else if (ch == '"' && f.length() == 0) {
        quoted = true;
      } else if (ch == ',') {
        rec.add(f.toString());
        f.setLength(0);
      } else if (ch == '\n') {
        rec.add(f.toString());
        f.setLength(0);
        out.add(rec);
        rec = new ArrayList<>();
        any = false;
      } else if (ch != '\r') {
        f.append(ch);
      }
    }
    if (any) {
      rec.add(f.toString());
      out.add(rec);
    }
    return out;
  }
}
