package org.steward.engine.pack;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The settings a pack may carry and their types. {@link #KNOWN} types every key a Steward pack may
 * set, so a pack is checked as strictly by the engine alone ({@code scan}) as by the app: the keys
 * the engine reads itself, and the {@link #WORKFLOW} keys that only the app's features read (they
 * declare them in the app with their defaults, see {@link SettingsSchema}). Keys under {@code app.}
 * are kept untyped by the engine alone, for an application it does not know; Steward's app refuses
 * any key that none of its features declares.
 */
public enum SettingSpec {
  TEXT,
  INTEGER,
  LIST,
  /** A map from a name to an RE2 pattern, compiled when the pack loads. */
  PATTERNS,
  /** An ISO-8601 duration or period such as {@code P90D} or {@code PT4H}. */
  DURATION,
  /**
   * A list of records, each a mapping of declared fields to text or lists of text, e.g. the
   * contacts of a policy: {@code - { name: Marketing, email: marketing@college.ac.uk }}.
   */
  RECORDS;

  public static final String FREE_PREFIX = "app.";

  static final Map<String, SettingSpec> KNOWN = new TreeMap<>(Map.ofEntries(
      Map.entry("institution.names", LIST),
      Map.entry("institution.email-domains", LIST),
      Map.entry("links.blocked", LIST),
      Map.entry("links.shorteners", LIST),
      Map.entry("links.file-hosts", LIST),
      Map.entry("links.download-extensions", LIST),
      Map.entry("links.protected-domains", LIST),
      Map.entry("confidential.markers", LIST),
      Map.entry("authority.phrases", LIST),
      Map.entry("tags.required", LIST),
      Map.entry("blog.disclaimers", LIST),
      Map.entry("bio.personal-statements", LIST),
      Map.entry("bio.affiliation-words", LIST),
      Map.entry("pii.id-patterns", PATTERNS),
      Map.entry("pii.allow", LIST),
      Map.entry("accounts.approvers", LIST),
      Map.entry("accounts.min-managers", INTEGER),
      Map.entry("accounts.manager-roles", LIST),
      Map.entry("accounts.required-manager-role", TEXT),
      Map.entry("accounts.email-domains", LIST),
      Map.entry("learned.overrule-below", INTEGER),
      Map.entry("learned.encoder", TEXT),
      Map.entry("learned.encoder-per-second", INTEGER),
      Map.entry("accounts.inactive-after", DURATION),
      Map.entry("inbox.first-response", DURATION),
      Map.entry("policy.review-reminder", DURATION),
      Map.entry("acknowledgements.remind-every", DURATION),
      Map.entry("press.approver", TEXT),
      Map.entry("complaints.contact", TEXT),
      Map.entry("safeguarding.report-url", TEXT),
      Map.entry("contacts", RECORDS),
      Map.entry("platforms", RECORDS),
      Map.entry("safeguarding.help", TEXT),
      Map.entry("safeguarding.helplines", LIST),
      Map.entry("safeguarding.contact", TEXT),
      Map.entry("accessibility.words", LIST),
      Map.entry("accessibility.emoji-run", INTEGER),
      Map.entry("accessibility.capitals-words", INTEGER),
      Map.entry("accessibility.link-phrases", LIST),
      Map.entry("links.trusted-hosts", LIST)));

  /**
   * The keys of {@link #KNOWN} that the engine does not read: the app's workflows read them (each
   * feature declares the ones it reads). Every other known key is read by the engine's detectors.
   */
  static final Set<String> WORKFLOW = Set.of("accounts.approvers", "accounts.manager-roles",
      "accounts.required-manager-role", "accounts.email-domains", "accounts.inactive-after",
      "inbox.first-response", "policy.review-reminder", "acknowledgements.remind-every", "press.approver",
      "complaints.contact", "safeguarding.report-url", "contacts", "platforms");

  /** The fields of the {@link #RECORDS} settings the engine knows: required, then optional. */
  static final Map<String, Set<String>[]> FIELDS = Map.of(
      "contacts", fields(Set.of("name"), Set.of("about", "email", "phone", "url", "clauses", "roles")),
      "platforms", fields(Set.of("id", "name"), Set.of()));

  @SuppressWarnings("unchecked")
  private static Set<String>[] fields(Set<String> required, Set<String> optional) {
    return new Set[] {required, optional};
  }

  /** Returns the type of {@code key}, or {@code null} when the key is unknown. */
  public static SettingSpec of(String key) {
    return KNOWN.get(key);
  }

  /** Returns the known keys, sorted. */
  public static Iterable<String> knownKeys() {
    return KNOWN.keySet();
  }

  /** Returns true when the engine's detectors read {@code key} (false for the app's workflow settings). */
  public static boolean readByEngine(String key) {
    return KNOWN.containsKey(key) && !WORKFLOW.contains(key);
  }
}
