package org.steward.engine.learn;

import java.util.Objects;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A moderator's decision on a flagged text, kept as a labelled example: the finding's category
 * ({@code hate.race}, {@code harassment}…) and whether the moderator upheld it (the text is what the
 * category says) or overruled it (a false alarm).
 */
public record ModeratorDecision(String text, String category, boolean upheld) {
  public ModeratorDecision {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(category, "category");
  }

  /**
   * Returns the decision as a JSON line {@code {"id","text","category","label"}} that {@code train
   * --extra FILE} reads, so a full retrain can include the institution's decisions; {@code category}
   * is the model category the finding's category falls under ({@code hate.race} → {@code hate}).
   */
  public String toJsonLine(String id) {
    String cat = category;
    for (String c : Templates.CATEGORIES) {
      if (org.steward.engine.pack.Condition.dottedPrefix(c, category)) {
        cat = c;
      }
    }
    ObjectNode line = JsonMapper.shared().createObjectNode().put("id", id).put("text", text).put("category", cat)
        .put("label", upheld ? 1 : 0);
    return JsonMapper.shared().writeValueAsString(line);
  }
}
