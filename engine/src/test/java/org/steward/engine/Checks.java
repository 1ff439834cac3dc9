package org.steward.engine;

import java.nio.file.Path;
import java.util.List;
import org.steward.engine.detect.Detector;
import org.steward.engine.detect.Inspection;
import org.steward.engine.detect.SignalSink;
import org.steward.engine.pack.PackLoader;
import org.steward.engine.pack.PolicyPacks;

/** Shared checkers for tests: built once, as the app would. */
public final class Checks {
  public static final Checker CCCG = Checker.of(PolicyPacks.byId("cccg-policy").orElseThrow());
  public static final Checker STAFF = Checker.of(PolicyPacks.byId("staff-policy").orElseThrow());
  public static final Checker ACME = Checker.of(PackLoader.load(Path.of("src/test/resources/packs/acme-academy.yaml")));

  private Checks() {}

  /** Returns the cccg-policy checker with a model that fails on any text containing {@code word}: an engine fault to test. */
  public static Checker failingOn(String word) {
    Detector failing = new Detector() {
      @Override
      public String name() {
        return "learned";
      }

      @Override
      public void detect(Inspection text, SignalSink out) {
        if (text.original().contains(word)) {
          throw new IllegalStateException("a fault in a detector");
        }
      }
    };
    return Checker.of(PolicyPacks.byId("cccg-policy").orElseThrow(), List.of(failing));
  }

  public static Result post(Checker checker, String text) {
    return checker.check(text, CheckContext.of(TextKind.POST));
  }

  /** Returns the categories found in a post, in text order. */
  public static List<String> categories(Checker checker, String text) {
    return post(checker, text).findings().stream().map(Finding::category).toList();
  }

  public static List<String> categories(Checker checker, String text, CheckContext ctx) {
    return checker.check(text, ctx).findings().stream().map(Finding::category).toList();
  }
}
