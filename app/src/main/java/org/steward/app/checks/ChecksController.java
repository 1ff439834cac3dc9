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
import org.steward.app.identity.Actor;
import org.steward.app.learning.LearningService;
import org.steward.app.web.InvalidInput;
import org.steward.engine.Finding;
import org.steward.engine.Result;
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

  ChecksController(CheckService service, PolicyCheckers checkers, LearningService learning) {
    this.service = service;
    this.checkers = checkers;
    this.learning = learning;
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
      var outcome = service.check(new CheckRequest(text, kind, policy,
          new CheckRequest.Account(account, "staff", List.of()), platform));
      Result result = outcome.result();
      model.addAttribute("result", result);
      model.addAttribute("segments", Highlighter.segments(text, result.findings()));
      model.addAttribute("findings", views(outcome.pack(), result.findings()));
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
  ResultJson api(@RequestBody CheckRequest request) {
    var outcome = service.check(request);
    return new ResultJson(outcome.pack().id(), outcome.result().verdict().id(),
        outcome.result().findings().stream().map(FindingJson::of).toList());
  }
}
