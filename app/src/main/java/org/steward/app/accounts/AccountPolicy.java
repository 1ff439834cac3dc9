package org.steward.app.accounts;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.steward.app.identity.Role;
import org.steward.app.people.Person;
import org.steward.app.people.PersonKind;
import org.steward.app.policies.Audience;
import org.steward.app.policies.PoliciesInForce;
import org.steward.app.policies.PolicyInForce;
import org.steward.app.policies.PolicySettings;

/**
 * The accounts workflow's settings, from the policy in force for the account's unit (staff are the
 * audience of official accounts): who approves, how many managers, who may manage, the role one of
 * them must hold, the sign-in e-mail's domains, when an account is dormant and the platforms offered.
 * The deployment may override the number of managers and the dormancy period for every unit
 * ({@link AccountSettings}).
 */
@Component
class AccountPolicy {
  private final PoliciesInForce policies;
  private final AccountSettings overrides;

  AccountPolicy(PoliciesInForce policies, AccountSettings overrides) {
    this.policies = policies;
    this.overrides = overrides;
  }

  PolicySettings settings(long unitId) {
    return policies.settingsFor(unitId, Audience.STAFF);
  }

  /** The approvals a new account in this unit needs, in the pack's order. */
  List<ApproverCapacity> approvers(long unitId) {
    return capacities(settings(unitId).list(AccountDeclarations.APPROVERS));
  }

  static List<ApproverCapacity> capacities(List<String> codes) {
    List<ApproverCapacity> out = new ArrayList<>();
    for (String code : codes) {
      Role.fromCode(code).map(ApproverCapacity::new).filter(c -> !out.contains(c)).ifPresent(out::add);
    }
    return out;
  }

  /** Every role that approves accounts somewhere (for the route rule): under any pack in force, and by default. */
  Set<Role> approverRolesAnywhere() {
    Set<Role> out = EnumSet.noneOf(Role.class);
    capacities(policies.defaults().list(AccountDeclarations.APPROVERS)).forEach(c -> out.add(c.role()));
    for (PolicyInForce p : policies.all()) {
      capacities(p.settings().list(AccountDeclarations.APPROVERS)).forEach(c -> out.add(c.role()));
    }
    return out;
  }

  int minManagers(long unitId) {
    return overrides.minManagers() > 0 ? overrides.minManagers() : settings(unitId).integer(AccountDeclarations.MIN_MANAGERS);
  }

  Duration inactiveAfter(long unitId) {
    return overrides.inactiveAfter()
        .orElseGet(() -> settings(unitId).duration(AccountDeclarations.INACTIVE_AFTER).orElse(Duration.ofDays(90)));
  }

  /**
   * Why {@code person} may not manage an account of this unit (empty when they may): the pack's
   * {@code accounts.manager-roles}, where {@code staff} is any member of staff and learners are
   * managers only if {@code learner} is listed.
   */
  Optional<String> cannotManage(long unitId, Person person) {
    List<String> roles = settings(unitId).list(AccountDeclarations.MANAGER_ROLES);
    boolean learner = person.kind() == PersonKind.LEARNER || person.holds(Role.LEARNER);
    if (learner) {
      return roles.stream().anyMatch(r -> Role.fromCode(r).orElse(null) == Role.LEARNER) ? Optional.empty()
          : Optional.of("learners can help but never manage an account.");
    }
    for (String code : roles) {
      Role r = Role.fromCode(code).orElse(null);
      if ((r == Role.STAFF && person.kind() == PersonKind.STAFF) || (r != null && person.holds(r))) {
        return Optional.empty();
      }
    }
    return Optional.of("the policy lets only " + String.join(", ", roles.stream().map(c -> Role.fromCode(c)
        .map(x -> x.label().toLowerCase()).orElse(c)).toList()) + " manage an account.");
  }

  Optional<Role> requiredManagerRole(long unitId) {
    return settings(unitId).text(AccountDeclarations.REQUIRED_MANAGER_ROLE).flatMap(Role::fromCode);
  }

  List<String> emailDomains(long unitId) {
    return settings(unitId).list(AccountDeclarations.EMAIL_DOMAINS);
  }

  /** The platforms the pack in force for the unit offers (DOC-6). */
  List<Platform> platforms(long unitId) {
    return platforms(settings(unitId));
  }

  /** The platforms the pack in force for the unit of {@code unitId} (null: the organisation's) offers. */
  List<Platform> platformsFor(Long unitId) {
    return unitId == null ? platforms(policies.defaults()) : platforms(unitId);
  }

  private static List<Platform> platforms(PolicySettings s) {
    List<Platform> out = new ArrayList<>();
    for (Map<String, Object> p : s.records(AccountDeclarations.PLATFORMS)) {
      out.add(Platform.of((String) p.get("id"), (String) p.get("name")));
    }
    return out;
  }

  /** Every platform any pack in force (or the default catalogue) offers: for filters and imports. */
  List<Platform> platformsAnywhere() {
    List<Platform> out = new ArrayList<>(platforms(policies.defaults()));
    for (PolicyInForce p : policies.all()) {
      platforms(p.settings()).stream().filter(x -> !out.contains(x)).forEach(out::add);
    }
    return out;
  }
}
