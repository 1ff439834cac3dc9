package org.steward.engine.detect;

import org.steward.engine.text.Hits;
import org.steward.engine.text.Lexicon;

/**
 * Incidents at the institution (CON-6): fights, police, injuries, exclusions. An event word alone
 * scores 0.5; near a place or people of the college ("in the canteen", "students") it scores 0.85.
 */
final class IncidentDetector implements Detector {
  private static final int WINDOW = 60;
  private final int event;
  private final int place;

  IncidentDetector(Lexicon lexicon) {
    event = lexicon.group("incident.event");
    place = lexicon.group("incident.place");
  }

  @Override
  public String name() {
    return "incident";
  }

  @Override
  public void detect(Inspection text, SignalSink out) {
    Hits hits = text.hits();
    Lexicon lexicon = text.lexicon();
    for (int i = 0; i < hits.size(); i++) {
      if (!Proximity.in(hits, lexicon, i, event)) {
        continue;
      }
      double score = Proximity.near(hits, lexicon, i, place, WINDOW) >= 0 ? 0.85 : 0.5;
      Proximity.signalHit(text, out, "incident", i, score);
    }
  }
}
