package org.steward.app.home;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.steward.app.identity.Actor;

/**
 * The home page answers "what needs me now?": every feature's {@link WorkWaiting}, most urgent
 * first, then oldest. The "At a glance" counts it used to show helped nobody and are gone.
 */
@Controller
class HomeController {
  private static final Comparator<WorkItem> FIRST_THINGS_FIRST = Comparator
      .comparing(WorkItem::urgency)
      .thenComparing(WorkItem::since, Comparator.nullsLast(Comparator.<Instant>naturalOrder()));

  private final List<WorkWaiting> features;

  HomeController(List<WorkWaiting> features) {
    this.features = List.copyOf(features);
  }

  @GetMapping("/")
  String home(Actor actor, Model model) {
    model.addAttribute("needs", waitingFor(actor));
    model.addAttribute("firstName", actor.name().split(" ")[0]);
    return "home";
  }

  List<WorkItem> waitingFor(Actor actor) {
    return features.stream().flatMap(f -> f.waitingFor(actor).stream())
        .sorted(FIRST_THINGS_FIRST).toList();
  }

  /** Who am I, for API clients. */
  record Me(Long personId, String name, List<String> roles) {}

  @io.swagger.v3.oas.annotations.Operation(summary = "Who is signed in, and their roles")
  @GetMapping(value = "/api/v1/me", produces = "application/json")
  @ResponseBody
  Me me(Actor a) {
    return new Me(a.personId(), a.name(), a.grants().stream().map(g -> g.role().code()).toList());
  }
}
