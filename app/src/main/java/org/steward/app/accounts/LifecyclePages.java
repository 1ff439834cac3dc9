package org.steward.app.accounts;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.steward.app.identity.Actor;
import org.steward.app.web.InvalidInput;
import org.steward.app.web.PageChange;
import org.steward.app.web.NotFound;

/**
 * The buttons on an account's page, each one change through its use-case service, then back to
 * the page with what was done or what stopped it: decisions on a request (ACC-2), managers
 * (ACC-7, ACC-8), posts and dormancy (ACC-13), closing (ACC-13), suspension (ACC-12) and the new
 * password after a manager left (ACC-6).
 */
@Controller
class LifecyclePages {
  private static final ZoneId LONDON = ZoneId.of("Europe/London");

  private final AccountRegistry registry;
  private final AccountRequests requests;
  private final AccountManagers managers;
  private final AccountActivity activity;
  private final AccountClosing closing;
  private final AccountSecrets secrets;

  LifecyclePages(AccountRegistry registry, AccountRequests requests, AccountManagers managers,
      AccountActivity activity, AccountClosing closing, AccountSecrets secrets) {
    this.registry = registry;
    this.requests = requests;
    this.managers = managers;
    this.activity = activity;
    this.closing = closing;
    this.secrets = secrets;
  }

  /** Runs a change and goes back to the account page, with any problem shown at the top. */
  private String act(long id, RedirectAttributes ra, Runnable change, String done) {
    return PageChange.thenBack(change, done, ra, "redirect:/accounts/" + id);
  }

  @PostMapping("/accounts/{id}/approve")
  String approve(@PathVariable long id, @RequestParam(required = false) String note,
      Actor actor, RedirectAttributes ra) {
    exists(id);
    return act(id, ra, () -> requests.approve(actor, id, emptyToNull(note)), "You approved the request.");
  }

  @PostMapping("/accounts/{id}/reject")
  String reject(@PathVariable long id, @RequestParam(required = false) String reason,
      Actor actor, RedirectAttributes ra) {
    exists(id);
    return act(id, ra, () -> requests.reject(actor, id, reason), "You refused the request.");
  }

  @PostMapping("/accounts/{id}/managers")
  String addManager(@PathVariable long id, @RequestParam(required = false) String person,
      @RequestParam(required = false) String platformAdmin, Actor actor,
      RedirectAttributes ra) {
    exists(id);
    return act(id, ra, () -> managers.addManager(actor, id, person, "yes".equals(platformAdmin)),
        "Added.");
  }

  @PostMapping("/accounts/{id}/managers/remove")
  String removeManager(@PathVariable long id, @RequestParam(required = false) Long person,
      @RequestParam(required = false) String reason, Actor actor, RedirectAttributes ra) {
    exists(id);
    if (person == null) {
      throw new InvalidInput("person", "Choose the person to remove.");
    }
    return act(id, ra, () -> managers.removeManager(actor, id, person, emptyToNull(reason)),
        "Removed. Marketing has been asked to change the password.");
  }

  @PostMapping("/accounts/{id}/posts")
  String recordPost(@PathVariable long id, @RequestParam(required = false) String postedOn,
      Actor actor, RedirectAttributes ra) {
    exists(id);
    return act(id, ra, () -> activity.recordPost(actor, id, parseDay(postedOn)),
        "The last post is recorded.");
  }

  private Instant parseDay(String text) {
    if (text == null || text.isBlank()) {
      return registry.clock().instant();
    }
    try {
      return LocalDate.parse(text.trim()).atTime(12, 0).atZone(LONDON).toInstant();
    } catch (DateTimeParseException e) {
      throw new InvalidInput("postedOn", "Enter the date as year-month-day, like 2026-11-21.");
    }
  }

  @PostMapping("/accounts/{id}/justify")
  String justify(@PathVariable long id, @RequestParam(required = false) String reason,
      Actor actor, RedirectAttributes ra) {
    exists(id);
    return act(id, ra, () -> activity.justify(actor, id, reason), "The account stays open.");
  }

  @PostMapping("/accounts/{id}/closing")
  String startClosing(@PathVariable long id, @RequestParam(required = false) String reason,
      Actor actor, RedirectAttributes ra) {
    exists(id);
    return act(id, ra, () -> closing.startClosing(actor, id, reason),
        "Marketing has been told to close the account.");
  }

  @PostMapping("/accounts/{id}/checklist")
  String checklist(@PathVariable long id, @RequestParam(required = false) String archived,
      @RequestParam(required = false) String credentials,
      @RequestParam(required = false) String platform, Actor actor, RedirectAttributes ra) {
    exists(id);
    return act(id, ra, () -> closing.updateChecklist(actor, id, archived != null,
        credentials != null, platform != null), "The checklist is saved.");
  }

  @PostMapping("/accounts/{id}/close")
  String close(@PathVariable long id, Actor actor, RedirectAttributes ra) {
    exists(id);
    return act(id, ra, () -> closing.close(actor, id), "The account is closed.");
  }

  @PostMapping("/accounts/{id}/suspend")
  String suspend(@PathVariable long id, @RequestParam(required = false) String reason,
      Actor actor, RedirectAttributes ra) {
    exists(id);
    return act(id, ra, () -> closing.suspend(actor, id, reason),
        "The account is suspended and an investigation is open.");
  }

  @PostMapping("/accounts/{id}/reinstate")
  String reinstate(@PathVariable long id, @RequestParam(required = false) String outcome,
      Actor actor, RedirectAttributes ra) {
    exists(id);
    return act(id, ra, () -> closing.reinstate(actor, id, outcome), "The account is active again.");
  }

  @PostMapping("/accounts/{id}/password")
  String changePassword(@PathVariable long id, @RequestParam(required = false) String newPassword,
      Actor actor, RedirectAttributes ra) {
    exists(id);
    return act(id, ra, () -> secrets.replacePassword(actor, id, newPassword),
        "The new password is in the vault.");
  }

  private Account exists(long id) {
    return registry.find(id).orElseThrow(() -> new NotFound("There is no account " + id + "."));
  }

  private static String emptyToNull(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }
}
