package org.steward.app.privacy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.steward.app.identity.Actor;
import org.steward.app.identity.FeaturePersonalData;
import org.steward.app.identity.PersonalRecord;

/**
 * What data protection itself holds about a person: their subject access requests, monitoring of
 * their accounts (with every look), and monitoring they asked for, approved or did. Erasing the
 * person monitored deletes the requests about them; a requester's or approver's id stays on
 * requests about others (the DPO's record of who authorised a look), pseudonymous once their name
 * is erased. The erasure log keeps the id of each person erased and nothing else about them.
 */
@Component
@Order(80)
class PrivacyPersonalData extends FeaturePersonalData {
  private final PrivacyTables tables;
  private final JdbcClient jdbc;

  PrivacyPersonalData(PrivacyTables tables, JdbcClient jdbc) {
    super("Data protection (subject access and monitoring)",
        "subject_access_requests", "monitoring_requests", "monitoring_looks", "erasure_log");
    this.tables = tables;
    this.jdbc = jdbc;
  }

  @Override
  public List<PersonalRecord> export(long personId) {
    List<PersonalRecord> out = new ArrayList<>();
    for (SubjectAccessRequest r : tables.sarsAbout(personId)) {
      out.add(PersonalRecord.of("Subject access request", r.id(), r.openedAt(),
          "About you", Boolean.toString(r.subjectId() == personId), "Received", r.receivedOn().toString(),
          "Due", r.dueOn().toString(), "Status", r.status()));
    }
    for (MonitoringRequest r : tables.monitoringsAbout(personId)) {
      out.add(PersonalRecord.of("Monitoring of your personal account", r.id(), r.requestedAt(),
          "Account", r.account(), "Cause", MonitoringRequest.causeLabel(r.cause()), "Details", r.details(),
          "Status", r.status(), "Until", r.validUntil() == null ? "" : r.validUntil().toString(),
          "Looks", Integer.toString(tables.looks(r.id()).size())));
    }
    for (MonitoringRequest r : tables.monitoringsInvolving(personId)) {
      out.add(PersonalRecord.of("Monitoring you asked for or approved", r.id(), r.requestedAt(),
          "Your part", r.requestedBy() == personId ? "asked" : "second approver", "Status", r.status()));
    }
    for (MonitoringRequest.Look l : tables.looksBy(personId)) {
      out.add(PersonalRecord.of("A look you made under a monitoring request", l.id(), l.lookedAt(),
          "Request", Long.toString(l.requestId()), "Note", l.note()));
    }
    return out;
  }

  @Override
  public int erase(Actor actor, long personId) {
    int n = tables.eraseMonitoringOf(personId);
    // Notes a person wrote on looks at others' accounts describe those others: they go with the writer.
    n += jdbc.sql("update monitoring_looks set note = '(erased)' where looked_by = ?").param(personId).update();
    n += jdbc.sql("update monitoring_requests set decision_note = null where approver_id = ? and decision_note is not null")
        .param(personId).update();
    return n;
  }

  @Override
  public Set<String> recordTypes() {
    return Set.of("monitoring-request", "subject-access-request");
  }

  @Override
  public int disposeBefore(String recordType, Instant cutoff) {
    return switch (recordType) {
      case "monitoring-request" -> tables.disposeMonitoringBefore(cutoff);
      case "subject-access-request" -> tables.disposeCompletedSarsBefore(cutoff);
      default -> super.disposeBefore(recordType, cutoff);
    };
  }
}
