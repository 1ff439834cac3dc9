package org.steward.engine.detect;

import java.util.List;
import java.util.Locale;

/**
 * E-mail addresses (CON-3), found by expanding around each {@code @} by hand (no regex), except the
 * institution's own addresses ({@code institution.email-domains}), which are contacts, not personal data.
 */
final class EmailDetector implements Detector {
  private final List<String> institutionDomains;

  EmailDetector(List<String> institutionDomains) {
    this.institutionDomains = institutionDomains.stream().map(d -> d.toLowerCase(Locale.ROOT)).toList();
  }

  @Override
  public String name() {
    return "pii.email";
  }

  @Override
  public void detect(Inspection text, SignalSink out) {
    if (!text.hasAt()) {
      return;
    }
    String t = text.original();
    for (int at = t.indexOf('@'); at >= 0; at = t.indexOf('@', at + 1)) {
      int s = at;
      while (s > 0 && isLocal(t.charAt(s - 1))) {
        s--;
      }
      while (s < at && (t.charAt(s) == '.')) {
        s++;
      }
      if (s == at) {
        continue; // "@handle": a mention, not an address
      }
      int e = at + 1;
      while (e < t.length() && isDomain(t.charAt(e))) {
        e++;
      }
      while (e > at + 1 && (t.charAt(e - 1) == '.' || t.charAt(e - 1) == '-')) {
        e--; // a full stop after the address ends the sentence, not the domain
      }
      int lastDot = -1; // the last full stop of the domain: look back only as far as the @, never through the text before it
      for (int k = e - 1; k > at; k--) {
        if (t.charAt(k) == '.') {
          lastDot = k;
          break;
        }
      }
      if (s == at || lastDot < 0 || lastDot >= e - 2 || lastDot <= at + 1) {
        continue;
      }
      boolean tldLetters = true;
      for (int k = lastDot + 1; k < e; k++) {
        tldLetters &= Character.isLetter(t.charAt(k));
      }
      if (!tldLetters || ownDomain(t.substring(at + 1, e))) {
        continue;
      }
      out.signal("pii.email", s, e, 1.0);
    }
  }

  private boolean ownDomain(String domain) {
    String d = domain.toLowerCase(Locale.ROOT);
    for (String own : institutionDomains) {
      if (d.equals(own) || d.endsWith("." + own)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isLocal(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '_' || c == '%'
        || c == '+' || c == '-';
  }

  private static boolean isDomain(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '-';
  }
}
