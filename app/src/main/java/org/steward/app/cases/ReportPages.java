package org.steward.app.cases;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.steward.app.identity.Actor;
import org.steward.app.web.IllegalTransition;
import org.steward.app.web.InvalidInput;
import org.steward.app.web.NotFound;
import org.steward.app.web.TooManyRequests;

/**
 * Report a concern, for anyone (SAF-7, SAF-8): the form, the receipt shown once, and following a
 * report with its code. The code travels only in form bodies, never in an address, so it is not
 * left in a browser's history or a server's access log. Answers are never cached.
 */
@Controller
class ReportPages {
  private final Reports reports;
  private final ReportThrottle throttle;

  ReportPages(Reports reports, ReportThrottle throttle) {
    this.reports = reports;
    this.throttle = throttle;
  }

  /** What the person typed, kept when the form comes back. */
  record ReportForm(String concern, String about, String summary, String link, String anonymous, String name,
      String contact) {}

  @GetMapping("/report")
  String form(Optional<Actor> actor, Model model, HttpServletResponse response) {
    noStore(response);
    model.addAttribute("form", new ReportForm("", "", "", "", "yes", actor.map(Actor::name).orElse(""), ""));
    choices(model);
    return "reports/form";
  }

  @PostMapping("/report")
  String send(@RequestParam(defaultValue = "") String concern, @RequestParam(defaultValue = "") String about,
      @RequestParam(defaultValue = "") String summary, @RequestParam(defaultValue = "") String link,
      @RequestParam(defaultValue = "yes") String anonymous, @RequestParam(defaultValue = "") String name,
      @RequestParam(defaultValue = "") String contact, Optional<Actor> actor, Model model,
      HttpServletRequest request, HttpServletResponse response) {
    noStore(response);
    ReportForm form = new ReportForm(concern, about, summary, link, anonymous, name, contact);
    Duration wait = throttle.report(request);
    if (!wait.isZero()) {
      throw new TooManyRequests(wait);
    }
    try {
      var receipt = reports.submit(new Reports.ReportRequest(concern, about, summary, link,
          !"no".equals(anonymous), name, contact), actor);
      model.addAttribute("receipt", receipt);
      return "reports/sent";
    } catch (InvalidInput e) {
      model.addAttribute("form", form);
      model.addAttribute("problems", e.problems());
      model.addAttribute("anchors", Map.of("concern", "concern-" + Concern.values()[0].code(),
          "about", "about-" + Subject.POST.code()));
      choices(model);
      response.setStatus(422);
      return "reports/form";
    }
  }

  @GetMapping("/report/follow")
  String followForm(Model model, HttpServletResponse response) {
    noStore(response);
    return "reports/follow";
  }

  @PostMapping("/report/follow")
  String follow(@RequestParam(defaultValue = "") String receipt, Model model, HttpServletRequest request,
      HttpServletResponse response) {
    noStore(response);
    Duration wait = throttle.lookup(request);
    if (!wait.isZero()) {
      throw new TooManyRequests(wait);
    }
    return show(receipt, model, response);
  }

  @PostMapping("/report/follow/messages")
  String message(@RequestParam(defaultValue = "") String receipt, @RequestParam(defaultValue = "") String text,
      Model model, HttpServletRequest request, HttpServletResponse response) {
    noStore(response);
    Duration wait = throttle.lookup(request);
    if (!wait.isZero()) {
      throw new TooManyRequests(wait);
    }
    try {
      reports.message(receipt, text);
      model.addAttribute("sent", true);
    } catch (InvalidInput e) {
      model.addAttribute("problems", e.problems());
      model.addAttribute("text", text);
      response.setStatus(422);
    } catch (IllegalTransition e) {
      model.addAttribute("problems", List.of(new org.steward.app.web.FieldProblem(null, e.getMessage())));
      response.setStatus(409);
    } catch (NotFound e) {
      return notFound(model, response);
    }
    return show(receipt, model, response);
  }

  private String show(String receipt, Model model, HttpServletResponse response) {
    try {
      model.addAttribute("report", reports.follow(receipt));
      model.addAttribute("receipt", receipt);
      return "reports/status";
    } catch (NotFound e) {
      return notFound(model, response);
    }
  }

  private static String notFound(Model model, HttpServletResponse response) {
    model.addAttribute("problems", List.of(new org.steward.app.web.FieldProblem("receipt", Reports.NOT_FOUND)));
    response.setStatus(404);
    return "reports/follow";
  }

  private static void choices(Model model) {
    model.addAttribute("concerns", Concern.values());
    model.addAttribute("subjects", Arrays.stream(Subject.values()).filter(Subject::reportable).toList());
  }

  private static void noStore(HttpServletResponse response) {
    response.setHeader("Cache-Control", "no-store");
  }
}
