package org.steward.engine.detect;

import java.util.List;

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
    String original = text.original();
    for (String tag : tags) {
      boolean whole = false;
      for (int at = 0; at + tag.length() <= original.length() && !whole; at++) {
        if (original.regionMatches(true, at, tag, 0, tag.length())) {
          int end = at + tag.length();
          whole = end >= original.length() || !(Character.isLetterOrDigit(original.charAt(end)) || original.charAt(end) == '_');
        }
      }
      if (!whole) {
        out.signal("missing.tag", 0, 0, 1.0, tag);
      }
    }
  }
}
