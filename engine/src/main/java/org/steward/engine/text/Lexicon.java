package org.steward.engine.text;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every word list in one Aho-Corasick automaton over folded text, so a text is scanned once, in
 * linear time, whatever the number of terms. The automaton is a dense table over a 39-symbol
 * alphabet (a–z, 0–9, space, {@code *}, and one symbol for every other character), so each step is
 * one array read. Matches respect word boundaries unless an entry is a prefix or suffix.
 *
 * <p>Build once per pack with {@link Builder}; instances are immutable and thread-safe.
 */
public final class Lexicon {
  private static final int SYMBOLS = 39;
  private static final int OTHER = 38;

  private final int[] delta;
  /** The same table in half the memory when the states fit in a char, which keeps it in cache. */
  private final char[] compact;
  private final int[] ownHead; // first output of a state, or -1
  private final int[] outEntry;
  private final int[] outNext;
  private final int[] dictLink; // nearest state on the failure chain with outputs, or -1
  private final boolean[] hasOutput; // state or its failure chain has outputs
  private final LexiconEntry[] entries;
  private final boolean[] needsVerify;
  private final Map<String, Integer> groups;
  private final Set<String> allowed;
  /** Length of the longest allowed word: a longer word cannot be on the allow-list, so it is not looked up. */
  private final int longestAllowed;

  private Lexicon(int[] delta, int[] ownHead, int[] outEntry, int[] outNext, int[] dictLink, boolean[] hasOutput,
      LexiconEntry[] entries, Map<String, Integer> groups, Set<String> allowed) {
    this.compact = delta.length / SYMBOLS <= Character.MAX_VALUE ? toChars(delta) : null;
    this.delta = compact == null ? delta : null;
    this.ownHead = ownHead;
    this.outEntry = outEntry;
    this.outNext = outNext;
    this.dictLink = dictLink;
    this.hasOutput = hasOutput;
    this.entries = entries;
    this.groups = Map.copyOf(groups);
    this.allowed = Set.copyOf(allowed);
    int longest = 0;
    for (String a : allowed) {
      longest = Math.max(longest, a.length());
    }
    this.longestAllowed = longest;
    this.needsVerify = new boolean[entries.length];
    for (int i = 0; i < entries.length; i++) {
      for (char ch : entries[i].folded().toCharArray()) {
        if (symbol(ch) == OTHER) {
          needsVerify[i] = true;
        }
      }
    }
  }

  private static char[] toChars(int[] table) {
    char[] out = new char[table.length];
    for (int i = 0; i < table.length; i++) {
      out[i] = (char) table[i];
    }
    return out;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Returns the id of a group, or -1 when no entry uses it. */
  public int group(String name) {
    Integer g = groups.get(name);
    return g == null ? -1 : g;
  }

  public LexiconEntry entry(int id) {
    return entries[id];
  }

  public int size() {
    return entries.length;
  }

  /** Finds every entry in {@code text}, appending (entry, folded start, folded end) to {@code hits}. */
  public void scan(NormalisedText text, Hits hits) {
    final char[] c = text.chars;
    final int n = text.length;
    final boolean[] out = hasOutput;
    hits.wordFrom = -1;
    hits.wordTo = -1;
    int state = 0;
    if (compact != null) {
      final char[] d = compact;
      for (int j = 0; j < n; j++) {
        state = d[state * SYMBOLS + symbol(c[j])];
        if (out[state]) {
          collect(text, state, j, hits);
        }
      }
    } else {
      final int[] d = delta;
      for (int j = 0; j < n; j++) {
        state = d[state * SYMBOLS + symbol(c[j])];
        if (out[state]) {
          collect(text, state, j, hits);
        }
      }
    }
  }

  private void collect(NormalisedText text, int state, int j, Hits hits) {
    for (int s = ownHead[state] >= 0 ? state : dictLink[state]; s >= 0; s = dictLink[s]) {
      for (int o = ownHead[s]; o >= 0; o = outNext[o]) {
        int id = outEntry[o];
        LexiconEntry e = entries[id];
        int len = e.folded().length();
        int from = j - len + 1;
        if (!e.suffix() && !text.isBoundary(from - 1)) {
          continue;
        }
        if (!e.prefix() && !text.isBoundary(j + 1)) {
          continue;
        }
        if (needsVerify[id] && !text.slice(from, j + 1).equals(e.folded())) {
          continue;
        }
        int a = from;
        int b = j + 1;
        if (e.suffix()) {
          word(text, hits, from);
          a = hits.wordFrom;
        }
        if (e.prefix()) {
          word(text, hits, j);
          b = hits.wordTo;
        }
        // Only a longer word can be an innocent look-alike; exact matches skip the (allocating) allow-list check.
        if (b - a > len && b - a <= longestAllowed && allowed.contains(text.slice(a, b))) {
          continue;
        }
        int last = hits.size - 1;
        if (last >= 0 && hits.entry[last] == id && hits.from[last] == a && hits.to[last] == b) {
          continue; // "*foo*" inside one long word: the same whole-word hit again
        }
        hits.add(id, a, b);
      }
    }
  }

  /**
   * Puts the bounds of the word around folded position {@code p} in {@code hits.wordFrom/wordTo},
   * reusing the last word when {@code p} is inside it, so each word is read once however many
   * prefix or suffix matches it holds.
   */
  private static void word(NormalisedText text, Hits hits, int p) {
    if (p >= hits.wordFrom && p < hits.wordTo) {
      return;
    }
    int a = p;
    while (a > 0 && text.chars[a - 1] != ' ') {
      a--;
    }
    int b = p + 1;
    while (b < text.length && text.chars[b] != ' ') {
      b++;
    }
    hits.wordFrom = a;
    hits.wordTo = b;
  }

  private static final byte[] ASCII_SYMBOL = new byte[128];

  static {
    for (char ch = 0; ch < 128; ch++) {
      ASCII_SYMBOL[ch] = (byte) slowSymbol(ch);
    }
  }

  static int symbol(char ch) {
    return ch < 128 ? ASCII_SYMBOL[ch] : OTHER;
  }

  private static int slowSymbol(char ch) {
    if (ch >= 'a' && ch <= 'z') {
      return ch - 'a';
    }
    if (ch >= '0' && ch <= '9') {
      return 26 + ch - '0';
    }
    if (ch == ' ') {
      return 36;
    }
    if (ch == '*') {
      return 37;
    }
    return OTHER;
  }

  /** Collects terms, then compiles them into one automaton. */
  public static final class Builder {
    private final Map<String, Integer> groups = new LinkedHashMap<>();
    private final List<LexiconEntry> entries = new ArrayList<>();
    private final Set<String> seen = new HashSet<>();
    private final Set<String> allowed = new HashSet<>();
    /** Spellings the builder made up (masked, doubles collapsed), as opposed to the terms as written. */
    private final Set<LexiconEntry> derived = new HashSet<>();

    /** Returns the id of group {@code name}, creating it. */
    public int group(String name) {
      return groups.computeIfAbsent(name, k -> groups.size());
    }

    /**
     * Adds a term typed by a person ({@code "grumpy goat"}, {@code "goat*"}, {@code "*phobe"}), folded
     * like text. With {@code disguises}, masked spellings ({@code f*ck}) are added too.
     */
    public Builder add(String groupName, String category, double weight, String term, boolean disguises) {
      String t = term.strip();
      boolean prefix = t.endsWith("*") && t.length() > 1;
      boolean suffix = t.startsWith("*") && t.length() > 1;
      String core = t.substring(suffix ? 1 : 0, t.length() - (prefix ? 1 : 0));
      String folded = Normaliser.normalise(core).toString();
      if (folded.isEmpty()) {
        return this;
      }
      int g = group(groupName);
      put(new LexiconEntry(folded, g, category, weight, prefix, suffix, t), false);
      if (disguises && folded.length() >= 4 && folded.indexOf(' ') < 0) {
        for (int k = 1; k < folded.length() - 1; k++) {
          if ("aeiou".indexOf(folded.charAt(k)) >= 0) {
            put(new LexiconEntry(folded.substring(0, k) + '*' + folded.substring(k + 1), g, category, weight, prefix, suffix, t), true);
          }
        }
        String masked = folded.charAt(0) + "*".repeat(folded.length() - 2) + folded.charAt(folded.length() - 1);
        put(new LexiconEntry(masked, g, category, weight, prefix, suffix, t), true);
        String single = collapseDoubles(folded);
        if (single.length() >= 4 && !single.equals(folded)) {
          put(new LexiconEntry(single, g, category, weight, prefix, suffix, t), true);
        }
      }
      return this;
    }

    /** Adds a whole word that must never match a prefix or suffix entry (e.g. {@code scunthorpe}). */
    public Builder allow(String word) {
      allowed.add(Normaliser.normalise(word).toString());
      return this;
    }

    private void put(LexiconEntry e, boolean madeUp) {
      if (seen.add(e.group() + "\u0000" + e.category() + "\u0000" + e.folded() + e.prefix() + e.suffix())) {
        entries.add(e);
        if (madeUp) {
          derived.add(e);
        }
      }
    }

    private static String collapseDoubles(String s) {
      StringBuilder sb = new StringBuilder(s.length());
      for (int k = 0; k < s.length(); k++) {
        if (k == 0 || s.charAt(k) != s.charAt(k - 1)) {
          sb.append(s.charAt(k));
        }
      }
      return sb.toString();
    }

    public Lexicon build() {
      // A spelling the builder made up never stands for an allowed word: "coons" with its doubles
      // collapsed is "cons", "nigger*" is "niger*" (Niger, Nigeria). Terms as written always stay.
      List<LexiconEntry> entries = new ArrayList<>();
      for (LexiconEntry e : this.entries) {
        if (!(derived.contains(e) && allowed.contains(e.folded()))) {
          entries.add(e);
        }
      }
      // Trie with sparse children first; then breadth-first failure links into a dense table.
      List<int[]> children = new ArrayList<>();
      List<List<Integer>> own = new ArrayList<>();
      children.add(newRow());
      own.add(new ArrayList<>());
      for (int id = 0; id < entries.size(); id++) {
        int s = 0;
        for (char ch : entries.get(id).folded().toCharArray()) {
          int sym = symbol(ch);
          int next = children.get(s)[sym];
          if (next < 0) {
            next = children.size();
            children.get(s)[sym] = next;
            children.add(newRow());
            own.add(new ArrayList<>());
          }
          s = next;
        }
        own.get(s).add(id);
      }
      int states = children.size();
      int[] delta = new int[states * SYMBOLS];
      int[] fail = new int[states];
      int[] order = new int[states];
      int tail = 0;
      ArrayDeque<Integer> queue = new ArrayDeque<>();
      for (int a = 0; a < SYMBOLS; a++) {
        int child = children.get(0)[a];
        delta[a] = Math.max(child, 0);
        if (child > 0) {
          fail[child] = 0;
          queue.add(child);
        }
      }
      order[tail++] = 0;
      while (!queue.isEmpty()) {
        int s = queue.poll();
        order[tail++] = s;
        for (int a = 0; a < SYMBOLS; a++) {
          int child = children.get(s)[a];
          if (child > 0) {
            fail[child] = delta[fail[s] * SYMBOLS + a];
            delta[s * SYMBOLS + a] = child;
            queue.add(child);
          } else {
            delta[s * SYMBOLS + a] = delta[fail[s] * SYMBOLS + a];
          }
        }
      }
      int total = 0;
      for (List<Integer> o : own) {
        total += o.size();
      }
      int[] ownHead = new int[states];
      Arrays.fill(ownHead, -1);
      int[] outEntry = new int[total];
      int[] outNext = new int[total];
      int k = 0;
      for (int s = 0; s < states; s++) {
        for (int id : own.get(s)) {
          outEntry[k] = id;
          outNext[k] = ownHead[s];
          ownHead[s] = k++;
        }
      }
      int[] dictLink = new int[states];
      boolean[] hasOutput = new boolean[states];
      dictLink[0] = -1;
      for (int i = 1; i < tail; i++) {
        int s = order[i];
        int f = fail[s];
        dictLink[s] = f > 0 && ownHead[f] >= 0 ? f : (f > 0 ? dictLink[f] : -1);
        hasOutput[s] = ownHead[s] >= 0 || dictLink[s] >= 0;
      }
      // Number the states breadth first: the root and the shallow states, where a scan spends nearly all
      // its steps, then sit side by side at the start of the table and stay in cache.
      int[] rank = new int[states];
      for (int i = 0; i < tail; i++) {
        rank[order[i]] = i;
      }
      int[] bfsDelta = new int[delta.length];
      int[] bfsHead = new int[states];
      int[] bfsLink = new int[states];
      boolean[] bfsOutput = new boolean[states];
      for (int old = 0; old < states; old++) {
        int s = rank[old];
        for (int a = 0; a < SYMBOLS; a++) {
          bfsDelta[s * SYMBOLS + a] = rank[delta[old * SYMBOLS + a]];
        }
        bfsHead[s] = ownHead[old];
        bfsLink[s] = dictLink[old] < 0 ? -1 : rank[dictLink[old]];
        bfsOutput[s] = hasOutput[old];
      }
      return new Lexicon(bfsDelta, bfsHead, outEntry, outNext, bfsLink, bfsOutput,
          entries.toArray(new LexiconEntry[0]), groups, allowed);
    }

    private static int[] newRow() {
      int[] row = new int[SYMBOLS];
      Arrays.fill(row, -1);
      return row;
    }

  }
}
