package org.steward.app.consent;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.steward.app.accounts.Platform;
import org.steward.app.web.FieldProblem;
import org.steward.app.web.IllegalTransition;
import org.steward.app.web.InvalidInput;

/**
 * The page a consent link opens, without an account: what is in force now, and a form to give
 * (or limit) consent, or withdraw it. A link that cannot be used says why, plainly.
 */
@Controller
class LinkPages {
  private final ConsentLinks links;

  LinkPages(ConsentLinks links) {
    this.links = links;
  }

  @GetMapping("/consent/link/{token}")
  ModelAndView open(@PathVariable String token) {
    var view = links.open(token);
    ModelAndView mv = page(token, view);
    mv.addObject("form", new ConsentLinks.Answer("give", List.of(), List.of(), null, false));
    mv.addObject("validUntil", "");
    return mv;
  }

  @PostMapping("/consent/link/{token}")
  ModelAndView answer(@PathVariable String token, @RequestParam(defaultValue = "") String choice,
      @RequestParam(required = false) List<String> platforms, @RequestParam(required = false) List<String> purposes,
      @RequestParam(defaultValue = "") String validUntil, @RequestParam(defaultValue = "false") boolean confirmed) {
    List<String> ps = platforms == null ? List.of() : platforms;
    List<String> us = purposes == null ? List.of() : purposes;
    LocalDate until = null;
    List<FieldProblem> problems = new ArrayList<>();
    if (!validUntil.isBlank()) {
      try {
        until = LocalDate.parse(validUntil.strip());
      } catch (DateTimeParseException e) {
        problems.add(new FieldProblem("validUntil", "Enter the end date as a real date, like 2027-07-31"));
      }
    }
    var answer = new ConsentLinks.Answer(choice, "withdraw".equals(choice) ? List.of() : ps,
        "withdraw".equals(choice) ? List.of() : us, until, confirmed);
    try {
      if (!problems.isEmpty()) {
        throw new InvalidInput(problems);
      }
      var done = links.answer(token, answer);
      ModelAndView mv = new ModelAndView("consent/link-done");
      mv.addObject("done", done);
      return mv;
    } catch (InvalidInput e) {
      ModelAndView mv = page(token, links.open(token));
      mv.addObject("problems", e.problems());
      mv.addObject("anchors", Map.of("choice", "choice-give", "purposes", "purposes-photo",
          "platforms", "platforms-all"));
      mv.addObject("form", answer);
      mv.addObject("validUntil", validUntil);
      mv.setStatus(HttpStatus.UNPROCESSABLE_ENTITY);
      return mv;
    } catch (IllegalTransition e) {
      ModelAndView mv = page(token, links.open(token));
      if (mv.getModel().get("view") instanceof ConsentLinks.LinkView v && v.usable()) {
        mv.addObject("problems", List.of(new FieldProblem(null, e.getMessage())));
      }
      mv.setStatus(HttpStatus.CONFLICT);
      return mv;
    }
  }

  private static ModelAndView page(String token, ConsentLinks.LinkView view) {
    ModelAndView mv = new ModelAndView("consent/link");
    mv.addObject("view", view);
    mv.addObject("token", token);
    mv.addObject("platforms", Platform.known());
    mv.addObject("purposes", Purpose.values());
    if (!view.usable()) {
      mv.setStatus(view.state() == ConsentLinks.State.UNKNOWN ? HttpStatus.NOT_FOUND : HttpStatus.GONE);
    }
    return mv;
  }
}
