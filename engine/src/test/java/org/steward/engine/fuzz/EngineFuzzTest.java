package org.steward.engine.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.file.Path;
import java.util.List;
import org.steward.engine.AccountKind;
import org.steward.engine.CheckContext;
import org.steward.engine.Checker;
import org.steward.engine.Finding;
import org.steward.engine.PeopleDirectory;
import org.steward.engine.Person;
import org.steward.engine.Result;
import org.steward.engine.TextKind;
import org.steward.engine.pack.PackException;
import org.steward.engine.pack.PackLoader;
import org.steward.engine.pack.PolicyPack;

/**
 * Coverage-guided fuzzing of the engine's two entry points for outside data (issue #8): {@code
 * Checker.check} on any text, and the pack loader on any file. Run as an ordinary test, each method
 * replays the committed corpus in {@code src/test/resources/org/steward/engine/fuzz/EngineFuzzTestInputs/}
 * (regression mode); {@code ./mvnw -pl engine -Pfuzz test} fuzzes for a few minutes and keeps what it
 * finds there (README, "Fuzzing"). What must hold for every input: no exception (a pack may be refused
 * with a {@link PackException}), spans inside the text, and no input slower than {@link TimeBound}
 * allows for its length, also when it is repeated to 16 K characters (where a super-linear step shows).
 */
class EngineFuzzTest {
  private static final Checker HOSTILE = Checker.of(PackLoader.load(Path.of("src/test/resources/packs/hostile-text.yaml")));
  private static final PeopleDirectory PEOPLE = PeopleDirectory.of(List.of(Person.learner("Jamie Smith"), Person.staff("Priya Patel")));
  /** The repeated text the time bound is also checked on. */
  private static final int AMPLIFIED = 16 * 1024;

  static {
    // The bound is for a warm engine: compile the hot paths before the first input is timed.
    String mixed = "F.u.c.k y0u n@zi a.a.a. \u202Ekcuf\u202C \uFDFA Jamie Smith 020 7946 0018 SW1A 1AA vote Labour! ".repeat(160);
    for (int i = 0; i < 10; i++) {
      HOSTILE.check(mixed, CheckContext.of(TextKind.POST));
    }
  }

  @FuzzTest(maxDuration = "3m")
  void checkAnyText(FuzzedDataProvider data) {
    TextKind kind = TextKind.values()[data.consumeInt(0, TextKind.values().length - 2)]; // not ACCOUNT
    boolean directory = data.consumeBoolean();
    AccountKind account = data.consumeBoolean() ? AccountKind.values()[data.consumeInt(0, AccountKind.values().length - 1)] : null;
    String text = data.consumeRemainingAsString();
    CheckContext ctx = CheckContext.of(kind).withRequiredTags(List.of("@AcmeAcademy"));
    if (directory) {
      ctx = ctx.withDirectory(PEOPLE);
    }
    if (account != null) {
      ctx = ctx.withAccount(account, "learner");
    }
    CheckContext context = ctx;
    check(text, context);
    // Repeated, where a super-linear step shows. While fuzzing, one input in 32 (that is what keeps
    // the fuzzer fast); when the corpus is replayed, every one.
    if (!text.isEmpty() && text.length() < AMPLIFIED / 4 && (!TimeBound.FUZZING || (text.hashCode() & 31) == 0)) {
      check(text.repeat(AMPLIFIED / text.length()), context);
    }
  }

  @FuzzTest(maxDuration = "2m")
  void loadAnyPack(FuzzedDataProvider data) {
    String yaml = data.consumeRemainingAsString();
    PolicyPack pack;
    try {
      pack = PackLoader.parse(yaml, "fuzz.yaml");
    } catch (PackException refused) {
      assertThat(refused.problems()).isNotEmpty();
      assertThat(refused.getMessage()).isNotBlank();
      return;
    }
    // A pack the loader accepts must give a working checker.
    Checker checker = Checker.of(pack);
    for (TextKind kind : TextKind.values()) {
      if (kind != TextKind.ACCOUNT) {
        checker.check("You idiot, call 020 7946 0018 or mail jo@example.com, vote Labour! " + yaml, CheckContext.of(kind));
      }
    }
  }

  private static void check(String text, CheckContext ctx) {
    TimeBound.assertWithin(text, () -> {
      Result r = HOSTILE.check(text, ctx);
      for (Finding f : r.findings()) {
        assertThat(f.start()).isBetween(0, text.length());
        assertThat(f.end()).isBetween(f.start(), text.length());
      }
    });
  }
}
