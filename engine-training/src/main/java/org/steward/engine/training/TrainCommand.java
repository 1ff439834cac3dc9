package org.steward.engine.training;

import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.steward.engine.learn.Evaluate;
import org.steward.engine.learn.Example;
import org.steward.engine.learn.LearnedDetector;
import org.steward.engine.learn.LearnedDetectors;
import org.steward.engine.learn.Metrics;
import org.steward.engine.learn.TextModel;
import org.steward.engine.learn.Trainer;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code train [--data DIR] [--extra FILE.jsonl]... [--no-augment] [--out FILE] [--heldout DIR]
 * [--bits 16] [--epochs 6] [--seed N] [--name NAME]}: reads the labelled sets in {@code DIR} (default
 * {@code ../shared/datasets}; any of Davidson, EDOS and ToxiGen that are there), any extra JSON-lines
 * files and Steward's augmentation templates, trains the abuse model deterministically, calibrates
 * it, prints held-out figures per source and category, and writes the model file. With {@code
 * --heldout DIR} it also writes the held-out rows in the form {@code ../shared/tools/score.py} reads.
 */
public final class TrainCommand {
  /** Where the shipped model lives in the source tree, relative to the project root. */
  public static final String DEFAULT_OUT = "engine/src/main/resources/models/" + LearnedDetectors.MODEL_FILE;
  static final String USAGE = "train [--data DIR] [--extra FILE.jsonl]... [--no-augment] [--out FILE] [--heldout DIR]"
      + " [--bits 16] [--epochs 6] [--lr 0.2] [--seed N] [--name NAME] [--dump TRAIN.jsonl]";

  private TrainCommand() {}

  /** Runs {@code train} on its own (the engine's {@code Main} dispatches here too). */
  public static void main(String[] args) throws IOException {
    System.exit(run(args));
  }

  /** Runs the command; returns the exit code. */
  public static int run(String[] args) throws IOException {
    Path data = Path.of("../shared/datasets");
    List<Path> extra = new ArrayList<>();
    boolean augment = true;
    Path out = Path.of(DEFAULT_OUT);
    Path heldout = null;
    Trainer.Options o = Trainer.Options.defaults();
    String name = LearnedDetectors.MODEL_NAME;
    Path dump = null;
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      switch (a) {
        case "--data" -> data = Path.of(value(args, ++i, a));
        case "--extra" -> extra.add(Path.of(value(args, ++i, a)));
        case "--no-augment" -> augment = false;
        case "--out" -> out = Path.of(value(args, ++i, a));
        case "--heldout" -> heldout = Path.of(value(args, ++i, a));
        case "--bits" -> o = new Trainer.Options(Integer.parseInt(value(args, ++i, a)), o.epochs(), o.learningRate(), o.l2(), o.seed());
        case "--epochs" -> o = o.withEpochs(Integer.parseInt(value(args, ++i, a)));
        case "--seed" -> o = o.withSeed(Long.parseLong(value(args, ++i, a)));
        case "--lr" -> o = o.withLearningRate(Double.parseDouble(value(args, ++i, a)));
        case "--name" -> name = value(args, ++i, a);
        case "--dump" -> dump = Path.of(value(args, ++i, a));
        default -> throw new IllegalArgumentException("unknown option '" + a + "'; usage: " + USAGE);
      }
    }
    List<String> used = new ArrayList<>();
    List<Datasets.Row> rows = rows(data, extra, augment, o.seed(), used);
    if (rows.isEmpty()) {
      System.err.println("error: no training data (looked in " + data + ")");
      return 1;
    }
    Shares shares = Shares.of(rows);
    List<Example> train = shares.train();
    List<Example> calibration = shares.calibration();
    List<Datasets.Row> test = shares.test();
    if (dump != null) {
      StringBuilder b = new StringBuilder();
      for (Example e : train) {
        ObjectNode row = JsonMapper.shared().createObjectNode().put("source", e.source()).put("text", e.text())
            .put("weight", e.weight()).put("labels", java.util.Arrays.toString(e.labels()));
        b.append(JsonMapper.shared().writeValueAsString(row)).append('\n');
      }
      Files.writeString(dump, b.toString(), StandardCharsets.UTF_8);
    }
    String description = String.format(Locale.ROOT, "data=%s; bits=%d epochs=%d lr=%s l2=%s seed=%d; train=%d calibration=%d heldout=%d",
        String.join("+", used), o.bits(), o.epochs(), o.learningRate(), o.l2(), o.seed(), train.size(), calibration.size(), test.size());
    System.err.println("training " + name + ": " + description);
    if (calibration.size() < 200) {
      System.err.println("warning: only " + calibration.size() + " calibration rows; scores may be poorly calibrated");
    }
    long t0 = System.nanoTime();
    TextModel model = Trainer.train(name, description, Datasets.CATEGORIES, train, calibration, o);
    System.err.printf(Locale.ROOT, "trained in %.1f s%n", (System.nanoTime() - t0) / 1e9);
    report(model, test);
    model.write(out);
    System.err.println("wrote " + out + " (" + Files.size(out) + " bytes)");
    if (heldout != null) {
      writeHeldout(heldout, test);
    }
    return 0;
  }

  /**
   * The labelled rows the model is trained, calibrated and tested on: the shared sets found in {@code
   * data}, the {@code extra} files, the augmentation templates unless {@code augment} is false, and a
   * disguised copy of the templates and ToxiGen rows. The encoder command reads the same rows. Adds
   * the names of the sources used to {@code used}.
   */
  static List<Datasets.Row> rows(Path data, List<Path> extra, boolean augment, long seed, List<String> used) throws IOException {
    List<Datasets.Row> rows = new ArrayList<>();
    if (Files.isRegularFile(data.resolve("davidson_labeled_data.csv"))) {
      rows.addAll(Datasets.davidson(data.resolve("davidson_labeled_data.csv")));
      used.add("davidson");
    }
    if (Files.isRegularFile(data.resolve("edos_train_dev.csv"))) {
      rows.addAll(Datasets.edos(data.resolve("edos_train_dev.csv")));
      used.add("edos");
    }
    if (Files.isRegularFile(data.resolve("toxigen_statements.csv"))) {
      rows.addAll(Datasets.toxigen(data.resolve("toxigen_statements.csv")));
      used.add("toxigen");
    }
    if (Files.isRegularFile(data.resolve("presidio_synth_dev.json"))) {
      rows.addAll(Datasets.presidio(data.resolve("presidio_synth_dev.json")));
      used.add("presidio");
    }
    for (Path p : extra) {
      rows.addAll(Datasets.jsonLines(p));
      used.add(p.getFileName().toString());
    }
    if (augment) {
      try (InputStream in = TrainCommand.class.getResourceAsStream("/models/" + LearnedDetectors.AUGMENT_FILE)) {
        if (in == null) {
          throw new IOException("augmentation templates missing from the classpath");
        }
        rows.addAll(Datasets.augmentation(in));
        used.add("augment-v1");
      }
    }
    rows.addAll(Datasets.noisyCopies(rows, List.of("augment", "toxigen"), seed));
    return rows;
  }

  private static String value(String[] args, int i, String option) {
    if (i >= args.length) {
      throw new IllegalArgumentException(option + " needs a value; usage: " + USAGE);
    }
    return args[i];
  }

  /**
   * The rows by their share, in their order: the weights' training share, the calibration share
   * (Platt scaling, and the encoder's fusion) and the held-out rows, which choose nothing. The
   * {@code train} and {@code encoder} commands split the same rows the same way.
   */
  record Shares(List<Example> train, List<Example> calibration, List<Datasets.Row> test) {
    static Shares of(List<Datasets.Row> rows) {
      List<Example> train = new ArrayList<>();
      List<Example> calibration = new ArrayList<>();
      List<Datasets.Row> test = new ArrayList<>();
      for (Datasets.Row r : rows) {
        switch (r.split()) {
          case TRAIN -> train.add(r.example());
          case CALIBRATION -> calibration.add(r.example());
          case TEST -> test.add(r);
        }
      }
      return new Shares(train, calibration, test);
    }
  }

  /** Prints held-out figures per source and category at probability 0.5, then per category (all sources) at the cccg-policy thresholds. */
  static void report(TextModel model, List<Datasets.Row> test) {
    Map<String, List<Example>> bySource = new LinkedHashMap<>();
    List<Example> all = new ArrayList<>();
    for (Datasets.Row r : test) {
      bySource.computeIfAbsent(r.example().source(), k -> new ArrayList<>()).add(r.example());
      all.add(r.example());
    }
    double[][] pa = Evaluate.probabilities(model, all);
    org.steward.engine.pack.PolicyPack pack = org.steward.engine.pack.PolicyPacks.byId("cccg-policy").orElseThrow();
    for (int c = 0; c < model.categories().size(); c++) {
      double t = 0.5;
      for (org.steward.engine.pack.Rule rule : pack.rules()) {
        if (rule.when().detector().equals(LearnedDetector.NAME) && rule.when().categories().contains(model.categories().get(c))) {
          t = rule.when().minScore();
        }
      }
      Metrics m = Evaluate.metrics(all, pa, c, t);
      if (m.n() == 0) {
        continue;
      }
      System.err.printf(Locale.ROOT, "  held-out model-only %-10s at %.2f: %s calibration-error=%.3f logloss=%.3f%n",
          model.categories().get(c), t, m, Evaluate.calibrationError(all, pa, c), Evaluate.logLoss(all, pa, c));
    }
    for (Map.Entry<String, List<Example>> e : bySource.entrySet()) {
      double[][] p = Evaluate.probabilities(model, e.getValue());
      for (int c = 0; c < model.categories().size(); c++) {
        Metrics m = Evaluate.metrics(e.getValue(), p, c, 0.5);
        if (m.n() > 0 && m.positives() > 0) {
          StringBuilder sweep = new StringBuilder();
          for (double t : new double[] {0.2, 0.3, 0.4, 0.6, 0.7}) {
            sweep.append(String.format(Locale.ROOT, " @%.1f:%.3f", t, Evaluate.metrics(e.getValue(), p, c, t).macroF1()));
          }
          System.err.printf(Locale.ROOT, "  held-out %-8s %-10s %s logloss=%.3f macroF1%s%n", e.getKey(), model.categories().get(c), m,
              Evaluate.logLoss(e.getValue(), p, c), sweep);
        }
      }
    }
  }

  /**
   * Writes the held-out rows as {@code {"id","text","label"}} sets: per source, named like devsets.py's
   * with "_heldout" (EDOS's dev split keeps its name), and per model category ({@code heldout_hate}…,
   * every held-out row labelled for it, whatever its source).
   */
  static void writeHeldout(Path dir, List<Datasets.Row> test) throws IOException {
    Files.createDirectories(dir);
    Map<String, StringBuilder> sets = new LinkedHashMap<>();
    for (Datasets.Row r : test) {
      Example e = r.example();
      switch (e.source()) {
        case "davidson" -> {
          line(sets, "davidson_any_heldout", e.id(), r.originalText(), e.label(Datasets.TONE));
          line(sets, "davidson_hate_heldout", e.id(), r.originalText(), e.label(Datasets.HATE));
        }
        case "edos" -> line(sets, "edos_dev", e.id(), r.originalText(), e.label(Datasets.SEXISM));
        case "toxigen" -> line(sets, "toxigen_heldout", e.id().substring(0, e.id().indexOf('|')), r.originalText(), e.label(Datasets.HATE));
        default -> { }
      }
      for (int c = 0; c < Datasets.K; c++) {
        if (e.label(c) != Example.UNKNOWN) {
          String id = e.source().equals("toxigen") ? e.id().substring(0, e.id().indexOf('|')) : e.id();
          line(sets, "heldout_" + Datasets.CATEGORIES.get(c), id, r.originalText(), e.label(c));
        }
      }
    }
    for (Map.Entry<String, StringBuilder> s : sets.entrySet()) {
      try (Writer w = Files.newBufferedWriter(dir.resolve(s.getKey() + ".jsonl"), StandardCharsets.UTF_8)) {
        w.write(s.getValue().toString());
      }
    }
  }

  private static void line(Map<String, StringBuilder> sets, String set, String id, String text, int label) {
    ObjectNode row = JsonMapper.shared().createObjectNode().put("id", id).put("text", text).put("label", label == 1 ? 1 : 0);
    sets.computeIfAbsent(set, k -> new StringBuilder()).append(JsonMapper.shared().writeValueAsString(row)).append('\n');
  }
}
