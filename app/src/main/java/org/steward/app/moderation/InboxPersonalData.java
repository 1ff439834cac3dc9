package org.steward.app.moderation;

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
 * The moderation inbox's part (V70, V72) of subject access and erasure. Export: the items assigned
 * to the person, what they did to items (with their words), and their replies waiting for an
 * approval. Erasure: items assigned to them go back to the unassigned queue (the public's messages
 * are the institution's record of its accounts); their name and words in the history are replaced;
 * a reply of theirs that never went out is deleted. The people who wrote to an account are known
 * only by their platform handles, not as people of the directory.
 */
@Component
@Order(36)
class InboxPersonalData extends FeaturePersonalData {
  static final String ERASED = "(erased)";

  private final JdbcClient jdbc;

  InboxPersonalData(JdbcClient jdbc) {
    super("Moderation inbox", "inbox_items", "inbox_history", "inbox_pending_replies");
    this.jdbc = jdbc;
  }

  @Override
  public List<PersonalRecord> export(long personId) {
    List<PersonalRecord> out = new ArrayList<>();
    jdbc.sql("select id, account_id, state, arrived_at from inbox_items where assignee_id = ? order by id")
        .param(personId).query((rs, i) -> PersonalRecord.of("Inbox item assigned to you", rs.getLong(1),
            at(rs.getObject(4, OffsetDateTime.class)), "Account", Long.toString(rs.getLong(2)), "State",
            rs.getString(3)))
        .list().forEach(out::add);
    jdbc.sql("select id, item_id, at, action, detail from inbox_history where actor_id = ? order by id")
        .param(personId).query((rs, i) -> PersonalRecord.of("What you did in the inbox", rs.getLong(1),
            at(rs.getObject(3, OffsetDateTime.class)), "Item", Long.toString(rs.getLong(2)), "Action",
            rs.getString(4), "Detail", rs.getString(5)))
        .list().forEach(out::add);
    jdbc.sql("select item_id, text, submitted_at from inbox_pending_replies where author_id = ? order by item_id")
        .param(personId).query((rs, i) -> PersonalRecord.of("Your reply waiting for an approval", rs.getLong(1),
            at(rs.getObject(3, OffsetDateTime.class)), "Item", Long.toString(rs.getLong(1)), "Text",
            rs.getString(2)))
        .list().forEach(out::add);
    return out;
  }

  @Override
  public int erase(Actor actor, long personId) {
    int n = jdbc.sql("update inbox_items set assignee_id = null where assignee_id = ?").param(personId).update();
    n += jdbc.sql("update inbox_history set actor_name = ?, detail = ? where actor_id = ?")
        .params(ERASED, ERASED, personId).update();
    n += jdbc.sql("delete from inbox_pending_replies where author_id = ?").param(personId).update();
    return n;
  }
}
