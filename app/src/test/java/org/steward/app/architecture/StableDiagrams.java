package org.steward.app.architecture;

import java.util.ArrayList;
import java.util.List;

/**
 * Puts what Spring Modulith's Documenter writes in a fixed order. The Documenter lists components,
 * relations and bean references in the order its sets give them, which changes from run to run, so
 * the committed diagrams would change on every build with the same content. Each run of
 * consecutive lines of one kind (PlantUML {@code Component(…)} or {@code Rel(…)} lines, or the
 * {@code * …} items of a canvas list) is sorted; every other line stays where it is.
 */
final class StableDiagrams {
  private StableDiagrams() {}

  /** Returns {@code text} with each run of components, relations or list items sorted. */
  static String of(String text) {
    List<String> lines = text.lines().toList();
    List<String> out = new ArrayList<>(lines.size());
    for (int i = 0; i < lines.size(); ) {
      String kind = kind(lines.get(i), true);
      if (kind == null) {
        out.add(lines.get(i++));
        continue;
      }
      int end = i + 1;
      while (end < lines.size() && kind.equals(kind(lines.get(end), false))) {
        end++;
      }
      out.addAll(sorted(lines.subList(i, end)));
      i = end;
    }
    return String.join("\n", out) + (text.endsWith("\n") ? "\n" : "");
  }

  /** The kind of a sortable line, or null; only the first item of a canvas list starts with '|'. */
  private static String kind(String line, boolean first) {
    String t = line.strip();
    if (t.startsWith("Component(")) {
      return "component";
    }
    if (t.startsWith("Rel(")) {
      return "relation";
    }
    return line.startsWith("* ") || first && line.startsWith("|* ") ? "item" : null;
  }

  private static List<String> sorted(List<String> run) {
    boolean cell = run.get(0).startsWith("|* ");
    List<String> items = new ArrayList<>(run);
    if (cell) {
      items.set(0, items.get(0).substring(1));
    }
    items.sort(null);
    if (cell) {
      items.set(0, "|" + items.get(0));
    }
    return items;
  }
}
