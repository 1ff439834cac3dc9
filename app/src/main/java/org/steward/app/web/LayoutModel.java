package org.steward.app.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.ui.Model;
import org.steward.app.security.Actor;
import org.steward.app.security.CurrentActor;

/** Adds what the shared layout needs (who is signed in, their navigation) to every page. */
@ControllerAdvice
class LayoutModel {
  @ModelAttribute
  void layout(Model model, HttpServletRequest request) {
    var actor = CurrentActor.current();
    model.addAttribute("currentUser", actor.orElse(null));
    model.addAttribute("currentPath", request.getRequestURI());
    model.addAttribute("navigation", actor.map(Navigation::forActor).orElse(List.of()));
    model.addAttribute("currentRoles", actor.map(LayoutModel::roles).orElse(""));
  }

  private static String roles(Actor a) {
    return a.grants().stream().map(g -> g.role().label()).distinct()
        .collect(Collectors.joining(", "));
  }
}
