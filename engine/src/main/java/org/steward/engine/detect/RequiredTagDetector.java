package org.steward.engine.detect;

import java.util.List;
import java.util.Locale;

/**
 * Required handles and hashtags (CON-12): each tag the account must carry (from the context, else
 * the pack's {@code tags.required}) that the post lacks is reported as {@code missing.tag}.
 */
final class RequiredTagDetector implements Detector {
  private final List<String> packTags;

  RequiredTagDetector(List<String> packTags) {
    this.packTags = List.copyOf(packTags);
  }

  @Override
  public String name() {
    return "required.tag";
  }

  @Override
  public void detect(Inspection text, SignalSink out) {
    List<String> tags = text.context().requiredTags().isEmpty() ? packTags : text.context().requiredTags();
    String lower = text.original().toLowerCase(Locale.ROOT);
    for (String tag : tags) {
      String t = tag.toLowerCase(Locale.ROOT);
      int at = lower.indexOf(t);
      boolean whole = false;
      while (at >= 0 && !whole) {
        int end = at + t.length();
        whole = end >= lower.length() || !(Character.isLetterOrDigit(lower.charAt(end)) || lower.charAt(end) == '_');
        at = whole ? at : lower.indexOf(t, at + 1);
      }
      if (!whole) {
        out.signal("missing.tag", 0, 0, 1.0, tag);
      }
    }
  }
}
