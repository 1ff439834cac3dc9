package org.steward.engine.text;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.text.Bidi;
import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.SpoofChecker;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Folds a text once for every detector: Unicode NFKC with case folding, accents and zalgo marks
 * stripped, confusable letters mapped to their Latin skeleton (ICU SpoofChecker), zero-width and
 * bidi controls dropped, leetspeak inside words decoded, runs of three or more of a letter reduced
 * to one (a word that is nothing but one letter repeated keeps three: "xxx" is not "x"), and single
 * letters split by separators rejoined. Control characters other than line breaks and tabs are
 * ignored like zero-width ones, and text under a right-to-left override is read in the order it is
 * shown ("\u202Ekcuf" shows as "fuck"). Every folded character keeps the span of the original text
 * it came from; a character that expands (U+FDFA is eighteen letters) gives each of them its span.
 *
 * <p>Example: {@code "F.u.c.k  y0u\u200B!!"} folds to {@code "fuck you"}, and the span of {@code
 * "fuck"} maps back to {@code [0, 7)}.
 *
 * <p>ASCII takes a branch-light fast path; other characters are folded through ICU once and cached.
 */
public final class Normaliser {
  private static final Normalizer2 NFKC_CF = Normalizer2.getNFKCCasefoldInstance();
  private static final Normalizer2 NFD = Normalizer2.getNFDInstance();
  private static final String[] BMP_FOLD = new String[65536];
  private static final ConcurrentHashMap<Integer, String> ASTRAL_FOLD = new ConcurrentHashMap<>();
  private static final int ASTRAL_CACHE_LIMIT = 4096;
  private static volatile SpoofChecker spoof;
  private static final char RIGHT_TO_LEFT_OVERRIDE = '\u202E';

  private Normaliser() {}

  /** Returns the folded form of {@code text} in a new buffer. */
  public static NormalisedText normalise(String text) {
    NormalisedText out = new NormalisedText();
    normalise(text, out);
    return out;
  }

  /** Folds {@code text} into {@code out}, reusing its buffers. */
  public static void normalise(String text, NormalisedText out) {
    out.original = text;
    out.length = 0;
    out.ensure(text.length() + 16);
    if (emit(text, out)) {
      inDisplayOrder(text, out);
    }
    if (out.symbols > 0) { // most texts have no digit or symbol inside a word: skip the pass
      decodeSymbols(out);
    }
    if (hasSpacedLetters(out)) {
      joinSpacedLetters(out);
    }
  }

  // Pass 1: one folded char (or none, or a few) per original code point. Returns true when the text
  // has a right-to-left override, whose letters are shown in another order than they are stored.
  private static boolean emit(String original, NormalisedText out) {
    int n = original.length();
    char[] text = out.source(n);
    original.getChars(0, n, text, 0); // one bulk copy: array reads are cheaper than String.charAt
    int run = 0; // length of the current run of one repeated letter in the output
    int digits = 0;
    int uppers = 0;
    int lowers = 0;
    int exclamations = 0;
    int symbols = 0;
    boolean at = false;
    boolean dot = false;
    boolean colon = false;
    boolean override = false;
    for (int i = 0; i < n; i++) {
      char c = text[i];
      if (c < 128) {
        if (c >= 'A' && c <= 'Z') {
          uppers++;
          run = letter(out, (char) (c + 32), i, i + 1, run);
        } else if (c >= 'a' && c <= 'z') {
          lowers++;
          run = letter(out, c, i, i + 1, run);
        } else if ((c >= '0' && c <= '9') || c == '@' || c == '$' || c == '!' || c == '*' || c == '|') {
          if (run >= 3) {
            wholeWordRun(out);
          }
          if (symbols++ == 0) {
            out.firstSymbol = out.length;
          }
          if (c <= '9') {
            digits++;
          } else if (c == '!') {
            exclamations++;
          } else if (c == '@') {
            at = true;
          }
          append(out, c, i, i + 1);
          run = 0;
        } else if (c < ' ' && (c < '\t' || (c > '\r' && c < '\u001C')) || c == '\u007F') {
          // NUL and the other controls are not text (line breaks and tabs are): "fu\0ck" is "fuck"
          ignorable(out, i + 1);
        } else {
          if (run >= 3) {
            wholeWordRun(out);
          }
          dot |= c == '.';
          colon |= c == ':';
          space(out, i);
          run = 0;
        }
        continue;
      }
      int cpEnd = i + 1;
      String fold;
      if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(text[i + 1])) {
        cpEnd = i + 2;
        fold = foldAstral(Character.toCodePoint(c, text[i + 1]));
      } else if (Character.isSurrogate(c)) {
        fold = " "; // an unpaired surrogate is not text: treat it as a separator
      } else {
        fold = BMP_FOLD[c];
        if (fold == null) {
          fold = fold(c);
          BMP_FOLD[c] = fold; // benign race: Strings are immutable
        }
        override |= c == RIGHT_TO_LEFT_OVERRIDE;
      }
      if (fold.isEmpty()) {
        // Ignorable (zero-width, bidi control) or a combining mark: the previous char's span grows.
        ignorable(out, cpEnd);
      } else {
        // NFKC may expand one code point a lot (U+FDFA is 18 letters): room first for these letters and
        // for the rest of the text (at most one folded char per char; a whole-word run of three letters
        // comes from three), so the appends below and the ASCII path after never run out.
        out.ensure(out.length + fold.length() + (n - i) + 2);
        for (int k = 0; k < fold.length(); k++) {
          char f = fold.charAt(k);
          if (f == ' ') {
            if (run >= 3) {
              wholeWordRun(out);
            }
            space(out, i);
            run = 0;
          } else if (f < 128 && f >= '0' && f <= '9') {
            if (run >= 3) {
              wholeWordRun(out);
            }
            if (symbols++ == 0) {
              out.firstSymbol = out.length;
            }
            append(out, f, i, cpEnd);
            run = 0;
          } else {
            run = letter(out, f, i, cpEnd, run);
          }
        }
      }
      i = cpEnd - 1;
    }
    if (run >= 3) {
      wholeWordRun(out);
    }
    if (out.length > 0 && out.chars[out.length - 1] == ' ') {
      out.length--;
    }
    out.digits = digits;
    out.uppers = uppers;
    out.letters = uppers + lowers;
    out.exclamations = exclamations;
    out.hasAt = at;
    out.hasDot = dot;
    out.hasColon = colon;
    out.symbols = symbols;
    return override;
  }

  /** An ignorable character (control, zero-width, bidi control, combining mark) ending at {@code end}: the previous char's span grows. */
  private static void ignorable(NormalisedText out, int end) {
    if (out.length > 0 && out.chars[out.length - 1] != ' ') {
      out.end[out.length - 1] = end;
    }
  }

  /**
   * A run of three or more of one letter folds to one letter ("fuuuck" is "fuck"), except when the
   * run is the whole word: "xxx" stays "xxx", so that a word list's "xxx" never becomes the letter
   * "x" ("Follow us on X"). Called when a run of three or more ends at a non-letter; the three
   * letters share the run's span.
   */
  private static void wholeWordRun(NormalisedText out) {
    int n = out.length;
    if (n >= 2 && out.chars[n - 2] != ' ') {
      return;
    }
    out.ensure(n + 3);
    append(out, out.chars[n - 1], out.start[n - 1], out.end[n - 1]);
    append(out, out.chars[n - 1], out.start[n - 1], out.end[n - 1]);
  }

  private static int letter(NormalisedText out, char c, int s, int e, int run) {
    int n = out.length;
    if (n > 0 && out.chars[n - 1] == c) {
      if (run >= 3) {
        out.end[n - 1] = e;
        return run + 1;
      }
      if (run == 2) {
        // third of a run: keep one letter covering the whole run ("fuuuck" -> "fuck")
        out.length = n - 1;
        out.end[n - 2] = e;
        return 3;
      }
      append(out, c, s, e);
      return run + 1;
    }
    append(out, c, s, e);
    return 1;
  }

  private static void append(NormalisedText out, char c, int s, int e) {
    int n = out.length;
    out.chars[n] = c;
    out.start[n] = s;
    out.end[n] = e;
    out.length = n + 1;
  }

  private static void space(NormalisedText out, int at) {
    int n = out.length;
    if (n == 0 || out.chars[n - 1] == ' ') {
      return;
    }
    append(out, ' ', at, at);
  }

  // Pass 2: decode leetspeak and masking symbols inside words; other symbols become separators.
  private static void decodeSymbols(NormalisedText out) {
    char[] c = out.chars;
    int n = out.length;
    int w = Math.min(out.firstSymbol, n); // everything before the first digit or symbol stays as it is
    int starsEnd = -1; // end of the run of stars the current one belongs to: each run is read once, not once per star
    boolean letterAfterStars = false;
    for (int j = w; j < n; j++) {
      char ch = c[j];
      if (ch != ' ' && isLeetCandidate(ch)) {
        boolean prevL = w > 0 && isLetter(c[w - 1]);
        boolean nextL = j + 1 < n && isLetter(c[j + 1]);
        char mapped = 0;
        if (ch == '*') {
          if (j >= starsEnd) {
            starsEnd = endOfRun(c, j, n, '*');
            letterAfterStars = starsEnd < n && isLetter(c[starsEnd]);
          }
          boolean prevStar = w > 0 && (isLetter(c[w - 1]) || c[w - 1] == '*');
          if (prevStar && letterAfterStars) {
            mapped = '*';
          }
        } else if (ch == '@') {
          if (prevL) {
            mapped = 'a';
          }
        } else if (ch == '!' || ch == '|') {
          if (prevL && nextL) {
            mapped = ch == '!' ? 'i' : 'l';
          }
        } else if ((prevL || nextL) && lettersAround(c, j, n, w) >= 2) {
          mapped = leet(ch); // "sh1t", "a55hole", "5hit": a digit among letters is a letter in disguise
        }
        if (mapped == 0) {
          if (ch >= '0' && ch <= '9') {
            mapped = ch; // a digit that is not leet stays a digit
          } else {
            if (w > 0 && c[w - 1] != ' ') {
              c[w] = ' ';
              out.start[w] = out.start[j];
              out.end[w] = out.start[j];
              w++;
            }
            continue;
          }
        }
        ch = mapped;
      }
      if (ch == ' ' && (w == 0 || c[w - 1] == ' ')) {
        continue;
      }
      c[w] = ch;
      if (w != j) {
        out.start[w] = out.start[j];
        out.end[w] = out.end[j];
      }
      w++;
    }
    if (w > 0 && c[w - 1] == ' ') {
      w--;
    }
    out.length = w;
  }

  /**
   * Folds again in the order the text is shown (Unicode bidirectional algorithm, ICU, left-to-right
   * paragraphs): under a right-to-left override "\u202Ekcuf\u202C" is shown, and read, as "fuck".
   * Each stretch shown reordered maps back to the whole stretch of the original it came from, so spans
   * stay in order. Only texts with an override pay for this.
   */
  private static void inDisplayOrder(String text, NormalisedText out) {
    int n = text.length();
    Bidi bidi = new Bidi();
    bidi.setPara(text, Bidi.LTR, null);
    int[] logical = bidi.getVisualMap(); // visual index -> logical index
    if (logical.length != n) {
      return; // not expected without removal options; keep the logical fold
    }
    char[] shown = new char[n];
    for (int v = 0; v < n; v++) {
      shown[v] = text.charAt(logical[v]);
    }
    for (int v = 0; v + 1 < n; v++) { // a reversed surrogate pair is put back in order
      if (Character.isLowSurrogate(shown[v]) && Character.isHighSurrogate(shown[v + 1])) {
        char t = shown[v];
        shown[v] = shown[v + 1];
        shown[v + 1] = t;
        int l = logical[v];
        logical[v] = logical[v + 1];
        logical[v + 1] = l;
        v++;
      }
    }
    // lo/hi: the original span of each shown character; a reordered stretch spans its whole hull
    byte[] levels = bidi.getLevels();
    int[] lo = new int[n + 1];
    int[] hi = new int[n + 1];
    for (int v = 0; v < n; ) {
      if (levels[logical[v]] == 0) {
        lo[v] = logical[v];
        hi[v] = logical[v] + 1;
        v++;
        continue;
      }
      int e = v;
      int min = Integer.MAX_VALUE;
      int max = -1;
      while (e < n && levels[logical[e]] != 0) {
        min = Math.min(min, logical[e]);
        max = Math.max(max, logical[e] + 1);
        e++;
      }
      for (int k = v; k < e; k++) {
        lo[k] = min;
        hi[k] = max;
      }
      v = e;
    }
    lo[n] = n;
    hi[n] = n;
    out.length = 0;
    emit(new String(shown), out);
    out.original = text;
    for (int k = 0; k < out.length; k++) {
      int s = out.start[k];
      int e = out.end[k];
      if (e > s) {
        out.start[k] = Math.min(lo[s], lo[e - 1]);
        out.end[k] = Math.max(hi[s], hi[e - 1]);
      } else {
        out.start[k] = lo[s];
        out.end[k] = lo[s];
      }
    }
  }

  private static boolean hasSpacedLetters(NormalisedText out) {
    char[] c = out.chars;
    int n = out.length;
    int run = 0;
    int tokenStart = 0;
    for (int j = 0; j <= n; j++) {
      if (j == n || c[j] == ' ') {
        run = j - tokenStart == 1 ? run + 1 : 0;
        if (run >= 3) {
          return true;
        }
        tokenStart = j + 1;
      }
    }
    return false;
  }

  // Pass 3: "f u c k" and "f.u.c.k" -> "fuck": three or more one-letter words in a row are one word.
  private static void joinSpacedLetters(NormalisedText out) {
    char[] c = out.chars;
    int n = out.length;
    int w = 0;
    int j = 0;
    while (j < n) {
      int run = 0;
      int k = j;
      while (k < n && isLetter(c[k]) && (k + 1 == n || c[k + 1] == ' ') && (k == 0 || c[k - 1] == ' ')) {
        run++;
        k += 2;
      }
      if (run >= 3) {
        for (int t = j; t < k && t < n; t += 2) {
          copy(out, t, w++);
        }
        if (k - 1 < n) {
          copy(out, k - 1, w++); // the space after the joined word
        }
        j = k;
      } else {
        copy(out, j, w++);
        j++;
      }
    }
    if (w > 0 && c[w - 1] == ' ') {
      w--;
    }
    out.length = w;
  }

  private static void copy(NormalisedText out, int from, int to) {
    if (from != to) {
      out.chars[to] = out.chars[from];
      out.start[to] = out.start[from];
      out.end[to] = out.end[from];
    }
  }

  private static int endOfRun(char[] c, int j, int n, char sym) {
    int k = j;
    while (k < n && c[k] == sym) {
      k++;
    }
    return k;
  }

  /**
   * Counts letters near {@code j}: up to two on each side, looking past other leet characters
   * ("a55hole"), stopping at a space. Constant work per character.
   */
  private static int lettersAround(char[] c, int j, int n, int w) {
    int count = 0;
    for (int k = w - 1, seen = 0; k >= 0 && seen < 4 && c[k] != ' '; k--, seen++) {
      if (isLetter(c[k])) {
        count++;
      }
    }
    for (int k = j + 1, seen = 0; k < n && seen < 4 && c[k] != ' '; k++, seen++) {
      if (isLetter(c[k])) {
        count++;
      }
    }
    return count;
  }

  private static boolean isLeetCandidate(char c) {
    return (c >= '0' && c <= '9') || c == '@' || c == '$' || c == '!' || c == '*' || c == '|';
  }

  private static char leet(char c) {
    return switch (c) {
      case '0' -> 'o';
      case '1' -> 'i';
      case '3' -> 'e';
      case '4' -> 'a';
      case '5', '$' -> 's';
      case '7' -> 't';
      case '8' -> 'b';
      case '9' -> 'g';
      default -> c;
    };
  }

  /** Returns true for folded letters: ASCII lower case or any non-ASCII letter kept by the fold. */
  public static boolean isLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 128 && c != ' ' && Character.isLetter(c));
  }

  private static String foldAstral(int cp) {
    if (cp >= 0x1F000 && cp <= 0x1FAFF) {
      return " "; // emoji and pictographs: separators, and the most common astral characters by far
    }
    String f = ASTRAL_FOLD.get(cp);
    if (f == null) {
      f = fold(cp);
      if (ASTRAL_FOLD.size() < ASTRAL_CACHE_LIMIT) {
        ASTRAL_FOLD.put(cp, f);
      }
    }
    return f;
  }

  /** Folds one code point: NFKC case fold, strip marks, then the confusable skeleton if that is Latin. */
  static String fold(int cp) {
    int own = Character.getType(cp);
    if (own == Character.NON_SPACING_MARK || own == Character.ENCLOSING_MARK || own == Character.COMBINING_SPACING_MARK) {
      return ""; // a mark before folding: U+0345 case-folds to the letter iota, which would split the word it sits on
    }
    String s = NFKC_CF.normalize(new String(Character.toChars(cp)));
    String d = NFD.normalize(s);
    StringBuilder sb = new StringBuilder(d.length());
    for (int k = 0; k < d.length(); k++) {
      char ch = d.charAt(k);
      int type = Character.getType(ch);
      if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.COMBINING_SPACING_MARK
          || type == Character.FORMAT || type == Character.CONTROL) {
        continue;
      }
      if (Character.isLetterOrDigit(ch)) {
        sb.append(ch);
      } else if (Character.isSurrogate(ch) && UCharacter.isLetterOrDigit(d.codePointAt(k))) {
        sb.append(ch);
      } else {
        sb.append(' ');
      }
    }
    String r = sb.toString();
    if (!r.isEmpty() && !isAsciiAlnum(r) && !r.isBlank()) {
      String skeleton = spoof().getSkeleton(r);
      String lower = skeleton.toLowerCase(java.util.Locale.ROOT);
      if (isAsciiAlnum(lower)) {
        r = lower;
      } else {
        r = r.toLowerCase(java.util.Locale.ROOT);
      }
    }
    if (r.isBlank() && !r.isEmpty()) {
      return " ";
    }
    return r;
  }

  private static boolean isAsciiAlnum(String s) {
    for (int k = 0; k < s.length(); k++) {
      char ch = s.charAt(k);
      if (!((ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9'))) {
        return false;
      }
    }
    return true;
  }

  private static SpoofChecker spoof() {
    SpoofChecker s = spoof;
    if (s == null) {
      s = new SpoofChecker.Builder().build();
      spoof = s;
    }
    return s;
  }
}
