package org.steward.app.audit;

import java.util.List;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.steward.app.identity.Role;
import org.steward.app.identity.Actor;

/**
 * Erases the free-text reasons of entries (right to erasure, PER-9) without breaking the chain:
 * the hashed payload holds only ids and a salted digest of the reason. Each erasure is itself
 * an audit entry, and {@link AuditVerifier} reports an erased reason that has none.
 */
@Service
public class AuditErasure {
  static final String ERASED = "audit.reason-erased";
  static final String ENTRY = "audit-entry";

  private final AuditEntries entries;
  private final AuditTrail audit;

  AuditErasure(AuditEntries entries, AuditTrail audit) {
    this.entries = entries;
    this.audit = audit;
  }

  /**
   * Erases the reason of entry {@code seq}.
   *
   * @return false if there is no such entry or its reason was already erased
   * @throws AccessDeniedException unless the actor is the system, an administrator or the data
   *     protection officer
   */
  @Transactional
  public boolean eraseReason(Actor actor, long seq) {
    requireMayErase(actor);
    if (!entries.eraseReason(seq)) {
      return false;
    }
    // No reason text here: an erasure must not write new personal data.
    audit.record(actor, ERASED, ENTRY, Long.toString(seq), null);
    return true;
  }

  /** Erases the reasons of every entry about one object, e.g. a person being forgotten. */
  @Transactional
  public int eraseReasonsAbout(Actor actor, String objectType, String objectId) {
    requireMayErase(actor);
    List<Long> seqs = entries.withReasonAbout(objectType, objectId);
    int erased = 0;
    for (long seq : seqs) {
      if (eraseReason(actor, seq)) {
        erased++;
      }
    }
    return erased;
  }

  /**
   * Erases the reasons that mention a person by {@code text} (their full name, their e-mail
   * address), whoever wrote them and whatever they are about: what people type names people.
   * Texts shorter than five characters are refused, so an erasure never sweeps the trail.
   */
  @Transactional
  public int eraseReasonsMentioning(Actor actor, String text) {
    requireMayErase(actor);
    if (text == null || text.strip().length() < 5) {
      throw new IllegalArgumentException("a text to erase has at least five characters");
    }
    int erased = 0;
    for (long seq : entries.withReasonContaining(text.strip())) {
      if (eraseReason(actor, seq)) {
        erased++;
      }
    }
    return erased;
  }

  private static void requireMayErase(Actor actor) {
    if (!actor.isSystem() && !actor.holdsAny(Role.ADMINISTRATOR, Role.DATA_PROTECTION_OFFICER)) {
      throw new AccessDeniedException("only an administrator or the data protection officer"
          + " may erase audit reasons");
    }
  }
}
