package org.steward.engine.detect;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import java.util.ArrayList;
import java.util.List;
import org.steward.engine.pack.Rule;

/**
 * The administrator's own patterns ({@code detector: pattern}), run with RE2/J: linear time whatever
 * the pattern, so "(a+)+$" cannot blow up on a long text of a's.
 */
final class PatternRuleDetector implements Detector {
  private record Compiled(String rule, String category, Pattern pattern) {}

  private final List<Compiled> patterns = new ArrayList<>();

  PatternRuleDetector(List<Rule> rules) {
    for (Rule r : rules) {
      if (r.when().detector().equals("pattern")) {
        for (String p : r.when().patterns()) {
          patterns.add(new Compiled(r.id(), r.when().category(), Pattern.compile(p)));
        }
      }
    }
  }

  @Override
  public String name() {
    return "pattern";
  }

  @Override
  public void detect(Inspection text, SignalSink out) {
    for (Compiled c : patterns) {
      Matcher m = c.pattern().matcher(text.original());
      while (m.find()) {
        if (m.end() > m.start()) {
          out.signalForRule(c.rule(), c.category(), m.start(), m.end(), 1.0);
        }
      }
    }
  }
}
