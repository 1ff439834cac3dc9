package org.steward.app.duties;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.steward.app.identity.Actor;
import org.steward.app.policies.Audience;
import org.steward.app.policies.PoliciesInForce;
import org.steward.app.policies.PolicyInForce;
import org.steward.app.policies.PolicySettings;
import org.steward.engine.pack.ClauseKind;
import org.steward.engine.pack.PolicyClause;

/**
 * The one place this feature reads the policy in force, always through {@link PoliciesInForce}:
 * the pack in force for the person (their unit, staff or learner), its guidance clauses
 * (GDE-1..GDE-6) as the pack words them, a clause's text, and the press settings this feature
 * declares ({@link DutyDeclarations}). It never chooses a pack: where none is adopted for the
 * person there is no guidance and the settings take their declared defaults.
 */
@Component
public class DutyGuidance {
  /** One piece of guidance: the clause, the section of the document, its words, the policy's title. */
  public record Guidance(String clause, String section, String text, String packTitle) {}

  private final PoliciesInForce policies;

  DutyGuidance(PoliciesInForce policies) {
    this.policies = policies;
  }

  /** The policy in force for whoever acts (their unit and audience), if one is adopted there. */
  Optional<PolicyInForce> policyFor(Actor actor) {
    return policies.forActor(actor);
  }

  static boolean isStaff(Actor actor) {
    return PoliciesInForce.audienceOf(actor) == Audience.STAFF;
  }

  /** Every guidance clause (GDE-*) of the policy in force for the person, by id. */
  public List<Guidance> guidanceFor(Actor actor) {
    return policyFor(actor).map(p -> p.pack().clauses().stream()
        .filter(c -> c.id().startsWith("GDE-") && c.kinds().contains(ClauseKind.GUIDE))
        .map(c -> of(c, p)).sorted(Comparator.comparing(Guidance::clause)).toList()).orElse(List.of());
  }

  /** The clause's words in the policy in force for the person; empty when that policy has no such clause. */
  public Optional<Guidance> clause(Actor actor, String clauseId) {
    return policyFor(actor).flatMap(p -> p.pack().clause(clauseId).map(c -> of(c, p)));
  }

  private static Guidance of(PolicyClause c, PolicyInForce p) {
    return new Guidance(c.id(), c.section(), c.text(), p.title());
  }

  /** The settings of the policy in force for a person (the declared defaults when none is). */
  private PolicySettings settingsOf(long personId) {
    return policies.forPerson(personId).map(PolicyInForce::settings).orElseGet(policies::defaults);
  }

  private PolicySettings settingsOf(Actor actor) {
    return policyFor(actor).map(PolicyInForce::settings).orElseGet(policies::defaults);
  }

  /** Days the press office has to answer a request of this author ({@code press.response-days}). */
  int pressResponseDays(long authorId) {
    return settingsOf(authorId).integer(DutyDeclarations.PRESS_RESPONSE_DAYS);
  }

  /** Days the press office has to answer, as the policy in force for whoever acts says. */
  int pressResponseDays(Actor actor) {
    return settingsOf(actor).integer(DutyDeclarations.PRESS_RESPONSE_DAYS);
  }

  /** Who approves pieces for the media, as the policy in force names them ({@code press.approver}). */
  String pressApprover(Actor actor) {
    return settingsOf(actor).text(DutyDeclarations.PRESS_APPROVER).orElse(DutyDeclarations.DEFAULT_APPROVER);
  }
}
