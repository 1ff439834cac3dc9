package org.steward.app.posts;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.steward.app.identity.Actor;
import org.steward.app.identity.FeaturePersonalData;
import org.steward.app.identity.PersonalRecord;

/**
 * Posts' part (issue #11's tables, V50). Export: the posts the person wrote (their text and state),
 * the decisions they made on others' posts, the pictures they are in, what they did in a post's
 * history, the account rules they set and the reviews they closed. Erasure: what was published on
 * an official account is the institution's record and stays, with the author's id a pseudonym once
 * {@code people} has erased their name; what they wrote that never went out (drafts, submitted,
 * rejected, expired, failed) goes with its pictures and history; the notes they wrote on decisions,
 * history and reviews go. A picture they are in keeps their id: a consent withdrawal finds every use
 * of a person through it (consent.PersonUsages), and taking a picture down is consent's takedown,
 * not an erasure's side effect (decision 0093).
 */
@Component
@Order(32)
class PostPersonalData extends FeaturePersonalData {
  private final JdbcClient jdbc;

  PostPersonalData(JdbcClient jdbc) {
    super("Posts", "posts", "post_media_people", "post_history", "post_account_rules", "post_reviews");
    this.jdbc = jdbc;
  }

  @Override
  public List<PersonalRecord> export(long personId) {
    List<PersonalRecord> out = new ArrayList<>();
    jdbc.sql("select id, account_id, state, text, created_at, platform_url from posts where author_id = ? order by id")
        .param(personId).query((rs, i) -> PersonalRecord.of("Post you wrote", rs.getLong("id"),
            at(rs.getObject("created_at", OffsetDateTime.class)), "Account", Long.toString(rs.getLong("account_id")),
            "State", rs.getString("state"), "Text", rs.getString("text"), "Address", rs.getString("platform_url")))
        .list().forEach(out::add);
    jdbc.sql("select id, account_id, state, decided_at, decision_note from posts where approver_id = ? order by id")
        .param(personId).query((rs, i) -> PersonalRecord.of("Post you decided", rs.getLong("id"),
            at(rs.getObject("decided_at", OffsetDateTime.class)), "Account", Long.toString(rs.getLong("account_id")),
            "State", rs.getString("state"), "Your note", rs.getString("decision_note")))
        .list().forEach(out::add);
    jdbc.sql("select p.id, p.account_id, p.state, p.platform_url, m.position, m.alt_text, p.created_at"
            + " from post_media_people x join post_media m on m.post_id = x.post_id and m.position = x.position"
            + " join posts p on p.id = x.post_id where x.person_id = ? order by p.id, m.position")
        .param(personId).query((rs, i) -> PersonalRecord.of("Picture you are in", rs.getLong(1) + "/" + rs.getInt(5),
            at(rs.getObject(7, OffsetDateTime.class)), "Account", Long.toString(rs.getLong(2)), "State", rs.getString(3),
            "Address", rs.getString(4), "Alt text", rs.getString(6)))
        .list().forEach(out::add);
    jdbc.sql("select id, post_id, at, from_state, to_state, note from post_history where actor_id = ? order by id")
        .param(personId).query((rs, i) -> PersonalRecord.of("Change you made to a post", rs.getLong(1),
            at(rs.getObject(3, OffsetDateTime.class)), "Post", Long.toString(rs.getLong(2)), "From", rs.getString(4),
            "To", rs.getString(5), "Note", rs.getString(6)))
        .list().forEach(out::add);
    jdbc.sql("select account_id, updated_at from post_account_rules where updated_by = ? order by account_id")
        .param(personId).query((rs, i) -> PersonalRecord.of("Posting rules you set for an account", rs.getLong(1),
            at(rs.getObject(2, OffsetDateTime.class)), "Account", Long.toString(rs.getLong(1))))
        .list().forEach(out::add);
    jdbc.sql("select id, post_id, done_at, outcome from post_reviews where done_by = ? order by id")
        .param(personId).query((rs, i) -> PersonalRecord.of("Review of an archived post you closed", rs.getLong(1),
            at(rs.getObject(3, OffsetDateTime.class)), "Post", Long.toString(rs.getLong(2)), "Outcome", rs.getString(4)))
        .list().forEach(out::add);
    return out;
  }

  @Override
  public int erase(Actor actor, long personId) {
    String unpublished = "author_id = ? and state in ('draft', 'submitted', 'rejected', 'expired', 'failed')";
    int n = jdbc.sql("delete from post_media_people where post_id in (select id from posts where " + unpublished + ")")
        .param(personId).update();
    n += jdbc.sql("delete from post_media where post_id in (select id from posts where " + unpublished + ")")
        .param(personId).update();
    n += jdbc.sql("delete from post_history where post_id in (select id from posts where " + unpublished + ")")
        .param(personId).update();
    n += jdbc.sql("delete from post_reviews where post_id in (select id from posts where " + unpublished + ")")
        .param(personId).update();
    n += jdbc.sql("delete from posts where " + unpublished).param(personId).update();
    n += jdbc.sql("update posts set decision_note = null where approver_id = ? and decision_note is not null")
        .param(personId).update();
    n += jdbc.sql("update post_history set note = null where actor_id = ? and note is not null").param(personId).update();
    n += jdbc.sql("update post_reviews set outcome = null where done_by = ? and outcome is not null").param(personId).update();
    return n;
  }
}
