package org.steward.app.policies;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.steward.app.audit.AuditTrail;
import org.steward.app.identity.Actor;

/** The policy packs this installation has adopted, and which version of each is current. */
@Service
public class PolicyCatalogue {
  private final JdbcClient jdbc;
  private final AuditTrail audit;

  PolicyCatalogue(JdbcClient jdbc, AuditTrail audit) {
    this.jdbc = jdbc;
    this.audit = audit;
  }

  public List<PolicyPack> all() {
    return jdbc.sql("select pack_id, version, title, status from policy_packs order by pack_id, version")
        .query(PolicyPack.class).list();
  }

  public Optional<PolicyPack> current(String packId) {
    return jdbc.sql("select pack_id, version, title, status from policy_packs"
            + " where pack_id = ? and status = 'current'")
        .param(packId).query(PolicyPack.class).optional();
  }

  /** Adopts a pack version as current, superseding any earlier current version (DOC-2). */
  @Transactional
  public void adopt(Actor actor, String packId, String version, String title) {
    jdbc.sql("update policy_packs set status = 'superseded' where pack_id = ? and status = 'current'")
        .param(packId).update();
    jdbc.sql("insert into policy_packs (pack_id, version, title, status) values (?, ?, ?, 'current')")
        .params(packId, version, title).update();
    audit.record(actor, "policy.adopted", "policy-pack", packId + "@" + version, null);
  }

  public long count() {
    return jdbc.sql("select count(*) from policy_packs where status = 'current'").query(Long.class).single();
  }
}
