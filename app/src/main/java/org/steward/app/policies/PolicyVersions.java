package org.steward.app.policies;

import static org.steward.app.storage.StoredTime.instant;
import static org.steward.app.storage.StoredTime.stored;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Versions of packs, their review extensions and the state counter, with the SQL written out. */
@Repository
class PolicyVersions {
  private static final String COLUMNS = "id, pack_id, version, title, source_kind, source_name, source_sha256,"
      + " status, uploaded_by, uploaded_at, enforced_from, supersedes_id, published_by, published_at,"
      + " publish_reason, announced_at, summary_staff, summary_learner";

  private final JdbcClient jdbc;

  PolicyVersions(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * A time as stored: cut to microseconds first, because both databases keep microseconds and H2
   * rounds the rest up, which would put a version published "now" a moment into the future.
   */
  static OffsetDateTime ts(Instant t) {
    return t == null ? null : stored(t.truncatedTo(java.time.temporal.ChronoUnit.MICROS));
  }

  private static PolicyVersion row(ResultSet rs, int i) throws SQLException {
    return new PolicyVersion(rs.getLong("id"), rs.getString("pack_id"), rs.getString("version"),
        rs.getString("title"), PolicyVersion.Source.of(rs.getString("source_kind")), rs.getString("source_name"),
        rs.getString("source_sha256"), PolicyVersion.Status.of(rs.getString("status")),
        rs.getObject("uploaded_by", Long.class), instant(rs, "uploaded_at"), instant(rs, "enforced_from"),
        rs.getObject("supersedes_id", Long.class), rs.getObject("published_by", Long.class),
        instant(rs, "published_at"), rs.getString("publish_reason"), instant(rs, "announced_at"),
        rs.getString("summary_staff"), rs.getString("summary_learner"));
  }

  long insert(String packId, String version, String title, PolicyVersion.Source source, String sourceName,
      String text, String sha256, Long by, Instant now) {
    var keys = new GeneratedKeyHolder();
    jdbc.sql("insert into policy_versions (pack_id, version, title, source_kind, source_name, source_text,"
            + " source_sha256, status, uploaded_by, uploaded_at) values (?, ?, ?, ?, ?, ?, ?, 'draft', ?, ?)")
        .params(packId, version, title, source.code(), sourceName, text, sha256, by, ts(now))
        .update(keys, "id");
    return keys.getKeyAs(Number.class).longValue();
  }

  Optional<PolicyVersion> find(long id) {
    return jdbc.sql("select " + COLUMNS + " from policy_versions where id = ?").param(id)
        .query(PolicyVersions::row).optional();
  }

  /** The version, its row locked until the transaction ends. */
  Optional<PolicyVersion> lock(long id) {
    return jdbc.sql("select " + COLUMNS + " from policy_versions where id = ? for update").param(id)
        .query(PolicyVersions::row).optional();
  }

  Optional<PolicyVersion> find(String packId, String version) {
    return jdbc.sql("select " + COLUMNS + " from policy_versions where pack_id = ? and version = ?")
        .params(packId, version).query(PolicyVersions::row).optional();
  }

  /** Every version of every pack, newest first within a pack. */
  List<PolicyVersion> all() {
    return jdbc.sql("select " + COLUMNS + " from policy_versions order by pack_id, id desc")
        .query(PolicyVersions::row).list();
  }

  List<PolicyVersion> ofPack(String packId) {
    return jdbc.sql("select " + COLUMNS + " from policy_versions where pack_id = ? order by id desc")
        .param(packId).query(PolicyVersions::row).list();
  }

  String source(long id) {
    return jdbc.sql("select source_text from policy_versions where id = ?").param(id)
        .query(String.class).single();
  }

  void publish(long id, Long by, Instant at, Instant enforcedFrom, Long supersedesId, String reason) {
    jdbc.sql("update policy_versions set status = 'published', published_by = ?, published_at = ?,"
            + " enforced_from = ?, supersedes_id = ?, publish_reason = ? where id = ?")
        .params(by, ts(at), ts(enforcedFrom), supersedesId, reason, id).update();
  }

  void discard(long id) {
    jdbc.sql("update policy_versions set status = 'discarded' where id = ?").param(id).update();
  }

  /** A shipped file corrected in place by a new Steward release (same version, other content). */
  void replaceSource(long id, String title, String text, String sha256) {
    jdbc.sql("update policy_versions set title = ?, source_text = ?, source_sha256 = ? where id = ?")
        .params(title, text, sha256, id).update();
  }

  void summary(long id, Audience audience, String text) {
    jdbc.sql("update policy_versions set " + (audience == Audience.LEARNER ? "summary_learner" : "summary_staff")
        + " = ? where id = ?").params(text, id).update();
  }

  /** Published versions whose time has come and whose audience has not been asked yet. */
  List<PolicyVersion> dueForAnnouncement(Instant now) {
    return jdbc.sql("select " + COLUMNS + " from policy_versions where status = 'published'"
            + " and announced_at is null and enforced_from <= ? order by enforced_from, id")
        .param(ts(now)).query(PolicyVersions::row).list();
  }

  /** Marks the version announced; false when another node did it first. */
  boolean markAnnounced(long id, Instant at) {
    return jdbc.sql("update policy_versions set announced_at = ? where id = ? and announced_at is null")
        .params(ts(at), id).update() == 1;
  }

  // Reviews (DOC-1): a recorded decision to extend the review date of a version.

  void extendReview(long versionId, LocalDate reviewBy, String reason, Long by, Instant at) {
    jdbc.sql("insert into policy_review_extensions (version_id, review_by, reason, decided_by, decided_at)"
            + " values (?, ?, ?, ?, ?)").params(versionId, reviewBy, reason, by, ts(at)).update();
  }

  /** The review date of the latest extension of this version, if any. */
  Optional<LocalDate> extendedTo(long versionId) {
    return jdbc.sql("select review_by from policy_review_extensions where version_id = ? order by id desc")
        .param(versionId).query(LocalDate.class).list().stream().findFirst();
  }

  /** Records that the owners were told of the review due on {@code reviewBy}; false if already told. */
  boolean recordReviewNotice(long versionId, LocalDate reviewBy, String kind, Instant at) {
    int done = jdbc.sql("select count(*) from policy_review_notices where version_id = ? and review_by = ?"
            + " and kind = ?").params(versionId, reviewBy, kind).query(Integer.class).single();
    if (done > 0) {
      return false;
    }
    jdbc.sql("insert into policy_review_notices (version_id, review_by, kind, sent_at) values (?, ?, ?, ?)")
        .params(versionId, reviewBy, kind, ts(at)).update();
    return true;
  }

  // The state counter: every change to versions, adoptions or owners moves it on, so each node's
  // snapshot of what is in force is rebuilt when (and only when) something changed.

  /** Locks the state row: changes to what is in force are serialised on it, on every node. */
  long lockState() {
    return jdbc.sql("select generation from policy_state where id = 1 for update").query(Long.class).single();
  }

  void bump() {
    jdbc.sql("update policy_state set generation = generation + 1 where id = 1").update();
  }

  long generation() {
    return jdbc.sql("select generation from policy_state where id = 1").query(Long.class).single();
  }
}
