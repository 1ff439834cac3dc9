package org.steward.app.people;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.steward.app.audit.AuditTrail;
import org.steward.app.identity.Actor;

/** Changes to the organisation tree, each audited. */
@Service
public class OrganisationService {
  private final Units units;
  private final AuditTrail audit;

  OrganisationService(Units units, AuditTrail audit) {
    this.units = units;
    this.audit = audit;
  }

  /** How many units the organisation has. */
  public long count() {
    return units.count();
  }

  @Transactional
  public long addUnit(Actor actor, Long parentId, String code, String name, UnitKind kind) {
    long id = units.insert(parentId, code, name, kind);
    audit.record(actor, "unit.added", "unit", Long.toString(id), null);
    return id;
  }
}
