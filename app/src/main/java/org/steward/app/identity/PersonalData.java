package org.steward.app.identity;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * The personal-data extension point (UK GDPR Art. 15 and 17, issue #14): every feature that keeps
 * anything about a person implements this once, as a bean in its own package, so that a subject
 * access export and an erasure reach all of it and a new feature cannot forget its data
 * ({@code PersonalDataCoverageTest} fails when a table with a person column is covered by no
 * implementation). The {@code privacy} feature calls every implementation; none calls another.
 *
 * <p>Rules for implementations:
 * <ul>
 *   <li>{@link #export} returns everything the feature holds about the person, readable by them:
 *       their own records, and records that name them (as author, approver, subject, manager).
 *       Never a secret's value, never another person's personal data beyond an id.</li>
 *   <li>{@link #erase} runs in the caller's transaction and removes or anonymises what it holds;
 *       it may keep a record the institution must keep (an official account's history) as long as
 *       nothing in it identifies the person once {@code people} has erased their name (ids are
 *       pseudonyms then). It returns how many records it changed. It must not write the person's
 *       data anywhere else (no log line, no audit reason).</li>
 *   <li>{@link #recordTypes} names the kinds of record the feature disposes of by age; the
 *       retention schedule ({@code steward.retention.*}) must give each a period, and the nightly
 *       job calls {@link #disposeBefore} for each.</li>
 * </ul>
 */
public interface PersonalData {
  /** The feature's name as people read it in an export, e.g. {@code "Official accounts"}. */
  String feature();

  /** The tables whose person columns this implementation covers (lower case). */
  Set<String> tables();

  /** Everything this feature holds about the person, oldest first. */
  List<PersonalRecord> export(long personId);

  /** Erases or anonymises what this feature holds about the person; the number of records changed. */
  int erase(Actor actor, long personId);

  /** The kinds of record this feature disposes of by age (keys of the retention schedule). */
  default Set<String> recordTypes() {
    return Set.of();
  }

  /** Deletes records of {@code recordType} older than {@code cutoff}; the number deleted. */
  default int disposeBefore(String recordType, Instant cutoff) {
    throw new IllegalArgumentException(feature() + " keeps no record type " + recordType);
  }
}
