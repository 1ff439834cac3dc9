package org.steward.engine.text;

import java.util.Arrays;

/** A reusable, growable list of lexicon matches: entry id and folded span. */
public final class Hits {
  int[] entry = new int[16];
  int[] from = new int[16];
  int[] to = new int[16];
  int size;
  // Per-scan caches of the word last looked up by the lexicon, so a prefix or suffix entry that
  // matches again and again inside one long word does not scan that word again each time.
  int wordFrom = -1;
  int wordTo = -1;

  public void clear() {
    size = 0;
    wordFrom = -1;
    wordTo = -1;
  }

  public int size() {
    return size;
  }

  public int entry(int i) {
    return entry[i];
  }

  public int from(int i) {
    return from[i];
  }

  public int to(int i) {
    return to[i];
  }

  /** Keeps the hits {@code keep} accepts (by index), in order, and drops the rest. */
  public void retain(java.util.function.IntPredicate keep) {
    int n = 0;
    for (int i = 0; i < size; i++) {
      if (keep.test(i)) {
        entry[n] = entry[i];
        from[n] = from[i];
        to[n] = to[i];
        n++;
      }
    }
    size = n;
  }

  void add(int id, int f, int t) {
    if (size == entry.length) {
      entry = Arrays.copyOf(entry, size * 2);
      from = Arrays.copyOf(from, size * 2);
      to = Arrays.copyOf(to, size * 2);
    }
    entry[size] = id;
    from[size] = f;
    to[size] = t;
    size++;
  }
}
