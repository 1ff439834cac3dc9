package org.steward.app.accounts;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.steward.app.csv.CsvExport;
import org.steward.app.identity.Actor;
import org.steward.app.identity.Role;
import org.steward.app.web.FieldProblem;
import org.steward.app.web.Paging;

/** The registry pages (ACC-1): the filtered list and its CSV, one account's page, the activity page. */
@Controller
class RegistryPages {
  private static final int PAGE_SIZE = 25;
  private static final ZoneId LONDON = ZoneId.of("Europe/London");

  private final AccountRegistry registry;
  private final AccountRequests requests;
  private final AccountSecrets secrets;
  private final AccountActivity activity;
  private final AccountDirectory directory;

  RegistryPages(AccountRegistry registry, AccountRequests requests, AccountSecrets secrets,
      AccountActivity activity, AccountDirectory directory) {
    this.registry = registry;
    this.requests = requests;
    this.secrets = secrets;
    this.activity = activity;
    this.directory = directory;
  }

  @GetMapping("/accounts")
  String list(@RequestParam(required = false) Long unit,
      @RequestParam(required = false) String status,
      @RequestParam(required = false) String platform,
      @RequestParam(required = false) String q,
      @RequestParam(defaultValue = "0") @Min(value = 0, message = Paging.PAGE_MESSAGE)
      @Max(value = Paging.MAX_PAGE, message = Paging.PAGE_MESSAGE) int page,
      Actor actor, Model model) {
    var filter = filter(unit, status, platform, q);
    model.addAttribute("listing", registry.list(actor, filter, page, PAGE_SIZE));
    model.addAttribute("units", directory.allUnits());
    model.addAttribute("statuses", AccountStatus.values());
    model.addAttribute("platforms", registry.platformsAnywhere());
    model.addAttribute("filter", filter);
    model.addAttribute("unitNames", unitNames());
    model.addAttribute("mayAsk", !actor.holds(Role.LEARNER));
    return "accounts/list";
  }

  /** The registry as CSV, with the same filters as the page (UX: lists are downloadable). */
  @GetMapping(value = "/accounts/export", produces = "text/csv")
  ResponseEntity<String> export(@RequestParam(required = false) Long unit,
      @RequestParam(required = false) String status,
      @RequestParam(required = false) String platform,
      @RequestParam(required = false) String q, Actor actor) {
    var filter = filter(unit, status, platform, q);
    Map<Long, String> names = unitNames();
    CsvExport csv = CsvExport.withHeader("platform", "handle", "name", "unit", "status",
        "visibility", "audience", "url", "last_post");
    for (int page = 0; ; page++) {
      var listing = registry.list(actor, filter, page, 200);
      for (Account a : listing.items()) {
        csv.row(a.platform().code(), a.handle(), a.name(), names.get(a.unitId()), a.status().code(),
            a.visibility().code(), a.audience(), a.url(),
            a.lastPostAt() == null ? "" : a.lastPostAt().atZone(LONDON).toLocalDate().toString());
      }
      if (!listing.hasNext()) {
        break;
      }
    }
    return ResponseEntity.ok()
        .header("Content-Disposition", "attachment; filename=\"accounts.csv\"")
        .contentType(MediaType.parseMediaType("text/csv;charset=UTF-8"))
        .body(csv.toString());
  }

  @GetMapping("/accounts/{id}")
  String show(@PathVariable long id, Actor actor, Model model) {
    var view = registry.view(actor, id);
    model.addAttribute("v", view);
    model.addAttribute("a", view.account());
    model.addAttribute("unitName", view.unitName());
    boolean decide = requests.mayDecide(actor, view);
    model.addAttribute("mayDecide", decide);
    model.addAttribute("capacities", view.requiredApprovals());
    model.addAttribute("similar", decide || view.account().status() == AccountStatus.REQUESTED
        ? registry.similar(id) : List.of());
    model.addAttribute("mayReveal", secrets.mayReveal(actor, id));
    boolean marketing = !actor.holds(Role.LEARNER)
        && actor.holdsAny(Role.MARKETING, Role.HEAD_OF_DIGITAL_MARKETING);
    boolean manager = !actor.holds(Role.LEARNER) && view.managers().stream()
        .anyMatch(m -> !m.helper() && actor.personId() != null && m.personId() == actor.personId());
    model.addAttribute("marketing", marketing);
    model.addAttribute("manages", marketing || manager);
    model.addAttribute("minManagers", view.minManagers());
    model.addAttribute("rotationOpen", view.tasks().stream()
        .anyMatch(t -> t.open() && AccountTask.ROTATE_PASSWORD.equals(t.kind())));
    if (!model.containsAttribute("problems")) {
      model.addAttribute("problems", List.of());
    }
    model.addAttribute("errors", byField(listOf(model.getAttribute("problems"))));
    return "accounts/show";
  }

  @GetMapping("/accounts/activity")
  String activity(Model model) {
    model.addAttribute("rows", activity.activity());
    model.addAttribute("consolidation", activity.consolidationCandidates());
    return "accounts/activity";
  }

  private Accounts.Filter filter(Long unit, String status, String platform, String q) {
    return new Accounts.Filter(unit, AccountStatus.fromCode(status).orElse(null),
        Platform.in(registry.platformsAnywhere(), platform).orElse(null), q);
  }

  private Map<Long, String> unitNames() {
    Map<Long, String> names = new LinkedHashMap<>();
    directory.allUnits().forEach(u -> names.put(u.id(), u.name()));
    return names;
  }

  /** The first problem of each field, for the message beside it. */
  static Map<String, String> byField(List<FieldProblem> problems) {
    Map<String, String> m = new LinkedHashMap<>();
    for (FieldProblem p : problems) {
      m.putIfAbsent(p.field(), p.message());
    }
    return m;
  }

  @SuppressWarnings("unchecked")
  private static List<FieldProblem> listOf(Object o) {
    return o instanceof List<?> l ? (List<FieldProblem>) l : List.of();
  }
}
