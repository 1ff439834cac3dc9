package org.steward.app.notifications;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.steward.app.identity.Actor;
import org.steward.app.identity.FeaturePersonalData;
import org.steward.app.identity.PersonalRecord;

/** A person's notifications: exported, deleted on erasure, disposed of after {@code steward.retention.periods.notification}. */
@Component
@Order(50)
class NotificationPersonalData extends FeaturePersonalData {
  static final String TYPE = "notification";

  private final JdbcClient jdbc;
  private final Notifications notifications;

  NotificationPersonalData(JdbcClient jdbc, Notifications notifications) {
    super("Notifications", "notifications");
    this.jdbc = jdbc;
    this.notifications = notifications;
  }

  @Override
  public List<PersonalRecord> export(long personId) {
    List<Notification> all = new java.util.ArrayList<>(notifications.latest(personId, Integer.MAX_VALUE));
    java.util.Collections.reverse(all);
    return all.stream()
        .map(n -> PersonalRecord.of("Notification", n.id(), n.createdAt(), "Message", n.message(),
            "Link", n.link(), "Read", n.readAt() == null ? "no" : n.readAt().toString()))
        .toList();
  }

  @Override
  public int erase(Actor actor, long personId) {
    return jdbc.sql("delete from notifications where person_id = ?").param(personId).update();
  }

  @Override
  public Set<String> recordTypes() {
    return Set.of(TYPE);
  }

  @Override
  public int disposeBefore(String recordType, Instant cutoff) {
    return disposeRowsBefore(jdbc, recordType, TYPE, "notifications", "created_at", cutoff);
  }
}
