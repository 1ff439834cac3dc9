package org.steward.engine;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The institution's own contact details ({@code pii.allow}): its switchboard, campus addresses,
 * team mailboxes and the names it publishes (a press officer), which are never personal-data
 * findings (CON-3). Phone numbers compare by their digits ({@code +44 20 7946 0000} is {@code 020
 * 7946 0000}), e-mail addresses ignoring case, names and addresses word by word ignoring case and
 * punctuation: a finding whose text is part of an allowed entry (the postcode of an allowed address)
 * is dropped, and for an address also one that contains an allowed address.
 *
 * <p>Built once per checker; looking up a finding is linear in the size of the list.
 */
final class PiiAllowList {
  private static final PiiAllowList NONE = new PiiAllowList(List.of());

  private final Set<String> phones = new HashSet<>();
  private final Set<String> emails = new HashSet<>();
  private final List<String> texts = new ArrayList<>();

  private PiiAllowList(List<String> entries) {
    for (String entry : entries) {
      String e = entry.strip();
      if (e.indexOf('@') > 0 && e.indexOf(' ') < 0) {
        emails.add(e.toLowerCase(Locale.ROOT));
        continue;
      }
      String digits = phoneKey(e);
      if (digits != null) {
        phones.add(digits);
        continue;
      }
      String folded = fold(e);
      if (!folded.isEmpty()) {
        texts.add(" " + folded + " ");
      }
    }
  }

  static PiiAllowList of(List<String> entries) {
    return entries.isEmpty() ? NONE : new PiiAllowList(entries);
  }

  boolean isEmpty() {
    return phones.isEmpty() && emails.isEmpty() && texts.isEmpty();
  }

  /** Returns true when a finding of {@code category} on {@code found} is the institution's own. */
  boolean allows(String category, String found) {
    if (isEmpty() || !category.startsWith("pii.")) {
      return false;
    }
    String digits = phoneKey(found);
    if (digits != null && phones.contains(digits)) {
      return true;
    }
    if (emails.contains(found.strip().toLowerCase(Locale.ROOT))) {
      return true;
    }
    String folded = fold(found);
    if (folded.isEmpty()) {
      return false;
    }
    String word = " " + folded + " ";
    for (String t : texts) {
      if (t.contains(word) || (category.equals("pii.address") && word.contains(t))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The digits of something written like a phone number (digits, spaces, {@code + ( ) - .}), with a
   * UK country code turned into the leading 0; null when it is not written like one.
   */
  static String phoneKey(String s) {
    StringBuilder d = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= '0' && c <= '9') {
        d.append(c);
      } else if (" +()-.\u00a0".indexOf(c) < 0) {
        return null;
      }
    }
    if (d.length() < 7) {
      return null;
    }
    String digits = d.toString();
    String trimmed = s.strip();
    if (trimmed.startsWith("+44") || trimmed.startsWith("0044")) {
      digits = "0" + digits.substring(trimmed.startsWith("+") ? 2 : 4).replaceFirst("^0", "");
    }
    return digits;
  }

  /** Lower case, letters and digits only, one space between words. */
  static String fold(String s) {
    StringBuilder out = new StringBuilder(s.length());
    boolean space = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        if (space && out.length() > 0) {
          out.append(' ');
        }
        out.append(Character.toLowerCase(c));
        space = false;
      } else {
        space = true;
      }
    }
    return out.toString();
  }
}
