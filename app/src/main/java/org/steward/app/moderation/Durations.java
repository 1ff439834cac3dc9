package org.steward.app.moderation;

import java.time.Duration;

/** Durations in words for people: "4 working hours", "1 hour 30 minutes". */
final class Durations {
  private Durations() {}

  static String plain(Duration d) {
    long h = d.toHours();
    long m = d.toMinutesPart();
    String hours = h == 0 ? "" : h + (h == 1 ? " hour" : " hours");
    String minutes = m == 0 ? "" : m + (m == 1 ? " minute" : " minutes");
    String both = (hours + " " + minutes).trim();
    return both.isEmpty() ? "0 minutes" : both;
  }
}
