package org.steward.app.checks;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.steward.app.accounts.Account;
import org.steward.app.accounts.AccountRegistry;
import org.steward.app.identity.Actor;
import org.steward.app.identity.Role;
import org.steward.app.learning.LearningService;
import org.steward.app.policies.Contact;
import org.steward.app.policies.PolicyInForce;
import org.steward.app.web.InvalidInput;
import org.steward.engine.Finding;
import org.steward.engine.Result;
import org.steward.engine.pack.PolicyClause;

/**
 * "Check a post": anyone signed in pastes a text and sees what the policy in force says, with each
 * finding highlighted in place, in words, with the clause it cites, how to fix it and who to ask.
 * The form says which policy applies and why (no choice of policy: it follows the author and the
 * account). The API answers the same JSON as the engine's {@code scan} command.
 */
@Controller
class ChecksController {
  /** The platforms a person chooses from on the page (codes as official accounts spell them). */
  static final Map<String, String> PLATFORMS = new java.util.LinkedHashMap<>();

  static {
    PLATFORMS.put("bluesky", "Bluesky");
    PLATFORMS.put("facebook", "Facebook");
    PLATFORMS.put("instagram", "Instagram");
    PLATFORMS.put("linkedin", "LinkedIn");
    PLATFORMS.put("mastodon", "Mastodon");
    PLATFORMS.put("tiktok", "TikTok");
    PLATFORMS.put("x", "X (Twitter)");
    PLATFORMS.put("youtube", "YouTube");
  }

  private final CheckService service;
  private final AccountRegistry accounts;
  private final LearningService learning;

  ChecksController(CheckService service, AccountRegistry accounts, LearningService learning) {
    this.service = service;
    this.accounts = accounts;
    this.learning = learning;
  }

  /** What the person typed, kept when the page comes back. */
  record CheckForm(String text, String kind, String account, Long accountId, String platform) {}

  /** A finding as the page shows it: in words, with the clause text and who to ask. */
  record FindingView(int number, Finding finding, String found, String means, String clauseText, String clauseSection,
      List<Contact> contacts) {}

  /** A choice of text kind, in words. */
  record KindChoice(String code, String label) {}

  @GetMapping("/check")
  String form(Actor actor, Model model) {
    List<Account> mine = accounts.postingAccounts(actor);
    // Marketing posts for the institution: they start on an official account, everyone else on their own.
    boolean official = !mine.isEmpty() && actor.holdsAny(Role.MARKETING, Role.HEAD_OF_DIGITAL_MARKETING);
    model.addAttribute("form", new CheckForm("", "post", official ? "official" : "personal",
        official ? mine.get(0).id() : null, ""));
    addChoices(actor, mine, model);
    return "checks/check";
  }

  @PostMapping("/check")
  String check(@RequestParam(defaultValue = "") String text, @RequestParam(defaultValue = "post") String kind,
      @RequestParam(defaultValue = "personal") String account, @RequestParam(required = false) Long accountId,
      @RequestParam(defaultValue = "") String platform, Actor actor, Model model) {
    boolean official = !"personal".equals(account) && accountId != null;
    CheckForm form = new CheckForm(text, kind, official ? "official" : "personal", accountId, platform);
    model.addAttribute("form", form);
    List<Account> mine = accounts.postingAccounts(actor);
    addChoices(actor, mine, model);
    if (official && mine.stream().noneMatch(a -> a.id() == accountId)) {
      model.addAttribute("problems", List.of(new org.steward.app.web.FieldProblem("accountId",
          "Choose one of the official accounts you help run")));
      return "checks/check";
    }
    try {
      var outcome = service.check(actor, new CheckRequest(text, kind, null,
          new CheckRequest.Account(official ? "official" : "personal", null, List.of(), official ? accountId : null),
          platform));
      Result result = outcome.result();
      model.addAttribute("checked", outcome.policy());
      model.addAttribute("result", result);
      model.addAttribute("segments", Highlighter.segments(text, result.findings()));
      model.addAttribute("findings", views(outcome.policy(), result.findings(), actor));
      model.addAttribute("secondOpinion", outcome.policy().contactsFor("", actor));
      // Moderators agree or disagree with findings the model learns from (issue #4).
      if (learning.mayModerate(actor)) {
        model.addAttribute("learnable", java.util.stream.IntStream.range(0, result.findings().size())
            .filter(i -> learning.learnable(result.findings().get(i).category())).mapToObj(i -> i + 1)
            .collect(java.util.stream.Collectors.toSet()));
      }
    } catch (InvalidInput e) {
      model.addAttribute("problems", e.problems());
    }
    return "checks/check";
  }

  private static List<FindingView> views(PolicyInForce policy, List<Finding> findings, Actor viewer) {
    Map<String, PolicyClause> clauses = policy.pack().clausesById();
    return java.util.stream.IntStream.range(0, findings.size()).mapToObj(i -> {
      Finding f = findings.get(i);
      PolicyClause c = clauses.get(f.clause());
      List<Contact> ask = policy.contactsFor(f.clause(), viewer).stream()
          .filter(x -> !x.clauses().isEmpty()).toList();
      return new FindingView(i + 1, f, FindingWords.found(f.category()), FindingWords.means(f.severity()),
          c == null ? "" : c.text(), c == null ? "" : c.section(), ask);
    }).toList();
  }

  private void addChoices(Actor actor, List<Account> mine, Model model) {
    model.addAttribute("kinds", CheckService.KINDS.stream().map(k -> new KindChoice(k, FindingWords.kind(k))).toList());
    model.addAttribute("accounts", mine);
    Optional<PolicyInForce> own = service.policyFor(actor, null);
    model.addAttribute("ownPolicy", own.orElse(null));
    model.addAttribute("platforms", PLATFORMS);
  }

  /** The API's finding: the same fields as the engine's scan output, plus severity and message. */
  record FindingJson(String rule, String clause, String category, String severity, int start, int end,
      String evidence, String message, double score) {
    static FindingJson of(Finding f) {
      return new FindingJson(f.rule(), f.clause(), f.category(), f.severity().id(), f.start(), f.end(),
          f.evidence(), f.message(), f.score());
    }
  }

  record ResultJson(String policy, String version, String why, String verdict, List<FindingJson> findings) {}

  @io.swagger.v3.oas.annotations.Operation(summary = "Check a text against the policy in force for its author and account (or a pack in force named by id): the verdict and every finding with its clause (CON-1..CON-14)")
  @PostMapping(value = "/api/v1/checks", consumes = MediaType.APPLICATION_JSON_VALUE,
      produces = MediaType.APPLICATION_JSON_VALUE)
  @ResponseBody
  ResultJson api(@RequestBody CheckRequest request, Actor actor) {
    var outcome = service.check(actor, request);
    return new ResultJson(outcome.policy().packId(), outcome.policy().version().version(), outcome.policy().why(),
        outcome.result().verdict().id(), outcome.result().findings().stream().map(FindingJson::of).toList());
  }
}
