package org.steward.engine.cli;

import java.io.IOException;
import org.steward.engine.pack.PackException;

/**
 * Command-line entry point of the engine: {@code scan}, {@code trace} and {@code detectors}. Training ({@code train},
 * {@code quality}) is in the {@code engine-training} module's own jar.
 */
public final class Main {
  static final String USAGE = """
      usage: java -jar steward-engine.jar <command> [options]
        scan  --policy <pack id or file> [--kind post] [--account personal|departmental|official]
              [--audience staff|learner] [--input FILE|-] [--output FILE|-] [--threads N]
              reads JSON lines {"id","text","kind"?} in UTF-8; writes one JSON result line per input, in order,
              checking on N threads (default: every processor).
              A bad line (not UTF-8, not JSON, over 16 MiB, or one the engine fails on) gets
              {"id":...,"error":"..."} and the scan goes on; stdin and --input read alike
        trace [--root DIR] [--out FILE|-]
              prints the clause -> rule/workflow -> test table of the shipped packs
        detectors [--doc FILE]
              prints the detector registry's table, or writes it into FILE's generated section
      shipped packs: staff-policy, cccg-policy
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
    try {
      return switch (args[0]) {
        case "scan" -> ScanCommand.run(new Args(args, 1));
        case "trace" -> TraceCommand.run(new Args(args, 1));
        case "detectors" -> DetectorsCommand.run(new Args(args, 1));
        case "train", "quality" -> throw new UsageException("'" + args[0] + "' is in the training tools: java -jar "
            + "engine-training/target/steward-engine-training.jar " + args[0] + " ...");
        default -> throw new UsageException("unknown command '" + args[0] + "'");
      };
    } catch (UsageException e) {
      System.err.println("error: " + e.getMessage());
      System.err.print(USAGE);
      return 2;
    } catch (PackException | IllegalArgumentException e) {
      System.err.println("error: " + e.getMessage());
      return 1;
    } catch (IOException e) {
      System.err.println("error: " + e.getMessage());
      return 1;
    }
  }
}
