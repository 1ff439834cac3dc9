package org.steward.app.learning;

import org.steward.app.identity.Actor;
import org.steward.app.web.IllegalTransition;
import org.steward.app.web.InvalidInput;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administrator's "Model" page (decisions, the model in use, candidates with their held-out
 * comparison, switch and reject) and the moderators' agree/disagree buttons on "Check a post".
 */
@Controller
class LearningController {
  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("d MMM uuuu, HH:mm", Locale.UK).withZone(ZoneOffset.UTC);

  private final LearningService learning;

  LearningController(LearningService learning) {
    this.learning = learning;
  }

  @GetMapping("/learning")
  String page(Actor actor, Model model) {
    model.addAttribute("overview", learning.overview(actor));
    model.addAttribute("utc", WHEN);
    return "learning/model";
  }

  @PostMapping("/learning/candidates")
  String build(Actor actor, RedirectAttributes flash) {
    var outcome = learning.buildCandidate(actor);
    String message;
    if (outcome instanceof LearningService.BuildOutcome.Built b) {
      message = b.candidate().report().candidateBetter()
          ? "A candidate model is ready. It did better on your held-out examples: compare it below before you switch."
          : "A candidate model is ready. It did not do better on your held-out examples: compare it below.";
    } else if (outcome instanceof LearningService.BuildOutcome.TooFew t) {
      message = "Not enough decisions yet: " + t.decisions() + " of the " + t.needed() + " needed. Nothing was built.";
    } else if (outcome instanceof LearningService.BuildOutcome.NothingNew) {
      message = "No decision was recorded since the last model was built. Nothing was built.";
    } else {
      message = "A candidate is being built already. Try again in a minute.";
    }
    flash.addFlashAttribute("message", message);
    return "redirect:/learning";
  }

  @PostMapping("/learning/models/{id}/switch")
  String switchTo(@PathVariable long id, Actor actor, RedirectAttributes flash) {
    try {
      LearnedModel m = learning.switchTo(actor, id);
      flash.addFlashAttribute("message", "Checks now use model " + m.id() + " (" + m.name() + ").");
    } catch (IllegalTransition e) {
      flash.addFlashAttribute("failure", e.getMessage() + " Nothing was changed.");
    }
    return "redirect:/learning";
  }

  @PostMapping("/learning/models/{id}/reject")
  String reject(@PathVariable long id, @RequestParam(defaultValue = "") String reason, Actor actor,
      Model model, RedirectAttributes flash) {
    try {
      learning.reject(actor, id, reason);
      flash.addFlashAttribute("message", "Model " + id + " was rejected. Checks still use the same model.");
    } catch (IllegalTransition e) {
      flash.addFlashAttribute("failure", e.getMessage() + " Nothing was changed.");
    } catch (InvalidInput e) {
      model.addAttribute("rejectProblem", e.problems().get(0).message());
      model.addAttribute("rejectId", id);
      model.addAttribute("problems", e.problems());
      // Each candidate has its own reason field on the page.
      model.addAttribute("anchors", Map.of("reason", "reason-" + id));
      model.addAttribute("reason", reason);
      return page(actor, model);
    }
    return "redirect:/learning";
  }

  /** A moderator agrees or disagrees with a finding on "Check a post". */
  @PostMapping("/learning/decisions")
  String decide(@RequestParam(defaultValue = "") String text, @RequestParam(defaultValue = "") String category,
      @RequestParam(required = false) Boolean upheld, @RequestParam(defaultValue = "") String policy,
      Actor actor, Model model) {
    learning.recordDecision(actor, text, category, upheld, policy); // bad input: 422 (web.Problems)
    model.addAttribute("upheld", upheld);
    model.addAttribute("category", category);
    return "learning/decision-recorded";
  }
}
