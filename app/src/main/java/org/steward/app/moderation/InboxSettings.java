package org.steward.app.moderation;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The inbox's settings, in one place. They are the pack's {@code inbox.*} settings once the
 * policies feature lets a feature declare them (issue #10); until then they come from here, with
 * the defaults a UK college keeps (docs/packs.md).
 *
 * @param firstResponse the target for a first response, in working time ({@code inbox.first-response})
 * @param marketingAfter how much longer, in working time, before an overdue item also alerts marketing
 * @param workingDays the days the inbox is staffed ({@code inbox.working-days})
 * @param dayStarts when a working day starts ({@code inbox.working-hours})
 * @param dayEnds when it ends
 * @param zone the institution's time zone
 * @param bankHolidays days off besides weekends ({@code inbox.bank-holidays})
 * @param syncEvery how often replies are read from the platforms
 */
@ConfigurationProperties("steward.moderation")
record InboxSettings(
    @DefaultValue("PT4H") Duration firstResponse,
    @DefaultValue("PT4H") Duration marketingAfter,
    @DefaultValue({"MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY"}) Set<DayOfWeek> workingDays,
    @DefaultValue("09:00") LocalTime dayStarts,
    @DefaultValue("17:00") LocalTime dayEnds,
    @DefaultValue("Europe/London") ZoneId zone,
    @DefaultValue List<LocalDate> bankHolidays,
    @DefaultValue("PT5M") Duration syncEvery) {

  InboxSettings {
    if (firstResponse.isNegative() || firstResponse.isZero()) {
      throw new IllegalArgumentException("steward.moderation.first-response must be positive");
    }
    if (!dayEnds.isAfter(dayStarts)) {
      throw new IllegalArgumentException("steward.moderation.day-ends must be after day-starts");
    }
    if (workingDays.isEmpty()) {
      throw new IllegalArgumentException("steward.moderation.working-days needs at least one day");
    }
  }

  WorkingHours hours() {
    return new WorkingHours(workingDays, dayStarts, dayEnds, zone, Set.copyOf(bankHolidays));
  }
}
