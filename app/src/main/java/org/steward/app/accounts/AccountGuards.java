package org.steward.app.accounts;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.steward.app.audit.RefusalAudit;
import org.steward.app.identity.Actor;
import org.steward.app.identity.Role;
import org.steward.app.security.AuditedRefusal;
import org.steward.app.web.FieldProblem;
import org.steward.app.web.InvalidInput;
import org.steward.app.web.PlainText;

/**
 * The accounts feature's checks, shared by its use-case services: who may act on an account (the
 * role checks, each refusal audited in its own transaction and thrown as a 403), in which capacity
 * someone approves, who is told, and the field checks every form shares.
 */
@Component
class AccountGuards {
  private final Accounts accounts;
  private final AccountDirectory directory;
  private final RefusalAudit refusals;
  private final AccountPolicy policy;

  AccountGuards(Accounts accounts, AccountDirectory directory, RefusalAudit refusals, AccountPolicy policy) {
    this.accounts = accounts;
    this.directory = directory;
    this.refusals = refusals;
    this.policy = policy;
  }

  /**
   * The approvals this request needs: those the pack in force named when it was made, or for a
   * request older than issue #10, the two of ACC-2.
   */
  List<ApproverCapacity> required(Account a) {
    List<ApproverCapacity> stored = accounts.requiredApprovers(a.id());
    return stored == null || stored.isEmpty()
        ? List.of(ApproverCapacity.HEAD_OF_UNIT, ApproverCapacity.HEAD_OF_DIGITAL_MARKETING) : stored;
  }

  /** The capacity in which {@code actor} may decide on this account, if any (one not yet given first). */
  Optional<ApproverCapacity> capacityOf(Actor actor, Account a, List<Approval> given) {
    if (actor.holds(Role.LEARNER)) {
      return Optional.empty();
    }
    List<ApproverCapacity> can = new ArrayList<>();
    for (ApproverCapacity c : required(a)) {
      boolean holds = c.role() == Role.HEAD_OF_UNIT
          ? actor.unitsFor(Role.HEAD_OF_UNIT).stream().anyMatch(u -> directory.within(a.unitId(), u))
          : actor.holds(c.role());
      if (holds) {
        can.add(c);
      }
    }
    return can.stream().filter(c -> given.stream().noneMatch(g -> g.capacity().equals(c))).findFirst()
        .or(() -> can.stream().findFirst());
  }

  /** Who must approve, in a sentence: "the head of this school or service and the head of digital marketing". */
  String approversInWords(Account a) {
    return String.join(" and ", required(a).stream().map(ApproverCapacity::inSentence).toList());
  }

  /** The people who can give each approval this request still needs. */
  List<Long> approversOf(Account a) {
    List<Long> out = new ArrayList<>();
    for (ApproverCapacity c : required(a)) {
      out.addAll(c.role() == Role.HEAD_OF_UNIT ? directory.headsOf(a.unitId()) : directory.holders(c.role()));
    }
    return out;
  }

  static boolean ownRequest(Actor actor, Account a) {
    return actor.personId() != null && (actor.personId() == a.requestedBy()
        || actor.personId().equals(a.onBehalfOf()));
  }

  static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  /** Adds a problem when a one-line field has line breaks, control or direction characters. */
  static void oneLine(List<FieldProblem> p, String field, String value) {
    if (!PlainText.isOneLine(value)) {
      p.add(new FieldProblem(field, PlainText.ONE_LINE));
    }
  }

  /** Adds a problem when {@code value} is longer than {@code max} characters. */
  static void tooLong(List<FieldProblem> p, String field, String value, int max) {
    if (value != null && value.length() > max) {
      p.add(new FieldProblem(field, "Use " + String.format(Locale.UK, "%,d", max)
          + " characters or fewer."));
    }
  }

  /**
   * Throws unless a stated reason (why an account stays open, closes, is suspended or reinstated)
   * is there and within the free-text limit; {@code ifMissing} says what the reason must tell.
   */
  static void requireReason(String field, String value, String ifMissing) {
    if (blank(value)) {
      throw new InvalidInput(field, ifMissing);
    }
    requireShort(field, value, AccountLimits.TEXT);
  }

  /** Throws when one free-text value is longer than the limit. */
  static void requireShort(String field, String value, int max) {
    List<FieldProblem> p = new ArrayList<>();
    tooLong(p, field, value, max);
    if (!p.isEmpty()) {
      throw new InvalidInput(p);
    }
  }

  List<Long> marketing() {
    List<Long> ids = new ArrayList<>(directory.holders(Role.MARKETING));
    ids.addAll(directory.holders(Role.HEAD_OF_DIGITAL_MARKETING));
    return ids;
  }

  List<Long> staffManagers(long id) {
    return accounts.managers(id).stream().filter(m -> !m.helper()).map(AccountManager::personId).toList();
  }

  void requireMarketing(Actor actor, String attempted, long id) {
    if (!actor.isSystem() && (actor.holds(Role.LEARNER)
        || !actor.holdsAny(Role.MARKETING, Role.HEAD_OF_DIGITAL_MARKETING))) {
      throw refuse(actor, attempted, id, "Only the marketing team can do this.");
    }
  }

  void requireManagerOrMarketing(Actor actor, Account a, String attempted) {
    if (actor.isSystem() || (!actor.holds(Role.LEARNER)
        && actor.holdsAny(Role.MARKETING, Role.HEAD_OF_DIGITAL_MARKETING))) {
      return;
    }
    if (!actor.holds(Role.LEARNER) && accounts.managedBy(actor.personId()).contains(a.id())) {
      return;
    }
    throw refuse(actor, attempted, a.id(), "Only the account's staff managers and"
        + " marketing can do this.");
  }

  /** Records the refusal (in its own transaction) and returns the 403 to throw. */
  AuditedRefusal refuse(Actor actor, String attempted, long id,
      String why) {
    return refusals.refuse(actor, "account", "account", Long.toString(id), attempted, why);
  }

  /** Records a refusal that is answered otherwise than with a 403 (a question, a form again). */
  void recordRefusal(Actor actor, String objectType, String objectId, String attempted,
      String why) {
    refusals.record(actor, "account", objectType, objectId, attempted, why);
  }
}
