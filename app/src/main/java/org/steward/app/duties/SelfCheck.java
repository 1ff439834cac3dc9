package org.steward.app.duties;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.steward.app.checks.CheckRequest;
import org.steward.app.checks.CheckService;
import org.steward.app.identity.Actor;
import org.steward.app.web.FieldProblem;
import org.steward.app.web.InvalidInput;
import org.steward.engine.Finding;
import org.steward.engine.Verdict;
import org.steward.engine.pack.PolicyClause;

/**
 * The private self-check (PER-1..PER-3, PER-5, CON-11, CON-13): a post, bio or blog text for a
 * personal account, checked against the policy in force for the person (their unit, as staff or learner).
 * Nothing is written anywhere: no row, no audit entry, no log line with the text (the test
 * proves it). Saving is a separate choice ({@link SavedChecks}).
 */
@Service
public class SelfCheck {
  static final List<String> KINDS = List.of("post", "bio", "blog");
  /** A self-check is of one post, bio or blog entry: 20,000 characters is far more than any. */
  static final int MAX_TEXT = 20_000;

  private final CheckService checks;
  private final DutyGuidance guidance;

  SelfCheck(CheckService checks, DutyGuidance guidance) {
    this.checks = checks;
    this.guidance = guidance;
  }

  /** One finding as the person reads it. */
  public record Point(int number, String clause, String plain, String evidence, String severity,
      String clauseText, String section, String packTitle, int start, int end) {}

  /**
   * The outcome: the verdict, each finding once, and, when a finding's route is safeguarding, where
   * to get help in the pack's words (docs/packs.md "Safeguarding", item 2). The self-check opens no
   * concern: it is private, and says so (decision 0093).
   */
  public record Outcome(Verdict verdict, List<Point> points, List<String> help) {
    public boolean clear() {
      return points.isEmpty();
    }
  }

  /**
   * Checks {@code text} as a {@code kind} for the person's own account.
   *
   * @throws InvalidInput naming every bad field
   */
  public Outcome check(Actor actor, String text, String kind) {
    List<FieldProblem> problems = new ArrayList<>();
    if (text == null || text.isBlank()) {
      problems.add(new FieldProblem("text", "Enter the text you want to check"));
    } else if (text.length() > MAX_TEXT) {
      problems.add(new FieldProblem("text", "The text must be 20,000 characters or fewer"));
    }
    if (kind == null || !KINDS.contains(kind)) {
      problems.add(new FieldProblem("kind", "Choose what the text is: a post, your bio or a blog"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInput(problems);
    }
    String audience = DutyGuidance.isStaff(actor) ? "staff" : "learner";
    // The policy in force for the person (their unit, staff or learner), chosen by the checks
    // through policies.PoliciesInForce: this feature never names a pack.
    var outcome = checks.check(actor, new CheckRequest(text, kind, null,
        new CheckRequest.Account("personal", audience, List.of())));
    Verdict verdict = outcome.result().verdict();
    Map<String, Point> points = new LinkedHashMap<>();
    for (Finding f : outcome.result().findings()) {
      String key = f.clause() + ":" + f.start() + ":" + f.end();
      if (points.containsKey(key)) {
        continue;
      }
      PolicyClause c = outcome.policy().pack().clausesById().get(f.clause());
      points.put(key, new Point(points.size() + 1, f.clause(), PlainWords.of(f), f.evidence(),
          f.severity().id(), c == null ? "" : c.text(), c == null ? "" : c.section(),
          outcome.policy().title(), f.start(), f.end()));
    }
    List<String> help = outcome.result().findings().stream().anyMatch(Finding::safeguarding)
        ? org.steward.engine.Safeguarding.help(outcome.policy().pack()) : List.of();
    return new Outcome(verdict, List.copyOf(points.values()), help);
  }
}
