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

  @GetMapping(value = "/api/v1/policies", produces = "application/json")
  @ResponseBody
  List<PolicyPack> api() {
    return catalogue.all();
  }
}
