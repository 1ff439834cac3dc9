package org.steward.app.moderation;

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
import org.steward.app.web.InvalidInput;

/** The inbox pages: the combined inbox, one account's, one item with its actions, the figures. */
@Controller
class InboxPages {
  private final InboxViews views;
  private final InboxModeration moderation;
  private final InboxFigures figures;
  private final InboxAccess access;
  private final InboxPolicy policy;
  private final org.steward.app.cases.Concerns concerns;

  InboxPages(InboxViews views, InboxModeration moderation, InboxFigures figures, InboxAccess access,
      InboxPolicy policy, org.steward.app.cases.Concerns concerns) {
    this.concerns = concerns;
    this.views = views;
    this.moderation = moderation;
    this.figures = figures;
    this.access = access;
    this.policy = policy;
  }

  @GetMapping("/moderation")
  String inbox(@RequestParam(defaultValue = "open") String show, Actor actor, Model model) {
    model.addAttribute("inbox", views.combined(actor, !"all".equals(show)));
    model.addAttribute("show", "all".equals(show) ? "all" : "open");
    model.addAttribute("base", "/moderation");
    return "moderation/inbox";
  }

  @GetMapping("/moderation/accounts/{id}")
  String account(@PathVariable long id, @RequestParam(defaultValue = "open") String show, Actor actor, Model model) {
    model.addAttribute("inbox", views.ofAccount(actor, id, !"all".equals(show)));
    model.addAttribute("show", "all".equals(show) ? "all" : "open");
    model.addAttribute("base", "/moderation/accounts/" + id);
    return "moderation/inbox";
  }

  @GetMapping("/moderation/items/{id}")
  String item(@PathVariable long id, Actor actor, Model model) {
    return itemPage(id, actor, model, null, "", "");
  }

  private String itemPage(long id, Actor actor, Model model, List<FieldProblem> problems, String text, String note) {
    InboxViews.Detail detail = views.detail(actor, id);
    model.addAttribute("detail", detail);
    model.addAttribute("problems", problems);
    model.addAttribute("text", text);
    model.addAttribute("note", note);
    model.addAttribute("target", Durations.plain(policy.targets(detail.unitId()).firstResponse()));
    model.addAttribute("concernChoices", org.steward.app.cases.Concern.values());
    return "moderation/item";
  }

  /**
   * "Report a concern" about this item (issue #13): the evidence (the words as they arrived, their
   * platform address, the findings stored on arrival, the snapshot's SHA-256) is captured from the
   * item itself by {@code cases.Concerns}; the page says to whom it went, nothing of the case.
   */
  @PostMapping("/moderation/items/{id}/concern")
  String concern(@PathVariable long id, @RequestParam(defaultValue = "") String concern,
      @RequestParam(defaultValue = "") String summary, Actor actor, Model model, RedirectAttributes redirect,
      jakarta.servlet.http.HttpServletResponse response) {
    String sent = org.steward.app.cases.RecordConcernForm.raise(concerns, actor, org.steward.app.cases.Subject.INBOX,
        id, concern, summary, "/moderation/items/" + id, model, redirect, response);
    return sent != null ? sent : itemPage(id, actor, model, org.steward.app.cases.RecordConcernForm.summary(model), "", "");
  }

  @PostMapping("/moderation/items/{id}/reply")
  String reply(@PathVariable long id, @RequestParam(defaultValue = "") String text, Actor actor, Model model,
      RedirectAttributes redirect) {
    try {
      var replied = moderation.reply(actor, id, text);
      redirect.addFlashAttribute("done", replied.waiting() ? "Your reply waits for an approval (" + replied.reasons()
          + "): it goes out when approved" : replied.sent() ? "Your reply went out" : replied.instructions());
    } catch (InvalidInput e) {
      return itemPage(id, actor, model, e.problems(), text, "");
    }
    return "redirect:/moderation/items/" + id;
  }

  @PostMapping("/moderation/items/{id}/reply/approve")
  String approveReply(@PathVariable long id, Actor actor, RedirectAttributes redirect) {
    var replied = moderation.approveReply(actor, id);
    redirect.addFlashAttribute("done", replied.sent() ? "Approved: the reply went out" : replied.instructions());
    return "redirect:/moderation/items/" + id;
  }

  @PostMapping("/moderation/items/{id}/reply/return")
  String returnReply(@PathVariable long id, @RequestParam(defaultValue = "") String note, Actor actor, Model model,
      RedirectAttributes redirect) {
    try {
      moderation.returnReply(actor, id, note);
      redirect.addFlashAttribute("done", "Returned to its author");
    } catch (InvalidInput e) {
      model.addAttribute("anchors", java.util.Map.of("note", "return-note"));
      return itemPage(id, actor, model, e.problems(), "", "");
    }
    return "redirect:/moderation/items/" + id;
  }

  @PostMapping("/moderation/items/{id}/assign")
  String assign(@PathVariable long id, @RequestParam(defaultValue = "") String assignee, Actor actor, Model model,
      RedirectAttributes redirect) {
    try {
      moderation.assign(actor, id, parse(assignee));
      redirect.addFlashAttribute("done", "Assigned");
    } catch (InvalidInput e) {
      return itemPage(id, actor, model, e.problems(), "", "");
    }
    return "redirect:/moderation/items/" + id;
  }

  @PostMapping("/moderation/items/{id}/hide")
  String hide(@PathVariable long id, Actor actor, RedirectAttributes redirect) {
    moderation.hide(actor, id);
    redirect.addFlashAttribute("done", "Hidden on the platform");
    return "redirect:/moderation/items/" + id;
  }

  @PostMapping("/moderation/items/{id}/resolve")
  String resolve(@PathVariable long id, @RequestParam(defaultValue = "") String note, Actor actor, Model model,
      RedirectAttributes redirect) {
    try {
      moderation.resolve(actor, id, note);
      redirect.addFlashAttribute("done", "Resolved");
    } catch (InvalidInput e) {
      return itemPage(id, actor, model, e.problems(), "", note);
    }
    return "redirect:/moderation/items/" + id;
  }

  @GetMapping("/moderation/figures")
  String figures(Actor actor, Model model) {
    var accounts = access.accountsOf(actor);
    model.addAttribute("accounts", accounts);
    model.addAttribute("rows", figures.figures(accounts.keySet()));
    return "moderation/figures";
  }

  static Long parse(String assignee) {
    if (assignee == null || assignee.isBlank()) {
      return null;
    }
    try {
      return Long.parseLong(assignee.trim());
    } catch (NumberFormatException e) {
      throw new InvalidInput("assignee", "Choose one of the account's managers or the marketing team");
    }
  }
}
