package org.steward.app.privacy;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.steward.app.identity.Actor;
import org.steward.app.web.PageChange;

/** Monitoring with cause (PER-9): requests, the second approver's decision, looks. */
@Controller
class MonitoringPages {
  private final Monitoring monitoring;
  private final MonitoringSettings settings;

  MonitoringPages(Monitoring monitoring, MonitoringSettings settings) {
    this.monitoring = monitoring;
    this.settings = settings;
  }

  @GetMapping("/privacy/monitoring")
  String list(Actor actor, Model model) {
    model.addAttribute("requests", monitoring.list(actor));
    model.addAttribute("mayRequest", Monitoring.mayRequest(actor));
    return "privacy/monitoring-list";
  }

  @GetMapping("/privacy/monitoring/new")
  String form(Model model) {
    return newPage(model, new Monitoring.NewMonitoring("", "", "", "", "", "7"));
  }

  private String newPage(Model model, Monitoring.NewMonitoring form) {
    model.addAttribute("form", form);
    model.addAttribute("causes", MonitoringRequest.CAUSES);
    model.addAttribute("maxDays", settings.maxDays());
    model.addAttribute("anchors", java.util.Map.of("cause", "cause-" + MonitoringRequest.CAUSES.get(0)));
    return "privacy/monitoring-new";
  }

  @PostMapping("/privacy/monitoring")
  String create(Monitoring.NewMonitoring form, Actor actor, Model model, RedirectAttributes flash) {
    return PageChange.create(() -> monitoring.request(actor, form), model, () -> newPage(model, form), flash,
        "The request is with the second approver. Nobody may look until they approve.", "/privacy/monitoring/");
  }

  @GetMapping("/privacy/monitoring/{id}")
  String show(@PathVariable long id, Actor actor, Model model) {
    model.addAttribute("v", monitoring.get(actor, id));
    return "privacy/monitoring-show";
  }

  @PostMapping("/privacy/monitoring/{id}/approve")
  String approve(@PathVariable long id, @RequestParam(defaultValue = "") String note, Actor actor, Model model,
      RedirectAttributes flash) {
    return change(id, actor, model, flash, () -> monitoring.approve(actor, id, note), "Approved: the time limit starts now.");
  }

  @PostMapping("/privacy/monitoring/{id}/refuse")
  String refuse(@PathVariable long id, @RequestParam(defaultValue = "") String note, Actor actor, Model model,
      RedirectAttributes flash) {
    return change(id, actor, model, flash, () -> monitoring.refuse(actor, id, note), "Refused. The requester has been told.");
  }

  @PostMapping("/privacy/monitoring/{id}/looks")
  String look(@PathVariable long id, @RequestParam(defaultValue = "") String note, Actor actor, Model model,
      RedirectAttributes flash) {
    return change(id, actor, model, flash, () -> monitoring.look(actor, id, note), "Your look is logged.");
  }

  private String change(long id, Actor actor, Model model, RedirectAttributes flash, Runnable change, String done) {
    return PageChange.run(change, model, () -> show(id, actor, model), flash, done, "/privacy/monitoring/" + id);
  }
}
