package org.steward.app.policies;

import java.util.ArrayList;
import java.util.List;
import org.steward.engine.AccountKind;
import org.steward.engine.pack.ClauseKind;
import org.steward.engine.pack.PolicyClause;
import org.steward.engine.pack.PolicyPack;
import org.steward.engine.pack.Rule;

/**
 * The plain-language summary people read before confirming a version (DOC-5), generated from the
 * clauses' own words until the owner writes one: for staff, what is checked, the guidance and the
 * workflows; for learners, what is checked in texts a learner writes and the guidance (not the
 * workflows of official accounts, not the document's own record). One point per line; the owner's
 * text keeps its lines too, a line starting with "- " shown as a bullet.
 */
final class PlainSummary {
  private PlainSummary() {}

  /** The generated text for {@code audience}, one point per line, in the pack's order. */
  static String generate(PolicyPack pack, Audience audience) {
    List<String> lines = new ArrayList<>();
    for (PolicyClause c : pack.clauses()) {
      if (concerns(pack, c, audience)) {
        lines.add("- " + c.text());
      }
    }
    return String.join("\n", lines);
  }

  static boolean concerns(PolicyPack pack, PolicyClause c, Audience audience) {
    if (c.kinds().contains(ClauseKind.GUIDE)) {
      return true;
    }
    if (c.isChecked()) {
      return pack.rulesFor(c.id()).stream().anyMatch(r -> applies(r, audience));
    }
    return audience == Audience.STAFF && c.kinds().contains(ClauseKind.FLOW);
  }

  private static boolean applies(Rule r, Audience audience) {
    boolean who = r.audience().isEmpty() || r.audience().contains(audience.code());
    boolean account = audience == Audience.STAFF || r.accounts().isEmpty() || r.accounts().contains(AccountKind.PERSONAL);
    return who && account;
  }

  /** A summary as the page shows it: paragraphs, and bullets for lines starting with "- ". */
  record Line(String text, boolean bullet) {}

  static List<Line> lines(String text) {
    List<Line> out = new ArrayList<>();
    for (String l : text.split("\\R")) {
      String t = l.strip();
      if (t.isEmpty()) {
        continue;
      }
      boolean bullet = t.startsWith("- ") || t.startsWith("* ");
      out.add(new Line(bullet ? t.substring(2).strip() : t, bullet));
    }
    return out;
  }
}
