package org.steward.engine.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A benchmark corpus built at run time, deterministically, from {@code ../shared/datasets} (never
 * copied into the repository): every Davidson tweet, EDOS post, ToxiGen statement and Presidio
 * sentence, then pairs of them joined (no text twice), until the corpus has the requested size.
 */
public final class DatasetCorpus {
  private static final CSVFormat CSV = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setAllowMissingColumnNames(true)
      .setTrailingData(true).get();

  private DatasetCorpus() {}

  /** Returns the datasets folder: {@code -Dsteward.datasets}, else {@code ../shared/datasets} from the project root or a module. */
  public static Optional<Path> folder() {
    String configured = System.getProperty("steward.datasets");
    List<Path> candidates = configured != null ? List.of(Path.of(configured))
        : List.of(Path.of("../shared/datasets"), Path.of("../../shared/datasets"));
    return candidates.stream().filter(p -> Files.isRegularFile(p.resolve("davidson_labeled_data.csv"))).findFirst();
  }

  /** Returns the distinct source texts, in file order. */
  public static List<String> sources(Path folder) {
    List<String> out = new ArrayList<>();
    column(folder.resolve("davidson_labeled_data.csv"), "tweet", null, null, out);
    column(folder.resolve("edos_train_dev.csv"), "text", null, null, out);
    column(folder.resolve("toxigen_statements.csv"), "text", null, null, out);
    presidio(folder.resolve("presidio_synth_dev.json"), out);
    return out;
  }

  /**
   * Returns the texts labelled as ordinary, neither abusive nor hateful nor sexist: Davidson's
   * "neither", EDOS "not sexist", ToxiGen's neutral statements and every Presidio sentence.
   */
  public static List<String> ordinaryTexts(Path folder) {
    List<String> out = new ArrayList<>();
    column(folder.resolve("davidson_labeled_data.csv"), "tweet", "class", "2", out);
    column(folder.resolve("edos_train_dev.csv"), "text", "label_sexist", "not sexist", out);
    column(folder.resolve("toxigen_statements.csv"), "text", "label", "neutral", out);
    presidio(folder.resolve("presidio_synth_dev.json"), out);
    return out;
  }

  /**
   * Returns {@code size} texts: the sources, then pairs of sources joined by a space, each round of
   * pairs with other partners so that no text repeats (a peer that caches results gains nothing).
   */
  public static List<String> build(Path folder, int size) {
    List<String> src = sources(folder);
    List<String> out = new ArrayList<>(size);
    int n = src.size();
    for (int k = 0; k < size; k++) {
      if (k < n) {
        out.add(src.get(k));
      } else {
        long round = k / n - 1; // the first round of pairs is the same as before rounds were counted
        out.add(src.get(k % n) + " " + src.get((int) ((k * 7919L + 13 + round * 104_729L) % n)));
      }
    }
    return out;
  }

  /** Adds column {@code name} of every row of {@code csv} (only rows whose {@code labelColumn} is {@code label}, if given). */
  private static void column(Path csv, String name, String labelColumn, String label, List<String> out) {
    try (CSVParser p = CSVParser.parse(csv, StandardCharsets.UTF_8, CSV)) {
      for (CSVRecord r : p) {
        if (labelColumn == null || r.get(labelColumn).equals(label)) {
          out.add(r.get(name));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void presidio(Path json, List<String> out) {
    for (JsonNode text : JsonMapper.shared().readTree(json).findValues("full_text")) {
      out.add(text.stringValue());
    }
  }
}
