package org.steward.app.duties;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.steward.app.identity.Actor;
import org.steward.app.identity.Role;
import org.steward.engine.pack.ClauseKind;
import org.steward.engine.pack.PolicyClause;
import org.steward.engine.pack.PolicyPack;
import org.steward.engine.pack.PolicyPacks;

/**
 * The one place this feature reads the packs in force: which packs apply to a person, the
 * policy's guidance clauses (GDE-1..GDE-6 and the other guide clauses) as the pack words them, a
 * clause's text, and the press settings. Learners are under the Group's policy; staff under the
 * Group's and the staff policy. (Issue #10's {@code PoliciesInForce} replaces the choice of packs
 * here when it lands; nothing else in this feature names a pack.)
 */
@Component
public class DutyGuidance {
  static final String GROUP_PACK = "cccg-policy";
  static final String STAFF_PACK = "staff-policy";
  /** Days the press office has to answer a request, unless the pack says otherwise. */
  static final int DEFAULT_PRESS_RESPONSE_DAYS = 3;

  /** One piece of guidance: the clause, the section of the document, its words. */
  public record Guidance(String clause, String section, String text, String packTitle) {}

  /** The packs that apply to whoever acts: the Group's for everyone, the staff policy for staff. */
  List<PolicyPack> packsFor(Actor actor) {
    List<PolicyPack> out = new ArrayList<>();
    PolicyPacks.byId(GROUP_PACK).ifPresent(out::add);
    if (isStaff(actor)) {
      PolicyPacks.byId(STAFF_PACK).ifPresent(out::add);
    }
    return out;
  }

  static boolean isStaff(Actor actor) {
    return !actor.holds(Role.LEARNER);
  }

  /** Every guidance clause of the packs in force for the person (first pack wins on an id). */
  public List<Guidance> guidanceFor(Actor actor) {
    Map<String, Guidance> out = new LinkedHashMap<>();
    for (PolicyPack pack : packsFor(actor)) {
      for (PolicyClause c : pack.clauses()) {
        if (c.id().startsWith("GDE-") && c.kinds().contains(ClauseKind.GUIDE)) {
          out.putIfAbsent(c.id(), new Guidance(c.id(), c.section(), c.text(), pack.title()));
        }
      }
    }
    return out.values().stream().sorted(java.util.Comparator.comparing(Guidance::clause)).toList();
  }

  /** The clause's words from the first pack in force for the person that has it. */
  public Optional<Guidance> clause(Actor actor, String clauseId) {
    for (PolicyPack pack : packsFor(actor)) {
      Optional<PolicyClause> c = pack.clause(clauseId);
      if (c.isPresent()) {
        return Optional.of(new Guidance(c.get().id(), c.get().section(), c.get().text(), pack.title()));
      }
    }
    // A staff clause a learner's checklist does not cite, or the other way round: any shipped pack.
    for (PolicyPack pack : PolicyPacks.builtIn()) {
      Optional<PolicyClause> c = pack.clause(clauseId);
      if (c.isPresent()) {
        return Optional.of(new Guidance(c.get().id(), c.get().section(), c.get().text(), pack.title()));
      }
    }
    return Optional.empty();
  }

  /** Days the press office has to answer (setting {@code app.press.response-days}, default 3). */
  int pressResponseDays() {
    int days = PolicyPacks.byId(GROUP_PACK)
        .map(p -> p.settings().integer("app.press.response-days", DEFAULT_PRESS_RESPONSE_DAYS))
        .orElse(DEFAULT_PRESS_RESPONSE_DAYS);
    return days < 1 ? DEFAULT_PRESS_RESPONSE_DAYS : days;
  }

  /** Who approves pieces for the media, as the pack names them (setting {@code press.approver}). */
  String pressApprover() {
    return PolicyPacks.byId(GROUP_PACK).map(p -> p.settings().text("press.approver", "the press office"))
        .orElse("the press office");
  }
}
