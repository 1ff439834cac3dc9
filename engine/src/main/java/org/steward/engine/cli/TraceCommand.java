package org.steward.engine.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.steward.engine.pack.PolicyClause;
import org.steward.engine.pack.PolicyPack;
import org.steward.engine.pack.PolicyPacks;
import org.steward.engine.pack.Workflow;

/**
 * {@code trace [--root DIR] [--out FILE]}: the clause → rule/workflow → test table for every shipped
 * pack, with the tests of every module that name each clause with {@code @Clause}. The same table
 * is committed as {@code docs/traceability.md}; {@code TraceabilityDocTest} fails when it is stale.
 */
public final class TraceCommand {
  public static final String REGENERATE =
      "./mvnw -q -pl engine -DskipTests package && java -jar engine/target/steward-engine.jar trace --root . --out docs/traceability.md";

  private TraceCommand() {}

  static int run(Args args) throws IOException {
    Path root = Path.of(args.option("root", "."));
    String table = render(root);
    String out = args.option("out", "-");
    if (out.equals("-")) {
      System.out.print(table);
    } else {
      Files.writeString(Path.of(out), table, StandardCharsets.UTF_8);
    }
    return 0;
  }

  /** Returns the Markdown table for the project at {@code root}. Deterministic: no dates, sorted tests. */
  public static String render(Path root) {
    Map<String, TreeSet<String>> tests = ClauseTests.find(root);
    List<PolicyPack> packs = PolicyPacks.builtIn();
    StringBuilder sb = new StringBuilder();
    sb.append("# Traceability: clause → rule / workflow → test\n\n");
    sb.append("Generated, never written by hand. Regenerate from the project root with:\n\n");
    sb.append("```\n").append(REGENERATE).append("\n```\n\n");
    sb.append("Tests are those of every module (`engine`, `app`) that name the clause with `@Clause`. ");
    sb.append("`TraceabilityDocTest` fails when this file is out of date.\n");
    int rows = 0;
    int untested = 0;
    StringBuilder body = new StringBuilder();
    for (PolicyPack pack : packs) {
      body.append("\n## ").append(pack.id()).append(" — ").append(pack.title()).append(" (version ").append(pack.version()).append(")\n\n");
      body.append("| clause | kind | section | rules (action) | workflows | tests |\n|---|---|---|---|---|---|\n");
      for (PolicyClause c : pack.clauses()) {
        rows++;
        String kinds = c.kinds().stream().map(k -> k.id()).sorted().collect(Collectors.joining(" + "));
        String rules = pack.rulesFor(c.id()).stream().map(r -> "`" + r.id() + "` (" + r.action().id() + ")").collect(Collectors.joining("<br>"));
        String flows = pack.workflowsFor(c.id()).stream().map(Workflow::id).map(w -> "`" + w + "`").collect(Collectors.joining("<br>"));
        TreeSet<String> t = tests.getOrDefault(c.id(), new TreeSet<>());
        if (t.isEmpty()) {
          untested++;
        }
        body.append("| ").append(c.id()).append(" | ").append(kinds).append(" | ").append(escape(c.section())).append(" | ")
            .append(rules.isEmpty() ? "—" : rules).append(" | ").append(flows.isEmpty() ? "—" : flows).append(" | ")
            .append(t.isEmpty() ? "**none yet**" : String.join("<br>", t)).append(" |\n");
      }
    }
    sb.append("\n").append(rows).append(" clause rows across ").append(packs.size()).append(" packs; ")
        .append(untested).append(" without a test yet.\n");
    sb.append(body);
    return sb.toString();
  }

  private static String escape(String s) {
    return s.replace("|", "\\|");
  }

}
