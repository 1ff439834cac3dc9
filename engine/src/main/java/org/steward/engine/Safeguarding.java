package org.steward.engine;

import java.util.ArrayList;
import java.util.List;
import org.steward.engine.pack.PackSettings;
import org.steward.engine.pack.PolicyPack;

/**
 * The safeguarding contract between the engine and the app (SAF-3, SAF-4, CON-5). A rule with
 * {@code route: safeguarding} marks its findings ({@link Finding#safeguarding()}); for every such
 * finding the app opens a safeguarding concern for the designated safeguarding lead at once, with the
 * text and the finding, and shows the person the help of {@link #help(PolicyPack)}. The finding's
 * message never accuses, and the shipped rules never block with it: a person's own cry for help is
 * not refused. See docs/packs.md "Safeguarding".
 */
public final class Safeguarding {
  /** The value of a rule's {@code route} that sends findings to the designated safeguarding lead. */
  public static final String ROUTE = "safeguarding";

  /** National helplines shown when a pack names none of its own. */
  public static final List<String> DEFAULT_HELPLINES = List.of(
      "Samaritans: call 116 123 (free, day or night)",
      "Shout: text SHOUT to 85258",
      "Childline (under 19): call 0800 1111");

  private Safeguarding() {}

  /** Returns true when any finding of {@code result} must open a safeguarding concern. */
  public static boolean routes(Result result) {
    for (Finding f : result.findings()) {
      if (f.safeguarding()) {
        return true;
      }
    }
    return false;
  }

  /**
   * Returns what the app shows the person, in order: the pack's own sentence ({@code
   * safeguarding.help}: the institution's support contacts), how to reach the safeguarding team
   * ({@code safeguarding.contact}), then the national helplines ({@code safeguarding.helplines}, or
   * {@link #DEFAULT_HELPLINES} when the pack sets none).
   */
  public static List<String> help(PolicyPack pack) {
    PackSettings s = pack.settings();
    List<String> out = new ArrayList<>();
    String help = s.text("safeguarding.help", "");
    if (!help.isBlank()) {
      out.add(help);
    }
    String contact = s.text("safeguarding.contact", "");
    if (!contact.isBlank()) {
      out.add(contact);
    }
    out.addAll(s.has("safeguarding.helplines") ? s.list("safeguarding.helplines") : DEFAULT_HELPLINES);
    return List.copyOf(out);
  }
}
