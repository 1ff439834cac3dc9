package org.steward.engine.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.steward.engine.detect.DetectorRegistry;
import org.steward.engine.detect.DetectorSpec;
import org.steward.engine.detect.DottedNames;
import org.steward.engine.pack.PolicyPack;
import org.steward.engine.pack.PolicyPacks;
import org.steward.engine.pack.Rule;

/**
 * {@code detectors [--doc FILE]}: the table of the registry's detectors (name, what it finds, the
 * categories it reports, what it runs after, the clauses the shipped packs serve with it), printed,
 * or written between the {@value #START} and {@value #END} markers of {@code FILE} (the pack
 * authors' guide, {@code docs/packs.md}). {@code DetectorsDocTest} fails when the guide is stale.
 */
final class DetectorsCommand {
  static final String START = "<!-- detectors:start (generated from the detector registry; do not edit) -->";
  static final String END = "<!-- detectors:end -->";
  static final String REGENERATE =
      "./mvnw -q -pl engine -DskipTests package && java -jar engine/target/steward-engine.jar detectors --doc docs/packs.md";

  private DetectorsCommand() {}

  static int run(Args args) throws IOException {
    String table = render(DetectorRegistry.shipped(), PolicyPacks.builtIn());
    String doc = args.option("doc", null);
    if (doc == null) {
      System.out.print(table);
      return 0;
    }
    Path path = Path.of(doc);
    Files.writeString(path, withTable(Files.readString(path, StandardCharsets.UTF_8), table), StandardCharsets.UTF_8);
    return 0;
  }

  /** Returns {@code doc} with the text between the markers replaced by {@code table}. */
  static String withTable(String doc, String table) {
    int start = doc.indexOf(START);
    int end = doc.indexOf(END);
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("the document has no " + START + " … " + END + " section");
    }
    return doc.substring(0, start + START.length()) + "\n" + table + doc.substring(end);
  }

  /** Returns the text between the markers of {@code doc}, or null when it has none. */
  static String table(String doc) {
    int start = doc.indexOf(START);
    int end = doc.indexOf(END);
    return start < 0 || end < start ? null : doc.substring(start + START.length() + 1, end);
  }

  /** Returns the Markdown table of {@code registry}'s detectors, in run order. Deterministic. */
  static String render(DetectorRegistry registry, List<PolicyPack> packs) {
    StringBuilder sb = new StringBuilder();
    sb.append("| detector | finds | categories | runs after | clauses in the shipped packs |\n|---|---|---|---|---|\n");
    for (DetectorSpec s : registry.specs()) {
      String categories = s.categories().isEmpty() ? "the rule's `category`"
          : s.categories().stream().map(c -> "`" + c + "`").collect(Collectors.joining(", "));
      String after = s.dependsOn().isEmpty() ? "—" : s.dependsOn().stream().map(d -> "`" + d + "`").collect(Collectors.joining(", "));
      TreeSet<String> clauses = new TreeSet<>(DetectorsCommand::byClauseNumber);
      for (PolicyPack p : packs) {
        for (Rule r : p.rules()) {
          if (DottedNames.covers(r.when().detector(), s.name())) {
            clauses.add(r.clause());
          }
        }
      }
      sb.append("| `").append(s.name()).append("`").append(s.isSlot() ? " (slot)" : "").append(" | ")
          .append(s.summary().replace("|", "\\|")).append(" | ").append(categories).append(" | ").append(after).append(" | ")
          .append(clauses.isEmpty() ? "any" : String.join(", ", clauses)).append(" |\n");
    }
    return sb.toString();
  }

  /** Orders clause ids by family, then number: CON-2 before CON-10. */
  private static int byClauseNumber(String a, String b) {
    int da = a.indexOf('-');
    int db = b.indexOf('-');
    int family = a.substring(0, Math.max(0, da)).compareTo(b.substring(0, Math.max(0, db)));
    if (family != 0 || da < 0 || db < 0) {
      return family != 0 ? family : a.compareTo(b);
    }
    int n = Integer.compare(Integer.parseInt(a.substring(da + 1)), Integer.parseInt(b.substring(db + 1)));
    return n != 0 ? n : a.compareTo(b);
  }
}
