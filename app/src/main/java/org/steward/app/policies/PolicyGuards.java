package org.steward.app.policies;

import org.springframework.stereotype.Component;
import org.steward.app.audit.RefusalAudit;
import org.steward.app.identity.Actor;
import org.steward.app.identity.Role;
import org.steward.app.security.AuditedRefusal;

/**
 * Who may do what with policies. Administrators keep every pack; a pack's owners (people an
 * administrator names on the pack's page, decision 0060) upload, compare, publish and review its
 * versions and see who has acknowledged it; heads of school or service see their own units on the
 * dashboard. Learners never manage a policy. Every refusal is audited ({@code policy.refused}).
 */
@Component
class PolicyGuards {
  private final PoliciesInForce policies;
  private final RefusalAudit refusals;

  PolicyGuards(PoliciesInForce policies, RefusalAudit refusals) {
    this.policies = policies;
    this.refusals = refusals;
  }

  boolean administrator(Actor actor) {
    return actor.isSystem() || (actor.holds(Role.ADMINISTRATOR) && !actor.holds(Role.LEARNER));
  }

  boolean owner(Actor actor, String packId) {
    return actor.personId() != null && !actor.holds(Role.LEARNER) && policies.snapshot().owners().stream()
        .anyMatch(o -> o.packId().equals(packId) && o.personId() == actor.personId());
  }

  boolean ownsAny(Actor actor) {
    return actor.personId() != null && !actor.holds(Role.LEARNER)
        && policies.snapshot().owners().stream().anyMatch(o -> o.personId() == actor.personId());
  }

  /** Administrators and the pack's owners. */
  boolean mayManage(Actor actor, String packId) {
    return administrator(actor) || owner(actor, packId);
  }

  /** Administrators and anyone who owns a pack may upload (an owner only versions of their own). */
  boolean mayUpload(Actor actor) {
    return administrator(actor) || ownsAny(actor);
  }

  /** Who may see a pack's dashboard: its managers, and heads of school or service (their units). */
  boolean maySeeDashboard(Actor actor, String packId) {
    return mayManage(actor, packId) || (actor.holds(Role.HEAD_OF_UNIT) && !actor.holds(Role.LEARNER));
  }

  void requireManage(Actor actor, String packId, String attempted) {
    if (!mayManage(actor, packId)) {
      throw refuse(actor, "policy-pack", packId, attempted,
          "Only administrators and the owners of this policy can do this.");
    }
  }

  void requireAdministrator(Actor actor, String objectType, String objectId, String attempted) {
    if (!administrator(actor)) {
      throw refuse(actor, objectType, objectId, attempted, "Only administrators can do this.");
    }
  }

  AuditedRefusal refuse(Actor actor, String objectType, String objectId, String attempted, String why) {
    return refusals.refuse(actor, "policy", objectType, objectId, attempted, why);
  }
}
