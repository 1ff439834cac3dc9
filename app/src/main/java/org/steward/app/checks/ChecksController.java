package org.steward.app.checks;

import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.steward.app.cases.Concerns;
import org.steward.app.cases.Evidence;
import org.steward.app.cases.Subject;
import org.steward.app.identity.Actor;
import org.steward.app.learning.LearningService;
import org.steward.app.web.InvalidInput;
import org.steward.engine.Finding;
import org.steward.engine.Result;
import org.steward.engine.Safeguarding;
import org.steward.engine.pack.PolicyClause;
import org.steward.engine.pack.PolicyPack;

/**
 * "Check a post": anyone signed in pastes a text and sees what the policy says, with each finding
 * highlighted in place, the clause it cites and how to fix it. The API answers the same JSON as
 * the engine's {@code scan} command.
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
  private final PolicyCheckers checkers;
  private final LearningService learning;
  private final Concerns concerns;
  private final java.time.Clock clock;

  ChecksController(CheckService service, PolicyCheckers checkers, LearningService learning, Concerns concerns,
      java.time.Clock clock) {
    this.service = service;
    this.checkers = checkers;
    this.learning = learning;
    this.concerns = concerns;
    this.clock = clock;
  }

  @GetMapping("/check")
  String form(Model model) {
    model.addAttribute("form", new CheckForm("", "post", "cccg-policy", "personal", ""));
    addChoices(model);
    return "checks/check";
  }

  /** What the person typed, kept when the page comes back. */
  record CheckForm(String text, String kind, String policy, String account, String platform) {}

  /** A finding as the page shows it: the clause text next to the engine's finding. */
  record FindingView(int number, Finding finding, String clauseText, String clauseSection) {}

  @PostMapping("/check")
  String check(@RequestParam(defaultValue = "") String text, @RequestParam(defaultValue = "post") String kind,
      @RequestParam(defaultValue = "cccg-policy") String policy,
      @RequestParam(defaultValue = "personal") String account,
      @RequestParam(defaultValue = "") String platform, Actor actor, Model model) {
    CheckForm form = new CheckForm(text, kind, policy, account, platform);
    model.addAttribute("form", form);
    addChoices(model);
    try {
      var outcome = check(form);
      show(outcome, form, actor, model);
      safeguard(outcome, text, actor, model);
    } catch (InvalidInput e) {
      model.addAttribute("problems", e.problems());
    }
    return "checks/check";
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
    model.addAttribute("safeguardingHelp", Safeguarding.help(outcome.pack()));
    model.addAttribute("safeguardingMessages", signals.stream().map(Finding::message).distinct().toList());
  }

  /**
   * "Report a concern" about what was checked (issue #13): the text is checked again and the
   * evidence (the text, its SHA-256, every finding) captured now goes to the people the concern is
   * routed to. The person is told who will read it, nothing more.
   */
  @PostMapping("/check/concern")
  String concern(@RequestParam(defaultValue = "") String text, @RequestParam(defaultValue = "post") String kind,
      @RequestParam(defaultValue = "cccg-policy") String policy,
      @RequestParam(defaultValue = "personal") String account, @RequestParam(defaultValue = "") String concern,
      @RequestParam(defaultValue = "") String summary, @RequestParam(defaultValue = "0") int finding,
      @RequestParam(defaultValue = "") String platform, Actor actor,
      Model model, jakarta.servlet.http.HttpServletResponse response) {
    CheckForm form = new CheckForm(text, kind, policy, account, platform);
    model.addAttribute("form", form);
    addChoices(model);
    try {
      var outcome = check(form);
      show(outcome, form, actor, model);
      try {
        var raised = concerns.raise(actor, new Concerns.StaffConcern(concern, Subject.CHECK, summary,
            Evidence.capture(text, "check" + (finding > 0 ? ", finding " + finding : ""), "",
                outcome.result().findings(), clock.instant()), null));
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

  private CheckService.Outcome check(CheckForm form) {
    return service.check(new CheckRequest(form.text(), form.kind(), form.policy(),
        new CheckRequest.Account(form.account(), "staff", List.of()), form.platform()));
  }

  private void show(CheckService.Outcome outcome, CheckForm form, Actor actor, Model model) {
    Result result = outcome.result();
    model.addAttribute("result", result);
    model.addAttribute("segments", Highlighter.segments(form.text(), result.findings()));
    model.addAttribute("findings", views(outcome.pack(), result.findings()));
    // Moderators agree or disagree with findings the model learns from (issue #4).
    if (learning.mayModerate(actor)) {
      model.addAttribute("learnable", java.util.stream.IntStream.range(0, result.findings().size())
          .filter(i -> learning.learnable(result.findings().get(i).category())).mapToObj(i -> i + 1)
          .collect(java.util.stream.Collectors.toSet()));
    }
    model.addAttribute("concernChoices", org.steward.app.cases.Concern.values());
  }

  private static List<FindingView> views(PolicyPack pack, List<Finding> findings) {
    Map<String, PolicyClause> clauses = pack.clausesById();
    return java.util.stream.IntStream.range(0, findings.size()).mapToObj(i -> {
      Finding f = findings.get(i);
      PolicyClause c = clauses.get(f.clause());
      return new FindingView(i + 1, f, c == null ? "" : c.text(), c == null ? "" : c.section());
    }).toList();
  }

  private void addChoices(Model model) {
    model.addAttribute("kinds", CheckService.KINDS);
    model.addAttribute("packs", checkers.packs());
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

  record ResultJson(String policy, String verdict, List<FindingJson> findings) {}

  @io.swagger.v3.oas.annotations.Operation(summary = "Check a text against a policy: the verdict and every finding with its clause (CON-1..CON-13)")
  @PostMapping(value = "/api/v1/checks", consumes = MediaType.APPLICATION_JSON_VALUE,
      produces = MediaType.APPLICATION_JSON_VALUE)
  @ResponseBody
  ResultJson api(@RequestBody CheckRequest request, Actor actor) {
    var outcome = service.check(request);
    // The same duty as the page: a safeguarding signal opens a concern for the safeguarding lead.
    List<Finding> signals = outcome.result().findings().stream().filter(Finding::safeguarding).toList();
    if (!signals.isEmpty() && !actor.isSystem()) {
      concerns.safeguarding(actor, Evidence.capture(request.text(), "check (API)", "", signals, clock.instant()),
          signals.stream().allMatch(f -> f.category().startsWith("extremism.")));
    }
    return new ResultJson(outcome.pack().id(), outcome.result().verdict().id(),
        outcome.result().findings().stream().map(FindingJson::of).toList());
  }
}
