package org.steward.app.moderation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.steward.app.accounts.AccountPosting;

/**
 * First-response figures (SAF-7): median and 90th percentile of the working time from arrival to
 * the first response, per account and per month of arrival, over the last twelve months, each
 * account against the target of the pack in force for its unit.
 */
@Service
class InboxFigures {
  private final InboxItems items;
  private final InboxPolicy policy;
  private final InboxSettings settings;
  private final AccountPosting accounts;
  private final Clock clock;

  InboxFigures(InboxItems items, InboxPolicy policy, InboxSettings settings, AccountPosting accounts, Clock clock) {
    this.items = items;
    this.policy = policy;
    this.settings = settings;
    this.accounts = accounts;
    this.clock = clock;
  }

  /** One account's month: how many items were answered, and how fast in working time. */
  record Row(long accountId, YearMonth month, int answered, Duration median, Duration p90, Duration target) {
    long medianMinutes() {
      return median.toMinutes();
    }

    long p90Minutes() {
      return p90.toMinutes();
    }
  }

  @Transactional(readOnly = true)
  List<Row> figures(Collection<Long> accountIds) {
    // Each account counts in the working time, and against the target, of the pack for its unit.
    Map<Long, InboxPolicy.Targets> targets = new HashMap<>();
    for (long id : accountIds) {
      targets.put(id, policy.targets(accounts.find(id).map(a -> (Long) a.unitId()).orElse(null)));
    }
    Instant since = clock.instant().atZone(settings.zone()).minusMonths(12).withDayOfMonth(1).toLocalDate()
        .atStartOfDay(settings.zone()).toInstant();
    Map<Long, Map<YearMonth, List<Duration>>> by = new TreeMap<>();
    for (InboxItems.Answered a : items.answered(accountIds, since)) {
      by.computeIfAbsent(a.accountId(), k -> new TreeMap<>())
          .computeIfAbsent(YearMonth.from(a.arrivedAt().atZone(settings.zone())), k -> new ArrayList<>())
          .add(targets.computeIfAbsent(a.accountId(), k -> policy.targets(null)).hours()
              .between(a.arrivedAt(), a.firstResponseAt()));
    }
    List<Row> rows = new ArrayList<>();
    by.forEach((account, months) -> months.forEach((month, times) -> {
      times.sort(Comparator.naturalOrder());
      rows.add(new Row(account, month, times.size(), percentile(times, 50), percentile(times, 90),
          targets.get(account).firstResponse()));
    }));
    return rows;
  }

  /** Nearest-rank percentile of sorted values: the smallest value with at least p% at or below it. */
  static Duration percentile(List<Duration> sorted, int p) {
    if (sorted.isEmpty()) {
      return Duration.ZERO;
    }
    int rank = (int) Math.ceil(p / 100.0 * sorted.size());
    return sorted.get(Math.max(0, Math.min(sorted.size(), rank) - 1));
  }
}
