package org.steward.engine.detect;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.steward.engine.text.Hits;
import org.steward.engine.text.Lexicon;
import org.steward.engine.text.LexiconEntry;

/** The administrator's own word lists ({@code detector: lexicon}): each hit goes only to the rule that listed it. */
final class LexiconRuleDetector implements Detector {
  /** Lexicon group of each rule's terms → the rule id. */
  private final Map<Integer, String> ruleOfGroup = new HashMap<>();

  LexiconRuleDetector(Lexicon lexicon, List<CustomRule> rules) {
    for (CustomRule r : rules) {
      if (r.detector().equals("lexicon")) {
        ruleOfGroup.put(lexicon.group(group(r)), r.ruleId());
      }
    }
  }

  /** Adds each word-list rule's terms as a group of its own, so a hit names its rule. */
  static void addTerms(Lexicon.Builder b, DetectorConfig config) {
    for (CustomRule r : config.customRules()) {
      if (r.detector().equals("lexicon")) {
        for (String term : r.terms()) {
          b.add(group(r), r.category(), 1.0, term, true);
        }
      }
    }
  }

  private static String group(CustomRule r) {
    return "rule:" + r.ruleId();
  }

  @Override
  public String name() {
    return "lexicon";
  }

  @Override
  public void detect(Inspection text, SignalSink out) {
    Hits hits = text.hits();
    Lexicon lexicon = text.lexicon();
    for (int i = 0; i < hits.size(); i++) {
      LexiconEntry e = lexicon.entry(hits.entry(i));
      String rule = ruleOfGroup.get(e.group());
      if (rule != null) {
        out.signalForRule(rule, e.category(), text.start(hits.from(i)), text.end(hits.to(i)), 1.0);
      }
    }
  }
}
