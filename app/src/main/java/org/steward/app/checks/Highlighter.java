package org.steward.app.checks;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.steward.engine.Finding;

/**
 * Splits a text into plain and highlighted pieces so findings can be shown in place. Overlapping
 * findings share a piece, which then refers to each of them (numbered from 1, in list order).
 */
public final class Highlighter {
  private Highlighter() {}

  /** A piece of the text; {@code findings} is empty for plain text. */
  public record Segment(String text, List<Integer> findings) {
    public boolean highlighted() {
      return !findings.isEmpty();
    }
  }

  static List<Segment> segments(String text, List<Finding> findings) {
    TreeSet<Integer> cuts = new TreeSet<>();
    cuts.add(0);
    cuts.add(text.length());
    for (Finding f : findings) {
      cuts.add(Math.min(f.start(), text.length()));
      cuts.add(Math.min(f.end(), text.length()));
    }
    List<Segment> out = new ArrayList<>();
    Integer from = null;
    for (int to : cuts) {
      if (from != null && to > from) {
        List<Integer> covering = new ArrayList<>();
        for (int i = 0; i < findings.size(); i++) {
          Finding f = findings.get(i);
          if (f.start() <= from && f.end() >= to && f.end() > f.start()) {
            covering.add(i + 1);
          }
        }
        Segment last = out.isEmpty() ? null : out.get(out.size() - 1);
        if (last != null && last.findings().equals(covering)) {
          out.set(out.size() - 1, new Segment(last.text() + text.substring(from, to), covering));
        } else {
          out.add(new Segment(text.substring(from, to), covering));
        }
      }
      from = to;
    }
    return out;
  }
}
