package org.steward.engine.detect;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.steward.engine.text.Lexicon;

/**
 * Loads Steward's shipped lexicon files into a builder. A file is a list of terms, one a line, with
 * directives that apply to the lines after them: {@code @group} (the detector that reads them),
 * {@code @category}, {@code @weight}, {@code @disguise on|off} (also add masked spellings such as
 * {@code f*ck}). A term may end in {@code | 0.5} to set its own weight.
 */
public final class BuiltInLexicons {
  static final List<String> FILES = List.of("profanity.txt", "slurs.txt", "abuse.txt", "political.txt", "extremism.txt", "context.txt",
      "safeguarding.txt", "accessibility.txt", "mockery.txt", "homonyms.txt");
  private static final String DIR = "/org/steward/engine/lexicons/";

  private BuiltInLexicons() {}

  /** Adds every shipped lexicon and the allow-list to {@code builder}. */
  public static void addTo(Lexicon.Builder builder) {
    for (String file : FILES) {
      read(file, builder);
    }
    for (String word : lines("allow.txt")) {
      builder.allow(word);
    }
  }

  private static void read(String file, Lexicon.Builder builder) {
    String group = "misc";
    String category = "misc";
    double weight = 1.0;
    boolean disguise = false;
    for (String l : lines(file)) {
      if (l.startsWith("@group ")) {
        group = l.substring(7).strip();
      } else if (l.startsWith("@category ")) {
        category = l.substring(10).strip();
      } else if (l.startsWith("@weight ")) {
        weight = Double.parseDouble(l.substring(8).strip());
      } else if (l.startsWith("@disguise ")) {
        disguise = l.substring(10).strip().equals("on");
      } else {
        int bar = l.indexOf('|');
        String term = bar < 0 ? l : l.substring(0, bar).strip();
        double w = bar < 0 ? weight : Double.parseDouble(l.substring(bar + 1).strip());
        builder.add(group, category, w, term, disguise);
      }
    }
  }

  private static List<String> lines(String file) {
    try (InputStream in = BuiltInLexicons.class.getResourceAsStream(DIR + file)) {
      if (in == null) {
        throw new IllegalStateException("shipped lexicon missing: " + file);
      }
      return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
          .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
