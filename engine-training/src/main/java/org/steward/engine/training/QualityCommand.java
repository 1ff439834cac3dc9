package org.steward.engine.training;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.steward.engine.CheckContext;
import org.steward.engine.Checker;
import org.steward.engine.Finding;
import org.steward.engine.TextKind;
import org.steward.engine.learn.LearnedDetectors;
import org.steward.engine.learn.SecondStage;
import org.steward.engine.learn.encoder.EncoderBudget;
import org.steward.engine.learn.encoder.EncoderHeads;
import org.steward.engine.learn.encoder.EncoderMode;
import org.steward.engine.learn.encoder.EncoderStage;
import org.steward.engine.learn.encoder.MiniLmEncoder;
import org.steward.engine.learn.TextModel;
import org.steward.engine.pack.Condition;
import org.steward.engine.pack.PolicyPack;
import org.steward.engine.pack.PolicyPacks;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code quality --set SET.jsonl --categories hate,slur,... --out PREDS.jsonl [--policy cccg-policy]
 * [--models on|off] [--model FILE] [--encoder off|verify|always] [--heads FILE] [--cache FILE]}, or
 * {@code quality --suite abuse-suite.tsv [--out TABLE.tsv] …}: checks every text of a development set ({@code {"id","text"}}
 * lines) and writes {@code {"id","flagged"}} lines for {@code ../shared/tools/score.py}, flagged when
 * a finding's category has one of the given prefixes. {@code --models off} is the word-list-only
 * engine, for comparison.
 */
public final class QualityCommand {
  private QualityCommand() {}

  public static void main(String[] args) throws IOException {
    System.exit(run(args));
  }

  /** Runs the command; returns the exit code. */
  public static int run(String[] args) throws IOException {
    Path set = null;
    Path out = null;
    List<String> cats = List.of();
    String policy = "cccg-policy";
    boolean models = true;
    Path modelFile = null;
    Path suite = null;
    EncoderMode encoder = EncoderMode.OFF;
    Path heads = null;
    Path cache = Path.of(EncoderCommand.DEFAULT_CACHE);
    for (int i = 0; i + 1 < args.length; i += 2) {
      switch (args[i]) {
        case "--set" -> set = Path.of(args[i + 1]);
        case "--out" -> out = Path.of(args[i + 1]);
        case "--categories" -> cats = List.of(args[i + 1].split(","));
        case "--policy" -> policy = args[i + 1];
        case "--models" -> models = !args[i + 1].equals("off");
        case "--model" -> modelFile = Path.of(args[i + 1]);
        case "--suite" -> suite = Path.of(args[i + 1]);
        case "--encoder" -> encoder = EncoderMode.parse(args[i + 1]);
        case "--heads" -> heads = Path.of(args[i + 1]);
        case "--cache" -> cache = Path.of(args[i + 1]);
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    PolicyPack pack = PolicyPacks.resolve(policy);
    TextModel model = modelFile == null ? null : TextModel.read(modelFile);
    SecondStage stage = null;
    if (encoder != EncoderMode.OFF) {
      EncoderHeads h;
      if (heads == null) {
        h = EncoderHeads.shipped();
      } else {
        try (InputStream in = Files.newInputStream(heads)) {
          h = EncoderHeads.read(in);
        }
      }
      // no rate limit: a measurement judges every text the mode picks; vectors come from the encoder command's cache
      stage = new EncoderStage(encoder, h, new EmbeddingCache(cache, MiniLmEncoder.shared()), new EncoderBudget(0, 64));
      model = model == null ? LearnedDetectors.shipped() : model;
    }
    Checker checker = stage == null ? checker(pack, models, model)
        : Checker.of(pack, new ArrayList<>(LearnedDetectors.forPack(pack, model, stage)));
    if (suite != null) {
      return suite(checker, suite, out);
    }
    if (set == null || out == null || cats.isEmpty()) {
      throw new IllegalArgumentException("usage: quality --set SET.jsonl --categories a,b --out PREDS.jsonl [--models on|off]"
          + " [--encoder off|verify|always] [--heads FILE] | quality --suite abuse-suite.tsv [--out TABLE.tsv] ...");
    }
    try (BufferedReader in = Files.newBufferedReader(set, StandardCharsets.UTF_8);
        Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        if (line.isBlank()) {
          continue;
        }
        JsonNode row = JsonMapper.shared().readTree(line);
        boolean flagged = false;
        for (Finding f : checker.check(row.path("text").asString(), CheckContext.of(TextKind.POST)).findings()) {
          for (String c : cats) {
            flagged |= Condition.dottedPrefix(c, f.category());
          }
        }
        ObjectNode prediction = JsonMapper.shared().createObjectNode().put("id", row.path("id").asString()).put("flagged", flagged);
        w.write(JsonMapper.shared().writeValueAsString(prediction) + "\n");
      }
    }
    return 0;
  }

  /**
   * Runs the functional suite's cases ({@code behaviour TAB flag|pass|nothate TAB text}) through {@code
   * checker} and prints the pass rate of each behaviour (tab-separated: behaviour, cases, passed,
   * rate), to {@code out} too when given. For measurement only: nothing is trained or tuned on it.
   */
  static int suite(Checker checker, Path file, Path out) throws IOException {
    java.util.Map<String, int[]> rates = new java.util.TreeMap<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t", 3);
      List<String> scope = f[1].equals("nothate") ? List.of("hate", "slur") : List.of("hate", "slur", "harassment", "threat", "sexism");
      boolean flagged = false;
      for (Finding finding : checker.check(f[2], CheckContext.of(TextKind.POST)).findings()) {
        for (String c : scope) {
          flagged |= Condition.dottedPrefix(c, finding.category());
        }
      }
      int[] r = rates.computeIfAbsent(f[0], k -> new int[2]);
      r[0]++;
      r[1] += flagged == f[1].equals("flag") ? 1 : 0;
    }
    StringBuilder b = new StringBuilder();
    int n = 0;
    int ok = 0;
    for (java.util.Map.Entry<String, int[]> e : rates.entrySet()) {
      b.append(String.format(java.util.Locale.ROOT, "%s\t%d\t%d\t%.2f%n", e.getKey(), e.getValue()[0], e.getValue()[1],
          e.getValue()[1] / (double) e.getValue()[0]));
      n += e.getValue()[0];
      ok += e.getValue()[1];
    }
    b.append(String.format(java.util.Locale.ROOT, "all\t%d\t%d\t%.3f%n", n, ok, ok / (double) n));
    System.out.print(b);
    if (out != null) {
      Files.writeString(out, b.toString(), StandardCharsets.UTF_8);
    }
    return 0;
  }

  /** Returns the checker for {@code pack}: word lists only, the shipped model, or {@code model}. */
  static Checker checker(PolicyPack pack, boolean models, TextModel model) {
    if (!models) {
      return Checker.of(pack, List.of(LearnedDetectors.off()));
    }
    return model == null ? Checker.of(pack) : Checker.of(pack, new ArrayList<>(LearnedDetectors.forPack(pack, model)));
  }
}
