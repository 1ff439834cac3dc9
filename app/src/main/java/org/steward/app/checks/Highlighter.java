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
    return spans(text, findings.stream().map(f -> new int[] {f.start(), f.end()}).toList());
  }

  /**
   * The same for any spans {@code [start, end)} (numbered from 1 in list order), such as the
   * findings stored with a post.
   */
  public static List<Segment> spans(String text, List<int[]> spans) {
    TreeSet<Integer> cuts = new TreeSet<>();
    cuts.add(0);
    cuts.add(text.length());
    for (int[] f : spans) {
      cuts.add(Math.min(f[0], text.length()));
      cuts.add(Math.min(f[1], text.length()));
    }
    List<Segment> out = new ArrayList<>();
    Integer from = null;
    for (int to : cuts) {
      if (from != null && to > from) {
        List<Integer> covering = new ArrayList<>();
        for (int i = 0; i < spans.size(); i++) {
          int[] f = spans.get(i);
          if (f[0] <= from && f[1] >= to && f[1] > f[0]) {
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
