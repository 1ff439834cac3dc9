package org.steward.app.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.stereotype.Component;

/** Dates as people read them, for templates: {@code ${@dates.show(x)}}. Europe/London time. */
@Component("dates")
public class Dates {
  private static final ZoneId LONDON = ZoneId.of("Europe/London");
  private static final DateTimeFormatter DAY_TIME =
      DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", Locale.UK).withZone(LONDON);
  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK).withZone(LONDON);

  public String show(Instant t) {
    return t == null ? "–" : DAY_TIME.format(t);
  }

  public String day(Instant t) {
    return t == null ? "Never" : DAY.format(t);
  }
}
