package org.steward.app.people;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;

/** The organisation tree (DOC-7): the group, its colleges and their schools and services. */
@Controller
class OrganisationController {
  private final Units units;

  OrganisationController(Units units) {
    this.units = units;
  }

  /** A unit with its depth in the tree and the name of the unit it belongs to. */
  public record Row(Unit unit, int depth, String parentName) {}

  @GetMapping("/organisation")
  String tree(Model model) {
    model.addAttribute("rows", rows(units.findAll()));
    return "people/organisation";
  }

  @io.swagger.v3.oas.annotations.Operation(summary = "The units of the organisation (DOC-7)")
  @GetMapping(value = "/api/v1/units", produces = "application/json")
  @ResponseBody
  List<Unit> api() {
    return units.findAll();
  }

  /** The tree in reading order: each unit followed by the units below it. */
  static List<Row> rows(List<Unit> all) {
    List<Row> out = new ArrayList<>();
    all.stream().filter(u -> u.parentId() == null).forEach(root -> walk(root, 0, null, all, out));
    return out;
  }

  private static void walk(Unit unit, int depth, String parentName, List<Unit> all, List<Row> out) {
    out.add(new Row(unit, depth, parentName));
    all.stream()
        .filter(u -> u.parentId() != null && u.parentId() == unit.id())
        .sorted(Comparator.comparing(Unit::kind).thenComparing(Unit::name))
        .forEach(child -> walk(child, depth + 1, unit.name(), all, out));
  }
}
