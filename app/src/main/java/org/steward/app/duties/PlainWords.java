package org.steward.app.duties;

import java.util.Map;
import org.steward.engine.Finding;

/**
 * What a finding means, in words a learner understands (a 14-year-old reading level where we can):
 * one short sentence per clause, written here rather than in the pack because the pack's words
 * are the policy's own. A clause without a sentence here shows the pack's message.
 */
final class PlainWords {
  private PlainWords() {}

  private static final Map<String, String> BY_CLAUSE = Map.ofEntries(
      Map.entry("PER-1", "Say in your bio that you work for the college, for example “Lecturer at CONEL”."),
      Map.entry("PER-2", "Make it clear this is your own account, not the college’s: for example add “Views my own”."),
      Map.entry("PER-3", "Add a line saying these are your own views and not the college’s."),
      Map.entry("PER-5", "Use your own e-mail address for personal accounts, never your college one."),
      Map.entry("CON-1", "This could hurt or offend people because of who they are. Take it out."),
      Map.entry("CON-2", "This could come across as picking on someone. Don’t post it."),
      Map.entry("CON-3", "This names someone or shares their details. Take it out unless they have said yes."),
      Map.entry("CON-4", "This takes a side in politics. Leave politics out of college posts."),
      Map.entry("CON-9", "This links to a site that is blocked at college. Take the link out."),
      Map.entry("CON-10", "This says something about a real person that could be untrue or unfair. Take it out."),
      Map.entry("CON-11", "This sounds as if you speak for the college. Only the official accounts do that."),
      Map.entry("CON-13", "Would you say this to the person’s face? If not, don’t post it."),
      Map.entry("CON-14", "Someone in the picture has not agreed to it being posted. Ask them first."));

  /** The plain sentence for the finding. */
  static String of(Finding finding) {
    return BY_CLAUSE.getOrDefault(finding.clause(), finding.message());
  }
}
