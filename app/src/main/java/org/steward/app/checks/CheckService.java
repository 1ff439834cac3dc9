package org.steward.app.checks;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.steward.app.accounts.Account;
import org.steward.app.accounts.AccountRegistry;
import org.steward.app.identity.Actor;
import org.steward.app.people.DirectoryNames;
import org.steward.app.policies.Audience;
import org.steward.app.policies.PoliciesInForce;
import org.steward.app.policies.PolicyInForce;
import org.steward.app.web.FieldProblem;
import org.steward.app.web.InvalidInput;
import java.util.Map;
import org.steward.engine.AccountKind;
import org.steward.engine.Action;
import org.steward.engine.BatchChecker;
import org.steward.engine.Checker;
import org.steward.engine.Finding;
import org.steward.engine.Verdict;
import org.steward.engine.CheckContext;
import org.steward.engine.Media;
import org.steward.engine.Result;
import org.steward.engine.TextKind;

/**
 * Checks a text against the policy in force: validates the request at the boundary, takes the pack
 * from the request (a pack in force named by id), else from the official account (its unit), else
 * from the author (their unit, staff or learner), then asks the engine. Names of real learners and
 * staff come from the directory (CON-3).
 */
@Service
public class CheckService {
  /** Longest text accepted: 1 MiB of characters, far beyond any post or blog. */
  public static final int MAX_TEXT = 1 << 20;
  static final List<String> KINDS = List.of("post", "reply", "comment", "bio", "blog", "message");

  /** What, next to an under-18's name, always blocks (SAF-3): contact details, a date of birth, a location. */
  static final Map<String, String> DETAILS = Map.of("pii.email", "an e-mail address",
      "pii.phone", "a phone number", "pii.dob", "a date of birth", "pii.address", "an address",
      "pii.postcode", "a postcode");
  /** Fewer requests than this are checked on the caller's thread: starting threads would cost more. */
  static final int SMALL_BATCH = 32;
  private static final java.util.regex.Pattern PLATFORM = java.util.regex.Pattern.compile("^[a-z][a-z-]{0,29}$");

  private final PolicyCheckers checkers;
  private final PoliciesInForce policies;
  private final AccountRegistry accounts;
  private final DirectoryNames directory;
  private final List<NamingConsent> naming;

  CheckService(PolicyCheckers checkers, PoliciesInForce policies, AccountRegistry accounts, DirectoryNames directory,
      List<NamingConsent> naming) {
    this.checkers = checkers;
    this.policies = policies;
    this.accounts = accounts;
    this.directory = directory;
    this.naming = List.copyOf(naming);
  }

  /** The outcome of a check, with the policy it was checked against (for clause texts, contacts, why). */
  public record Outcome(PolicyInForce policy, Result result) {}

  /**
   * The policy a text of {@code author} from {@code account} (null: their own) is checked against,
   * with why; empty when none is in force there.
   */
  public Optional<PolicyInForce> policyFor(Actor author, Long accountId) {
    if (accountId != null) {
      Optional<Account> a = accounts.find(accountId);
      if (a.isPresent()) {
        String unit = accounts.unitName(a.get().unitId());
        return policies.forUnit(a.get().unitId(), Audience.STAFF)
            .map(p -> new PolicyInForce(p.pack(), p.version(), "The account " + a.get().name() + " belongs to "
                + unit + ". " + p.why(), p.settings()));
      }
    }
    return policies.forActor(author).map(p -> new PolicyInForce(p.pack(), p.version(),
        "It is the policy for you. " + p.why(), p.settings()));
  }

  /**
   * Returns the verdict and findings for the request, written by {@code author}.
   *
   * @throws InvalidInput listing every field that is wrong (422)
   */
  public Outcome check(Actor author, CheckRequest request) {
    return check(author, request, List.of());
  }

  /**
   * The same, with the pictures and other media attached to the text (alt text, rights declared,
   * people pictured without consent), as the posts feature checks a post.
   */
  public Outcome check(Actor author, CheckRequest request, List<Media> media) {
    Prepared p = prepare(author, request, media);
    return new Outcome(p.policy(), withConsent(checkers.forPolicy(p.policy()).check(p.text(), p.context()), p.platform()));
  }

  /**
   * Checks many requests of {@code author} at once, as the archive re-scan does: each is validated
   * and given its policy and context here, on the caller's thread (the lookups need the caller's
   * transaction), then the engine checks them on every processor through {@link BatchChecker}, the
   * path of the {@code scan} command, and the outcomes come back in the order of the requests.
   * {@code media.get(i)} goes with {@code requests.get(i)}.
   *
   * @throws InvalidInput for the first request that is wrong (422); then nothing is checked
   */
  public List<Outcome> checkAll(Actor author, List<CheckRequest> requests, List<List<Media>> media) {
    if (requests.size() != media.size()) {
      throw new IllegalArgumentException("one list of media per request: " + requests.size() + " requests, "
          + media.size() + " lists");
    }
    List<Prepared> prepared = new ArrayList<>(requests.size());
    for (int i = 0; i < requests.size(); i++) {
      prepared.add(prepare(author, requests.get(i), media.get(i)));
    }
    // One batch per engine: the requests of one policy share its checker.
    Map<Checker, List<Integer>> byChecker = new IdentityHashMap<>();
    for (int i = 0; i < prepared.size(); i++) {
      byChecker.computeIfAbsent(checkers.forPolicy(prepared.get(i).policy()), k -> new ArrayList<>()).add(i);
    }
    Result[] results = new Result[prepared.size()];
    byChecker.forEach((checker, indices) -> {
      int threads = indices.size() < SMALL_BATCH ? 1 : BatchChecker.defaultThreads();
      try (BatchChecker batch = BatchChecker.of(checker, threads)) {
        batch.checkAll(indices.iterator(), i -> new BatchChecker.Item(prepared.get(i).text(), prepared.get(i).context()),
            done -> {
              if (done.fault() != null) {
                // As a single check would: the engine's fault is not an outcome.
                throw new IllegalStateException("the engine could not check a text", done.fault());
              }
              results[done.input()] = done.result();
            });
      }
    });
    List<Outcome> out = new ArrayList<>(prepared.size());
    for (int i = 0; i < prepared.size(); i++) {
      Prepared p = prepared.get(i);
      out.add(new Outcome(p.policy(), withConsent(results[i], p.platform())));
    }
    return out;
  }

  /** A request checked at the boundary, with the policy and the engine's context it is checked in. */
  private record Prepared(PolicyInForce policy, String text, CheckContext context, String platform) {}

  /** Validates {@code request} and resolves its policy and context; see {@link #check(Actor, CheckRequest, List)}. */
  private Prepared prepare(Actor author, CheckRequest request, List<Media> media) {
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
    Long accountId = request.account() == null ? null : request.account().id();
    if (accountId != null && accounts.find(accountId).isEmpty()) {
      problems.add(new FieldProblem("account.id", "There is no official account " + accountId + " in the registry."));
    }
    PolicyInForce policy = null;
    if (request.policy() != null && !request.policy().isBlank()) {
      policy = policies.byId(request.policy().strip()).orElse(null);
      if (policy == null) {
        problems.add(new FieldProblem("policy", "Choose a policy in force: one of "
            + String.join(", ", checkers.packs().stream().map(PolicyInForce::packId).toList())));
      }
    } else {
      policy = policyFor(author, accountId).orElse(null);
      if (policy == null && problems.stream().noneMatch(p -> p.field().equals("account.id"))) {
        problems.add(new FieldProblem("policy", "No policy is adopted for you yet: name one in force ("
            + String.join(", ", checkers.packs().stream().map(PolicyInForce::packId).toList())
            + ") or ask an administrator to adopt one"));
      }
    }
    CheckContext ctx = kind == null ? null : CheckContext.of(kind);
    if (request.account() != null && ctx != null) {
      AccountKind accountKind = request.account().kind() == null && accountId != null ? AccountKind.OFFICIAL
          : AccountKind.parse(lower(request.account().kind()));
      String audience = request.account().audience() == null
          ? PoliciesInForce.audienceOf(author).code() : lower(request.account().audience());
      if (accountKind == null) {
        problems.add(new FieldProblem("account.kind", "Choose the account: personal, departmental or official"));
      } else if (!audience.equals("staff") && !audience.equals("learner")) {
        problems.add(new FieldProblem("account.audience", "The account's owner is staff or learner"));
      } else {
        ctx = ctx.withAccount(accountKind, audience).withRequiredTags(request.account().requiredTags());
      }
    }
    String platform = request.platform() == null || request.platform().isBlank() ? null
        : lower(request.platform());
    if (platform != null && !PLATFORM.matcher(platform).matches()) {
      problems.add(new FieldProblem("platform", "Give the platform as a code such as instagram or bluesky"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInput(problems);
    }
    return new Prepared(policy, text, ctx.withDirectory(directory.current()).withMedia(media), platform);
  }

  /**
   * Names and consent: a directory person's name is a personal-data finding unless they have
   * consent in force to be named on the platform; then the finding becomes a note and no longer
   * counts against the verdict. An under-18's name next to contact details, a date of birth or a
   * location is always a block, consent or not (SAF-3).
   */
  Result withConsent(Result result, String platform) {
    if (naming.isEmpty() || result.findings().stream().noneMatch(f -> f.category().equals("pii.name"))) {
      return result;
    }
    List<String> details = result.findings().stream().map(f -> DETAILS.get(f.category()))
        .filter(java.util.Objects::nonNull).distinct().sorted().toList();
    List<Finding> out = new ArrayList<>();
    Verdict verdict = Verdict.PASS;
    for (Finding f : result.findings()) {
      Finding g = f;
      if (f.category().equals("pii.name")) {
        var n = naming.get(0).naming(f.evidence(), platform);
        if (n.isPresent() && n.get().minor() && !details.isEmpty()) {
          g = new Finding("consent.minor-with-details", f.clause(), "pii.name.minor", Action.BLOCK,
              f.start(), f.end(), f.evidence(), n.get().name() + " is under 18: never post their name"
                  + " with contact details, a date of birth or a location (here " + String.join(", ", details)
                  + "), whatever consent was given. Remove the name or the details.", f.score());
        } else if (n.isPresent() && n.get().consented()) {
          g = new Finding("consent.named", f.clause(), "pii.name.consented", Action.TAG, f.start(),
              f.end(), f.evidence(), n.get().note(), f.score());
        }
      }
      out.add(g);
      verdict = verdict.max(Verdict.of(g.severity()));
    }
    return new Result(verdict, out);
  }

  private static String lower(String s) {
    return s == null ? "" : s.trim().toLowerCase(Locale.ROOT);
  }
}
