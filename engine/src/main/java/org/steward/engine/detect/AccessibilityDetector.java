package org.steward.engine.detect;

import java.util.List;
import org.steward.engine.Media;
import org.steward.engine.text.Hits;
import org.steward.engine.text.Lexicon;

/**
 * Accessible posts (issue #11), reported as {@code warn}-level signals with the fix where there is one:
 * <ul>
 *   <li>{@code accessibility.alt-text}: a picture ({@link Media#image()}) whose alternative text is blank;
 *   <li>{@code accessibility.hashtag}: a multi-word hashtag in one case ({@code #openeveningatcityandislington}),
 *       which screen readers read as one long word; the suggestion is the same hashtag in camel case
 *       ({@code #OpenEveningAtCityAndIslington}), split by {@link WordSegmenter};
 *   <li>{@code accessibility.emoji}: a run of at least {@code accessibility.emoji-run} (default
 *       {@value #EMOJI_RUN}) emoji, each read aloud by name;
 *   <li>{@code accessibility.capitals}: at least {@code accessibility.capitals-words} (default
 *       {@value #CAPITAL_WORDS}) words in a row in capitals, which some screen readers spell out;
 *   <li>{@code accessibility.link-text}: a link phrase that says nothing of where it goes ("click
 *       here", "link below"; {@code accessibility.link-phrases} adds more). "Link in bio" is not one:
 *       on platforms without links in posts it says where the link is.
 * </ul>
 * One pass over the text; hashtags longer than {@value #LONGEST_TAG} characters are not split.
 */
final class AccessibilityDetector implements Detector {
  static final int EMOJI_RUN = 4;
  static final int CAPITAL_WORDS = 4;
  static final int LONGEST_TAG = 100;
  private static final int SHORTEST_TAG = 6;

  private final WordSegmenter words;
  private final int emojiRun;
  private final int capitalWords;
  private final int linkText;

  AccessibilityDetector(Lexicon lexicon, WordSegmenter words, int emojiRun, int capitalWords) {
    this.words = words;
    this.emojiRun = Math.max(2, emojiRun);
    this.capitalWords = Math.max(2, capitalWords);
    this.linkText = lexicon.group("accessibility.link-text");
  }

  /** Adds the pack's {@code accessibility.link-phrases} to the shipped ones in the shared automaton. */
  static void addLinkPhrases(Lexicon.Builder b, DetectorConfig config) {
    for (String phrase : config.list("accessibility.link-phrases")) {
      b.add("accessibility.link-text", "accessibility.link-text", 1.0, phrase, false);
    }
  }

  @Override
  public String name() {
    return "accessibility";
  }

  @Override
  public void detect(Inspection text, SignalSink out) {
    List<Media> media = text.context().media();
    for (Media m : media) {
      if (m.image() && m.altText().isBlank()) {
        out.signal("accessibility.alt-text", 0, 0, 1.0, "picture " + m.id() + " has no alt text");
      }
    }
    String t = text.original();
    hashtags(t, out);
    emoji(t, out);
    if (text.uppers() >= capitalWords * 2) {
      capitals(t, out);
    }
    Hits hits = text.hits();
    Lexicon lexicon = text.lexicon();
    for (int i = 0; i < hits.size() && linkText >= 0; i++) {
      if (lexicon.entry(hits.entry(i)).group() == linkText) {
        Proximity.signalHit(text, out, "accessibility.link-text", i, 1.0);
      }
    }
  }

  private void hashtags(String t, SignalSink out) {
    for (int h = t.indexOf('#'); h >= 0; h = t.indexOf('#', h + 1)) {
      if (h > 0 && (Character.isLetterOrDigit(t.charAt(h - 1)) || t.charAt(h - 1) == '&')) {
        continue; // "C#", "&#39;"
      }
      int e = h + 1;
      boolean lower = false;
      boolean upper = false;
      while (e < t.length() && e - h <= LONGEST_TAG && isTagChar(t.charAt(e))) {
        char c = t.charAt(e);
        lower |= c >= 'a' && c <= 'z';
        upper |= c >= 'A' && c <= 'Z';
        e++;
      }
      int len = e - h - 1;
      if (e - h > LONGEST_TAG || len < SHORTEST_TAG || (lower && upper) || (e < t.length() && Character.isLetterOrDigit(t.charAt(e)))) {
        h = e - 1; // camel case already, too short, too long, or not ASCII: nothing to suggest
        continue;
      }
      List<String> parts = words.split(t.substring(h + 1, e).toLowerCase(java.util.Locale.ROOT));
      int wordParts = 0;
      for (String p : parts == null ? List.<String>of() : parts) {
        wordParts += Character.isLetter(p.charAt(0)) ? 1 : 0;
      }
      if (wordParts >= 2) { // "#results2024" is one word and a year: screen readers read it well
        StringBuilder camel = new StringBuilder("#");
        for (String p : parts) {
          camel.append(Character.toUpperCase(p.charAt(0))).append(p, 1, p.length());
        }
        out.suggest("accessibility.hashtag", h, e, 1.0, t.substring(h, e), camel.toString());
      }
      h = e - 1;
    }
  }

  private static boolean isTagChar(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }

  private void emoji(String t, SignalSink out) {
    int first = -1;
    for (int k = 0; k < t.length(); k++) {
      if (t.charAt(k) >= 0x2000) { // every emoji, joiner and selector is above U+2000: most texts have none
        first = k;
        break;
      }
    }
    if (first < 0) {
      return;
    }
    int run = 0;
    int runStart = -1;
    int runEnd = -1;
    boolean joined = false; // after a zero-width joiner the next emoji is part of the same one
    int flagHalf = 0;
    for (int i = first; i < t.length(); ) {
      int cp = t.codePointAt(i);
      int next = i + Character.charCount(cp);
      if (cp == 0x200D) {
        joined = true;
      } else if (cp == 0xFE0F || cp == 0x20E3 || (cp >= 0x1F3FB && cp <= 0x1F3FF) || cp == ' ') {
        // variation selector, keycap, skin tone, a space between emoji: neither counts nor breaks the run
      } else if (isEmoji(cp)) {
        boolean regional = cp >= 0x1F1E6 && cp <= 0x1F1FF;
        if (!joined && !(regional && flagHalf == 1)) {
          if (run == 0) {
            runStart = i;
          }
          run++;
        }
        flagHalf = regional ? 1 - flagHalf : 0;
        runEnd = next;
        joined = false;
      } else {
        report(out, t, run, runStart, runEnd);
        run = 0;
        joined = false;
        flagHalf = 0;
      }
      i = next;
    }
    report(out, t, run, runStart, runEnd);
  }

  private void report(SignalSink out, String t, int run, int start, int end) {
    if (run >= emojiRun) {
      out.signal("accessibility.emoji", start, end, 1.0, run + " emoji in a row");
    }
  }

  static boolean isEmoji(int cp) {
    return (cp >= 0x1F000 && cp <= 0x1FAFF) || (cp >= 0x2600 && cp <= 0x27BF) || cp == 0x2B50 || cp == 0x2B55 || cp == 0x203C
        || cp == 0x2049;
  }

  private void capitals(String t, SignalSink out) {
    int words = 0;
    int runStart = -1;
    int runEnd = -1;
    int i = 0;
    int n = t.length();
    while (i < n) {
      while (i < n && !Character.isLetterOrDigit(t.charAt(i))) {
        i++;
      }
      int s = i;
      int letters = 0;
      boolean lower = false;
      while (i < n && (Character.isLetterOrDigit(t.charAt(i)) || t.charAt(i) == '\'')) {
        char c = t.charAt(i);
        if (Character.isLetter(c)) {
          letters++;
          lower |= !Character.isUpperCase(c);
        }
        i++;
      }
      if (i == s) {
        break;
      }
      if (letters >= 2 && !lower) {
        if (words == 0) {
          runStart = s;
        }
        words++;
        runEnd = i;
      } else if (lower) { // a word with small letters ends the run; "I", "A" and numbers do not
        if (words >= capitalWords) {
          out.signal("accessibility.capitals", runStart, runEnd, 1.0);
        }
        words = 0;
      }
    }
    if (words >= capitalWords) {
      out.signal("accessibility.capitals", runStart, runEnd, 1.0);
    }
  }
}
