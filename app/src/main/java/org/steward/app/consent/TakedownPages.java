package org.steward.app.consent;

import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.steward.app.identity.Actor;
import org.steward.app.web.FieldProblem;
import org.steward.app.web.IllegalTransition;
import org.steward.app.web.InvalidInput;

/** Takedowns (SAF-2): the open tasks an account manager (or marketing) must do, and marking one done. */
@Controller
class TakedownPages {
  private final Withdrawals withdrawals;
  private final java.time.Clock clock;

  TakedownPages(Withdrawals withdrawals, java.time.Clock clock) {
    this.withdrawals = withdrawals;
    this.clock = clock;
  }

  @GetMapping("/consent/takedowns")
  String list(Actor actor, Model model) {
    model.addAttribute("takedowns", withdrawals.open(actor));
    model.addAttribute("now", clock.instant());
    return "consent/takedowns";
  }

  @PostMapping("/consent/takedowns/{id}/done")
  String done(@PathVariable long id, @RequestParam(defaultValue = "") String note, Actor actor,
      RedirectAttributes redirect) {
    try {
      withdrawals.complete(actor, id, note);
      redirect.addFlashAttribute("done", "Takedown marked done.");
    } catch (InvalidInput e) {
      redirect.addFlashAttribute("problems", List.of(new FieldProblem("note-" + id, e.problems().get(0).message())));
    } catch (IllegalTransition e) {
      redirect.addFlashAttribute("problems", List.of(new FieldProblem(null, e.getMessage())));
    }
    return "redirect:/consent/takedowns";
  }
}
