package org.steward.app.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.steward.app.identity.Actor;

/** Adds what the shared layout needs (who is signed in, their navigation) to every page. */
@ControllerAdvice
class LayoutModel {
  private final Navigation navigation;

  LayoutModel(Navigation navigation) {
    this.navigation = navigation;
  }

  @ModelAttribute
  void layout(Model model, HttpServletRequest request, Optional<Actor> actor) {
    model.addAttribute("currentUser", actor.orElse(null));
    model.addAttribute("currentPath", request.getRequestURI());
    model.addAttribute("navigation", actor.map(navigation::forActor).orElse(List.of()));
    model.addAttribute("currentRoles", actor.map(LayoutModel::roles).orElse(""));
  }

  private static String roles(Actor a) {
    return a.grants().stream().map(g -> g.role().label()).distinct()
        .collect(Collectors.joining(", "));
  }
}
