package org.steward.app.policies;

import java.util.List;
import org.steward.app.identity.Actor;
import org.steward.engine.pack.PolicyPack;

/**
 * The pack in force somewhere, in the version in force now: the pack itself (clauses, rules,
 * settings), the version record, why it applies (a sentence for the person, e.g. "Adopted for
 * Capital City College Group, which School of Creative and Digital Arts is part of."), and its
 * settings typed with the declared defaults.
 */
public record PolicyInForce(PolicyPack pack, PolicyVersion version, String why, PolicySettings settings) {

  public String packId() {
    return pack.id();
  }

  public String title() {
    return pack.title();
  }

  public long versionId() {
    return version.id();
  }

  /** Who to ask (DOC-8), as the pack lists them. */
  public List<Contact> contacts() {
    return settings.records(PolicyDeclarations.CONTACTS).stream().map(Contact::of).toList();
  }

  /**
   * Who {@code viewer} should ask about a finding of {@code clause}: the contacts for that clause (or
   * for anything), leaving out the contacts {@code viewer} is (marketing is not told to ask marketing).
   */
  public List<Contact> contactsFor(String clause, Actor viewer) {
    return contacts().stream().filter(c -> c.about(clause) && !c.is(viewer)).toList();
  }

  /** The same pack with another reason. */
  PolicyInForce because(String reason) {
    return new PolicyInForce(pack, version, reason, settings);
  }
}
