package org.steward.app.policies;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Where each pack is adopted (DOC-4, DOC-7) and who owns it, with the SQL written out. */
@Repository
class PolicyAdoptions {
  /** The {@code unit_id} of an adoption for the whole organisation. */
  static final long WHOLE_ORGANISATION = 0;

  /** A pack adopted for a unit (and everything below it) and an audience. */
  record Adoption(long id, String packId, long unitId, Audience audience, Long adoptedBy, Instant adoptedAt,
      String reason) {
    boolean wholeOrganisation() {
      return unitId == WHOLE_ORGANISATION;
    }
  }

  /** A person named as an owner of a pack. */
  record Owner(String packId, long personId, Long namedBy, Instant namedAt) {}

  private final JdbcClient jdbc;

  PolicyAdoptions(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  private static Adoption adoption(ResultSet rs, int i) throws SQLException {
    OffsetDateTime at = rs.getObject("adopted_at", OffsetDateTime.class);
    return new Adoption(rs.getLong("id"), rs.getString("pack_id"), rs.getLong("unit_id"),
        Audience.fromCode(rs.getString("audience")).orElseThrow(), rs.getObject("adopted_by", Long.class),
        at.toInstant(), rs.getString("reason"));
  }

  List<Adoption> all() {
    return jdbc.sql("select id, pack_id, unit_id, audience, adopted_by, adopted_at, reason from policy_adoptions"
        + " order by unit_id, audience").query(PolicyAdoptions::adoption).list();
  }

  /** Adopts {@code packId} for the unit and audience, replacing what was adopted there. */
  void adopt(String packId, long unitId, Audience audience, Long by, Instant at, String reason) {
    end(unitId, audience);
    jdbc.sql("insert into policy_adoptions (pack_id, unit_id, audience, adopted_by, adopted_at, reason)"
            + " values (?, ?, ?, ?, ?, ?)")
        .params(packId, unitId, audience.code(), by, PolicyVersions.ts(at), reason).update();
  }

  int end(long unitId, Audience audience) {
    return jdbc.sql("delete from policy_adoptions where unit_id = ? and audience = ?")
        .params(unitId, audience.code()).update();
  }

  List<Owner> owners() {
    return jdbc.sql("select pack_id, person_id, named_by, named_at from policy_owners order by pack_id, named_at")
        .query((rs, i) -> new Owner(rs.getString(1), rs.getLong(2), rs.getObject(3, Long.class),
            rs.getObject(4, OffsetDateTime.class).toInstant())).list();
  }

  boolean addOwner(String packId, long personId, Long by, Instant at) {
    int exists = jdbc.sql("select count(*) from policy_owners where pack_id = ? and person_id = ?")
        .params(packId, personId).query(Integer.class).single();
    if (exists > 0) {
      return false;
    }
    jdbc.sql("insert into policy_owners (pack_id, person_id, named_by, named_at) values (?, ?, ?, ?)")
        .params(packId, personId, by, PolicyVersions.ts(at)).update();
    return true;
  }

  int removeOwner(String packId, long personId) {
    return jdbc.sql("delete from policy_owners where pack_id = ? and person_id = ?").params(packId, personId).update();
  }
}
