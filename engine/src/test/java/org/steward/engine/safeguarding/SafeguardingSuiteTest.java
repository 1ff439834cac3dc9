package org.steward.engine.safeguarding;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.steward.engine.AccountKind;
import org.steward.engine.CheckContext;
import org.steward.engine.Checker;
import org.steward.engine.Checks;
import org.steward.engine.Clause;
import org.steward.engine.Finding;
import org.steward.engine.Result;
import org.steward.engine.TextKind;

/**
 * Runs the hand-written safeguarding suite ({@code functional/safeguarding-suite.tsv}) through both
 * shipped packs and fails when a behaviour's pass rate drops below the minimum recorded in {@code
 * docs/quality.md} (the table between the {@code safeguarding-suite} markers), or when a behaviour has
 * fewer than 40 cases. Writes the table to {@code target/safeguarding-suite.md} and the failing
 * cases to {@code target/safeguarding-failures.tsv}.
 */
class SafeguardingSuiteTest {
  static final Path DOC = Path.of("../docs/quality.md");
  static final String START = "<!-- safeguarding-suite:start -->";
  static final String END = "<!-- safeguarding-suite:end -->";
  static final int MIN_CASES = 40;

  record Case(String behaviour, boolean flag, String context, String text) {
    String family() {
      return behaviour.startsWith("self_harm") ? "safeguarding.self-harm"
          : behaviour.startsWith("grooming") ? "safeguarding.grooming" : "extremism";
    }

    CheckContext checkContext() {
      CheckContext ctx = CheckContext.of(TextKind.POST);
      return context.equals("learner") ? ctx.withAccount(AccountKind.PERSONAL, "learner") : ctx;
    }
  }

  static List<Case> load() throws IOException {
    List<Case> out = new ArrayList<>();
    try (InputStream in = SafeguardingSuiteTest.class.getResourceAsStream("/functional/safeguarding-suite.tsv")) {
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t", 4);
        if (f.length != 4 || !(f[1].equals("flag") || f[1].equals("pass")) || !(f[2].equals("-") || f[2].equals("learner"))) {
          throw new IllegalStateException("bad suite line: " + line);
        }
        out.add(new Case(f[0], f[1].equals("flag"), f[2], f[3]));
      }
    }
    return out;
  }

  /** Returns true when {@code result} has a finding routed to safeguarding in the case's family. */
  static boolean flagged(Case c, Result result) {
    for (Finding f : result.findings()) {
      if (f.safeguarding() && (f.category().equals(c.family()) || f.category().startsWith(c.family() + "."))) {
        return true;
      }
    }
    return false;
  }

  @Test
  @Clause({"CON-5", "SAF-3", "SAF-4"})
  void everyBehaviourKeepsItsRecordedPassRate() throws IOException {
    List<Case> cases = load();
    Map<String, int[]> cccg = new TreeMap<>();
    Map<String, int[]> staff = new TreeMap<>();
    Map<String, String> expect = new LinkedHashMap<>();
    StringBuilder failures = new StringBuilder();
    for (Case c : cases) {
      expect.put(c.behaviour(), c.flag() ? "flag" : "pass");
      tally(cccg, c, Checks.CCCG, failures, "cccg");
      tally(staff, c, Checks.STAFF, failures, "staff");
    }
    Files.createDirectories(Path.of("target"));
    Files.writeString(Path.of("target/safeguarding-suite.md"), table(expect, cccg, staff), StandardCharsets.UTF_8);
    Files.writeString(Path.of("target/safeguarding-failures.tsv"), failures, StandardCharsets.UTF_8);

    Map<String, Double> minimum = recordedMinimums();
    List<String> problems = new ArrayList<>();
    for (String b : cccg.keySet()) {
      int n = cccg.get(b)[1];
      if (n < MIN_CASES) {
        problems.add(b + ": only " + n + " cases (at least " + MIN_CASES + ")");
      }
      Double min = minimum.get(b);
      double rate = Math.min((double) cccg.get(b)[0] / n, (double) staff.get(b)[0] / n);
      if (min == null) {
        problems.add(b + ": no minimum recorded in docs/quality.md");
      } else if (rate + 1e-9 < min) {
        problems.add(String.format(Locale.ROOT, "%s: %.3f is below the recorded %.3f", b, rate, min));
      }
    }
    assertThat(problems).as("safeguarding suite (see target/safeguarding-suite.md, target/safeguarding-failures.tsv)").isEmpty();
  }

  private static void tally(Map<String, int[]> rates, Case c, Checker checker, StringBuilder failures, String pack) {
    Result r = checker.check(c.text(), c.checkContext());
    boolean ok = flagged(c, r) == c.flag();
    int[] a = rates.computeIfAbsent(c.behaviour(), k -> new int[2]);
    a[0] += ok ? 1 : 0;
    a[1]++;
    if (!ok) {
      failures.append(pack).append('\t').append(c.behaviour()).append('\t').append(c.flag() ? "missed" : "flagged").append('\t').append(c.text());
      r.findings().forEach(f -> failures.append('\t').append(f.category()).append('=').append(String.format(Locale.ROOT, "%.2f", f.score())));
      failures.append('\n');
    }
  }

  static Map<String, Double> recordedMinimums() throws IOException {
    String doc = Files.readString(DOC, StandardCharsets.UTF_8);
    int s = doc.indexOf(START);
    int e = doc.indexOf(END);
    assertThat(s).as("docs/quality.md has the safeguarding-suite table").isGreaterThanOrEqualTo(0);
    Map<String, Double> out = new LinkedHashMap<>();
    for (String line : doc.substring(s, e).split("\n")) {
      String[] cells = line.split("\\|");
      if (cells.length < 6 || !cells[1].trim().startsWith("`")) {
        continue;
      }
      out.put(cells[1].trim().replace("`", ""), Double.parseDouble(cells[cells.length - 1].trim()));
    }
    return out;
  }

  /** The table for docs/quality.md; the minimum, over both packs, allows one case of slack. */
  static String table(Map<String, String> expect, Map<String, int[]> cccg, Map<String, int[]> staff) {
    StringBuilder b = new StringBuilder();
    b.append("| behaviour | expect | cases | cccg-policy | staff-policy | minimum |\n");
    b.append("|---|---|---:|---:|---:|---:|\n");
    int[] tot = new int[3];
    for (String k : cccg.keySet()) {
      int n = cccg.get(k)[1];
      tot[0] += n;
      tot[1] += cccg.get(k)[0];
      tot[2] += staff.get(k)[0];
      int worst = Math.min(cccg.get(k)[0], staff.get(k)[0]);
      double minimum = Math.max(0, Math.floor((worst - 1) * 100.0 / n) / 100);
      b.append(String.format(Locale.ROOT, "| `%s` | %s | %d | %.2f | %.2f | %.2f |%n", k, expect.get(k), n, (double) cccg.get(k)[0] / n,
          (double) staff.get(k)[0] / n, minimum));
    }
    b.append(String.format(Locale.ROOT, "| all | | %d | %.2f | %.2f | |%n", tot[0], (double) tot[1] / tot[0], (double) tot[2] / tot[0]));
    return b.toString();
  }
}
