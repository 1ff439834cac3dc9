package org.steward.app.accounts;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.steward.app.accounts.vault.TamperedSecretException;
import org.steward.app.people.Person;
import org.steward.app.identity.Role;
import org.steward.app.identity.Actor;
import org.steward.app.security.RecentSignIn;
import org.steward.engine.pack.PolicyPacks;

/** The official accounts pages: registry, request, decision, set-up, reveal and the life cycle. */
@Controller
class AccountsController {
  private static final int PAGE_SIZE = 25;
  /** Wrong password confirmations allowed per session before a fresh sign-in is needed. */
  static final int MAX_CONFIRMATIONS = 5;
  static final String FAILED_CONFIRMATIONS = "steward.reveal-password-failures";
  private static final ZoneId LONDON = ZoneId.of("Europe/London");

  private final AccountService service;
  private final AccountDirectory directory;
  private final RecentSignIn recentSignIn;
  private final UserDetailsService users;
  private final PasswordEncoder encoder;

  AccountsController(AccountService service, AccountDirectory directory, RecentSignIn recentSignIn,
      UserDetailsService users, PasswordEncoder encoder) {
    this.service = service;
    this.directory = directory;
    this.recentSignIn = recentSignIn;
    this.users = users;
    this.encoder = encoder;
  }

  // ---------------------------------------------------------------------------------------------
  // Registry (ACC-1)

  @GetMapping("/accounts")
  String list(@RequestParam(required = false) Long unit,
      @RequestParam(required = false) String status,
      @RequestParam(required = false) String platform,
      @RequestParam(required = false) String q,
      @RequestParam(defaultValue = "0") @jakarta.validation.constraints.Min(value = 0,
          message = org.steward.app.web.Paging.PAGE_MESSAGE) @jakarta.validation.constraints.Max(
          value = org.steward.app.web.Paging.MAX_PAGE, message = org.steward.app.web.Paging.PAGE_MESSAGE)
      int page, Actor actor, Model model) {
    var filter = new Accounts.Filter(unit, AccountStatus.fromCode(status).orElse(null),
        Platform.fromCode(platform).orElse(null), q);
    var listing = service.list(actor, filter, page, PAGE_SIZE);
    model.addAttribute("listing", listing);
    model.addAttribute("units", directory.allUnits());
    model.addAttribute("statuses", AccountStatus.values());
    model.addAttribute("platforms", Platform.values());
    model.addAttribute("filter", filter);
    model.addAttribute("unitNames", unitNames());
    model.addAttribute("mayAsk", mayAsk(actor));
    return "accounts/list";
  }

  /** The registry as CSV, with the same filters as the page (UX: lists are downloadable). */
  @GetMapping(value = "/accounts/export", produces = "text/csv")
  org.springframework.http.ResponseEntity<String> export(@RequestParam(required = false) Long unit,
      @RequestParam(required = false) String status,
      @RequestParam(required = false) String platform,
      @RequestParam(required = false) String q, Actor actor) {
    var filter = new Accounts.Filter(unit, AccountStatus.fromCode(status).orElse(null),
        Platform.fromCode(platform).orElse(null), q);
    Map<Long, String> names = unitNames();
    StringBuilder out = new StringBuilder("platform,handle,name,unit,status,visibility,audience,url,last_post\r\n");
    for (int page = 0; ; page++) {
      var listing = service.list(actor, filter, page, 200);
      for (Account a : listing.items()) {
        out.append(String.join(",", csv(a.platform().code()), csv(a.handle()), csv(a.name()),
            csv(names.get(a.unitId())), csv(a.status().code()), csv(a.visibility().code()),
            csv(a.audience()), csv(a.url()),
            csv(a.lastPostAt() == null ? "" : a.lastPostAt().atZone(LONDON).toLocalDate().toString())))
            .append("\r\n");
      }
      if ((page + 1) * 200L >= listing.total()) {
        break;
      }
    }
    return org.springframework.http.ResponseEntity.ok()
        .header("Content-Disposition", "attachment; filename=\"accounts.csv\"")
        .contentType(org.springframework.http.MediaType.parseMediaType("text/csv;charset=UTF-8"))
        .body(out.toString());
  }

  /** One CSV field; a leading formula character is neutralised (spreadsheet formula injection). */
  static String csv(String value) {
    String v = value == null ? "" : value;
    // '@' starts most handles; it is neutralised only where it could start a function call.
    if (!v.isEmpty() && ("=+-\t\r".indexOf(v.charAt(0)) >= 0
        || (v.charAt(0) == '@' && v.contains("(")))) {
      v = "'" + v;
    }
    return v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")
        ? "\"" + v.replace("\"", "\"\"") + "\"" : v;
  }

  private Map<Long, String> unitNames() {
    Map<Long, String> names = new LinkedHashMap<>();
    directory.allUnits().forEach(u -> names.put(u.id(), u.name()));
    return names;
  }

  private static boolean mayAsk(Actor a) {
    return !a.holds(Role.LEARNER);
  }

  // ---------------------------------------------------------------------------------------------
  // Request (ACC-2, ACC-4, ACC-9, ACC-15, PER-8)

  @GetMapping("/accounts/new")
  String requestForm(Actor actor, Model model) {
    requestModel(model, actor, new LinkedHashMap<>(), List.of());
    return "accounts/new";
  }

  private void requestModel(Model model, Actor actor, Map<String, String> form,
      List<AccountProblem> problems) {
    model.addAttribute("form", form);
    model.addAttribute("problems", problems);
    model.addAttribute("errors", byField(problems));
    model.addAttribute("units", directory.allUnits());
    model.addAttribute("platforms", Platform.values());
    model.addAttribute("visibilities", Visibility.values());
    model.addAttribute("tutor", actor.holds(Role.TUTOR));
    model.addAttribute("guidance", guidance());
  }

  /** ACC-15: the support the policy promises, in its own words, shown where people ask. */
  static List<String> guidance() {
    List<String> out = new ArrayList<>();
    try {
      PolicyPacks.builtIn().forEach(p -> p.clause("ACC-15").ifPresent(c -> out.add(c.text())));
      PolicyPacks.builtIn().forEach(p -> p.clause("ACC-4").ifPresent(c -> out.add(c.text())));
    } catch (RuntimeException e) {
      // the packs are data; without them the page still works
    }
    if (out.isEmpty()) {
      out.add("The college will share good practice and provide support, through the learning"
          + " resources and marketing teams, for staff wishing to establish an online presence.");
    }
    return out;
  }

  static Map<String, String> byField(List<AccountProblem> problems) {
    Map<String, String> m = new LinkedHashMap<>();
    for (AccountProblem p : problems) {
      m.putIfAbsent(p.field(), p.message());
    }
    return m;
  }

  @PostMapping("/accounts")
  Object request(@RequestParam Map<String, String> params, Actor actor, Model model,
      HttpServletResponse response) {
    Map<String, String> form = new LinkedHashMap<>(params);
    form.remove("_csrf");
    List<AccountProblem> problems = new ArrayList<>();
    Long learnerId = null;
    String learner = form.getOrDefault("learner", "").trim();
    if (!learner.isEmpty()) {
      Person p = directory.find(learner).orElse(null);
      if (p == null) {
        problems.add(new AccountProblem("learner", "There is no learner with that username or e-mail."));
      } else {
        learnerId = p.id();
      }
    }
    Long unitId = parseLong(form.get("unit"));
    NewAccount n = new NewAccount(Platform.fromCode(form.get("platform")).orElse(null),
        form.get("handle"), emptyToNull(form.get("url")), form.get("name"),
        unitId == null ? 0 : unitId, form.get("purpose"), form.get("audience"),
        Visibility.fromCode(form.get("visibility")).orElse(null),
        "yes".equals(form.get("teachingGroup")), form.get("postingPlan"),
        form.get("moderationPlan"), learnerId, AccountStatus.REQUESTED);
    try {
      if (!problems.isEmpty()) {
        List<AccountProblem> all = new ArrayList<>(service.validate(n, true));
        all.addAll(problems);
        throw new InvalidAccountInput(all);
      }
      long id = service.request(actor, new AccountService.RequestDetails(n, form.get("coManager"),
          "yes".equals(form.get("platformAdmin"))));
      return "redirect:/accounts/" + id + "?requested";
    } catch (InvalidAccountInput e) {
      requestModel(model, actor, form, e.problems());
      response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
      return "accounts/new";
    } catch (org.springframework.dao.DuplicateKeyException e) {
      // Someone registered the same handle a moment earlier: the unique key refused ours.
      requestModel(model, actor, form, List.of(new AccountProblem("handle", "An account with this"
          + " handle was registered a moment ago. Look it up in the registry.")));
      response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
      return "accounts/new";
    }
  }

  // ---------------------------------------------------------------------------------------------
  // The account page

  @GetMapping("/accounts/{id}")
  String show(@PathVariable long id, Actor actor, Model model) {
    var view = service.view(actor, id);
    model.addAttribute("v", view);
    model.addAttribute("a", view.account());
    model.addAttribute("unitName", view.unitName());
    boolean decide = service.mayDecide(actor, view);
    model.addAttribute("mayDecide", decide);
    model.addAttribute("capacities", ApproverCapacity.values());
    model.addAttribute("similar", decide || view.account().status() == AccountStatus.REQUESTED
        ? service.similar(id) : List.of());
    model.addAttribute("mayReveal", service.mayReveal(actor, id));
    boolean marketing = !actor.holds(Role.LEARNER)
        && actor.holdsAny(Role.MARKETING, Role.HEAD_OF_DIGITAL_MARKETING);
    boolean manager = !actor.holds(Role.LEARNER) && view.managers().stream()
        .anyMatch(m -> !m.helper() && actor.personId() != null && m.personId() == actor.personId());
    model.addAttribute("marketing", marketing);
    model.addAttribute("manages", marketing || manager);
    model.addAttribute("minManagers", service.settingsMinManagers());
    model.addAttribute("rotationOpen", view.tasks().stream()
        .anyMatch(t -> t.open() && AccountTask.ROTATE_PASSWORD.equals(t.kind())));
    if (!model.containsAttribute("problems")) {
      model.addAttribute("problems", List.of());
    }
    model.addAttribute("errors", byField(listOf(model.getAttribute("problems"))));
    return "accounts/show";
  }

  @SuppressWarnings("unchecked")
  private static List<AccountProblem> listOf(Object o) {
    return o instanceof List<?> l ? (List<AccountProblem>) l : List.of();
  }

  /** Runs a change and goes back to the account page, with any problem shown at the top. */
  private String act(long id, RedirectAttributes ra, Runnable change, String done) {
    try {
      change.run();
      ra.addFlashAttribute("done", done);
    } catch (InvalidAccountInput e) {
      ra.addFlashAttribute("problems", e.problems());
    } catch (IllegalStateException e) {
      ra.addFlashAttribute("problems", List.of(new AccountProblem(null, e.getMessage())));
    }
    return "redirect:/accounts/" + id;
  }

  @PostMapping("/accounts/{id}/approve")
  String approve(@PathVariable long id, @RequestParam(required = false) String note,
      Actor actor, RedirectAttributes ra) {
    exists(id);
    return act(id, ra, () -> service.approve(actor, id, emptyToNull(note)), "You approved the request.");
  }

  @PostMapping("/accounts/{id}/reject")
  String reject(@PathVariable long id, @RequestParam(required = false) String reason,
      Actor actor, RedirectAttributes ra) {
    exists(id);
    return act(id, ra, () -> service.reject(actor, id, reason), "You refused the request.");
  }

  // ---------------------------------------------------------------------------------------------
  // Set-up (ACC-5)

  @GetMapping("/accounts/{id}/set-up")
  String setUpForm(@PathVariable long id, Model model) {
    Account a = exists(id);
    model.addAttribute("a", a);
    model.addAttribute("form", Map.of("url", a.url() == null ? "" : a.url()));
    model.addAttribute("problems", List.of());
    model.addAttribute("errors", Map.of());
    return "accounts/set-up";
  }

  @PostMapping("/accounts/{id}/set-up")
  String setUp(@PathVariable long id, @RequestParam Map<String, String> params,
      Actor actor, Model model, RedirectAttributes ra, HttpServletResponse response) {
    Account a = exists(id);
    try {
      service.setUp(actor, id, new AccountService.SetUp(params.get("loginEmail"),
          params.get("password"), params.get("recoveryCodes"), params.get("token"),
          params.get("url")));
      ra.addFlashAttribute("done", "The account is set up and its sign-in details are in the vault.");
      return "redirect:/accounts/" + id;
    } catch (InvalidAccountInput e) {
      Map<String, String> form = new LinkedHashMap<>();
      // Keep what was typed, except secrets: they are never sent back to the browser.
      form.put("loginEmail", params.getOrDefault("loginEmail", ""));
      form.put("url", params.getOrDefault("url", ""));
      model.addAttribute("a", a);
      model.addAttribute("form", form);
      model.addAttribute("problems", e.problems());
      model.addAttribute("errors", byField(e.problems()));
      response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
      return "accounts/set-up";
    } catch (IllegalStateException e) {
      ra.addFlashAttribute("problems", List.of(new AccountProblem(null, e.getMessage())));
      return "redirect:/accounts/" + id;
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Reveal (ACC-6)

  @GetMapping("/accounts/{id}/reveal")
  String revealForm(@PathVariable long id, @RequestParam(required = false) Long secret,
      Actor actor, HttpServletRequest request, Model model) {
    var view = service.view(actor, id);
    SecretInfo s = view.secrets().stream().filter(x -> secret != null && x.id() == secret)
        .findFirst().orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    if (!service.mayReveal(actor, id)) {
      // Audited refusal (403), the same as trying to reveal.
      service.reveal(actor, id, s.id(), "(opened the reveal page)", null);
    }
    revealModel(model, actor, view.account(), s, needsPassword(request, actor), "", List.of());
    return "accounts/reveal";
  }

  private boolean needsPassword(HttpServletRequest request, Actor actor) {
    Instant at = recentSignIn.signedInAt(request, actor);
    return at == null || at.isBefore(Instant.now(service.clock())
        .minus(service.settingsRevealWithin()));
  }

  private void revealModel(Model model, Actor actor, Account a, SecretInfo s, boolean askPassword,
      String reason, List<AccountProblem> problems) {
    model.addAttribute("hasLocalPassword", hasLocalPassword(actor));
    model.addAttribute("a", a);
    model.addAttribute("secret", s);
    model.addAttribute("askPassword", askPassword);
    model.addAttribute("reason", reason);
    model.addAttribute("problems", problems);
    model.addAttribute("errors", byField(problems));
  }

  @PostMapping("/accounts/{id}/reveal")
  String reveal(@PathVariable long id, @RequestParam(required = false) Long secret,
      @RequestParam(required = false) String reason,
      @RequestParam(required = false) String password, Actor actor,
      HttpServletRequest request, HttpServletResponse response, Model model) {
    var view = service.view(actor, id);
    SecretInfo s = view.secrets().stream().filter(x -> secret != null && x.id() == secret)
        .findFirst().orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    List<AccountProblem> problems = new ArrayList<>();
    if (password != null && !password.isEmpty()) {
      var session = request.getSession(true);
      int failures = session.getAttribute(FAILED_CONFIRMATIONS) instanceof Integer i ? i : 0;
      if (failures >= MAX_CONFIRMATIONS) {
        service.refusedReveal(actor, id, s.id(), "too many wrong confirmation passwords");
        problems.add(new AccountProblem("password", "Too many wrong passwords. Sign out and sign"
            + " in again to reveal a secret."));
      } else if (passwordMatches(actor, password)) {
        session.removeAttribute(FAILED_CONFIRMATIONS);
        recentSignIn.passwordConfirmed(request, actor);
      } else {
        service.refusedReveal(actor, id, s.id(), "wrong confirmation password");
        session.setAttribute(FAILED_CONFIRMATIONS, failures + 1);
        problems.add(new AccountProblem("password", "The password is not right. Enter the"
            + " password you sign in to Steward with."));
      }
    }
    try {
      if (problems.isEmpty()) {
        String plain = service.reveal(actor, id, s.id(), reason, recentSignIn.signedInAt(request, actor));
        response.setHeader("Cache-Control", "no-store");
        model.addAttribute("a", view.account());
        model.addAttribute("secret", s);
        model.addAttribute("value", plain);
        return "accounts/revealed";
      }
    } catch (RecentSignInRequired e) {
      problems.add(new AccountProblem("password", "Enter your Steward password to confirm it is"
          + " you. You need to do this when you have not signed in for a while."));
    } catch (InvalidAccountInput e) {
      problems.addAll(e.problems());
    } catch (IllegalStateException | TamperedSecretException e) {
      problems.add(new AccountProblem(null, e instanceof TamperedSecretException
          ? "This secret failed its integrity check, so it was not shown. Ask marketing to set a"
              + " new password; the attempt has been logged." : e.getMessage()));
    }
    revealModel(model, actor, view.account(), s, needsPassword(request, actor), reason == null ? "" : reason, problems);
    response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
    return "accounts/reveal";
  }

  /** Whether the person signs in with a Steward password (not only with Entra ID or Google). */
  private boolean hasLocalPassword(Actor actor) {
    try {
      return actor.personId() != null && directory.person(actor.personId())
          .map(p -> users.loadUserByUsername(p.username())).isPresent();
    } catch (UsernameNotFoundException e) {
      return false;
    }
  }

  private boolean passwordMatches(Actor actor, String password) {
    if (actor.personId() == null) {
      return false;
    }
    try {
      return directory.person(actor.personId())
          .map(p -> users.loadUserByUsername(p.username()))
          .filter(u -> u.isEnabled() && u.isAccountNonLocked() && u.getPassword() != null)
          .map(u -> encoder.matches(password, u.getPassword())).orElse(false);
    } catch (UsernameNotFoundException e) {
      return false;
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Managers, activity, life cycle

  @PostMapping("/accounts/{id}/managers")
  String addManager(@PathVariable long id, @RequestParam(required = false) String person,
      @RequestParam(required = false) String platformAdmin, Actor actor,
      RedirectAttributes ra) {
    exists(id);
    return act(id, ra, () -> service.addManager(actor, id, person, "yes".equals(platformAdmin)),
        "Added.");
  }

  @PostMapping("/accounts/{id}/managers/remove")
  String removeManager(@PathVariable long id, @RequestParam(required = false) Long person,
      @RequestParam(required = false) String reason, Actor actor, RedirectAttributes ra) {
    exists(id);
    if (person == null) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
    }
    return act(id, ra, () -> service.removeManager(actor, id, person, emptyToNull(reason)),
        "Removed. Marketing has been asked to change the password.");
  }

  @PostMapping("/accounts/{id}/posts")
  String recordPost(@PathVariable long id, @RequestParam(required = false) String postedOn,
      Actor actor, RedirectAttributes ra) {
    exists(id);
    return act(id, ra, () -> service.recordPost(actor, id, parseDay(postedOn)),
        "The last post is recorded.");
  }

  private Instant parseDay(String text) {
    if (text == null || text.isBlank()) {
      return service.clock().instant();
    }
    try {
      return LocalDate.parse(text.trim()).atTime(12, 0).atZone(LONDON).toInstant();
    } catch (DateTimeParseException e) {
      throw new InvalidAccountInput("postedOn", "Enter the date as year-month-day, like 2026-11-21.");
    }
  }

  @PostMapping("/accounts/{id}/justify")
  String justify(@PathVariable long id, @RequestParam(required = false) String reason,
      Actor actor, RedirectAttributes ra) {
    exists(id);
    return act(id, ra, () -> service.justify(actor, id, reason), "The account stays open.");
  }

  @PostMapping("/accounts/{id}/closing")
  String startClosing(@PathVariable long id, @RequestParam(required = false) String reason,
      Actor actor, RedirectAttributes ra) {
    exists(id);
    return act(id, ra, () -> service.startClosing(actor, id, reason),
        "Marketing has been told to close the account.");
  }

  @PostMapping("/accounts/{id}/checklist")
  String checklist(@PathVariable long id, @RequestParam(required = false) String archived,
      @RequestParam(required = false) String credentials,
      @RequestParam(required = false) String platform, Actor actor, RedirectAttributes ra) {
    exists(id);
    return act(id, ra, () -> service.updateChecklist(actor, id, archived != null,
        credentials != null, platform != null), "The checklist is saved.");
  }

  @PostMapping("/accounts/{id}/close")
  String close(@PathVariable long id, Actor actor, RedirectAttributes ra) {
    exists(id);
    return act(id, ra, () -> service.close(actor, id), "The account is closed.");
  }

  @PostMapping("/accounts/{id}/suspend")
  String suspend(@PathVariable long id, @RequestParam(required = false) String reason,
      Actor actor, RedirectAttributes ra) {
    exists(id);
    return act(id, ra, () -> service.suspend(actor, id, reason),
        "The account is suspended and an investigation is open.");
  }

  @PostMapping("/accounts/{id}/reinstate")
  String reinstate(@PathVariable long id, @RequestParam(required = false) String outcome,
      Actor actor, RedirectAttributes ra) {
    exists(id);
    return act(id, ra, () -> service.reinstate(actor, id, outcome), "The account is active again.");
  }

  @PostMapping("/accounts/{id}/password")
  String changePassword(@PathVariable long id, @RequestParam(required = false) String newPassword,
      Actor actor, RedirectAttributes ra) {
    exists(id);
    return act(id, ra, () -> service.replacePassword(actor, id, newPassword),
        "The new password is in the vault.");
  }

  @GetMapping("/accounts/activity")
  String activity(Model model) {
    model.addAttribute("rows", service.activity());
    model.addAttribute("consolidation", service.consolidationCandidates());
    return "accounts/activity";
  }

  // ---------------------------------------------------------------------------------------------

  private Account exists(long id) {
    return service.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
  }

  @ExceptionHandler(NoSuchElementException.class)
  void notFound(HttpServletResponse response) throws java.io.IOException {
    response.sendError(HttpStatus.NOT_FOUND.value());
  }

  private static Long parseLong(String s) {
    try {
      return s == null || s.isBlank() ? null : Long.valueOf(s.trim());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static String emptyToNull(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }
}
