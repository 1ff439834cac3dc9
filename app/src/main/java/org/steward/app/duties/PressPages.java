package org.steward.app.duties;

import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.steward.app.identity.Actor;
import org.steward.app.web.InvalidInput;
import org.steward.app.web.PageChange;

/** Requests to write for the media (PER-4): pages and API. */
@Controller
class PressPages {
  private final PressApprovals press;
  private final DutyGuidance guidance;

  PressPages(PressApprovals press, DutyGuidance guidance) {
    this.press = press;
    this.guidance = guidance;
  }

  @GetMapping("/press-requests")
  String list(Actor actor, Model model) {
    model.addAttribute("requests", press.listFor(actor).stream()
        .map(r -> new Row(r, press.overdue(r))).toList());
    model.addAttribute("pressOfficer", actor.holds(org.steward.app.identity.Role.PRESS_OFFICER));
    return "duties/press-list";
  }

  record Row(PressRequest request, boolean overdue) {}

  @GetMapping("/press-requests/new")
  String form(Actor actor, Model model) {
    return newPage(actor, model, new PressApprovals.NewPressRequest("", "", "", ""));
  }

  @PostMapping("/press-requests")
  String create(PressApprovals.NewPressRequest form, Actor actor, Model model, RedirectAttributes flash) {
    return PageChange.create(() -> press.request(actor, form), model, () -> newPage(actor, model, form), flash,
        "Your request is with the press office. You will be told when they answer.", "/press-requests/");
  }

  private String newPage(Actor actor, Model model, PressApprovals.NewPressRequest form) {
    model.addAttribute("form", form);
    model.addAttribute("clause", guidance.clause(actor, "PER-4").orElse(null));
    model.addAttribute("responseDays", guidance.pressResponseDays(actor));
    model.addAttribute("approver", guidance.pressApprover(actor));
    return "duties/press-new";
  }

  @GetMapping("/press-requests/{id}")
  String show(@PathVariable long id, Actor actor, Model model) {
    model.addAttribute("v", press.view(actor, id));
    return "duties/press-show";
  }

  @PostMapping("/press-requests/{id}/approve")
  String approve(@PathVariable long id, @RequestParam(defaultValue = "") String note, Actor actor,
      Model model, RedirectAttributes flash) {
    return decided(id, actor, model, flash, () -> press.approve(actor, id, note), "The request is approved. The author has been told.");
  }

  @PostMapping("/press-requests/{id}/refuse")
  String refuse(@PathVariable long id, @RequestParam(defaultValue = "") String note, Actor actor,
      Model model, RedirectAttributes flash) {
    return decided(id, actor, model, flash, () -> press.refuse(actor, id, note), "The request is refused. The author has been told why.");
  }

  @PostMapping("/press-requests/{id}/comments")
  String comment(@PathVariable long id, @RequestParam(defaultValue = "") String comment, Actor actor,
      Model model, RedirectAttributes flash) {
    return decided(id, actor, model, flash, () -> press.comment(actor, id, comment), "Your comment is added.");
  }

  private String decided(long id, Actor actor, Model model, RedirectAttributes flash, Runnable change, String done) {
    return PageChange.run(change, model, () -> show(id, actor, model), flash, done, "/press-requests/" + id);
  }

  // --- API ---------------------------------------------------------------------------------------

  record PressRequestJson(long id, String outlet, String topic, String deadline, String status,
      boolean overdue, String decisionNote) {
    static PressRequestJson of(PressRequest r, boolean overdue) {
      return new PressRequestJson(r.id(), r.outlet(), r.topic(), r.deadline().toString(), r.status().id(),
          overdue, r.decisionNote());
    }
  }

  record DecisionJson(String decision, String note) {}

  @Operation(summary = "Ask the press office to approve a piece for the media (PER-4)")
  @PostMapping(value = "/api/v1/press-requests", consumes = MediaType.APPLICATION_JSON_VALUE,
      produces = MediaType.APPLICATION_JSON_VALUE)
  @ResponseStatus(HttpStatus.CREATED)
  @ResponseBody
  PressRequestJson apiCreate(@RequestBody PressApprovals.NewPressRequest body, Actor actor) {
    long id = press.request(actor, body);
    return PressRequestJson.of(press.view(actor, id).request(), false);
  }

  @Operation(summary = "Press requests: the caller's own, or every open one for the press office")
  @GetMapping(value = "/api/v1/press-requests", produces = MediaType.APPLICATION_JSON_VALUE)
  @ResponseBody
  List<PressRequestJson> apiList(Actor actor) {
    return press.listFor(actor).stream().map(r -> PressRequestJson.of(r, press.overdue(r))).toList();
  }

  @Operation(summary = "Approve or refuse a press request (press officers; a refusal says why)")
  @PostMapping(value = "/api/v1/press-requests/{id}/decision", consumes = MediaType.APPLICATION_JSON_VALUE,
      produces = MediaType.APPLICATION_JSON_VALUE)
  @ResponseBody
  PressRequestJson apiDecide(@PathVariable long id, @RequestBody DecisionJson body, Actor actor) {
    String d = body.decision() == null ? "" : body.decision();
    switch (d) {
      case "approve" -> press.approve(actor, id, body.note());
      case "refuse" -> press.refuse(actor, id, body.note());
      default -> throw new InvalidInput("decision", "Say approve or refuse");
    }
    return PressRequestJson.of(press.view(actor, id).request(), false);
  }
}
