package org.steward.engine.detect;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import java.util.Map;

/**
 * Student and staff id numbers (CON-3) in the formats the pack declares ({@code pii.id-patterns}),
 * matched with RE2/J in linear time. Skipped for texts without a digit when every pattern needs one.
 */
final class IdNumberDetector implements Detector {
  private final Pattern pattern;
  private final boolean needsDigit;

  IdNumberDetector(Map<String, String> patterns) {
    StringBuilder sb = new StringBuilder();
    boolean digit = !patterns.isEmpty();
    for (String p : patterns.values()) {
      if (sb.length() > 0) {
        sb.append('|');
      }
      sb.append("(?:").append(p).append(')');
      digit &= p.contains("[0-9]") || p.contains("\\d");
    }
    this.pattern = patterns.isEmpty() ? null : Pattern.compile("\\b(?:" + sb + ")\\b");
    this.needsDigit = digit;
  }

  @Override
  public String name() {
    return "pii.id";
  }

  @Override
  public void detect(Inspection text, SignalSink out) {
    if (pattern == null || (needsDigit && text.digits() == 0)) {
      return;
    }
    Matcher m = pattern.matcher(text.original());
    while (m.find()) {
      if (m.end() > m.start()) {
        out.signal("pii.id", m.start(), m.end(), 1.0);
      }
    }
  }
}
