package org.steward.app.cases;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.steward.app.identity.Actor;
import org.steward.app.identity.Role;

/**
 * What a case is, which decides who reads it (SAF-4, SAF-5, SAF-6, ACC-12): nobody else, whatever
 * else they hold; administrators are never among them.
 */
public enum CaseType {
  SAFEGUARDING("safeguarding", "Safeguarding", "the designated safeguarding lead", EnumSet.of(Role.SAFEGUARDING_LEAD)),
  RADICALISATION("radicalisation", "Radicalisation or extremism (Prevent)", "the designated safeguarding lead",
      EnumSet.of(Role.SAFEGUARDING_LEAD)),
  DATA_BREACH("data-breach", "Personal-data breach", "the data protection officer",
      EnumSet.of(Role.DATA_PROTECTION_OFFICER)),
  CONDUCT("conduct", "Conduct", "HR", EnumSet.of(Role.HR)),
  ACCOUNT("account", "Account breach", "marketing",
      EnumSet.of(Role.MARKETING, Role.HEAD_OF_DIGITAL_MARKETING));

  private final String code;
  private final String label;
  private final String routedTo;
  private final Set<Role> readers;

  CaseType(String code, String label, String routedTo, Set<Role> readers) {
    this.code = code;
    this.label = label;
    this.routedTo = routedTo;
    this.readers = readers;
  }

  public String code() {
    return code;
  }

  public String label() {
    return label;
  }

  /** Who the case is routed to, in words: "the designated safeguarding lead". */
  public String routedTo() {
    return routedTo;
  }

  /** The roles that may read and handle a case of this type. */
  public Set<Role> readers() {
    return readers;
  }

  public boolean readableBy(Actor actor) {
    return readers.stream().anyMatch(actor::holds);
  }

  /** The case types this person may read (none for an administrator who holds nothing else). */
  public static Set<CaseType> readableTypes(Actor actor) {
    Set<CaseType> out = EnumSet.noneOf(CaseType.class);
    for (CaseType t : values()) {
      if (t.readableBy(actor)) {
        out.add(t);
      }
    }
    return out;
  }

  /** Every role that reads some type of case. */
  public static Set<Role> caseHandlers() {
    Set<Role> out = EnumSet.noneOf(Role.class);
    for (CaseType t : values()) {
      out.addAll(t.readers);
    }
    return out;
  }

  public static Optional<CaseType> fromCode(String code) {
    return Arrays.stream(values()).filter(t -> t.code.equals(code)).findFirst();
  }
}
