package org.steward.engine.training;

import java.io.BufferedReader;
import java.io.IOException;
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
import org.steward.engine.learn.TextModel;
import org.steward.engine.pack.Condition;
import org.steward.engine.pack.PolicyPack;
import org.steward.engine.pack.PolicyPacks;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code quality --set SET.jsonl --categories hate,slur,... --out PREDS.jsonl [--policy cccg-policy]
 * [--models on|off] [--model FILE]}: checks every text of a development set ({@code {"id","text"}}
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
    for (int i = 0; i + 1 < args.length; i += 2) {
      switch (args[i]) {
        case "--set" -> set = Path.of(args[i + 1]);
        case "--out" -> out = Path.of(args[i + 1]);
        case "--categories" -> cats = List.of(args[i + 1].split(","));
        case "--policy" -> policy = args[i + 1];
        case "--models" -> models = !args[i + 1].equals("off");
        case "--model" -> modelFile = Path.of(args[i + 1]);
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    if (set == null || out == null || cats.isEmpty()) {
      throw new IllegalArgumentException("usage: quality --set SET.jsonl --categories a,b --out PREDS.jsonl [--models on|off]");
    }
    PolicyPack pack = PolicyPacks.resolve(policy);
    Checker checker = checker(pack, models, modelFile == null ? null : TextModel.read(modelFile));
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

  /** Returns the checker for {@code pack}: word lists only, the shipped model, or {@code model}. */
  static Checker checker(PolicyPack pack, boolean models, TextModel model) {
    if (!models) {
      return Checker.of(pack, List.of(LearnedDetectors.off()));
    }
    return model == null ? Checker.of(pack) : Checker.of(pack, new ArrayList<>(LearnedDetectors.forPack(pack, model)));
  }
}
