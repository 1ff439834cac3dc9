package org.steward.engine.detect;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.steward.engine.text.Hits;
import org.steward.engine.text.Lexicon;
import org.steward.engine.text.LexiconEntry;
import org.steward.engine.text.NormalisedText;

/**
 * Puts back the words of abuse that a slip of the keyboard or a deliberate disguise took apart, so
 * that the word lists and the learned model read "Immigrnats are vemrin", "Jews are verminn", "Deaf
 * people are stu pid" and "Sikhs areviolent" as what they say (CON-1, CON-2, CON-13; decision
 * 0121). Only a word nobody writes on purpose is touched: one that is neither English (the shipped
 * word list) nor a word of the lexicons nor already matched by one, nor a name in the directory;
 * and it becomes a word of the lexicon groups about people (groups, insults, derogatory and
 * stereotyped claims, violence) and nothing else:
 *
 * <ul>
 *   <li>one slip away from exactly one such word: two neighbouring letters swapped, a letter left
 *       out (words of five letters or more) or typed twice (see {@link #misspelling});
 *   <li>two neighbouring words, one of them unknown, that together make such a word ({@code ver
 *       min});
 *   <li>a small word run into such a word ({@code areviolent}, {@code ihatemuslims}).
 * </ul>
 *
 * Slurs, profanity, extremism and self-harm terms are not targets: a name one letter from a slur
 * must never become one, and those lists keep their own disguise handling. Words are looked up by
 * 64-bit hashes of their letters, so a text with nothing to put back costs one pass over its words
 * and allocates nothing; words over {@value #LONGEST} letters are left alone, so the pass is linear
 * in the text. Built once per lexicon; immutable and thread-safe (the caller owns the {@link
 * Scratch}).
 */
public final class Respelling {
  /** The lexicon groups whose words are put back. */
  static final Set<String> TARGET_GROUPS = Set.of("insult", "harassment", "hate.target", "hate.named",
      "hate.derogatory", "hate.claim", "sexism.target", "sexism.stereotype", "threat.violence",
      "mockery.person-insult", "mockery.insult");
  /**
   * The small words a missing space most often joins to a word of abuse about people ("are", not
   * "is": hashtags such as #LoveIsLove and #FeminismIsCancer are slogans about ideas, and splitting
   * them cost the sexism figures on the development split).
   */
  static final Set<String> GLUE = Set.of("a", "i", "are", "were", "be", "so", "all", "the", "you", "they", "them",
      "we", "hate", "such", "just", "really", "very", "too");
  static final int LONGEST = WordSegmenter.LONGEST;
  private static final int LONGEST_GLUE = GLUE.stream().mapToInt(String::length).max().orElse(0);
  /** The shortest word a slip may produce, and the shortest that may come of joining or splitting. */
  private static final int SHORTEST = 4;
  private static final int SHORTEST_PIECE = 3;
  /** A word this long may be two or three written together ("areviolent", "ihatemuslims"). */
  private static final int RUN_ON = 9;

  public static final Respelling NONE = new Respelling(List.of(), Set.of(), Set.of(), new boolean[0], new int[0]);
  /** By lexicon entry: its group id. */
  private final int[] entryGroup;
  /**
   * By first letter and length: true when some target of that first letter is one letter shorter,
   * as long or one letter longer. A slip keeps the first letter, so most words of a text are
   * answered here without hashing.
   */
  private final boolean[][] reachable = new boolean[26][LONGEST + 2];
  /** By lexicon group id: a group about people, whose hit in a text is a reason to look closer. */
  private final boolean[] aboutPeople;

  /** Target words (letters only), by their index in {@link #deletions}' lists. */
  private final String[] targets;
  private final HashedWords targetSet;
  /** English words and every word of every lexicon entry: known, never respelled. */
  private final HashedWords known;
  private final HashedWords glue;
  /** Hash of a target or of a target less one letter → the targets it comes from. */
  private final HashedWords deletionKeys;
  private final int[][] deletionTargets;

  private Respelling(List<String> targets, Set<String> lexiconWords, Set<String> glue, boolean[] aboutPeople,
      int[] entryGroup) {
    this.aboutPeople = aboutPeople;
    this.entryGroup = entryGroup;
    this.targets = targets.toArray(new String[0]);
    for (String t : this.targets) {
      for (int len = t.length() - 1; len <= t.length() + 1; len++) {
        if (len >= 0 && len < LONGEST + 2) {
          reachable[t.charAt(0) - 'a'][len] = true;
        }
      }
    }
    this.targetSet = new HashedWords(targets);
    List<String> knownWords = new ArrayList<>(lexiconWords);
    knownWords.addAll(WordSegmenter.englishWords());
    this.known = new HashedWords(knownWords);
    this.glue = new HashedWords(glue);
    Map<Long, List<Integer>> index = new HashMap<>();
    for (int i = 0; i < this.targets.length; i++) {
      String t = this.targets[i];
      if (t.length() < SHORTEST) {
        continue;
      }
      char[] c = t.toCharArray();
      index.computeIfAbsent(HashedWords.hash(c, 0, c.length, -1), k -> new ArrayList<>()).add(i);
      for (int k = 0; k < c.length; k++) {
        List<Integer> from = index.computeIfAbsent(HashedWords.hash(c, 0, c.length, k), x -> new ArrayList<>());
        if (!from.contains(i)) {
          from.add(i);
        }
      }
    }
    List<Long> keys = new ArrayList<>(index.keySet());
    this.deletionKeys = new HashedWords(keys.stream().mapToLong(Long::longValue).toArray());
    this.deletionTargets = new int[deletionKeys.capacity()][];
    for (Long key : keys) {
      deletionTargets[deletionKeys.slot(key)] = index.get(key).stream().mapToInt(Integer::intValue).toArray();
    }
  }

  /** Builds the respelling for {@code lexicon}'s target groups. */
  public static Respelling of(Lexicon lexicon) {
    Set<Integer> groups = new HashSet<>();
    int maxGroup = 0;
    for (int i = 0; i < lexicon.size(); i++) {
      maxGroup = Math.max(maxGroup, lexicon.entry(i).group());
    }
    boolean[] aboutPeople = new boolean[maxGroup + 1];
    for (String g : TARGET_GROUPS) {
      if (lexicon.group(g) >= 0) {
        groups.add(lexicon.group(g));
        aboutPeople[lexicon.group(g)] = true;
      }
    }
    Set<String> targets = new HashSet<>();
    Set<String> words = new HashSet<>();
    for (int i = 0; i < lexicon.size(); i++) {
      LexiconEntry e = lexicon.entry(i);
      String[] parts = e.folded().split(" ");
      for (String w : parts) {
        if (letters(w)) {
          words.add(w);
        }
      }
      // a word of its own ("vermin", "muslims"), not a word of a phrase ("lets" of "lets get")
      String w = e.folded();
      if (parts.length == 1 && letters(w) && groups.contains(e.group()) && w.length() >= SHORTEST_PIECE
          && w.length() <= LONGEST) {
        targets.add(w);
      }
    }
    List<String> sorted = new ArrayList<>(targets);
    java.util.Collections.sort(sorted); // the same index whatever the set's order
    int[] entryGroup = new int[lexicon.size()];
    for (int i = 0; i < entryGroup.length; i++) {
      entryGroup[i] = lexicon.entry(i).group();
    }
    return new Respelling(sorted, words, GLUE, aboutPeople, entryGroup);
  }

  /** Per-thread buffers, so that a text with nothing to put back allocates nothing. */
  public static final class Scratch {
    int[] covered = new int[256];
    int[] depth = new int[256];
    final StringBuilder out = new StringBuilder(256);
    int[] spanFrom = new int[256];
    int[] spanTo = new int[256];
  }

  /**
   * Respells {@code text} in place, leaving the words that a list already matched ({@code hits}:
   * "kikes" through "kike*") and the names of the directory ({@code names}) as they are. Returns
   * true when anything changed; the caller scans again.
   */
  public boolean respell(NormalisedText text, Hits hits, Hits names, Scratch scratch) {
    if (targets.length == 0) {
      return false;
    }
    int n = text.length();
    char[] c = text.chars();
    // First pass, no allocation: may this text hide a word of abuse about people, and is there a
    // word nobody writes on purpose? Without a word of the lists about people and without a word
    // long enough to hide two ("immigrnats", "areviolent"), there is nothing worth putting back.
    boolean people = false;
    for (int h = 0; h < hits.size() && !people; h++) {
      int e = hits.entry(h);
      int g = e >= 0 && e < entryGroup.length ? entryGroup[e] : -1;
      people = g >= 0 && g < aboutPeople.length && aboutPeople[g];
    }
    boolean unknownWord = false;
    for (int i = 0; i < n && !unknownWord; ) {
      if (c[i] == ' ') {
        i++;
        continue;
      }
      int j = end(c, i, n);
      if ((people || j - i >= RUN_ON) && j - i <= LONGEST && letters(c, i, j) && !known.contains(c, i, j, -1)) {
        unknownWord = true;
      }
      i = j;
    }
    if (!unknownWord) {
      return false;
    }
    int[] covered = coverage(n, hits, names, scratch);
    StringBuilder out = null;
    int outCount = 0;
    int copiedTo = 0; // folded position up to which the text is copied into out
    for (int i = 0; i < n; ) {
      if (c[i] == ' ') {
        i++;
        continue;
      }
      int j = end(c, i, n);
      if (!candidate(c, i, j, covered)) {
        i = j;
        continue;
      }
      boolean unknown = !known.contains(c, i, j, -1);
      String respelt = null;
      int to = j;
      // the next word, for joining ("ver min")
      int k = j < n ? j + 1 : n;
      int l = k < n ? end(c, k, n) : k;
      if (l > k && candidate(c, k, l, covered) && (unknown || !known.contains(c, k, l, -1))) {
        respelt = joined(c, i, j, k, l);
        if (respelt != null) {
          to = l;
        }
      }
      if (respelt == null && unknown) {
        respelt = nearest(c, i, j);
        if (respelt == null) {
          respelt = split(c, i, j);
        }
      }
      if (respelt != null) {
        if (out == null) {
          out = scratch.out;
          out.setLength(0);
        }
        outCount = copy(text, copiedTo, i, out, outCount, scratch);
        int s = text.originalStart(i);
        int e = text.originalEnd(to - 1);
        for (int m = 0; m < respelt.length(); m++) {
          outCount = put(out, respelt.charAt(m), s, e, outCount, scratch);
        }
        copiedTo = to;
      }
      i = to;
    }
    if (out == null) {
      return false;
    }
    outCount = copy(text, copiedTo, n, out, outCount, scratch);
    char[] chars = new char[outCount];
    out.getChars(0, outCount, chars, 0);
    text.replace(chars, scratch.spanFrom, scratch.spanTo, outCount);
    return true;
  }

  /** A word that may be respelt: letters only, not too long, not matched by a list or a name. */
  private static boolean candidate(char[] c, int i, int j, int[] covered) {
    return j - i <= LONGEST && letters(c, i, j) && covered[j] - covered[i] == 0;
  }

  private static int end(char[] c, int i, int n) {
    int j = i;
    while (j < n && c[j] != ' ') {
      j++;
    }
    return j;
  }

  private static int copy(NormalisedText text, int from, int to, StringBuilder out, int count, Scratch s) {
    for (int k = from; k < to; k++) {
      count = put(out, text.charAt(k), text.originalStart(k), text.originalEnd(k), count, s);
    }
    return count;
  }

  private static int put(StringBuilder out, char ch, int from, int to, int count, Scratch s) {
    if (count >= s.spanFrom.length) {
      s.spanFrom = java.util.Arrays.copyOf(s.spanFrom, count * 2);
      s.spanTo = java.util.Arrays.copyOf(s.spanTo, count * 2);
    }
    out.append(ch);
    s.spanFrom[count] = from;
    s.spanTo[count] = to;
    return count + 1;
  }

  /** The target that the words {@code [i, j)} and {@code [k, l)} make together, or null. */
  private String joined(char[] c, int i, int j, int k, int l) {
    int length = (j - i) + (l - k);
    if (length < SHORTEST + 1 || length > LONGEST) {
      return null;
    }
    long h = HashedWords.hash(c, k, l, -1, HashedWords.hash(c, i, j, -1));
    return targetSet.contains(h) ? new String(c, i, j - i) + new String(c, k, l - k) : null;
  }

  /** The one target one slip from {@code w}, or null when there is none or more than one. */
  String nearest(String w) {
    char[] c = w.toCharArray();
    return nearest(c, 0, c.length);
  }

  private String nearest(char[] c, int i, int j) {
    int len = j - i;
    if (len < SHORTEST || !reachable[c[i] - 'a'][len]) {
      return null;
    }
    String found = null;
    String w = null;
    // w with one letter left out of a target: the target less a letter has w's hash
    for (int k = -1; k < len; k++) {
      int slot = deletionKeys.slot(HashedWords.hash(c, i, j, k < 0 ? -1 : i + k));
      if (slot < 0) {
        continue;
      }
      int[] from = deletionTargets[slot];
      for (int t : from) {
        String target = targets[t];
        if (k < 0 && target.length() != len + 1) {
          continue; // w is the target less a letter
        }
        if (w == null) {
          w = new String(c, i, len);
        }
        if (!oneEdit(w, target) || !misspelling(w, target)) {
          continue;
        }
        if (found != null && !found.equals(target)) {
          return null;
        }
        found = target;
      }
    }
    return found;
  }

  /** {@code w} as a small word run into a target ("are violent", "i hate muslims"), or null. */
  String split(String w) {
    char[] c = w.toCharArray();
    return split(c, 0, c.length);
  }

  private String split(char[] c, int i, int j) {
    if (j - i < SHORTEST + 1) {
      return null;
    }
    // glue + target, target + glue, glue + glue + target; a small word has at most LONGEST_GLUE letters
    for (int k = i + 1; k < j && k - i <= LONGEST_GLUE; k++) {
      if (!glue.contains(c, i, k, -1)) {
        continue;
      }
      if (j - k >= SHORTEST && targetSet.contains(c, k, j, -1)) {
        return new String(c, i, k - i) + " " + new String(c, k, j - k);
      }
      for (int m = k + 1; m < j && m - k <= LONGEST_GLUE; m++) {
        if (glue.contains(c, k, m, -1) && j - m >= SHORTEST && targetSet.contains(c, m, j, -1)) {
          return new String(c, i, k - i) + " " + new String(c, k, m - k) + " " + new String(c, m, j - m);
        }
      }
    }
    for (int k = Math.max(i + SHORTEST, j - LONGEST_GLUE); k < j; k++) {
      if (glue.contains(c, k, j, -1) && targetSet.contains(c, i, k, -1)) {
        return new String(c, i, k - i) + " " + new String(c, k, j - k);
      }
    }
    return null;
  }

  /**
   * True when {@code t} for {@code w} mends a slip rather than making another word. Kept: two
   * neighbouring letters swapped ("vemrin"), a letter left out of a word of five or more ("muslms"),
   * a letter typed twice ("verminn", "parrasites"). Not kept: a letter changed ("butch" is not
   * "bitch", "whitey" not "whites"), another number ("african" is not "africans", "chads" not
   * "chad"), another first letter, or a four-letter word by anything but a swap or a doubled last
   * letter ("betta" is not "beta").
   */
  static boolean misspelling(String w, String t) {
    if (w.charAt(0) != t.charAt(0)) {
      return false;
    }
    if (w.length() == t.length()) {
      return swapped(w, t);
    }
    boolean plural = (w + "s").equals(t) || (t + "s").equals(w);
    if (w.length() > t.length()) {
      int k = firstDifference(w, t);
      boolean doubled = k > 0 && w.charAt(k) == w.charAt(k - 1);
      return doubled && (t.length() > 4 || k == w.length() - 1) && !(plural && k == w.length() - 1 && w.charAt(k - 1) != 's');
    }
    return t.length() > 4 && !plural;
  }

  private static int firstDifference(String a, String b) {
    int k = 0;
    while (k < a.length() && k < b.length() && a.charAt(k) == b.charAt(k)) {
      k++;
    }
    return k;
  }

  /**
   * Prefix counts of the folded positions that some hit covers: {@code [a, b)} holds a covered
   * position when {@code covered[b] - covered[a] > 0}. Linear in the text and the hits.
   */
  private static int[] coverage(int n, Hits hits, Hits names, Scratch s) {
    if (s.depth.length < n + 1) {
      s.depth = new int[Math.max(n + 1, s.depth.length * 2)];
      s.covered = new int[s.depth.length];
    }
    int[] depth = s.depth;
    java.util.Arrays.fill(depth, 0, n + 1, 0);
    mark(depth, n, hits);
    mark(depth, n, names);
    int[] covered = s.covered;
    covered[0] = 0;
    int open = 0;
    for (int k = 0; k < n; k++) {
      open += depth[k];
      covered[k + 1] = covered[k] + (open > 0 ? 1 : 0);
    }
    return covered;
  }

  private static void mark(int[] depth, int n, Hits h) {
    for (int i = 0; i < h.size(); i++) {
      depth[Math.max(0, Math.min(n, h.from(i)))]++;
      depth[Math.max(0, Math.min(n, h.to(i)))]--;
    }
  }

  /** True when {@code a} and {@code b} differ by one adjacent swap, insertion, deletion or substitution. */
  static boolean oneEdit(String a, String b) {
    int la = a.length();
    int lb = b.length();
    if (Math.abs(la - lb) > 1 || a.equals(b)) {
      return false;
    }
    int i = 0;
    while (i < la && i < lb && a.charAt(i) == b.charAt(i)) {
      i++;
    }
    if (la == lb) {
      if (a.regionMatches(i + 1, b, i + 1, la - i - 1)) {
        return true; // one substitution
      }
      return swapped(a, b);
    }
    return la < lb ? a.regionMatches(i, b, i + 1, la - i) : b.regionMatches(i, a, i + 1, lb - i);
  }

  /** True when {@code a} is {@code b} with two neighbouring letters swapped. */
  static boolean swapped(String a, String b) {
    if (a.length() != b.length()) {
      return false;
    }
    int i = 0;
    while (i < a.length() && a.charAt(i) == b.charAt(i)) {
      i++;
    }
    return i + 1 < a.length() && a.charAt(i) == b.charAt(i + 1) && a.charAt(i + 1) == b.charAt(i)
        && a.regionMatches(i + 2, b, i + 2, a.length() - i - 2);
  }

  private static boolean letters(String w) {
    return !w.isEmpty() && letters(w.toCharArray(), 0, w.length());
  }

  private static boolean letters(char[] c, int i, int j) {
    for (int k = i; k < j; k++) {
      if (c[k] < 'a' || c[k] > 'z') {
        return false;
      }
    }
    return true;
  }

  /**
   * A set of words kept as 64-bit FNV-1a hashes of their letters in an open-addressed table, so a
   * word of a text is looked up from its characters without making a string. With some 40,000
   * words a false match is about one in 10^14.
   */
  static final class HashedWords {
    private final long[] table;
    private final int mask;

    HashedWords(java.util.Collection<String> words) {
      this(words.stream().mapToLong(w -> hash(w.toCharArray(), 0, w.length(), -1)).toArray());
    }

    HashedWords(long[] hashes) {
      int size = Integer.highestOneBit(Math.max(4, hashes.length * 4) - 1) << 1;
      table = new long[size];
      mask = size - 1;
      for (long h : hashes) {
        add(h);
      }
    }

    int capacity() {
      return table.length;
    }

    /** The slot of {@code h} in the table, or -1 when it is not there. */
    int slot(long h) {
      int p = (int) (h ^ (h >>> 32)) & mask;
      while (table[p] != 0) {
        if (table[p] == h) {
          return p;
        }
        p = (p + 1) & mask;
      }
      return -1;
    }

    private void add(long h) {
      int p = (int) (h ^ (h >>> 32)) & mask;
      while (table[p] != 0 && table[p] != h) {
        p = (p + 1) & mask;
      }
      table[p] = h;
    }

    boolean contains(long h) {
      return slot(h) >= 0;
    }

    /** True when the letters {@code [i, j)} less the one at {@code skip} (or none: -1) are a word. */
    boolean contains(char[] c, int i, int j, int skip) {
      return contains(hash(c, i, j, skip));
    }

    static long hash(char[] c, int i, int j, int skip) {
      return hash(c, i, j, skip, 0xcbf29ce484222325L);
    }

    /** Continues an FNV-1a hash over {@code [i, j)}, leaving out position {@code skip}; never 0. */
    static long hash(char[] c, int i, int j, int skip, long h) {
      for (int k = i; k < j; k++) {
        if (k != skip) {
          h ^= c[k];
          h *= 0x100000001b3L;
        }
      }
      return h == 0 ? 1 : h;
    }
  }
}
