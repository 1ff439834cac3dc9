package org.steward.app.checks;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Service;
import org.steward.app.people.DirectoryNames;
import org.steward.app.web.FieldProblem;
import org.steward.app.web.InvalidInput;
import org.steward.engine.AccountKind;
import org.steward.engine.CheckContext;
import org.steward.engine.Checker;
import org.steward.engine.Media;
import org.steward.engine.Result;
import org.steward.engine.TextKind;
import org.steward.engine.pack.PolicyPack;

/**
 * Checks a text against a policy pack: validates the request at the boundary, then asks the
 * engine. Names of real learners and staff come from the directory (CON-3).
 */
@Service
public class CheckService {
  /** Longest text accepted: 1 MiB of characters, far beyond any post or blog. */
  public static final int MAX_TEXT = 1 << 20;
  static final List<String> KINDS = List.of("post", "reply", "comment", "bio", "blog", "message");

  private final PolicyCheckers checkers;
  private final DirectoryNames directory;

  CheckService(PolicyCheckers checkers, DirectoryNames directory) {
    this.checkers = checkers;
    this.directory = directory;
  }

  /** The outcome of a check, with the pack it was checked against (for clause texts). */
  public record Outcome(PolicyPack pack, Result result) {}

  /**
   * Returns the verdict and findings for the request.
   *
   * @throws InvalidInput listing every field that is wrong (422)
   */
  public Outcome check(CheckRequest request) {
    return check(request, List.of());
  }

  /**
   * The same, with the pictures and other media attached to the text (alt text, rights declared,
   * people pictured without consent), as the posts feature checks a post.
   */
  public Outcome check(CheckRequest request, List<Media> media) {
    List<FieldProblem> problems = new ArrayList<>();
    String text = request.text();
    if (text == null || text.isBlank()) {
      problems.add(new FieldProblem("text", "Enter the text you want to check"));
    } else if (text.length() > MAX_TEXT) {
      problems.add(new FieldProblem("text", "The text must be 1 MB or shorter"));
    }
    TextKind kind = TextKind.parse(lower(request.kind() == null ? "post" : request.kind()));
    if (kind == null || kind == TextKind.ACCOUNT) {
      problems.add(new FieldProblem("kind", "Choose what the text is: one of " + String.join(", ", KINDS)));
    }
    String policy = request.policy() == null || request.policy().isBlank() ? "cccg-policy" : request.policy();
    Checker checker = checkers.forPack(policy).orElse(null);
    if (checker == null) {
      problems.add(new FieldProblem("policy", "Choose a policy: one of "
          + String.join(", ", checkers.packs().stream().map(PolicyPack::id).toList())));
    }
    CheckContext ctx = kind == null ? null : CheckContext.of(kind);
    if (request.account() != null && ctx != null) {
      AccountKind accountKind = AccountKind.parse(lower(request.account().kind()));
      String audience = request.account().audience() == null ? "staff" : lower(request.account().audience());
      if (accountKind == null) {
        problems.add(new FieldProblem("account.kind", "Choose the account: personal, departmental or official"));
      } else if (!audience.equals("staff") && !audience.equals("learner")) {
        problems.add(new FieldProblem("account.audience", "The account's owner is staff or learner"));
      } else {
        ctx = ctx.withAccount(accountKind, audience).withRequiredTags(request.account().requiredTags());
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidInput(problems);
    }
    ctx = ctx.withDirectory(directory.current()).withMedia(media);
    return new Outcome(checker.pack(), checker.check(text, ctx));
  }

  private static String lower(String s) {
    return s == null ? "" : s.trim().toLowerCase(Locale.ROOT);
  }
}
