package org.steward.engine.detect;

import java.util.Set;
import org.steward.engine.text.Hits;
import org.steward.engine.text.Lexicon;
import org.steward.engine.text.NormalisedText;

/**
 * Street addresses (CON-3), in the shapes addresses are written in: a house number, one to four
 * name words and a street word ("221b Baker Street", "14 Holloway Road"); a street word then a
 * number ("Søndergade 52"); a flat, suite or box with its number ("Apt. 656", "PO Box 12"); a house
 * number, a capitalised street name and a number on one line ("20789 Allika 46"); and a US state
 * with its ZIP code ("QC 54256", "IL 62704").
 */
final class AddressDetector implements Detector {
  private static final Set<String> STATES = Set.of("AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "FL", "GA", "HI", "ID",
      "IL", "IN", "IA", "KS", "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM", "NY",
      "NC", "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA", "WV", "WI", "WY", "DC",
      "AA", "AE", "AP", "ON", "QC", "BC", "AB", "MB", "NS", "NB", "NL", "PE", "SK");
  private final int street;
  private final int unit;
  private final int country;
  private final int prefix;

  AddressDetector(Lexicon lexicon) {
    street = lexicon.group("street");
    unit = lexicon.group("unit");
    country = lexicon.group("country");
    prefix = lexicon.group("street.prefix");
  }

  @Override
  public String name() {
    return "pii.address";
  }

  @Override
  public void detect(Inspection text, SignalSink out) {
    if (text.digits() == 0) {
      return;
    }
    Hits hits = text.hits();
    Lexicon lexicon = text.lexicon();
    NormalisedText f = text.folded();
    for (int i = 0; i < hits.size(); i++) {
      if (Proximity.in(hits, lexicon, i, country)) {
        int code = postalCodeAfter(f, hits.to(i));
        if (code > 0 && !htmlEntity(text, code) && Character.isUpperCase(text.original().charAt(text.start(hits.from(i))))) {
          emit(text.original(), out, text.start(hits.from(i)), text.end(code), 1.0);
        }
        continue;
      }
      if (Proximity.in(hits, lexicon, i, prefix)) {
        int end = nameThenNumber(text, f, hits.to(i));
        if (end > 0 && !htmlEntity(text, end)) {
          emit(text.original(), out, text.start(hits.from(i)), text.end(end), 1.0);
        } else {
          // "33 avenue de Provence", "69 Av Sidi Lakhmi": a house number, the prefix, then the name
          int before = numberJustBefore(f, hits.from(i));
          int names = before >= 0 ? capitalisedWordsAfter(text, f, hits.to(i)) : -1;
          if (names > 0 && !htmlEntity(text, hits.from(i) - 1)) {
            emit(text.original(), out, text.start(before), text.end(names), 0.9);
          }
        }
        continue;
      }
      boolean isStreet = Proximity.in(hits, lexicon, i, street);
      if (!isStreet && !Proximity.in(hits, lexicon, i, unit)) {
        continue;
      }
      // "Apt. 656", "Søndergade 52": only units and continental street suffixes take the number after them
      boolean capitalised = Character.isUpperCase(text.original().charAt(text.start(hits.from(i))));
      int after = (!isStreet && capitalised) || (isStreet && lexicon.entry(hits.entry(i)).suffix()) ? numberAfter(f, hits.to(i)) : -1;
      if (after > 0 && !htmlEntity(text, after)) {
        emit(text.original(), out, text.start(hits.from(i)), text.end(after), 1.0);
        continue;
      }
      if (isStreet && Character.isUpperCase(text.original().charAt(text.start(hits.from(i))))) {
        int before = numberBefore(f, hits.from(i));
        if (before >= 0 && !htmlEntity(text, before + 1) && looksLikeAName(text, f, before, hits.from(i))) {
          emit(text.original(), out, text.start(before), text.end(hits.to(i)), 1.0);
        }
      }
    }
    boolean fiveDigits = false;
    for (int r = 0; r < text.digitRuns() && !fiveDigits; r++) {
      fiveDigits = text.runDigits(r) == 5;
    }
    if (fiveDigits) {
      stateAndZip(text.original(), out);
    }
    if (text.digitRuns() >= 2) {
      numberNameNumber(text, out);
    }
    cornerOf(text.original(), out);
  }

  /**
   * Reports an address, first taking in a house or postal number written just before it on the
   * same line ("17151 2450 Crown St", "45818 P.O. Box 242"): the number belongs to the address.
   */
  private static void emit(String t, SignalSink out, int start, int end, double score) {
    int k = start - 1;
    while (k >= 0 && t.charAt(k) == ' ') {
      k--;
    }
    int d = k;
    while (d >= 0 && digit(t.charAt(d))) {
      d--;
    }
    int digits = k - d;
    boolean boundary = d < 0 || t.charAt(d) == ' ' || t.charAt(d) == '\n' || t.charAt(d) == ',' || t.charAt(d) == ':';
    if (k < start - 1 && digits >= 1 && digits <= 6 && boundary) {
      start = d + 1;
    }
    out.signal("pii.address", start, end, score);
  }

  /**
   * "the corner of Dalbraut 99 and Frederikke Coves": two street names joined by "and" after
   * "corner of", at least one with a house number (this runs only on texts with digits).
   */
  private static void cornerOf(String t, SignalSink out) {
    for (int at = t.indexOf("orner of "); at > 0; at = t.indexOf("orner of ", at + 1)) {
      char c = t.charAt(at - 1);
      if (c != 'c' && c != 'C') {
        continue;
      }
      int s = at + "orner of ".length();
      int and = indexWithin(t, " and ", s, s + 40); // look no further than a street name can reach
      if (and < 0 || !Character.isLetterOrDigit(t.charAt(s))) {
        continue;
      }
      int e = and + 5;
      int words = 0;
      while (e < t.length() && words < 3 && (Character.isUpperCase(t.charAt(e)) || digit(t.charAt(e)))) {
        while (e < t.length() && (Character.isLetterOrDigit(t.charAt(e)) || t.charAt(e) == '.')) {
          e++;
        }
        words++;
        if (e + 1 < t.length() && t.charAt(e) == ' ' && (Character.isUpperCase(t.charAt(e + 1)) || digit(t.charAt(e + 1)))) {
          e++;
        }
      }
      boolean number = false;
      for (int k = s; k < e && !number; k++) {
        number = digit(t.charAt(k));
      }
      if (words > 0 && number) {
        out.signal("pii.address", s, e, 0.9);
      }
    }
  }

  /** Returns the first index of {@code word} starting in {@code [from, to]}, or -1: bounded, unlike indexOf. */
  private static int indexWithin(String t, String word, int from, int to) {
    int last = Math.min(to, t.length() - word.length());
    for (int k = from; k <= last; k++) {
      if (t.startsWith(word, k)) {
        return k;
      }
    }
    return -1;
  }

  /** Returns the start of a house number that is the word right before folded position {@code from}, or -1. */
  private static int numberJustBefore(NormalisedText f, int from) {
    int e = from - 1;
    if (e <= 0 || f.charAt(e) != ' ') {
      return -1;
    }
    int s = e;
    while (s > 0 && f.charAt(s - 1) != ' ') {
      s--;
    }
    return houseNumber(f, s, e) ? s : -1;
  }

  /** Returns the end of one to three words after {@code to}, at least one capitalised, or -1. */
  private static int capitalisedWordsAfter(Inspection text, NormalisedText f, int to) {
    int k = to;
    int end = -1;
    boolean capital = false;
    for (int words = 0; words < 3 && k < f.length() && f.charAt(k) == ' '; words++) {
      int s = k + 1;
      int e = s;
      while (e < f.length() && f.charAt(e) != ' ') {
        e++;
      }
      if (e == s || !Character.isLetter(f.charAt(s)) || NOT_NAMES.contains(f.slice(s, e))) {
        break;
      }
      capital |= Character.isUpperCase(text.original().charAt(text.start(s)));
      end = e;
      k = e;
    }
    return capital ? end : -1;
  }

  /** "Sweden 99178": returns the end of a 4–6 digit postal code right after a country, or -1. */
  private static int postalCodeAfter(NormalisedText f, int to) {
    if (to >= f.length() || f.charAt(to) != ' ') {
      return -1;
    }
    int k = to + 1;
    while (k < f.length() && f.charAt(k) >= '0' && f.charAt(k) <= '9') {
      k++;
    }
    int digits = k - to - 1;
    boolean year = digits == 4 && (f.charAt(to + 1) == '1' && f.charAt(to + 2) == '9' || f.charAt(to + 1) == '2' && f.charAt(to + 2) == '0');
    return digits >= 4 && digits <= 6 && !year && (k == f.length() || f.charAt(k) == ' ') ? k : -1;
  }

  /** "Via dei Fiorentini 17", "ul. Chrzanowska 61": one to four words, one capitalised, then a number. */
  private static int nameThenNumber(Inspection text, NormalisedText f, int to) {
    int k = to;
    boolean capital = false;
    for (int words = 0; words < 5 && k < f.length() && f.charAt(k) == ' '; words++) {
      int s = k + 1;
      int e = s;
      while (e < f.length() && f.charAt(e) != ' ') {
        e++;
      }
      if (e > s && f.charAt(s) >= '0' && f.charAt(s) <= '9') {
        return words >= 1 && capital && houseNumber(f, s, e) ? e : -1;
      }
      int o = text.start(s);
      if (o > 0 && (text.original().charAt(o - 1) == '@' || text.original().charAt(o - 1) == '#')) {
        return -1; // a handle or hashtag, not a street name
      }
      capital |= Character.isUpperCase(text.original().charAt(o));
      k = e;
    }
    return -1;
  }

  /** Returns the end of a 1–5 digit number (with an optional letter) right after {@code to}, or -1. */
  private static int numberAfter(NormalisedText f, int to) {
    int k = to + 1;
    if (to >= f.length() || f.charAt(to) != ' ') {
      return -1;
    }
    int s = k;
    while (k < f.length() && f.charAt(k) >= '0' && f.charAt(k) <= '9') {
      k++;
    }
    int digits = k - s;
    if (k < f.length() && f.charAt(k) != ' ' && k + 1 <= f.length()) {
      if (!Character.isLetter(f.charAt(k)) || (k + 1 < f.length() && f.charAt(k + 1) != ' ')) {
        return -1;
      }
      k++;
    }
    return digits >= 1 && digits <= 5 ? k : -1;
  }

  /** Returns the start of a house number one to four words before {@code from}, or -1. */
  private static int numberBefore(NormalisedText f, int from) {
    int p = from - 1;
    int words = 0;
    while (p > 0 && words <= 4) {
      int w = p - 1;
      while (w >= 0 && f.charAt(w) != ' ') {
        w--;
      }
      int wordStart = w + 1;
      if (houseNumber(f, wordStart, p)) {
        return words >= 1 ? wordStart : -1;
      }
      words++;
      p = w;
    }
    return -1;
  }

  /** Returns true when the number around folded position {@code at} is an HTML entity such as {@code &#8221;}. */
  private static boolean htmlEntity(Inspection text, int at) {
    int p = text.start(Math.max(0, at - 1));
    String t = text.original();
    while (p > 0 && Character.isDigit(t.charAt(p - 1))) {
      p--;
    }
    return p > 0 && t.charAt(p - 1) == '#';
  }

  private static final Set<String> NOT_NAMES = Set.of("the", "a", "an", "on", "in", "to", "of", "at", "up", "down", "my", "your",
      "our", "his", "her", "their", "this", "that", "and", "or", "every", "is", "are", "was", "were", "for", "from", "by",
      "with", "off", "out", "into", "across", "along", "over", "all", "some", "no", "can", "will", "just", "then", "one", "two");

  /** The words between the number and the street word are a name: capitalised, and not "on the" or "down a". */
  private static boolean looksLikeAName(Inspection text, NormalisedText f, int numberStart, int streetStart) {
    int w = numberStart;
    while (w < streetStart && f.charAt(w) != ' ') {
      w++;
    }
    boolean capital = false;
    String original = text.original();
    for (int s = w + 1; s < streetStart; ) {
      int e = s;
      while (e < streetStart && f.charAt(e) != ' ') {
        e++;
      }
      if (NOT_NAMES.contains(f.slice(s, e))) {
        return false;
      }
      capital |= Character.isUpperCase(original.charAt(text.start(s)));
      s = e + 1;
    }
    return capital;
  }

  private static boolean houseNumber(NormalisedText f, int s, int e) {
    int digits = 0;
    int k = s;
    while (k < e && f.charAt(k) >= '0' && f.charAt(k) <= '9') {
      digits++;
      k++;
    }
    return digits >= 1 && digits <= 5 && e - k <= 1;
  }

  private static void stateAndZip(String t, SignalSink out) {
    for (int i = t.indexOf(' '); i > 1 && i + 6 <= t.length(); i = t.indexOf(' ', i + 1)) {
      if (!upper(t.charAt(i - 1)) || !upper(t.charAt(i - 2)) || (i > 2 && Character.isLetterOrDigit(t.charAt(i - 3)))) {
        continue;
      }
      int k = i + 1;
      while (k < t.length() && k - i - 1 < 5 && digit(t.charAt(k))) {
        k++;
      }
      if (k - i - 1 == 5 && (k == t.length() || !Character.isLetterOrDigit(t.charAt(k)))
          && STATES.contains(t.substring(i - 2, i))) {
        emit(t, out, i - 2, k, 1.0);
      }
    }
  }

  /** "20789 Allika 46": a house number, a capitalised name and a number, alone on their line. */
  private static void numberNameNumber(Inspection text, SignalSink out) {
    String t = text.original();
    int n = t.length();
    for (int r = 0; r < text.digitRuns(); r++) {
      int s = text.runStart(r);
      int i = text.runEnd(r);
      if (text.runDigits(r) != i - s || i - s > 5 || (s > 0 && t.charAt(s - 1) != '\n' && t.charAt(s - 1) != ' ' && t.charAt(s - 1) != ',')) {
        continue; // only a plain number of up to five digits, at the start of a line or after a space or comma
      }
      boolean year = i - s == 4 && (t.startsWith("19", s) || t.startsWith("20", s));
      if (year || i >= n || t.charAt(i) != ' ' || i + 1 >= n || !Character.isUpperCase(t.charAt(i + 1))) {
        continue;
      }
      int k = i + 1;
      int words = 0;
      while (k < n && Character.isUpperCase(t.charAt(k)) && words < 3) {
        while (k < n && Character.isLetter(t.charAt(k))) {
          k++;
        }
        words++;
        if (k < n && t.charAt(k) == ' ' && k + 1 < n && Character.isUpperCase(t.charAt(k + 1))) {
          k++;
        }
      }
      if (k >= n || t.charAt(k) != ' ' || k + 1 >= n || !digit(t.charAt(k + 1))) {
        continue;
      }
      int e = k + 1;
      while (e < n && digit(t.charAt(e))) {
        e++;
      }
      boolean yearAfter = e - k - 1 == 4 && (t.startsWith("19", k + 1) || t.startsWith("20", k + 1));
      if (!yearAfter && e - k - 1 <= 4 && (e == n || t.charAt(e) == '\n' || t.charAt(e) == ',' || t.charAt(e) == ' ')) {
        emit(t, out, s, e, 0.8);
      }
    }
  }

  private static boolean upper(char c) {
    return c >= 'A' && c <= 'Z';
  }

  private static boolean digit(char c) {
    return c >= '0' && c <= '9';
  }
}
