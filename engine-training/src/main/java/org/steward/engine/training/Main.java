package org.steward.engine.training;

import java.io.IOException;
import java.util.Arrays;
import org.steward.engine.pack.PackException;

/** Command-line entry point of the training tools: {@code train} and {@code quality}. */
public final class Main {
  static final String USAGE = """
      usage: java -jar steward-engine-training.jar <command> [options]
        train [--data DIR] [--extra FILE.jsonl]... [--out FILE] [--heldout DIR] [--seed N]
              trains the learned abuse model (deterministic) from ../shared/datasets and writes it
        quality --set SET.jsonl --categories a,b --out PREDS.jsonl [--models on|off] [--model FILE]
              flags a development set for ../shared/tools/score.py, with or without the model
        encoder [--data DIR] [--cache FILE] [--out FILE] [--max-train N]
              embeds train's rows with the sentence encoder (cached under target/), trains, calibrates
              and fuses its heads, writes engine/src/main/resources/models/steward-encoder-heads-v1.txt
      """;

  private Main() {}

  public static void main(String[] args) {
    System.exit(run(args));
  }

  static int run(String[] args) {
    if (args.length == 0 || args[0].equals("help") || args[0].equals("--help")) {
      System.out.print(USAGE);
      return args.length == 0 ? 2 : 0;
    }
    String[] rest = Arrays.copyOfRange(args, 1, args.length);
    try {
      return switch (args[0]) {
        case "train" -> TrainCommand.run(rest);
        case "quality" -> QualityCommand.run(rest);
        case "encoder" -> EncoderCommand.run(rest);
        default -> {
          System.err.println("error: unknown command '" + args[0] + "'");
          System.err.print(USAGE);
          yield 2;
        }
      };
    } catch (PackException | IllegalArgumentException | IOException e) {
      System.err.println("error: " + e.getMessage());
      return 1;
    }
  }
}
