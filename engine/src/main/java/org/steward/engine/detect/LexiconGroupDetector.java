package org.steward.engine.detect;

import org.steward.engine.text.Hits;
import org.steward.engine.text.Lexicon;

/**
 * Reports every hit of some lexicon groups as it stands: the category of the entry, its weight as
 * the score. Serves the plain word-list detectors ({@code confidential}, {@code sexual}, {@code
 * authority}); a category prefix can be collapsed so {@code slur.race} is reported as {@code slur}.
 */
class LexiconGroupDetector implements Detector {
  private final String name;
  private final int[] groups;
  private final boolean collapseCategory;

  LexiconGroupDetector(String name, Lexicon lexicon, boolean collapseCategory, String... groupNames) {
    this.name = name;
    this.groups = new int[groupNames.length];
    for (int i = 0; i < groupNames.length; i++) {
      groups[i] = lexicon.group(groupNames[i]);
    }
    this.collapseCategory = collapseCategory;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public void detect(Inspection text, SignalSink out) {
    Hits hits = text.hits();
    Lexicon lexicon = text.lexicon();
    for (int i = 0; i < hits.size(); i++) {
      int g = lexicon.entry(hits.entry(i)).group();
      for (int wanted : groups) {
        if (g == wanted && wanted >= 0) {
          String category = lexicon.entry(hits.entry(i)).category();
          if (collapseCategory) {
            int dot = category.indexOf('.');
            category = dot < 0 ? category : category.substring(0, dot);
          }
          Proximity.signalHit(text, out, category, i, lexicon.entry(hits.entry(i)).weight());
        }
      }
    }
  }
}
