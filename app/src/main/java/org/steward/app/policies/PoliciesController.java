package org.steward.app.policies;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import java.util.List;

/** Lists the policies in force. */
@Controller
class PoliciesController {
  private final PolicyCatalogue catalogue;

  PoliciesController(PolicyCatalogue catalogue) {
    this.catalogue = catalogue;
  }

  @GetMapping("/policies")
  String list(Model model) {
    model.addAttribute("packs", catalogue.all());
    return "policies/list";
  }

  /**
   * One policy: its document facts (DOC-1…DOC-4, with an overdue review flagged), its clauses with
   * their source section, and the rules that check each clause.
   */
  @GetMapping("/policies/{packId}")
  String show(@org.springframework.web.bind.annotation.PathVariable String packId, Model model) {
    var pack = org.steward.engine.pack.PolicyPacks.byId(packId)
        .orElseThrow(() -> new org.steward.app.web.NotFound("There is no policy " + packId + "."));
    model.addAttribute("pack", pack);
    model.addAttribute("adopted", catalogue.current(packId).orElse(null));
    model.addAttribute("reviewOverdue", pack.metadata().reviewOverdue(java.time.LocalDate.now()));
    return "policies/show";
  }

  @io.swagger.v3.oas.annotations.Operation(summary = "The policy packs adopted, with the version in force of each (DOC-1, DOC-2)")
  @GetMapping(value = "/api/v1/policies", produces = "application/json")
  @ResponseBody
  List<PolicyPack> api() {
    return catalogue.all();
  }
}
