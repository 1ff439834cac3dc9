package org.steward.engine.training;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.steward.engine.learn.Example;
import org.steward.engine.learn.Templates;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads labelled data and relabels it into the model's categories ({@link #CATEGORIES}), with the
 * split each row belongs to (train, calibration or held-out test), decided by a stable hash of its id
 * so the same row is always in the same split.
 *
 * <p>Relabelling (see {@code docs/quality.md}):
 * <ul>
 *   <li>Davidson et al. 2017: hate speech → hate, tone; offensive → not hate, tone, and harassment
 *       when it addresses someone ("you", "your", "u"; a fixed 40 % sample, so the pronoun alone
 *       does not decide), not harassment when it addresses no one; neither → 0 for every category.
 *   <li>EDOS (SemEval-2023 Task 10): sexist → sexism; its threats and incitement (1.x) → threat; its
 *       attacks and prejudice (1.x, 2.x, 3.2, 4.x) → hate (against women); 1.x, 2.x, 3.1 → tone; not
 *       sexist → 0 for every category but sexism's own label (mostly ordinary discussion; some noise).
 *       EDOS's own dev split is held out.
 *   <li>ToxiGen statements: hate → hate (and sexism when the group is women); neutral → 0 for every
 *       category. These teach implicit hate and that naming a group is not hate.
 *   <li>Presidio synthetic sentences (the PII development set): 0 for every category — ordinary
 *       sentences with names, numbers and addresses, which the abuse sets lack.
 *   <li>Generic JSON lines {@code {"text":…, "hate":0|1, …}} (any subset of the categories).
 *   <li>Steward's own augmentation templates ({@code models/augment-v1.txt}), for training only: the
 *       calibration share is natural text, so probabilities reflect it.
 * </ul>
 */
public final class Datasets {
  /** The model's categories, in order. */
  public static final List<String> CATEGORIES = Templates.CATEGORIES;
  public static final int HATE = 0;
  public static final int HARASSMENT = 1;
  public static final int THREAT = 2;
  public static final int SEXISM = 3;
  public static final int TONE = 4;
  static final int K = CATEGORIES.size();

  /** Which part of the data a row is in. */
  public enum Split { TRAIN, CALIBRATION, TEST }

  /** A row with its split and, for the held-out sets, the label the shared scorer uses. */
  public record Row(Example example, Split split, String originalText) {}

  private static final CSVFormat CSV = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setAllowMissingColumnNames(true)
      .setTrailingData(true).get();
  private static final Pattern MENTION = Pattern.compile("@[A-Za-z0-9_]+:?");
  private static final Pattern URL = Pattern.compile("https?://\\S+");
  private static final Pattern RT = Pattern.compile("(^|\\s)RT(\\s|$)");
  private static final Pattern ENTITY = Pattern.compile("&#?[A-Za-z0-9]+;");
  private static final Pattern SECOND_PERSON = Pattern.compile("(?i)\\b(you|your|youre|you're|yourself|u|ur|ya)\\b");

  private Datasets() {}

  /** Returns a stable 0..99 bucket of {@code id}. */
  static int bucket(String id) {
    long h = id.hashCode() * 0x9E3779B97F4A7C15L;
    h ^= h >>> 29;
    return (int) Math.floorMod(h, 100L);
  }

  static Split split(String id, int testPercent, int calibrationPercent) {
    int b = bucket(id);
    return b < testPercent ? Split.TEST : b < testPercent + calibrationPercent ? Split.CALIBRATION : Split.TRAIN;
  }

  /** Removes retweet prefixes, handles, links and HTML entities (the artefacts of the source, not of the language). */
  static String cleanTweet(String s) {
    s = URL.matcher(s).replaceAll(" ");
    s = MENTION.matcher(s).replaceAll(" ");
    s = RT.matcher(s).replaceAll(" ");
    s = s.replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"");
    s = ENTITY.matcher(s).replaceAll(" ");
    return s.trim();
  }

  private static byte[] labels() {
    byte[] l = new byte[K];
    Arrays.fill(l, Example.UNKNOWN);
    return l;
  }

  /** Reads Davidson et al.'s {@code labeled_data.csv}. 20 % held out, 10 % for calibration. */
  public static List<Row> davidson(Path csv) throws IOException {
    List<Row> out = new ArrayList<>();
    for (CSVRecord rec : readCsv(csv)) {
      String id = "d" + rec.get(0);
      int cls = Integer.parseInt(rec.get("class"));
      String raw = rec.get("tweet");
      String text = cleanTweet(raw);
      byte[] l = labels();
      if (cls == 0) {
        l[HATE] = 1;
        l[TONE] = 1;
      } else if (cls == 1) {
        l[HATE] = 0;
        l[TONE] = 1;
        // Harassment: a 40 % sample of those that address someone (so "you" alone does not decide it);
        // those that address no one are not harassment.
        boolean addressed = SECOND_PERSON.matcher(text).find();
        l[HARASSMENT] = addressed ? (bucket(id + "/h") < 40 ? (byte) 1 : Example.UNKNOWN) : 0;
      } else {
        Arrays.fill(l, (byte) 0);
      }
      out.add(new Row(new Example("davidson", id, text, l, 1), split(id, 20, 10), raw));
    }
    return out;
  }

  /** Reads EDOS's train and dev rows. Its dev split is held out; 10 % of train is for calibration. */
  public static List<Row> edos(Path csv) throws IOException {
    List<Row> out = new ArrayList<>();
    for (CSVRecord rec : readCsv(csv)) {
      String id = rec.get("rewire_id");
      String raw = rec.get("text");
      boolean sexist = rec.get("label_sexist").equals("sexist");
      String vector = rec.get("label_vector");
      String text = raw.replace("[USER]", " ").replace("[URL]", " ").trim();
      byte[] l = labels();
      l[SEXISM] = (byte) (sexist ? 1 : 0);
      if (sexist) {
        char top = vector.isEmpty() ? ' ' : vector.charAt(0);
        if (top == '1') {
          l[THREAT] = 1;
        } else {
          l[THREAT] = 0;
        }
        if (top == '1' || top == '2' || top == '4' || vector.startsWith("3.2")) {
          l[HATE] = 1;
        }
        if (top == '1' || top == '2' || vector.startsWith("3.1")) {
          l[TONE] = 1;
        }
      } else {
        l[HATE] = 0;
        l[THREAT] = 0;
        l[TONE] = 0;
        l[HARASSMENT] = 0;
      }
      Split s = rec.get("split").equals("dev") ? Split.TEST : split(id, 0, 10);
      out.add(new Row(new Example("edos", id, text, l, 1), s, raw));
    }
    return out;
  }

  /** Reads the ToxiGen statements. 30 % held out, 10 % for calibration; weighted 3 (small and important). */
  public static List<Row> toxigen(Path csv) throws IOException {
    List<Row> out = new ArrayList<>();
    int i = 0;
    for (CSVRecord rec : readCsv(csv)) {
      String id = "t" + i++;
      String text = rec.get("text");
      boolean hate = rec.get("label").equals("hate");
      String group = rec.get("group");
      byte[] l = labels();
      if (hate) {
        l[HATE] = 1;
        l[HARASSMENT] = 0;
        l[SEXISM] = (byte) (group.equals("women") ? 1 : 0);
      } else {
        Arrays.fill(l, (byte) 0);
      }
      out.add(new Row(new Example("toxigen", id + "|" + group, text, l, 3), split(id, 30, 10), text));
    }
    return balanceGroups(out);
  }

  /**
   * Reweights rows so that, within each group (the part of the id after {@code '|'}), hateful and
   * neutral rows weigh the same in total: naming a group must not predict hate by itself.
   */
  static List<Row> balanceGroups(List<Row> rows) {
    Map<String, double[]> totals = new LinkedHashMap<>();
    for (Row r : rows) {
      double[] t = totals.computeIfAbsent(group(r), k -> new double[2]);
      t[r.example().label(HATE) == 1 ? 1 : 0] += r.example().weight();
    }
    List<Row> out = new ArrayList<>(rows.size());
    for (Row r : rows) {
      double[] t = totals.get(group(r));
      if (t[0] == 0 || t[1] == 0) {
        out.add(r);
        continue;
      }
      double mean = (t[0] + t[1]) / 2;
      double factor = mean / t[r.example().label(HATE) == 1 ? 1 : 0];
      Example e = r.example();
      out.add(new Row(e.weighted(e.weight() * factor), r.split(), r.originalText()));
    }
    return out;
  }

  private static String group(Row r) {
    String id = r.example().id();
    int bar = id.indexOf('|');
    return bar < 0 ? "" : id.substring(bar + 1);
  }

  /** Reads the Presidio synthetic sentences as negatives for every category; 10 % for calibration, none held out. */
  public static List<Row> presidio(Path json) throws IOException {
    List<Row> out = new ArrayList<>();
    int i = 0;
    for (JsonNode text : readJson(json).findValues("full_text")) {
      if (!text.isString()) {
        continue;
      }
      String id = "p" + i++;
      byte[] l = new byte[K];
      out.add(new Row(new Example("presidio", id, text.stringValue(), l, 1), split(id, 0, 10), text.stringValue()));
    }
    return out;
  }

  /**
   * Returns the records after the header of the CSV file {@code csv} (RFC 4180, a header line naming
   * the columns). Text after a closing quote is kept with the field.
   */
  private static List<CSVRecord> readCsv(Path csv) throws IOException {
    try (CSVParser p = CSVParser.parse(csv, StandardCharsets.UTF_8, CSV)) {
      return p.getRecords();
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw new IOException(csv + ": " + e.getMessage(), e);
    }
  }

  private static JsonNode readJson(Path file) throws IOException {
    try {
      return JsonMapper.shared().readTree(file);
    } catch (JacksonException e) {
      throw new IOException(file + ": " + e.getOriginalMessage(), e);
    }
  }

  /**
   * Returns a spelling-noise copy ({@link Noise}) of every training row of {@code rows} from the given
   * sources, with the same labels, for training only (calibration stays on natural text), seeded by
   * the row id: the model sees disguised words.
   */
  public static List<Row> noisyCopies(List<Row> rows, List<String> sources, long seed) {
    List<Row> out = new ArrayList<>();
    for (Row r : rows) {
      if (r.split() == Split.TEST || !sources.contains(r.example().source())) {
        continue;
      }
      Example e = r.example();
      java.util.Random rnd = new java.util.Random(seed ^ e.id().hashCode());
      String noisy = Noise.perturb(e.text(), rnd);
      if (!noisy.equals(e.text())) {
        out.add(new Row(new Example(e.source() + "+noise", e.id() + "~", noisy, e.labels(), e.weight()), Split.TRAIN, noisy));
      }
    }
    return out;
  }

  /**
   * Reads JSON lines with {@code "text"} and any of the category names as 0/1 (or {@code "label"}
   * with {@code "category"}); all rows train except a 10 % calibration share.
   */
  public static List<Row> jsonLines(Path file) throws IOException {
    List<Row> out = new ArrayList<>();
    int line = 0;
    for (String s : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      line++;
      if (s.isBlank()) {
        continue;
      }
      JsonNode m;
      try {
        m = JsonMapper.shared().readTree(s);
      } catch (JacksonException e) {
        throw new IOException(file + ":" + line + ": " + e.getOriginalMessage(), e);
      }
      JsonNode text = m.path("text");
      if (!text.isString()) {
        throw new IOException(file + ":" + line + ": no \"text\"");
      }
      byte[] l = labels();
      for (int c = 0; c < K; c++) {
        JsonNode v = m.path(CATEGORIES.get(c));
        if (v.isNumber() || v.isBoolean()) {
          l[c] = (byte) (isOne(v) ? 1 : 0);
        }
      }
      if (m.path("category").isString() && m.hasNonNull("label")) {
        String cat = m.get("category").stringValue();
        int c = CATEGORIES.indexOf(cat);
        if (c < 0) {
          throw new IOException(file + ":" + line + ": unknown category '" + cat + "'");
        }
        l[c] = (byte) (isOne(m.get("label")) ? 1 : 0);
      }
      String id = m.hasNonNull("id") ? m.get("id").asString() : file.getFileName() + ":" + line;
      out.add(new Row(new Example("jsonl", id, text.stringValue(), l, 1), split(id, 0, 10), text.stringValue()));
    }
    return out;
  }

  /** Returns true for a label of 1 (any non-zero number) or {@code true}. */
  private static boolean isOne(JsonNode v) {
    return v.isBoolean() ? v.booleanValue() : v.isNumber() && v.intValue() != 0;
  }

  /** Returns Steward's augmentation templates expanded ({@link Templates#read}), every one a training row. */
  public static List<Row> augmentation(InputStream in) throws IOException {
    List<Row> out = new ArrayList<>();
    for (Example e : Templates.read(in)) {
      out.add(new Row(e, Split.TRAIN, e.text()));
    }
    return out;
  }
}
