package org.steward.engine.detect;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;

/**
 * Phone numbers (CON-3), UK and international. Digit runs of a phone's length are the cheap
 * pre-filter; only they reach libphonenumber. A number libphonenumber calls valid scores 1; one
 * that is only shaped like a phone number (e.g. a fictional 555 number) scores 0.6.
 */
final class PhoneDetector implements Detector {
  private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();
  /** Words that say a number is a phone number when they come just before it. */
  private static final String[] CUES = {"tel", "phone", "call", "mobile", "fax", "cell", "number", "answering", "ring",
      "text me", "whatsapp", "contact", "reach", "desk", "dial", "sms", "messages to", "registered", "landline"};

  @Override
  public String name() {
    return "pii.phone";
  }

  @Override
  public void detect(Inspection text, SignalSink out) {
    if (text.digits() < 7) {
      return;
    }
    String t = text.original();
    for (int r = 0; r < text.digitRuns(); r++) {
      int digits = text.runDigits(r);
      if (digits < 7 || digits > 15) {
        continue;
      }
      int s = text.runStart(r);
      int e = text.runEnd(r);
      if (digits >= 13 && Luhn.valid(t, s, e)) {
        continue; // a payment card
      }
      String candidate = t.substring(s, e);
      double score = score(candidate, digits, t, s);
      if (score > 0) {
        out.signal("pii.phone", s, e, score);
      }
    }
  }

  private static double score(String candidate, int digits, String text, int s) {
    boolean plus = candidate.charAt(0) == '+';
    boolean leadingZero = candidate.charAt(0) == '0' || (candidate.charAt(0) == '(' && candidate.length() > 1 && candidate.charAt(1) == '0');
    boolean grouped = candidate.indexOf(' ') > 0 || candidate.indexOf('-') > 0 || candidate.indexOf('(') >= 0 || candidate.indexOf('.') > 0;
    if (isDateOrVersion(candidate)) {
      return 0;
    }
    String region = plus ? "ZZ" : leadingZero ? "GB" : "US";
    try {
      PhoneNumber number = PHONES.parse(candidate, region);
      if (PHONES.isValidNumber(number)) {
        return 1.0;
      }
      if (grouped && PHONES.isPossibleNumber(number) && (plus || digits == 10 || digits == 11)) {
        return 0.6;
      }
    } catch (NumberParseException e) {
      return 0;
    }
    boolean cue = s >= 2 && cue(text, s);
    return cue && digits >= 7 ? 0.6 : 0;
  }

  /** Returns true when words like "tel", "phone", "call" or "ext" come just before the number. */
  private static boolean cue(String text, int s) {
    String before = text.substring(Math.max(0, s - 16), s).toLowerCase(java.util.Locale.ROOT);
    for (String cue : CUES) {
      if (before.contains(cue)) {
        return true;
      }
    }
    return false;
  }

  /** Returns true for shapes that are not phones: dates, versions, IP addresses, SSNs (123-45-6789). */
  private static boolean isDateOrVersion(String c) {
    int dots = 0;
    for (int i = 0; i < c.length(); i++) {
      if (c.charAt(i) == '.') {
        dots++;
      }
    }
    if ((dots == 2 && c.length() <= 10) || (dots == 3 && c.length() <= 15)) {
      return true;
    }
    boolean isoDate = c.length() >= 10 && (c.startsWith("19") || c.startsWith("20")) && (c.charAt(4) == '-' || c.charAt(4) == '/')
        && Character.isDigit(c.charAt(5)) && Character.isDigit(c.charAt(6)) && c.charAt(7) == c.charAt(4);
    boolean ssn = c.length() == 11 && c.charAt(3) == '-' && c.charAt(6) == '-';
    return isoDate || ssn;
  }
}
