package org.steward.engine.detect;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/** Reads a shipped list file of {@code @section} headers and one entry per line ({@code #} starts a comment). */
final class WordLists {
  private WordLists() {}

  static Map<String, Set<String>> read(String resource) {
    Map<String, Set<String>> out = new HashMap<>();
    try (InputStream in = WordLists.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String section = "";
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        String l = line.strip();
        if (l.isEmpty() || l.startsWith("#")) {
          continue;
        }
        if (l.startsWith("@")) {
          section = l.substring(1);
        } else {
          out.computeIfAbsent(section, k -> new LinkedHashSet<>()).add(l.toLowerCase(java.util.Locale.ROOT));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }
}
