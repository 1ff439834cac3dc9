package org.steward.app.notifications;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.steward.app.security.Actor;
import org.steward.app.security.CurrentActor;

/** The signed-in person's notifications. */
@Controller
class NotificationsController {
  private final Notifications notifications;

  NotificationsController(Notifications notifications) {
    this.notifications = notifications;
  }

  @GetMapping("/notifications")
  String list(Authentication auth, Model model) {
    Actor a = CurrentActor.of(auth);
    model.addAttribute("notifications", notifications.latest(a.personId(), 50));
    return "notifications/list";
  }

  @PostMapping("/notifications/read")
  String read(Authentication auth) {
    notifications.markAllRead(CurrentActor.of(auth).personId());
    return "redirect:/notifications";
  }
}
