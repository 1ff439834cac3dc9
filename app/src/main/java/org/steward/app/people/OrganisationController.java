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

  /** A unit with its children, for rendering the tree. */
  record Node(Unit unit, List<Node> children) {}

  @GetMapping("/organisation")
  String tree(Model model) {
    model.addAttribute("roots", tree(units.findAll()));
    return "people/organisation";
  }

  @GetMapping(value = "/api/v1/units", produces = "application/json")
  @ResponseBody
  List<Unit> api() {
    return units.findAll();
  }

  static List<Node> tree(List<Unit> all) {
    List<Node> roots = new ArrayList<>();
    for (Unit u : all) {
      if (u.parentId() == null) {
        roots.add(node(u, all));
      }
    }
    return roots;
  }

  private static Node node(Unit unit, List<Unit> all) {
    List<Node> children = all.stream()
        .filter(u -> u.parentId() != null && u.parentId() == unit.id())
        .sorted(Comparator.comparing(Unit::kind).thenComparing(Unit::name))
        .map(u -> node(u, all)).toList();
    return new Node(unit, children);
  }
}
