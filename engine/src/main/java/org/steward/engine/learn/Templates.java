package org.steward.engine.learn;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Steward's own training templates ({@code models/augment-v1.txt}), expanded into labelled examples:
 * the training command trains on them, and every institution retrain replays them so that a few
 * hundred moderator decisions refine the model rather than replace what it knows.
 *
 * <p>The file: lines {@code labels<TAB>text}, where labels are the positive categories separated by
 * commas ({@code none} for none; the rest are 0; {@code ?hate} leaves a category unknown), and {@code
 * {G}} in the text stands for every protected group, {@code {I}} for every identity word, {@code {N}}
 * for every group that is not protected, and {@code {P}} (with {@code {G}}) for two hateful
 * predicates per group. {@code @G}, {@code @I}, {@code @N}, {@code @P} lines set the lists.
 */
public final class Templates {
  /** The categories of the learned model, in order: the labels the templates (and the training sets) use. */
  public static final List<String> CATEGORIES = List.of("hate", "harassment", "threat", "sexism", "tone");
  private static final int K = CATEGORIES.size();
  private static final int HATE = CATEGORIES.indexOf("hate");
  private static final int SEXISM = CATEGORIES.indexOf("sexism");
  /** Weight of a template example: a few hundred templates must count against tens of thousands of rows. */
  static final double AUGMENT_WEIGHT = 2;
  /** How many filled copies of one template count at full weight; more share that weight. */
  static final double TEMPLATE_FILLS = 3;

  private Templates() {}

  /** Returns the shipped templates ({@code /models/augment-v1.txt} on the classpath) expanded; empty if the file is absent. */
  public static List<Example> shipped() {
    try (InputStream in = Templates.class.getResourceAsStream("/models/" + LearnedDetectors.AUGMENT_FILE)) {
      return in == null ? List.of() : read(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Returns the labelled examples of the templates in {@code in}, in file order. */
  public static List<Example> read(InputStream in) throws IOException {
    Map<String, List<String>> lists = new LinkedHashMap<>();
    List<Example> out = new ArrayList<>();
    BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    int line = 0;
    for (String s = r.readLine(); s != null; s = r.readLine()) {
      line++;
      if (s.isBlank() || s.startsWith("#")) {
        continue;
      }
      if (s.startsWith("@")) {
        int sp = s.indexOf(' ');
        lists.put(s.substring(1, sp), List.of(s.substring(sp + 1).trim().split("\\s*\\|\\s*")));
        continue;
      }
      int tab = s.indexOf('\t');
      if (tab < 0) {
        throw new IOException("augmentation line " + line + ": expected labels<TAB>text");
      }
      byte[] l = new byte[K];
      for (String lab : s.substring(0, tab).split(",")) {
        lab = lab.trim();
        if (lab.equals("none")) {
          continue;
        }
        boolean unknown = lab.startsWith("?");
        int c = CATEGORIES.indexOf(unknown ? lab.substring(1) : lab);
        if (c < 0) {
          throw new IOException("augmentation line " + line + ": unknown category '" + lab + "'");
        }
        l[c] = unknown ? Example.UNKNOWN : 1;
      }
      String template = s.substring(tab + 1).trim();
      String key = template.contains("{G}") ? "G" : template.contains("{I}") ? "I" : template.contains("{N}") ? "N" : null;
      List<String> fills = key == null ? List.of("") : lists.getOrDefault(key, List.of());
      int v = 0;
      List<String> predicates = lists.getOrDefault("P", List.of());
      int gi = 0;
      for (String fill : fills) {
        String filled = key == null ? template : template.replace("{" + key + "}", fill);
        List<String> texts = new ArrayList<>();
        if (filled.contains("{P}") && !predicates.isEmpty()) {
          // two predicates per group, chosen by position so every pairing is stable
          texts.add(filled.replace("{P}", predicates.get((gi + line) % predicates.size())));
          texts.add(filled.replace("{P}", predicates.get((gi * 3 + line + 1) % predicates.size())));
        } else {
          texts.add(filled);
        }
        gi++;
        for (String text : texts) {
          byte[] lv = l.clone();
          String lower = fill.toLowerCase(Locale.ROOT);
          if (lv[HATE] == 1 && (lower.equals("women") || lower.equals("girls") || lower.equals("woman"))) {
            lv[SEXISM] = 1;
          }
          String id = "a" + line + "." + v++ + "|" + (key == null ? "" : fill);
          // a template counts like a few examples however many groups it is filled with
          double w = AUGMENT_WEIGHT * Math.min(1.0, TEMPLATE_FILLS / (double) (fills.size() * texts.size()));
          out.add(new Example("augment", id, text, lv, w));
        }
      }
    }
    return out;
  }
}
