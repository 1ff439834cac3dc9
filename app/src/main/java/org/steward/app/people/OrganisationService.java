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

  /** Every unit, by name. */
  public java.util.List<Unit> units() {
    return units.findAll();
  }

  /** Every unit by id: read once for a page or a list, not once per row. */
  public java.util.Map<Long, Unit> unitsById() {
    java.util.Map<Long, Unit> out = new java.util.LinkedHashMap<>();
    units.findAll().forEach(u -> out.put(u.id(), u));
    return out;
  }

  public java.util.Optional<Unit> unit(long id) {
    return units.findById(id);
  }

  /** The unit with this code, ignoring case and surrounding spaces. */
  public java.util.Optional<Unit> unitByCode(String code) {
    return code == null ? java.util.Optional.empty() : units.findByCode(code.strip());
  }

  /** The unit and the units above it up to the root, nearest first (empty for an unknown unit). */
  public java.util.List<Long> ancestry(long unitId) {
    return units.ancestry(unitId);
  }

  /** Whether {@code unitId} is {@code rootId} or lies below it in the tree. */
  public boolean within(long unitId, long rootId) {
    return units.ancestry(unitId).contains(rootId);
  }

  @Transactional
  public long addUnit(Actor actor, Long parentId, String code, String name, UnitKind kind) {
    long id = units.insert(parentId, code, name, kind);
    audit.record(actor, "unit.added", "unit", Long.toString(id), null);
    return id;
  }
}
