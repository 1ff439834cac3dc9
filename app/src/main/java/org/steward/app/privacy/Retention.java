package org.steward.app.privacy;

import java.time.Clock;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.steward.app.identity.PersonalData;

/**
 * The retention schedule at work: for every record type a feature disposes of, records older than
 * its period are deleted and the disposal log says how many, of which type, under which period,
 * never what they said. Runs nightly ({@link PrivacyJobs}); safe to run again at any time.
 */
@Service
public class Retention {
  private final PersonalDataSources sources;
  private final RetentionSchedule schedule;
  private final PrivacyTables tables;
  private final Clock clock;

  Retention(PersonalDataSources sources, RetentionSchedule schedule, PrivacyTables tables, Clock clock) {
    this.sources = sources;
    this.schedule = schedule;
    this.tables = tables;
    this.clock = clock;
  }

  /** One line of the disposal log. */
  public record Disposed(String recordType, Period period, int count) {}

  /** Applies the schedule now; returns what was disposed of, type by type (zero counts included). */
  @Transactional
  public List<Disposed> apply() {
    Instant now = clock.instant();
    List<Disposed> out = new ArrayList<>();
    for (PersonalData source : sources.all()) {
      for (String type : source.recordTypes().stream().sorted().toList()) {
        Period period = schedule.periodFor(type).orElseThrow(() -> new IllegalStateException(
            "steward.retention.periods." + type + " is not set: every record type needs a period"));
        Instant cutoff = now.atOffset(ZoneOffset.UTC).minus(period).toInstant();
        int n = source.disposeBefore(type, cutoff);
        tables.logDisposal(type, period.toString(), cutoff, n, now);
        out.add(new Disposed(type, period, n));
      }
    }
    return out;
  }

  /** The schedule as the privacy page shows it. */
  public RetentionSchedule schedule() {
    return schedule;
  }
}
