package org.steward.app.policies;

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
 * Policies' part (issue #10's tables, V41): which versions the person confirmed (DOC-5) and the
 * reminders sent to them, the packs they own, and what they did to policies (uploaded, published,
 * adopted, extended a review). Versions, adoptions and review decisions are the institution's
 * record of its policy (DOC-2: what was in force, since when, why), so erasure keeps them with the
 * person's id, a pseudonym once {@code people} has erased their name; the reasons stay, as they are
 * about the policy, not the person. A confirmation is kept the same way (the institution's proof
 * that the version was read); reminders and ownerships go (someone who has left owns nothing).
 */
@Component
@Order(20)
class PolicyPersonalData extends FeaturePersonalData {
  private final JdbcClient jdbc;
  private final PolicyVersions versions;

  PolicyPersonalData(JdbcClient jdbc, PolicyVersions versions) {
    super("Policies",
        "policy_versions", "policy_adoptions", "policy_owners", "policy_acknowledgements", "policy_reminders", "policy_review_extensions");
    this.jdbc = jdbc;
    this.versions = versions;
  }

  @Override
  public List<PersonalRecord> export(long personId) {
    List<PersonalRecord> out = new ArrayList<>();
    jdbc.sql("select a.version_id, a.acknowledged_at, v.pack_id, v.version, v.title from policy_acknowledgements a"
            + " join policy_versions v on v.id = a.version_id where a.person_id = ? order by a.acknowledged_at")
        .param(personId).query((rs, i) -> PersonalRecord.of("Policy you confirmed you have read", rs.getLong(1),
            at(rs.getObject(2, OffsetDateTime.class)), "Policy", rs.getString(5), "Pack", rs.getString(3),
            "Version", rs.getString(4)))
        .list().forEach(out::add);
    jdbc.sql("select r.version_id, r.last_sent_at, r.times, v.title, v.version from policy_reminders r"
            + " join policy_versions v on v.id = r.version_id where r.person_id = ? order by r.last_sent_at")
        .param(personId).query((rs, i) -> PersonalRecord.of("Reminder to read a policy", rs.getLong(1),
            at(rs.getObject(2, OffsetDateTime.class)), "Policy", rs.getString(4), "Version", rs.getString(5),
            "Reminders sent", Integer.toString(rs.getInt(3))))
        .list().forEach(out::add);
    jdbc.sql("select pack_id, named_at, named_by from policy_owners where person_id = ? or named_by = ? order by named_at")
        .params(personId, personId).query((rs, i) -> PersonalRecord.of(
            rs.getLong("named_by") == personId && !rs.wasNull() ? "Policy owner you named" : "Policy you own",
            rs.getString(1), at(rs.getObject(2, OffsetDateTime.class)), "Pack", rs.getString(1)))
        .list().forEach(out::add);
    jdbc.sql("select id, pack_id, version, uploaded_at, uploaded_by, published_at, published_by, publish_reason"
            + " from policy_versions where uploaded_by = ? or published_by = ? order by id")
        .params(personId, personId).query((rs, i) -> {
          List<String> parts = new ArrayList<>();
          if (Long.valueOf(personId).equals(rs.getObject("uploaded_by", Long.class))) {
            parts.add("uploaded it");
          }
          boolean published = Long.valueOf(personId).equals(rs.getObject("published_by", Long.class));
          if (published) {
            parts.add("published it");
          }
          return PersonalRecord.of("Policy version", rs.getLong("id"), at(rs.getObject("uploaded_at", OffsetDateTime.class)),
              "Pack", rs.getString("pack_id"), "Version", rs.getString("version"), "Your part", String.join(", ", parts),
              "Reason for publishing", published ? rs.getString("publish_reason") : "");
        }).list().forEach(out::add);
    jdbc.sql("select id, pack_id, unit_id, audience, adopted_at, reason from policy_adoptions where adopted_by = ? order by id")
        .param(personId).query((rs, i) -> PersonalRecord.of("Policy you adopted for a unit", rs.getLong(1),
            at(rs.getObject(5, OffsetDateTime.class)), "Pack", rs.getString(2), "Unit", Long.toString(rs.getLong(3)),
            "For", rs.getString(4), "Reason", rs.getString(6)))
        .list().forEach(out::add);
    jdbc.sql("select id, version_id, review_by, decided_at, reason from policy_review_extensions where decided_by = ? order by id")
        .param(personId).query((rs, i) -> PersonalRecord.of("Policy review you extended", rs.getLong(1),
            at(rs.getObject(4, OffsetDateTime.class)), "Version", Long.toString(rs.getLong(2)),
            "Review by", rs.getObject(3, java.time.LocalDate.class).toString(), "Reason", rs.getString(5)))
        .list().forEach(out::add);
    return out;
  }

  @Override
  public int erase(Actor actor, long personId) {
    int n = jdbc.sql("delete from policy_reminders where person_id = ?").param(personId).update();
    versions.lockState();
    int owners = jdbc.sql("delete from policy_owners where person_id = ?").param(personId).update();
    if (owners > 0) {
      versions.bump();
    }
    return n + owners;
  }
}
