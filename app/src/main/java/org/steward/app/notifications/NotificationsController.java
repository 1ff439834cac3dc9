package org.steward.app.notifications;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.steward.app.identity.Actor;

/** The signed-in person's notifications. */
@Controller
class NotificationsController {
  private final Notifications notifications;

  NotificationsController(Notifications notifications) {
    this.notifications = notifications;
  }

  @GetMapping("/notifications")
  String list(Actor actor, Model model) {
    Actor a = actor;
    model.addAttribute("notifications", notifications.latest(a.personId(), 50));
    return "notifications/list";
  }

  @PostMapping("/notifications/read")
  String read(Actor actor) {
    notifications.markAllRead(actor.personId());
    return "redirect:/notifications";
  }
}
