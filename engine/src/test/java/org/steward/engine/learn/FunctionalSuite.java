package org.steward.engine.learn;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.steward.engine.CheckContext;
import org.steward.engine.Checker;
import org.steward.engine.Finding;
import org.steward.engine.TextKind;
import org.steward.engine.detect.Detector;
import org.steward.engine.detect.Inspection;
import org.steward.engine.detect.SignalSink;
import org.steward.engine.pack.Condition;
import org.steward.engine.pack.PolicyPack;
import org.steward.engine.pack.Rule;

/** The hand-written functional suite ({@code functional/abuse-suite.tsv}) and how a system does on it. */
public final class FunctionalSuite {
  static final List<String> ABUSE = List.of("hate", "slur", "harassment", "threat", "sexism");
  /** What a {@code nothate} case must not get: abuse of one person is harassment, not hate of a group. */
  static final List<String> HATE = List.of("hate", "slur");

  /**
   * One case. {@code flag}: whether it should be flagged; {@code scope}: the categories that count as
   * flagged ({@link #ABUSE}, or {@link #HATE} for {@code nothate} cases, which pass without one).
   */
  public record Case(String behaviour, boolean flag, String text, List<String> scope) {
    public Case(String behaviour, boolean flag, String text) {
      this(behaviour, flag, text, ABUSE);
    }

    String expect() {
      return scope == HATE ? "nothate" : flag ? "flag" : "pass";
    }
  }

  private FunctionalSuite() {}

  public static List<Case> load() throws IOException {
    List<Case> out = new ArrayList<>();
    try (InputStream in = FunctionalSuite.class.getResourceAsStream("/functional/abuse-suite.tsv")) {
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t", 3);
        if (f.length != 3 || !(f[1].equals("flag") || f[1].equals("pass") || f[1].equals("nothate"))) {
          throw new IllegalStateException("bad suite line: " + line);
        }
        out.add(new Case(f[0], f[1].equals("flag"), f[2], f[1].equals("nothate") ? HATE : ABUSE));
      }
    }
    return out;
  }

  static boolean isAbuse(String category) {
    return isIn(ABUSE, category);
  }

  static boolean isIn(List<String> scope, String category) {
    for (String a : scope) {
      if (Condition.dottedPrefix(a, category)) {
        return true;
      }
    }
    return false;
  }

  /** Returns true when the checker reports some category of {@code scope} for {@code text}. */
  static boolean flags(Checker checker, String text, List<String> scope) {
    for (Finding f : checker.check(text, CheckContext.of(TextKind.POST)).findings()) {
      if (isIn(scope, f.category())) {
        return true;
      }
    }
    return false;
  }

  /** A checker with the word lists only: a do-nothing detector named {@code learned} stands in for the model. */
  static Checker wordListsOnly(PolicyPack pack) {
    Detector none = new Detector() {
      @Override
      public String name() {
        return LearnedDetector.NAME;
      }

      @Override
      public void detect(Inspection text, SignalSink out) {}
    };
    return Checker.of(pack, List.of(none));
  }

  /** Returns a predicate that flags by the model alone at the pack's learned-rule thresholds. */
  static SuitePredicate modelOnly(PolicyPack pack, TextModel model) {
    double[] min = new double[model.categories().size()];
    java.util.Arrays.fill(min, 2);
    for (Rule r : pack.rules()) {
      if (r.when().detector().equals(LearnedDetector.NAME)) {
        for (String c : r.when().categories()) {
          int i = model.index(c);
          if (i >= 0) {
            min[i] = Math.min(min[i], r.when().minScore());
          }
        }
      }
    }
    return (text, scope) -> {
      double[] p = model.probabilities(text);
      for (int c = 0; c < p.length; c++) {
        if (isIn(scope, model.categories().get(c)) && p[c] >= min[c]) {
          return true;
        }
      }
      return false;
    };
  }

  /** Whether a system flags a text with some category of the scope. */
  interface SuitePredicate {
    boolean flags(String text, List<String> scope);
  }

  /** Returns behaviour → [passed, total]. */
  static Map<String, int[]> rates(List<Case> cases, SuitePredicate flags) {
    Map<String, int[]> out = new TreeMap<>();
    for (Case c : cases) {
      int[] a = out.computeIfAbsent(c.behaviour(), k -> new int[2]);
      if (flags.flags(c.text(), c.scope()) == c.flag()) {
        a[0]++;
      }
      a[1]++;
    }
    return out;
  }
}
