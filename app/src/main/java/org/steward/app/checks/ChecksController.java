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
import org.steward.app.cases.Concerns;
import org.steward.app.cases.Evidence;
import org.steward.app.cases.Subject;
import org.steward.app.identity.Actor;
import org.steward.app.identity.Role;
import org.steward.app.learning.LearningService;
import org.steward.app.policies.Contact;
import org.steward.app.policies.PolicyInForce;
import org.steward.app.web.InvalidInput;
import org.steward.engine.Finding;
import org.steward.engine.Result;
import org.steward.engine.Safeguarding;
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
  private final Concerns concerns;
  private final java.time.Clock clock;

  ChecksController(CheckService service, AccountRegistry accounts, LearningService learning, Concerns concerns,
      java.time.Clock clock) {
    this.service = service;
    this.accounts = accounts;
    this.learning = learning;
    this.concerns = concerns;
    this.clock = clock;
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
    CheckForm form = sent(text, kind, account, accountId, platform, actor, model);
    if (form == null) {
      return "checks/check";
    }
    try {
      var outcome = check(actor, form);
      show(outcome, form, actor, model);
      safeguard(outcome, text, actor, model);
    } catch (InvalidInput e) {
      model.addAttribute("problems", e.problems());
    }
    return "checks/check";
  }

  /**
   * The form as sent, on the model with the person's choices, for the check and for a concern about
   * it alike. An official account must be one the person helps run: any other is a problem on the
   * page and nothing is checked (null comes back).
   */
  private CheckForm sent(String text, String kind, String account, Long accountId, String platform, Actor actor,
      Model model) {
    boolean official = !"personal".equals(account) && accountId != null;
    CheckForm form = new CheckForm(text, kind, official ? "official" : "personal", accountId, platform);
    model.addAttribute("form", form);
    List<Account> mine = accounts.postingAccounts(actor);
    addChoices(actor, mine, model);
    if (official && mine.stream().noneMatch(a -> a.id() == accountId)) {
      model.addAttribute("problems", List.of(new org.steward.app.web.FieldProblem("accountId",
          "Choose one of the official accounts you help run")));
      return null;
    }
    return form;
  }

  /**
   * A finding whose route is safeguarding (self-harm, grooming, extremist support) opens a concern
   * for the designated safeguarding lead at once (SAF-4, CON-5), and the person is shown where to
   * get help from the pack, never a refusal or an accusation (docs/packs.md "Safeguarding").
   */
  private void safeguard(CheckService.Outcome outcome, String text, Actor actor, Model model) {
    Result result = outcome.result();
    if (!Safeguarding.routes(result)) {
      return;
    }
    List<Finding> signals = result.findings().stream().filter(Finding::safeguarding).toList();
    boolean extremism = signals.stream().allMatch(f -> f.category().startsWith("extremism."));
    if (!actor.isSystem()) {
      concerns.safeguarding(actor, Evidence.capture(text, "check", "", signals, clock.instant()), extremism);
    }
    model.addAttribute("safeguardingHelp", Safeguarding.help(outcome.policy().pack()));
    model.addAttribute("safeguardingMessages", signals.stream().map(Finding::message).distinct().toList());
  }

  /**
   * "Report a concern" about what was checked (issue #13): the text is checked again and the
   * evidence (the text, its SHA-256, every finding) captured now goes to the people the concern is
   * routed to. The person is told who will read it, nothing more.
   */
  @PostMapping("/check/concern")
  String concern(@RequestParam(defaultValue = "") String text, @RequestParam(defaultValue = "post") String kind,
      @RequestParam(defaultValue = "personal") String account, @RequestParam(required = false) Long accountId,
      @RequestParam(defaultValue = "") String concern, @RequestParam(defaultValue = "") String summary,
      @RequestParam(defaultValue = "0") int finding, @RequestParam(defaultValue = "") String platform, Actor actor,
      Model model, jakarta.servlet.http.HttpServletResponse response) {
    CheckForm form = sent(text, kind, account, accountId, platform, actor, model);
    if (form == null) {
      response.setStatus(422);
      return "checks/check";
    }
    boolean official = "official".equals(form.account());
    try {
      var outcome = check(actor, form);
      show(outcome, form, actor, model);
      try {
        var raised = concerns.raise(actor, new Concerns.StaffConcern(concern, Subject.CHECK, summary,
            Evidence.capture(text, "check" + (finding > 0 ? ", finding " + finding : ""), "",
                outcome.result().findings(), clock.instant()), official ? accountId : null));
        model.addAttribute("concernSent", raised.routedTo());
      } catch (InvalidInput e) {
        model.addAttribute("concernProblems", e.problems());
        model.addAttribute("concernFinding", finding);
        model.addAttribute("problems", e.problems().stream().map(p -> new org.steward.app.web.FieldProblem(
            p.field() == null ? null : "concern-" + p.field() + "-" + finding, p.message())).toList());
        response.setStatus(422);
      }
    } catch (InvalidInput e) {
      model.addAttribute("problems", e.problems());
      response.setStatus(422);
    }
    return "checks/check";
  }

  private CheckService.Outcome check(Actor actor, CheckForm form) {
    boolean official = "official".equals(form.account());
    return service.check(actor, new CheckRequest(form.text(), form.kind(), null,
        new CheckRequest.Account(form.account(), null, List.of(), official ? form.accountId() : null),
        form.platform()));
  }

  private void show(CheckService.Outcome outcome, CheckForm form, Actor actor, Model model) {
    Result result = outcome.result();
    model.addAttribute("checked", outcome.policy());
    model.addAttribute("result", result);
    model.addAttribute("segments", Highlighter.segments(form.text(), result.findings()));
    model.addAttribute("findings", views(outcome.policy(), result.findings(), actor));
    model.addAttribute("secondOpinion", outcome.policy().contactsFor("", actor));
    // GDE-6 in the pack's own words, offered on every finding (issue #14: guidance from the pack).
    outcome.policy().pack().clause("GDE-6").ifPresent(c -> model.addAttribute("secondOpinionGuide", c));
    // Moderators agree or disagree with findings the model learns from (issue #4).
    if (learning.mayModerate(actor)) {
      model.addAttribute("learnable", java.util.stream.IntStream.range(0, result.findings().size())
          .filter(i -> learning.learnable(result.findings().get(i).category())).mapToObj(i -> i + 1)
          .collect(java.util.stream.Collectors.toSet()));
    }
    model.addAttribute("concernChoices", org.steward.app.cases.Concern.values());
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
    // The same duty as the page: a safeguarding signal opens a concern for the safeguarding lead.
    List<Finding> signals = outcome.result().findings().stream().filter(Finding::safeguarding).toList();
    if (!signals.isEmpty() && !actor.isSystem()) {
      concerns.safeguarding(actor, Evidence.capture(request.text(), "check (API)", "", signals, clock.instant()),
          signals.stream().allMatch(f -> f.category().startsWith("extremism.")));
    }
    return new ResultJson(outcome.policy().packId(), outcome.policy().version().version(), outcome.policy().why(),
        outcome.result().verdict().id(), outcome.result().findings().stream().map(FindingJson::of).toList());
  }
}
