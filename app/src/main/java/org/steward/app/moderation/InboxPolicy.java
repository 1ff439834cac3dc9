package org.steward.app.moderation;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.steward.app.policies.Audience;
import org.steward.app.policies.PoliciesInForce;
import org.steward.app.policies.PolicySettings;

/**
 * The inbox's targets from the policy in force for the account's unit (staff are the audience of
 * official accounts): the first-response target, when marketing is alerted too, and the working
 * days, hours and bank holidays the targets count in ({@link InboxDeclarations}). The time zone is
 * the deployment's ({@link InboxSettings}). A unit of null is the organisation's pack.
 */
@Component
class InboxPolicy {
  private final PoliciesInForce policies;
  private final InboxSettings deployment;

  InboxPolicy(PoliciesInForce policies, InboxSettings deployment) {
    this.policies = policies;
    this.deployment = deployment;
  }

  /** What the inbox counts in, for an account of this unit. */
  record Targets(Duration firstResponse, Duration marketingAfter, WorkingHours hours) {}

  Targets targets(Long unitId) {
    PolicySettings s = policies.settingsFor(unitId, Audience.STAFF);
    Duration first = s.duration(InboxDeclarations.FIRST_RESPONSE).filter(d -> !d.isNegative() && !d.isZero())
        .orElse(Duration.ofHours(4));
    Duration marketing = s.duration(InboxDeclarations.MARKETING_AFTER).filter(d -> !d.isNegative())
        .orElse(Duration.ofHours(4));
    Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
    for (String d : s.list(InboxDeclarations.WORKING_DAYS)) {
      days.add(DayOfWeek.valueOf(d.strip().toUpperCase(Locale.ROOT)));
    }
    LocalTime[] hours = InboxDeclarations.hours(s.text(InboxDeclarations.WORKING_HOURS)
        .orElse(InboxDeclarations.DEFAULT_HOURS));
    Set<LocalDate> holidays = new HashSet<>();
    s.list(InboxDeclarations.BANK_HOLIDAYS).forEach(d -> holidays.add(LocalDate.parse(d.strip())));
    return new Targets(first, marketing, new WorkingHours(days, hours[0], hours[1], deployment.zone(), holidays));
  }
}
