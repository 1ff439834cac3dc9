package org.steward.engine.pack;

import java.util.Map;
import java.util.TreeMap;

/**
 * The settings a pack may carry and their types. Keys under {@code app.} are free-form for
 * features of the app that the engine does not know; any other unknown key is a mistake.
 */
public enum SettingSpec {
  TEXT,
  INTEGER,
  LIST,
  /** A map from a name to an RE2 pattern, compiled when the pack loads. */
  PATTERNS,
  /** An ISO-8601 duration or period such as {@code P90D} or {@code PT4H}. */
  DURATION;

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
      Map.entry("accounts.approvers", LIST),
      Map.entry("accounts.min-managers", INTEGER),
      Map.entry("learned.overrule-below", INTEGER),
      Map.entry("accounts.inactive-after", DURATION),
      Map.entry("inbox.first-response", DURATION),
      Map.entry("policy.review-reminder", DURATION),
      Map.entry("press.approver", TEXT),
      Map.entry("complaints.contact", TEXT),
      Map.entry("safeguarding.report-url", TEXT),
      Map.entry("safeguarding.help", TEXT),
      Map.entry("safeguarding.helplines", LIST),
      Map.entry("safeguarding.contact", TEXT),
      Map.entry("accessibility.words", LIST),
      Map.entry("accessibility.emoji-run", INTEGER),
      Map.entry("accessibility.capitals-words", INTEGER),
      Map.entry("accessibility.link-phrases", LIST),
      Map.entry("links.trusted-hosts", LIST)));

  /** Returns the type of {@code key}, or {@code null} when the key is unknown. */
  public static SettingSpec of(String key) {
    return KNOWN.get(key);
  }

  /** Returns the known keys, sorted. */
  public static Iterable<String> knownKeys() {
    return KNOWN.keySet();
  }
}
