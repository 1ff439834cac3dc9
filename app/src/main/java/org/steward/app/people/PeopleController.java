package org.steward.app.people;

import org.steward.app.identity.Actor;
import org.steward.app.identity.Role;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.steward.app.web.FieldProblem;
import org.steward.app.web.NotFound;
import org.steward.app.web.Paging;

/** The directory pages and API: who is who, scoped to what the viewer may see. */
@Controller
class PeopleController {
  static final int PAGE_SIZE = 50;

  private final PeopleService service;
  private final Units units;

  PeopleController(PeopleService service, Units units) {
    this.service = service;
    this.units = units;
  }

  @GetMapping("/people")
  String list(@RequestParam(defaultValue = "0") @Min(value = 0, message = Paging.PAGE_MESSAGE)
      @Max(value = Paging.MAX_PAGE, message = Paging.PAGE_MESSAGE) int page, Actor actor, Model model) {
    var result = service.list(actor, Math.max(0, page), PAGE_SIZE);
    model.addAttribute("result", result);
    model.addAttribute("unitNames", unitNames());
    return "people/list";
  }

  @GetMapping("/people/{id}")
  String show(@PathVariable long id, Actor actor, Model model) {

    Person person = service.get(actor, id)
        .orElseThrow(() -> new NotFound("There is no person " + id + "."));
    model.addAttribute("person", person);
    model.addAttribute("unitNames", unitNames());
    model.addAttribute("canMarkLeft", person.enabled() && actor.holdsAny(Role.ADMINISTRATOR, Role.HR));
    return "people/show";
  }

  /** HR or an administrator records that someone has left: no more sign-in, off every account. */
  @org.springframework.web.bind.annotation.PostMapping("/people/{id}/left")
  String markLeft(@PathVariable long id, @RequestParam(defaultValue = "") String reason,
      Actor actor, Model model, jakarta.servlet.http.HttpServletResponse response,
      org.springframework.web.servlet.mvc.support.RedirectAttributes flash) {
    try {
      service.markLeft(actor, id, reason);
    } catch (IllegalArgumentException e) {
      response.setStatus(422);
      model.addAttribute("leftError", e.getMessage());
      // The one field of the form, whichever part of the request the service named.
      model.addAttribute("problems", List.of(new FieldProblem("reason", e.getMessage())));
      model.addAttribute("reason", reason);
      return show(id, actor, model);
    }
    flash.addFlashAttribute("marked", true);
    return "redirect:/people/" + id;
  }

  /** A person as the API shows them: no password data, ever. */
  record PersonView(long id, String kind, String givenName, String familyName, String email,
      String username, String unit, boolean under18, List<String> roles) {
    static PersonView of(Person p, Map<Long, Unit> units) {
      return new PersonView(p.id(), p.kind().code(), p.givenName(), p.familyName(), p.email(),
          p.username(), units.get(p.unitId()).code(), p.isMinorOn(java.time.LocalDate.now()),
          p.roles().stream().map(g -> g.unitId() == null ? g.role().code()
              : g.role().code() + "@" + units.get(g.unitId()).code()).toList());
    }
  }

  record PageView(List<PersonView> items, int page, int size, long total) {}

  @io.swagger.v3.oas.annotations.Operation(summary = "One page of the people directory the person may see")
  @GetMapping(value = "/api/v1/people", produces = "application/json")
  @ResponseBody
  PageView apiList(@RequestParam(defaultValue = "0") @Min(value = 0, message = Paging.PAGE_MESSAGE)
      @Max(value = Paging.MAX_PAGE, message = Paging.PAGE_MESSAGE) int page, Actor actor) {
    var result = service.list(actor, Math.max(0, page), PAGE_SIZE);
    Map<Long, Unit> byId = unitsById();
    return new PageView(result.items().stream().map(p -> PersonView.of(p, byId)).toList(),
        result.page(), result.size(), result.total());
  }

  @io.swagger.v3.oas.annotations.Operation(summary = "One person of the directory, if the person may see them")
  @GetMapping(value = "/api/v1/people/{id}", produces = "application/json")
  @ResponseBody
  PersonView apiShow(@PathVariable long id, Actor actor) {
    Person person = service.get(actor, id)
        .orElseThrow(() -> new NotFound("No person with id " + id));
    return PersonView.of(person, unitsById());
  }

  private Map<Long, Unit> unitsById() {
    return units.findAll().stream().collect(Collectors.toMap(Unit::id, Function.identity()));
  }

  private Map<Long, String> unitNames() {
    return units.findAll().stream().collect(Collectors.toMap(Unit::id, Unit::name));
  }
}
