package org.steward.app.moderation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.steward.engine.Clause;

/** Working-time arithmetic for the inbox's response targets (SAF-7), in the college's time zone. */
class WorkingHoursTest {
  static final ZoneId LONDON = ZoneId.of("Europe/London");
  static final WorkingHours HOURS = new WorkingHours(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
      LocalTime.of(9, 0), LocalTime.of(17, 0), LONDON,
      Set.of(LocalDate.of(2026, 12, 25), LocalDate.of(2026, 12, 28), LocalDate.of(2027, 1, 1)));

  static Instant at(String local) {
    return LocalDateTime.parse(local).atZone(LONDON).toInstant();
  }

  @Test
  @Clause("SAF-7")
  void aTargetInsideOneWorkingDayEndsThatDay() {
    assertThat(HOURS.plus(at("2026-12-01T10:15"), Duration.ofHours(4))).isEqualTo(at("2026-12-01T14:15"));
  }

  @Test
  void theRestCarriesToTheNextWorkingMorning() {
    assertThat(HOURS.plus(at("2026-12-01T15:00"), Duration.ofHours(4))).isEqualTo(at("2026-12-02T11:00"));
  }

  @Test
  void aReplyOnFridayEveningIsDueOnMondayAndOneBeforeOpeningCountsFromNine() {
    assertThat(HOURS.plus(at("2026-12-04T19:30"), Duration.ofHours(4))).isEqualTo(at("2026-12-07T13:00"));
    assertThat(HOURS.plus(at("2026-12-02T06:00"), Duration.ofHours(1))).isEqualTo(at("2026-12-02T10:00"));
  }

  @Test
  @Clause("SAF-7")
  void bankHolidaysAreNotWorkingDays() {
    // Thursday 24 December 16:00: one hour that day, then Christmas (Friday), the weekend and the
    // substitute Boxing Day (Monday 28) pass, so the remaining three hours fall on Tuesday 29.
    assertThat(HOURS.plus(at("2026-12-24T16:00"), Duration.ofHours(4))).isEqualTo(at("2026-12-29T12:00"));
    assertThat(HOURS.between(at("2026-12-24T16:00"), at("2026-12-29T12:00"))).isEqualTo(Duration.ofHours(4));
    // New Year's Day 2027 is a Friday: a reply on Thursday evening waits until Monday 4 January.
    assertThat(HOURS.plus(at("2026-12-31T18:00"), Duration.ofMinutes(30))).isEqualTo(at("2027-01-04T09:30"));
  }

  @Test
  void workingTimeBetweenSkipsNightsAndWeekendsAndIsZeroBackwards() {
    assertThat(HOURS.between(at("2026-12-04T16:00"), at("2026-12-07T10:00"))).isEqualTo(Duration.ofHours(2));
    assertThat(HOURS.between(at("2026-12-05T10:00"), at("2026-12-06T18:00"))).isZero();
    assertThat(HOURS.between(at("2026-12-07T10:00"), at("2026-12-07T09:00"))).isZero();
  }

  @Test
  void theClocksGoingBackDoNotMoveTheWorkingDay() {
    // 25 October 2026: British Summer Time ends on Sunday; Monday still opens at 09:00 local time.
    assertThat(HOURS.plus(at("2026-10-23T16:30"), Duration.ofHours(1))).isEqualTo(at("2026-10-26T09:30"));
  }

  @Test
  void aSaturdayWorkingDayCountsWhenConfigured() {
    WorkingHours six = new WorkingHours(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.SATURDAY), LocalTime.of(9, 0),
        LocalTime.of(13, 0), LONDON, Set.of());
    assertThat(six.plus(at("2026-12-04T12:00"), Duration.ofHours(2))).isEqualTo(at("2026-12-05T10:00"));
  }

  @Test
  void percentilesAreNearestRank() {
    List<Duration> minutes = java.util.stream.IntStream.rangeClosed(1, 10).mapToObj(Duration::ofMinutes).toList();
    assertThat(InboxFigures.percentile(minutes, 50)).isEqualTo(Duration.ofMinutes(5));
    assertThat(InboxFigures.percentile(minutes, 90)).isEqualTo(Duration.ofMinutes(9));
    assertThat(InboxFigures.percentile(List.of(Duration.ofMinutes(7)), 90)).isEqualTo(Duration.ofMinutes(7));
    assertThat(InboxFigures.percentile(List.of(), 50)).isZero();
  }
}
