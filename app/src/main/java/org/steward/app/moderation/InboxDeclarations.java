package org.steward.app.moderation;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.steward.app.policies.PackSetting;
import org.steward.app.policies.PackSettingsDeclaration;
import org.steward.engine.pack.SettingSpec;

/**
 * The pack settings the moderation inbox reads (SAF-7), with the defaults a UK college keeps:
 * a first response within four working hours, Monday to Friday, 9 to 5, England and Wales bank
 * holidays from December 2026 to December 2027 (a pack keeps its own list current).
 */
@Component
class InboxDeclarations implements PackSettingsDeclaration {
  static final String FIRST_RESPONSE = "inbox.first-response";
  static final String MARKETING_AFTER = "inbox.marketing-after";
  static final String WORKING_DAYS = "inbox.working-days";
  static final String WORKING_HOURS = "inbox.working-hours";
  static final String BANK_HOLIDAYS = "inbox.bank-holidays";

  static final List<String> DEFAULT_DAYS = List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY");
  static final String DEFAULT_HOURS = "09:00-17:00";
  static final List<String> DEFAULT_HOLIDAYS = List.of("2026-12-25", "2026-12-28", "2027-01-01", "2027-03-26",
      "2027-03-29", "2027-05-03", "2027-05-31", "2027-08-30", "2027-12-27", "2027-12-28");

  @Override
  public List<PackSetting> settings() {
    return List.of(
        PackSetting.of(FIRST_RESPONSE, SettingSpec.DURATION, "PT4H",
            "The first-response target of every inbox item, in working time (SAF-7); overdue items alert"
                + " the account's managers."),
        PackSetting.of(MARKETING_AFTER, SettingSpec.DURATION, "PT4H",
            "Further working time after the target before an overdue item also alerts marketing (SAF-7)."),
        PackSetting.of(WORKING_DAYS, SettingSpec.LIST, DEFAULT_DAYS,
            "The days the inbox is staffed: MONDAY to SUNDAY, at least one.").checkedBy(InboxDeclarations::days),
        PackSetting.of(WORKING_HOURS, SettingSpec.TEXT, DEFAULT_HOURS,
            "The hours of a working day, HH:MM-HH:MM, in the institution's time zone.")
            .checkedBy(v -> hours((String) v) == null
                ? List.of("Write the working hours as HH:MM-HH:MM, the end after the start, such as 09:00-17:00.")
                : List.of()),
        PackSetting.of(BANK_HOLIDAYS, SettingSpec.LIST, DEFAULT_HOLIDAYS,
            "Days that are not working days besides the days off each week, as dates such as 2026-12-25.")
            .checkedBy(InboxDeclarations::dates));
  }

  /** The start and end of {@code HH:MM-HH:MM}, or null when it does not read or ends before it starts. */
  static LocalTime[] hours(String value) {
    String[] parts = value == null ? new String[0] : value.strip().split("\\s*-\\s*");
    if (parts.length != 2) {
      return null;
    }
    try {
      LocalTime from = LocalTime.parse(parts[0]);
      LocalTime to = LocalTime.parse(parts[1]);
      return to.isAfter(from) ? new LocalTime[] {from, to} : null;
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  @SuppressWarnings("unchecked")
  private static List<String> days(Object value) {
    List<String> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (String d : (List<String>) value) {
      try {
        DayOfWeek day = DayOfWeek.valueOf(d.strip().toUpperCase(Locale.ROOT));
        if (!seen.add(day.name())) {
          out.add("'" + d + "' is listed twice.");
        }
      } catch (IllegalArgumentException e) {
        out.add("'" + d + "' is not a day; days are MONDAY to SUNDAY.");
      }
    }
    if (((List<String>) value).isEmpty()) {
      out.add("Name at least one working day.");
    }
    return out;
  }

  @SuppressWarnings("unchecked")
  private static List<String> dates(Object value) {
    List<String> out = new ArrayList<>();
    for (String d : (List<String>) value) {
      try {
        LocalDate.parse(d.strip());
      } catch (DateTimeParseException e) {
        out.add("'" + d + "' is not a date such as 2026-12-25.");
      }
    }
    return out;
  }
}
