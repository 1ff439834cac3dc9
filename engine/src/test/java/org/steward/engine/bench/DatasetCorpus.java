package org.steward.engine.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A benchmark corpus built at run time, deterministically, from {@code ../shared/datasets} (never
 * copied into the repository): every Davidson tweet, EDOS post, ToxiGen statement and Presidio
 * sentence, then pairs of them joined, until the corpus has the requested size.
 */
public final class DatasetCorpus {
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
    try {
      column(Files.readString(folder.resolve("davidson_labeled_data.csv"), StandardCharsets.UTF_8), "tweet", out);
      column(Files.readString(folder.resolve("edos_train_dev.csv"), StandardCharsets.UTF_8), "text", out);
      column(Files.readString(folder.resolve("toxigen_statements.csv"), StandardCharsets.UTF_8), "text", out);
      presidio(Files.readString(folder.resolve("presidio_synth_dev.json"), StandardCharsets.UTF_8), out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  /**
   * Returns the texts labelled as ordinary, neither abusive nor hateful nor sexist: Davidson's
   * "neither", EDOS "not sexist", ToxiGen's neutral statements and every Presidio sentence.
   */
  public static List<String> ordinaryTexts(Path folder) {
    List<String> out = new ArrayList<>();
    try {
      where(Files.readString(folder.resolve("davidson_labeled_data.csv"), StandardCharsets.UTF_8), "tweet", "class", "2", out);
      where(Files.readString(folder.resolve("edos_train_dev.csv"), StandardCharsets.UTF_8), "text", "label_sexist", "not sexist", out);
      where(Files.readString(folder.resolve("toxigen_statements.csv"), StandardCharsets.UTF_8), "text", "label", "neutral", out);
      presidio(Files.readString(folder.resolve("presidio_synth_dev.json"), StandardCharsets.UTF_8), out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  private static void where(String csv, String name, String labelColumn, String label, List<String> out) {
    List<List<String>> rows = Csv.parse(csv);
    int col = rows.get(0).indexOf(name);
    int lab = rows.get(0).indexOf(labelColumn);
    if (col < 0 || lab < 0) {
      throw new IllegalStateException("no column " + name + " or " + labelColumn);
    }
    for (int r = 1; r < rows.size(); r++) {
      if (rows.get(r).size() > Math.max(col, lab) && rows.get(r).get(lab).equals(label)) {
        out.add(rows.get(r).get(col));
      }
    }
  }

  /** Returns {@code size} texts: the sources, then deterministic pairs of sources. */
  public static List<String> build(Path folder, int size) {
    List<String> src = sources(folder);
    List<String> out = new ArrayList<>(size);
    int n = src.size();
    for (int k = 0; k < size; k++) {
      if (k < n) {
        out.add(src.get(k));
      } else {
        out.add(src.get(k % n) + " " + src.get((int) ((k * 7919L + 13) % n)));
      }
    }
    return out;
  }

  private static void column(String csv, String name, List<String> out) {
    List<List<String>> rows = Csv.parse(csv);
    int col = rows.get(0).indexOf(name);
    if (col < 0) {
      throw new IllegalStateException("no column " + name);
    }
    for (int r = 1; r < rows.size(); r++) {
      if (rows.get(r).size() > col) {
        out.add(rows.get(r).get(col));
      }
    }
  }

  private static void presidio(String json, List<String> out) {
    String key = "\"full_text\":";
    for (int at = json.indexOf(key); at >= 0; at = json.indexOf(key, at + 1)) {
      int i = json.indexOf('"', at + key.length());
      StringBuilder sb = new StringBuilder();
      for (i = i + 1; i < json.length() && json.charAt(i) != '"'; i++) {
        char c = json.charAt(i);
        if (c == '\\') {
          char e = json.charAt(++i);
          switch (e) {
            case 'n' -> sb.append('\n');
            case 't' -> sb.append('\t');
            case 'r' -> sb.append('\r');
            case 'u' -> {
              sb.append((char) Integer.parseInt(json.substring(i + 1, i + 5), 16));
              i += 4;
            }
            default -> sb.append(e);
          }
        } else {
          sb.append(c);
        }
      }
      out.add(sb.toString());
    }
  }

  /** RFC 4180 CSV: quoted fields may hold commas, doubled quotes and newlines. */
  static final class Csv {
    private Csv() {}

    static List<List<String>> parse(String s) {
      List<List<String>> rows = new ArrayList<>();
      List<String> row = new ArrayList<>();
      StringBuilder field = new StringBuilder();
      boolean quoted = false;
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        if (quoted) {
          if (c == '"' && i + 1 < s.length() && s.charAt(i + 1) == '"') {
            field.append('"');
            i++;
          } else if (c == '"') {
            quoted = false;
          } else {
            field.append(c);
          }
        } else if (c == '"') {
          quoted = true;
        } else if (c == ',') {
          row.add(field.toString());
          field.setLength(0);
        } else if (c == '\n' || c == '\r') {
          if (c == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n') {
            i++;
          }
          row.add(field.toString());
          field.setLength(0);
          rows.add(row);
          row = new ArrayList<>();
        } else {
          field.append(c);
        }
      }
      if (field.length() > 0 || !row.isEmpty()) {
        row.add(field.toString());
        rows.add(row);
      }
      return rows;
    }
  }
}
