package org.steward.app.moderation;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Set;

/**
 * Working-time arithmetic for response targets: a reply that arrives on Friday evening is due on
 * Monday morning, and a bank holiday is not a working day. Walks day by day, so the cost is linear
 * in the number of days spanned.
 */
record WorkingHours(Set<DayOfWeek> days, LocalTime starts, LocalTime ends, ZoneId zone, Set<LocalDate> holidays) {
  /** Longest span walked: ten years of days, far beyond any target. */
  private static final int MAX_DAYS = 3660;

  boolean working(LocalDate day) {
    return days.contains(day.getDayOfWeek()) && !holidays.contains(day);
  }

  /** The instant {@code working} working time after {@code from}. */
  Instant plus(Instant from, Duration working) {
    ZonedDateTime at = from.atZone(zone);
    Duration left = working;
    LocalDate day = at.toLocalDate();
    for (int i = 0; i < MAX_DAYS; i++, day = day.plusDays(1)) {
      if (!working(day)) {
        continue;
      }
      ZonedDateTime open = day.atTime(starts).atZone(zone);
      ZonedDateTime close = day.atTime(ends).atZone(zone);
      ZonedDateTime begin = at.isAfter(open) ? at : open;
      if (!begin.isBefore(close)) {
        continue;
      }
      Duration today = Duration.between(begin, close);
      if (today.compareTo(left) >= 0) {
        return begin.plus(left).toInstant();
      }
      left = left.minus(today);
    }
    throw new IllegalStateException("no working time within ten years");
  }

  /** Working time between two instants (zero when {@code to} is not after {@code from}). */
  Duration between(Instant from, Instant to) {
    if (!to.isAfter(from)) {
      return Duration.ZERO;
    }
    ZonedDateTime a = from.atZone(zone);
    ZonedDateTime b = to.atZone(zone);
    Duration total = Duration.ZERO;
    LocalDate day = a.toLocalDate();
    for (int i = 0; i < MAX_DAYS && !day.isAfter(b.toLocalDate()); i++, day = day.plusDays(1)) {
      if (!working(day)) {
        continue;
      }
      ZonedDateTime open = day.atTime(starts).atZone(zone);
      ZonedDateTime close = day.atTime(ends).atZone(zone);
      ZonedDateTime begin = a.isAfter(open) ? a : open;
      ZonedDateTime end = b.isBefore(close) ? b : close;
      if (end.isAfter(begin)) {
        total = total.plus(Duration.between(begin, end));
      }
    }
    return total;
  }
}
