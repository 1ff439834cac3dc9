package org.steward.engine.detect;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import java.util.ArrayList;
import java.util.List;

/**
 * The administrator's own patterns ({@code detector: pattern}), run with RE2/J: linear time whatever
 * the pattern, so "(a+)+$" cannot blow up on a long text of a's.
 */
final class PatternRuleDetector implements Detector {
  private record Compiled(String rule, String category, Pattern pattern) {}

  private final List<Compiled> patterns = new ArrayList<>();

  PatternRuleDetector(List<CustomRule> rules) {
    for (CustomRule r : rules) {
      if (r.detector().equals("pattern")) {
        for (String p : r.patterns()) {
          patterns.add(new Compiled(r.ruleId(), r.category(), Pattern.compile(p)));
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
