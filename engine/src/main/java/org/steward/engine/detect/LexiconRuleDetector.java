package org.steward.engine.detect;

import java.util.Map;
import org.steward.engine.text.Hits;
import org.steward.engine.text.Lexicon;
import org.steward.engine.text.LexiconEntry;

/** The administrator's own word lists ({@code detector: lexicon}): each hit goes only to the rule that listed it. */
final class LexiconRuleDetector implements Detector {
  /** Lexicon group of each rule's terms → the rule id. */
  private final Map<Integer, String> ruleOfGroup;

  LexiconRuleDetector(Map<Integer, String> ruleOfGroup) {
    this.ruleOfGroup = Map.copyOf(ruleOfGroup);
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
