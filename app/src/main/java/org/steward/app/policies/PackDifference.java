package org.steward.app.policies;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.steward.engine.pack.PackMetadata;
import org.steward.engine.pack.PolicyClause;
import org.steward.engine.pack.PolicyPack;
import org.steward.engine.pack.Rule;

/**
 * What a version changes compared with another (DOC-1): the document facts, the clauses and rules
 * added, removed and changed, and the settings, each change with its before and after and, for a
 * changed text, the words taken out and put in. The owner reads it before publishing.
 */
record PackDifference(List<Change> document, List<Change> clauses, List<Change> rules, List<Change> settings) {

  enum Kind {
    ADDED("Added"), REMOVED("Removed"), CHANGED("Changed");

    private final String label;

    Kind(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  /** A piece of a changed text: the same in both, taken out, or put in. */
  record Piece(String text, String kind) {}

  /** One change: what (a clause id, a rule id, a field), how, before and after, and the words. */
  record Change(Kind kind, String id, String before, String after, List<Piece> words) {}

  public boolean empty() {
    return count() == 0;
  }

  public int count() {
    return document.size() + clauses.size() + rules.size() + settings.size();
  }

  /** The difference from {@code before} (null: nothing before, everything is added) to {@code after}. */
  static PackDifference between(PolicyPack before, PolicyPack after) {
    Objects.requireNonNull(after, "after");
    return new PackDifference(
        compare(before == null ? Map.of() : document(before), document(after)),
        compare(before == null ? Map.of() : clauses(before), clauses(after)),
        compare(before == null ? Map.of() : rules(before), rules(after)),
        compare(before == null ? Map.of() : settings(before), settings(after)));
  }

  private static List<Change> compare(Map<String, String> before, Map<String, String> after) {
    List<Change> out = new ArrayList<>();
    Set<String> ids = new LinkedHashSet<>(after.keySet());
    ids.addAll(before.keySet());
    for (String id : ids) {
      String b = before.get(id);
      String a = after.get(id);
      if (b == null) {
        out.add(new Change(Kind.ADDED, id, null, a, List.of(new Piece(a, "added"))));
      } else if (a == null) {
        out.add(new Change(Kind.REMOVED, id, b, null, List.of(new Piece(b, "removed"))));
      } else if (!a.equals(b)) {
        out.add(new Change(Kind.CHANGED, id, b, a, words(b, a)));
      }
    }
    return out;
  }

  private static Map<String, String> document(PolicyPack p) {
    PackMetadata m = p.metadata();
    Map<String, String> out = new LinkedHashMap<>();
    out.put("Title", p.title());
    out.put("Version", p.version());
    out.put("Owner", m.owner());
    out.put("Approved", "by " + m.approvedBy() + " on " + m.approvedOn());
    out.put("Review by", m.reviewBy().toString());
    m.equalityImpactAssessedOn().ifPresent(d -> out.put("Equality impact assessment", d.toString()));
    m.amendment().ifPresent(a -> out.put("Reason for the amendment", a));
    out.put("For", String.join(", ", m.audience()));
    if (!m.supersedes().isEmpty()) {
      out.put("Replaces", String.join("; ", m.supersedes()));
    }
    if (!m.related().isEmpty()) {
      out.put("Read with", String.join("; ", m.related()));
    }
    if (!m.units().isEmpty()) {
      out.put("Written for units", String.join(", ", m.units()));
    }
    return out;
  }

  private static Map<String, String> clauses(PolicyPack p) {
    Map<String, String> out = new LinkedHashMap<>();
    for (PolicyClause c : p.clauses()) {
      String kinds = c.kinds().stream().map(k -> k.id()).sorted().collect(Collectors.joining(" and "));
      out.put(c.id(), "Section " + c.section() + " (" + kinds + "): " + c.text());
    }
    return out;
  }

  private static Map<String, String> rules(PolicyPack p) {
    Map<String, String> out = new LinkedHashMap<>();
    for (Rule r : p.rules()) {
      StringBuilder sb = new StringBuilder();
      sb.append("Clause ").append(r.clause()).append(": ").append(r.when().detector());
      if (!r.when().categories().isEmpty()) {
        sb.append(" (").append(String.join(", ", r.when().categories())).append(")");
      }
      if (r.when().minScore() > 0) {
        sb.append(" scoring at least ").append(r.when().minScore());
      }
      if (!r.when().terms().isEmpty()) {
        sb.append(", words: ").append(String.join(", ", r.when().terms()));
      }
      if (!r.when().patterns().isEmpty()) {
        sb.append(", patterns: ").append(String.join(", ", r.when().patterns()));
      }
      sb.append(" on ").append(r.on().stream().map(k -> k.id()).sorted().collect(Collectors.joining(", ")));
      if (!r.accounts().isEmpty()) {
        sb.append(" from ").append(r.accounts().stream().map(k -> k.id()).sorted().collect(Collectors.joining(", ")))
            .append(" accounts");
      }
      if (!r.audience().isEmpty()) {
        sb.append(" by ").append(String.join(", ", new TreeSet<>(r.audience())));
      }
      sb.append(" → ").append(r.action().id()).append(": ").append(r.say());
      out.put(r.id(), sb.toString());
    }
    return out;
  }

  private static Map<String, String> settings(PolicyPack p) {
    Map<String, String> out = new LinkedHashMap<>();
    new TreeSet<>(p.settings().values().keySet()).forEach(k -> out.put(k, String.valueOf(p.settings().values().get(k))));
    return out;
  }

  /** The words of {@code before} and {@code after}: common ones kept, others taken out or put in. */
  static List<Piece> words(String before, String after) {
    String[] a = before.split("(?<=\\s)");
    String[] b = after.split("(?<=\\s)");
    if ((long) a.length * b.length > 4_000_000L) {
      return List.of(new Piece(before, "removed"), new Piece(after, "added"));
    }
    int[][] lcs = new int[a.length + 1][b.length + 1];
    for (int i = a.length - 1; i >= 0; i--) {
      for (int j = b.length - 1; j >= 0; j--) {
        lcs[i][j] = a[i].equals(b[j]) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
      }
    }
    List<Piece> out = new ArrayList<>();
    int i = 0;
    int j = 0;
    while (i < a.length || j < b.length) {
      if (i < a.length && j < b.length && a[i].equals(b[j])) {
        add(out, a[i], "same");
        i++;
        j++;
      } else if (j < b.length && (i == a.length || lcs[i][j + 1] >= lcs[i + 1][j])) {
        add(out, b[j], "added");
        j++;
      } else {
        add(out, a[i], "removed");
        i++;
      }
    }
    return out;
  }

  private static void add(List<Piece> out, String text, String kind) {
    if (!out.isEmpty() && out.get(out.size() - 1).kind().equals(kind)) {
      out.set(out.size() - 1, new Piece(out.get(out.size() - 1).text() + text, kind));
    } else {
      out.add(new Piece(text, kind));
    }
  }
}
