package org.steward.app.posts;

import static org.steward.app.storage.StoredTime.instant;
import static org.steward.app.storage.StoredTime.stored;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.steward.app.web.NotFound;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The posts tables, used only by this feature's services. */
@Repository
class Posts {
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final TypeReference<List<StoredFinding>> FINDINGS = new TypeReference<>() {};
  static final String COLUMNS = "id, account_id, author_id, text, state, origin, scheduled_for, verdict,"
      + " findings, pack_id, checked_at, approval_reasons, approver_id, decided_at, decision_note,"
      + " platform_id, platform_url, published_at, manual_ready, failure_reason, attempts,"
      + " next_attempt_at, publish_verdict, publish_findings, created_at, updated_at";

  private final JdbcClient jdbc;

  Posts(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  static String json(List<StoredFinding> findings) {
    return JSON.writeValueAsString(findings);
  }

  private static List<StoredFinding> findings(String json) {
    return json == null || json.isEmpty() ? List.of() : JSON.readValue(json, FINDINGS);
  }

  static Post post(ResultSet rs, int row) throws SQLException {
    long approver = rs.getLong("approver_id");
    Long approverId = rs.wasNull() ? null : approver;
    long author = rs.getLong("author_id");
    Long authorId = rs.wasNull() ? null : author;
    return new Post(rs.getLong("id"), rs.getLong("account_id"), authorId, rs.getString("text"),
        PostState.fromCode(rs.getString("state")).orElseThrow(), rs.getString("origin"),
        instant(rs, "scheduled_for"), rs.getString("verdict"), findings(rs.getString("findings")),
        rs.getString("pack_id"), instant(rs, "checked_at"), rs.getString("approval_reasons"),
        approverId, instant(rs, "decided_at"), rs.getString("decision_note"),
        rs.getString("platform_id"), rs.getString("platform_url"), instant(rs, "published_at"),
        rs.getBoolean("manual_ready"), rs.getString("failure_reason"), rs.getInt("attempts"),
        instant(rs, "next_attempt_at"), rs.getString("publish_verdict"),
        findings(rs.getString("publish_findings")), instant(rs, "created_at"), instant(rs, "updated_at"));
  }

  /** What a new post is made of. */
  record NewRow(long accountId, Long authorId, String text, PostState state, String origin,
      Instant scheduledFor, PostCheck.Outcome check, String platformId, String platformUrl,
      Instant publishedAt) {}

  long insert(NewRow r, Instant now) {
    var keys = new GeneratedKeyHolder();
    jdbc.sql("insert into posts (account_id, author_id, text, state, origin, scheduled_for, verdict,"
            + " findings, pack_id, checked_at, platform_id, platform_url, published_at, created_at,"
            + " updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(r.accountId(), r.authorId(), r.text(), r.state().code(), r.origin(), stored(r.scheduledFor()),
            r.check().verdict(), json(r.check().findings()), r.check().packId(), stored(now),
            r.platformId(), r.platformUrl(), stored(r.publishedAt()), stored(now), stored(now))
        .update(keys, "id");
    return keys.getKeyAs(Number.class).longValue();
  }

  /** The posts, not yet gone, with the person in one of their images (the consent SPI), oldest first. */
  List<Post> picturing(long personId) {
    return jdbc.sql("select " + COLUMNS + " from posts where id in (select post_id from post_media_people"
            + " where person_id = ?) and state not in ('removed', 'rejected', 'expired') order by id")
        .param(personId).query(Posts::post).list();
  }

  /**
   * A page of the posts not yet gone (drafts, waiting, approved, scheduled, published, failed) after
   * {@code afterId}, oldest first: a withdrawal of consent to be named reads them all, page by page.
   */
  List<Post> notGone(long afterId, int limit) {
    return jdbc.sql("select " + COLUMNS + " from posts where id > ? and state not in ('removed', 'rejected',"
            + " 'expired') order by id limit ?").params(afterId, limit).query(Posts::post).list();
  }

  Optional<Post> find(long id) {
    return jdbc.sql("select " + COLUMNS + " from posts where id = ?").param(id).query(Posts::post).optional();
  }

  Post existing(long id) {
    return find(id).orElseThrow(() -> new NotFound("There is no post " + id + "."));
  }

  /** The post with its row locked until the transaction ends (serialises changes), or 404. */
  Post locked(long id) {
    return jdbc.sql("select " + COLUMNS + " from posts where id = ? for update").param(id)
        .query(Posts::post).optional().orElseThrow(() -> new NotFound("There is no post " + id + "."));
  }

  void updateDraft(long id, String text, Instant scheduledFor, Instant now) {
    jdbc.sql("update posts set text = ?, scheduled_for = ?, updated_at = ? where id = ?")
        .params(text, stored(scheduledFor), stored(now), id).update();
  }

  void storeCheck(long id, PostCheck.Outcome check, Instant now) {
    jdbc.sql("update posts set verdict = ?, findings = ?, pack_id = ?, checked_at = ? where id = ?")
        .params(check.verdict(), json(check.findings()), check.packId(), stored(now), id).update();
  }

  void storePublishCheck(long id, PostCheck.Outcome check) {
    jdbc.sql("update posts set publish_verdict = ?, publish_findings = ? where id = ?")
        .params(check.verdict(), json(check.findings()), id).update();
  }

  void move(long id, PostState to, Instant now) {
    jdbc.sql("update posts set state = ?, updated_at = ? where id = ?").params(to.code(), stored(now), id).update();
  }

  void approvalReasons(long id, String reasons) {
    jdbc.sql("update posts set approval_reasons = ? where id = ?").params(reasons, id).update();
  }

  void decide(long id, Long approverId, String note, Instant now) {
    jdbc.sql("update posts set approver_id = ?, decided_at = ?, decision_note = ? where id = ?")
        .params(approverId, stored(now), note, id).update();
  }

  void published(long id, String platformId, String url, Instant at, Instant now) {
    jdbc.sql("update posts set state = 'published', platform_id = ?, platform_url = ?, published_at = ?,"
            + " manual_ready = false, failure_reason = null, next_attempt_at = null, updated_at = ?,"
            + " attempts = attempts + 1 where id = ?")
        .params(platformId, url, stored(at), stored(now), id).update();
    // Bytes go once published: the archive keeps the hash, type, size and alt text.
    jdbc.sql("update post_media set bytes = null where post_id = ?").param(id).update();
  }

  void manualReady(long id, Instant now) {
    jdbc.sql("update posts set manual_ready = true, updated_at = ? where id = ?").params(stored(now), id).update();
  }

  void attemptFailed(long id, PostState state, String reason, Instant nextAttempt, Instant now) {
    jdbc.sql("update posts set state = ?, failure_reason = ?, next_attempt_at = ?, attempts = attempts + 1,"
            + " updated_at = ? where id = ?")
        .params(state.code(), reason, stored(nextAttempt), stored(now), id).update();
  }

  void updateSchedule(long id, Instant at) {
    jdbc.sql("update posts set scheduled_for = ? where id = ?").params(stored(at), id).update();
  }

  void resetAttempts(long id) {
    jdbc.sql("update posts set attempts = 0, next_attempt_at = null, failure_reason = null where id = ?")
        .param(id).update();
  }

  // Media (CON-7) and the people pictured

  void insertMedia(long postId, int position, String mimeType, byte[] bytes, long size, String sha256,
      String altText, Rights rights, List<PostMedia.Pictured> people) {
    jdbc.sql("insert into post_media (post_id, position, mime_type, bytes, size_bytes, sha256, alt_text, rights)"
            + " values (?, ?, ?, ?, ?, ?, ?, ?)")
        .params(postId, position, mimeType, bytes, size, sha256, altText, rights.code()).update();
    int seq = 0;
    for (PostMedia.Pictured p : people) {
      jdbc.sql("insert into post_media_people (post_id, position, seq, person_id, external_name)"
              + " values (?, ?, ?, ?, ?)")
          .params(postId, position, seq++, p.personId(), p.externalName()).update();
    }
  }

  void deleteMedia(long postId) {
    jdbc.sql("delete from post_media_people where post_id = ?").param(postId).update();
    jdbc.sql("delete from post_media where post_id = ?").param(postId).update();
  }

  List<PostMedia> media(long postId) {
    Map<Integer, List<PostMedia.Pictured>> people = new LinkedHashMap<>();
    jdbc.sql("select position, person_id, external_name from post_media_people where post_id = ?"
            + " order by position, seq").param(postId).query(rs -> {
      long pid = rs.getLong(2);
      Long person = rs.wasNull() ? null : pid;
      people.computeIfAbsent(rs.getInt(1), k -> new ArrayList<>())
          .add(new PostMedia.Pictured(person, rs.getString(3)));
    });
    return jdbc.sql("select position, mime_type, size_bytes, sha256, alt_text, rights from post_media"
            + " where post_id = ? order by position").param(postId)
        .query((rs, i) -> new PostMedia(rs.getInt(1), rs.getString(2), rs.getLong(3), rs.getString(4),
            rs.getString(5), Rights.fromCode(rs.getString(6)).orElse(Rights.UNKNOWN),
            people.getOrDefault(rs.getInt(1), List.of())))
        .list();
  }

  /** The bytes of each image still held (before publishing), by position. */
  Map<Integer, byte[]> mediaBytes(long postId) {
    Map<Integer, byte[]> out = new LinkedHashMap<>();
    jdbc.sql("select position, bytes from post_media where post_id = ? and bytes is not null order by position")
        .param(postId).query(rs -> {
          out.put(rs.getInt(1), rs.getBytes(2));
        });
    return out;
  }

  // History

  void history(long postId, Long actorId, PostState from, PostState to, String note, Instant at) {
    jdbc.sql("insert into post_history (post_id, at, actor_id, from_state, to_state, note) values (?, ?, ?, ?, ?, ?)")
        .params(postId, stored(at), actorId, from == null ? null : from.code(), to.code(), note).update();
  }

  List<PostEvent> history(long postId) {
    return jdbc.sql("select at, actor_id, from_state, to_state, note from post_history where post_id = ? order by id")
        .param(postId).query((rs, i) -> {
          long actor = rs.getLong(2);
          Long actorId = rs.wasNull() ? null : actor;
          return new PostEvent(instant(rs, "at"), actorId, PostState.fromCode(rs.getString(3)).orElse(null),
              PostState.fromCode(rs.getString(4)).orElseThrow(), rs.getString(5));
        }).list();
  }

  // Lists

  List<Post> inStates(Collection<PostState> states, int limit) {
    if (states.isEmpty()) {
      return List.of();
    }
    return jdbc.sql("select " + COLUMNS + " from posts where state in (" + marks(states.size())
            + ") order by updated_at desc, id desc limit " + limit)
        .params(states.stream().map(PostState::code).toList()).query(Posts::post).list();
  }

  List<Post> ofAuthor(long authorId, int limit) {
    return jdbc.sql("select " + COLUMNS + " from posts where author_id = ? order by updated_at desc, id desc limit ?")
        .params(authorId, limit).query(Posts::post).list();
  }

  List<Post> ofAccounts(Collection<Long> accountIds, Collection<PostState> states, int limit) {
    if (accountIds.isEmpty() || states.isEmpty()) {
      return List.of();
    }
    List<Object> params = new ArrayList<>(accountIds);
    states.forEach(s -> params.add(s.code()));
    return jdbc.sql("select " + COLUMNS + " from posts where account_id in (" + marks(accountIds.size())
            + ") and state in (" + marks(states.size()) + ") order by updated_at desc, id desc limit " + limit)
        .params(params).query(Posts::post).list();
  }

  /** Submitted posts whose scheduled time has come: they expire instead of going out late. */
  List<Long> dueToExpire(Instant now) {
    return jdbc.sql("select id from posts where state = 'submitted' and scheduled_for is not null"
            + " and scheduled_for <= ? order by id").param(stored(now)).query(Long.class).list();
  }

  /** Scheduled posts (and failed ones waiting for a retry) whose time has come. */
  List<Long> dueToPublish(Instant now) {
    return jdbc.sql("select id from posts where state = 'scheduled' and scheduled_for <= ?"
            + " and (next_attempt_at is null or next_attempt_at <= ?) order by scheduled_for, id")
        .params(stored(now), stored(now)).query(Long.class).list();
  }

  Optional<Post> byPlatformId(long accountId, String platformId) {
    return jdbc.sql("select " + COLUMNS + " from posts where account_id = ? and platform_id = ?")
        .params(accountId, platformId).query(Posts::post).optional();
  }

  // The sync

  Optional<Instant> lastSynced(long accountId) {
    return jdbc.sql("select synced_at from post_sync where account_id = ?").param(accountId)
        .query((rs, i) -> instant(rs, "synced_at")).optional();
  }

  void synced(long accountId, Instant at, int posts, String error) {
    int n = jdbc.sql("update post_sync set synced_at = ?, posts_found = ?, last_error = ?"
            + " where account_id = ?").params(stored(at), posts, error, accountId).update();
    if (n == 0) {
      jdbc.sql("insert into post_sync (account_id, synced_at, posts_found, last_error)"
          + " values (?, ?, ?, ?)").params(accountId, stored(at), posts, error).update();
    }
  }

  static String cut(String s, int max) {
    return s == null || s.length() <= max ? s : s.substring(0, max);
  }

  // Re-scans of the archive (issue #11) and the review tasks they open

  record Rescan(long id, String packId, String version, Instant startedAt, Instant finishedAt, int total, int done,
      int newlyFailing, long lastPostId) {
    boolean finished() {
      return finishedAt != null;
    }
  }

  private static Rescan rescan(ResultSet rs, int row) throws SQLException {
    return new Rescan(rs.getLong("id"), rs.getString("pack_id"), rs.getString("version"), instant(rs, "started_at"),
        instant(rs, "finished_at"), rs.getInt("total"), rs.getInt("done"), rs.getInt("newly_failing"),
        rs.getLong("last_post_id"));
  }

  int countArchived() {
    return jdbc.sql("select count(*) from posts where state = 'published'").query(Integer.class).single();
  }

  long startRescan(String packId, String version, int total, Instant now) {
    var keys = new GeneratedKeyHolder();
    jdbc.sql("insert into post_rescans (pack_id, version, started_at, total) values (?, ?, ?, ?)")
        .params(packId, version, stored(now), total).update(keys, "id");
    return keys.getKeyAs(Number.class).longValue();
  }

  Optional<Long> rescanOf(String packId, String version) {
    return jdbc.sql("select min(id) from post_rescans where pack_id = ? and version = ?").params(packId, version)
        .query(Long.class).optional();
  }

  Optional<Rescan> rescanById(long id) {
    return jdbc.sql("select * from post_rescans where id = ?").param(id).query(Posts::rescan).optional();
  }

  Optional<Rescan> lockedRescan(long id) {
    return jdbc.sql("select * from post_rescans where id = ? for update").param(id).query(Posts::rescan).optional();
  }

  Optional<Rescan> latestRescan() {
    return jdbc.sql("select * from post_rescans order by id desc limit 1").query(Posts::rescan).optional();
  }

  List<Long> unfinishedRescans() {
    return jdbc.sql("select id from post_rescans where finished_at is null order by id").query(Long.class).list();
  }

  /** The next archived posts after {@code afterId}, in id order: one batch of a re-scan. */
  List<Post> archivedAfter(long afterId, int limit) {
    return jdbc.sql("select " + COLUMNS + " from posts where state = 'published' and id > ? order by id limit ?")
        .params(afterId, limit).query(Posts::post).list();
  }

  void rescanProgress(long id, int done, int newlyFailing, long lastPostId, Instant finishedAt) {
    jdbc.sql("update post_rescans set done = done + ?, newly_failing = newly_failing + ?, last_post_id = ?,"
            + " finished_at = ? where id = ?").params(done, newlyFailing, lastPostId, stored(finishedAt), id).update();
  }

  void openReview(long postId, long rescanId, String verdict, Instant now) {
    jdbc.sql("insert into post_reviews (post_id, rescan_id, verdict, opened_at, status) values (?, ?, ?, ?, 'open')")
        .params(postId, rescanId, verdict, stored(now)).update();
  }

  boolean hasOpenReview(long postId) {
    return jdbc.sql("select count(*) from post_reviews where post_id = ? and status = 'open'").param(postId)
        .query(Integer.class).single() > 0;
  }

  int closeReviews(long postId, long by, String outcome, Instant now) {
    return jdbc.sql("update post_reviews set status = 'done', done_by = ?, done_at = ?, outcome = ? where post_id = ?"
        + " and status = 'open'").params(by, stored(now), outcome, postId).update();
  }

  /** Posts of these accounts with an open review task. */
  List<Long> openReviews(Collection<Long> accountIds) {
    if (accountIds.isEmpty()) {
      return List.of();
    }
    return jdbc.sql("select distinct r.post_id from post_reviews r join posts p on p.id = r.post_id where r.status = 'open'"
            + " and p.account_id in (" + marks(accountIds.size()) + ") order by r.post_id")
        .params(new ArrayList<>(accountIds)).query(Long.class).list();
  }

  // Account rules (approval, required tags)

  record AccountRules(boolean approvalRequired, List<String> requiredTags) {
    static final AccountRules NONE = new AccountRules(false, List.of());
  }

  AccountRules rules(long accountId) {
    return jdbc.sql("select approval_required, required_tags from post_account_rules where account_id = ?")
        .param(accountId).query((rs, i) -> new AccountRules(rs.getBoolean(1), tags(rs.getString(2))))
        .optional().orElse(AccountRules.NONE);
  }

  void setRules(long accountId, boolean approvalRequired, List<String> tags, Long by, Instant now) {
    int n = jdbc.sql("update post_account_rules set approval_required = ?, required_tags = ?, updated_by = ?,"
            + " updated_at = ? where account_id = ?")
        .params(approvalRequired, String.join(" ", tags), by, stored(now), accountId).update();
    if (n == 0) {
      jdbc.sql("insert into post_account_rules (account_id, approval_required, required_tags, updated_by,"
              + " updated_at) values (?, ?, ?, ?, ?)")
          .params(accountId, approvalRequired, String.join(" ", tags), by, stored(now)).update();
    }
  }

  private static List<String> tags(String s) {
    return s == null || s.isBlank() ? List.of() : List.of(s.trim().split("\\s+"));
  }

  private static String marks(int n) {
    return String.join(", ", java.util.Collections.nCopies(n, "?"));
  }
}
