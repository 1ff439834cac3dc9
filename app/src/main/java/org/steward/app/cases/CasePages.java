package org.steward.app.cases;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
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

/**
 * The cases of the people they are routed to: the list (no contents) and each case with its
 * history and actions. Opening a case is audited; bad input comes back on the case page.
 */
@Controller
class CasePages {
  private final CaseHandling cases;
  private final Clock clock;

  CasePages(CaseHandling cases, Clock clock) {
    this.cases = cases;
    this.clock = clock;
  }

  @GetMapping("/cases")
  String list(@RequestParam(defaultValue = "false") boolean closed, Actor actor, Model model,
      HttpServletResponse response) {
    response.setHeader("Cache-Control", "no-store");
    model.addAttribute("cases", cases.list(actor, closed));
    model.addAttribute("closed", closed);
    model.addAttribute("now", clock.instant());
    return "cases/list";
  }

  @GetMapping("/cases/{id}")
  String view(@PathVariable long id, Actor actor, Model model, HttpServletResponse response) {
    return page(id, actor, model, response);
  }

  /** One action on a case: done, back to the case; refused for bad input or state, the case again. */
  private interface Action {
    void run();
  }

  private String act(long id, Actor actor, Model model, HttpServletResponse response, RedirectAttributes flash,
      String done, Action action) {
    try {
      action.run();
      flash.addFlashAttribute("done", done);
      return "redirect:/cases/" + id;
    } catch (InvalidInput e) {
      model.addAttribute("problems", e.problems());
      response.setStatus(422);
    } catch (IllegalTransition e) {
      model.addAttribute("problems", List.of(new FieldProblem(null, e.getMessage())));
      response.setStatus(409);
    }
    return page(id, actor, model, response);
  }

  private String page(long id, Actor actor, Model model, HttpServletResponse response) {
    response.setHeader("Cache-Control", "no-store");
    model.addAttribute("c", cases.view(actor, id));
    model.addAttribute("now", clock.instant());
    model.addAttribute("priorities", Priority.values());
    model.addAttribute("outcomes", CaseHandling.OUTCOMES.stream()
        .map(o -> new String[] {o, CaseHandling.outcomeLabel(o)}).toList());
    return "cases/case";
  }

  @PostMapping("/cases/{id}/triage")
  String triage(@PathVariable long id, @RequestParam(defaultValue = "") String priority, Actor actor, Model model,
      HttpServletResponse response, RedirectAttributes flash) {
    return act(id, actor, model, response, flash, "The case was triaged.", () -> cases.triage(actor, id, priority));
  }

  @PostMapping("/cases/{id}/assign")
  String assign(@PathVariable long id, @RequestParam(required = false) Long assignee, Actor actor, Model model,
      HttpServletResponse response, RedirectAttributes flash) {
    return act(id, actor, model, response, flash, "The case was assigned.", () -> cases.assign(actor, id, assignee));
  }

  @PostMapping("/cases/{id}/notes")
  String note(@PathVariable long id, @RequestParam(defaultValue = "") String text, Actor actor, Model model,
      HttpServletResponse response, RedirectAttributes flash) {
    return act(id, actor, model, response, flash, "Your note was added.", () -> cases.note(actor, id, text));
  }

  @PostMapping("/cases/{id}/requests")
  String request(@PathVariable long id, @RequestParam(name = "request", defaultValue = "") String text, Actor actor,
      Model model, HttpServletResponse response, RedirectAttributes flash) {
    return act(id, actor, model, response, flash, "Your request was sent: the reporter reads it with their receipt.",
        () -> {
          try {
            cases.requestInformation(actor, id, text);
          } catch (InvalidInput e) {
            throw new InvalidInput("request", e.problems().get(0).message());
          }
        });
  }

  @PostMapping("/cases/{id}/replies")
  String reply(@PathVariable long id, @RequestParam(defaultValue = "") String reply, Actor actor, Model model,
      HttpServletResponse response, RedirectAttributes flash) {
    return act(id, actor, model, response, flash, "Your reply was sent: the reporter reads it with their receipt.",
        () -> {
          try {
            cases.reply(actor, id, reply);
          } catch (InvalidInput e) {
            throw new InvalidInput("reply", e.problems().get(0).message());
          }
        });
  }

  @PostMapping("/cases/{id}/prevent")
  String prevent(@PathVariable long id, @RequestParam(defaultValue = "") String concerns,
      @RequestParam(defaultValue = "") String cameToLight, @RequestParam(defaultValue = "") String socialMedia,
      Actor actor, Model model, HttpServletResponse response, RedirectAttributes flash) {
    return act(id, actor, model, response, flash, "The Prevent referral fields were saved.",
        () -> cases.prevent(actor, id, concerns, cameToLight, socialMedia));
  }

  @PostMapping("/cases/{id}/links")
  String link(@PathVariable long id, @RequestParam(defaultValue = "") String other, Actor actor, Model model,
      HttpServletResponse response, RedirectAttributes flash) {
    return act(id, actor, model, response, flash, "The cases were linked.", () -> cases.link(actor, id, other));
  }

  @PostMapping("/cases/{id}/suspend-account")
  String suspend(@PathVariable long id, @RequestParam(defaultValue = "") String reason, Actor actor, Model model,
      HttpServletResponse response, RedirectAttributes flash) {
    return act(id, actor, model, response, flash, "The account was suspended and an investigation opened.",
        () -> cases.suspendAccount(actor, id, reason));
  }

  @PostMapping("/cases/{id}/close")
  String close(@PathVariable long id, @RequestParam(defaultValue = "") String outcome,
      @RequestParam(defaultValue = "") String summary, Actor actor, Model model, HttpServletResponse response,
      RedirectAttributes flash) {
    return act(id, actor, model, response, flash, "The case was closed.",
        () -> cases.close(actor, id, outcome, summary));
  }

  @PostMapping("/cases/{id}/reopen")
  String reopen(@PathVariable long id, @RequestParam(defaultValue = "") String reason, Actor actor, Model model,
      HttpServletResponse response, RedirectAttributes flash) {
    return act(id, actor, model, response, flash, "The case was reopened.", () -> cases.reopen(actor, id, reason));
  }
}
