package org.steward.app.duties;

import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.steward.app.identity.Actor;
import org.steward.app.web.InvalidInput;

/**
 * The private self-check and the self-assessment checklist. The text travels in the request and
 * back in the page, never further unless the person presses "Save this check".
 */
@Controller
class SelfCheckPages {
  private final SelfCheck selfCheck;
  private final SavedChecks saved;
  private final SelfAssessment assessment;
  private final DutyGuidance guidance;

  SelfCheckPages(SelfCheck selfCheck, SavedChecks saved, SelfAssessment assessment, DutyGuidance guidance) {
    this.selfCheck = selfCheck;
    this.saved = saved;
    this.assessment = assessment;
    this.guidance = guidance;
  }

  /** What the person typed, kept when the page comes back. */
  record Form(String text, String kind) {}

  @GetMapping("/self-check")
  String form(Actor actor, Model model) {
    return page(actor, model, new Form("", "post"));
  }

  @PostMapping("/self-check")
  String check(@RequestParam(defaultValue = "") String text, @RequestParam(defaultValue = "post") String kind,
      Actor actor, Model model) {
    Form form = new Form(text, kind);
    try {
      model.addAttribute("outcome", selfCheck.check(actor, text, kind));
    } catch (InvalidInput e) {
      model.addAttribute("problems", e.problems());
    }
    return page(actor, model, form);
  }

  @PostMapping("/self-check/saved")
  String save(@RequestParam(defaultValue = "") String text, @RequestParam(defaultValue = "post") String kind,
      Actor actor, Model model, RedirectAttributes flash) {
    try {
      saved.save(actor, text, kind);
    } catch (InvalidInput e) {
      model.addAttribute("problems", e.problems());
      return page(actor, model, new Form(text, kind));
    }
    flash.addFlashAttribute("message", "Your check is saved. Only you can see it, and you can delete it at any time.");
    return "redirect:/self-check";
  }

  @PostMapping("/self-check/saved/{id}/delete")
  String delete(@PathVariable long id, Actor actor, RedirectAttributes flash) {
    saved.delete(actor, id);
    flash.addFlashAttribute("message", "The saved check is deleted.");
    return "redirect:/self-check";
  }

  private String page(Actor actor, Model model, Form form) {
    model.addAttribute("form", form);
    model.addAttribute("kinds", SelfCheck.KINDS);
    model.addAttribute("guidance", guidance.guidanceFor(actor));
    model.addAttribute("secondOpinion", guidance.clause(actor, "GDE-6").orElse(null));
    model.addAttribute("saved", saved.of(actor));
    model.addAttribute("learner", !DutyGuidance.isStaff(actor));
    return "duties/self-check";
  }

  @GetMapping("/self-check/assessment")
  String assessment(Actor actor, Model model) {
    model.addAttribute("questions", assessment.questionsFor(actor));
    model.addAttribute("answers", Map.of());
    return "duties/assessment";
  }

  @PostMapping("/self-check/assessment")
  String assess(@RequestParam Map<String, String> answers, Actor actor, Model model) {
    model.addAttribute("questions", assessment.questionsFor(actor));
    model.addAttribute("answers", answers);
    try {
      model.addAttribute("todos", assessment.assess(actor, answers));
    } catch (InvalidInput e) {
      model.addAttribute("problems", e.problems());
    }
    return "duties/assessment";
  }
}
