package org.steward.app.home;

import java.util.ArrayList;
import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.steward.app.accounts.AccountsNeeds;
import org.steward.app.people.PeopleService;
import org.steward.app.people.PersonKind;
import org.steward.app.people.Role;
import org.steward.app.people.OrganisationService;
import org.steward.app.policies.PolicyCatalogue;
import org.steward.app.security.Actor;
import org.steward.app.security.CurrentActor;

/** The home page: what needs this person now, then real counts of what Steward holds. */
@Controller
class HomeController {
  private final PeopleService people;
  private final OrganisationService organisation;
  private final PolicyCatalogue policies;
  private final AccountsNeeds accountsNeeds;

  HomeController(PeopleService people, OrganisationService organisation, PolicyCatalogue policies,
      AccountsNeeds accountsNeeds) {
    this.people = people;
    this.organisation = organisation;
    this.policies = policies;
    this.accountsNeeds = accountsNeeds;
  }

  record Count(String label, long number) {}

  @GetMapping("/")
  String home(Authentication auth, Model model) {
    Actor actor = CurrentActor.of(auth);
    List<Count> counts = new ArrayList<>();
    counts.add(new Count("Policies in force", policies.count()));
    counts.add(new Count("Units in the organisation", organisation.count()));
    if (actor.holdsAny(Role.ADMINISTRATOR, Role.HR, Role.SAFEGUARDING_LEAD,
        Role.DATA_PROTECTION_OFFICER, Role.HEAD_OF_DIGITAL_MARKETING, Role.MARKETING)) {
      counts.add(new Count("Staff", people.countByKind(PersonKind.STAFF)));
      counts.add(new Count("Learners", people.countByKind(PersonKind.LEARNER)));
    }
    model.addAttribute("counts", counts);
    model.addAttribute("accountNeeds", accountsNeeds.forActor(actor));
    model.addAttribute("firstName", actor.name().split(" ")[0]);
    return "home";
  }

  /** Who am I, for API clients. */
  record Me(Long personId, String name, List<String> roles) {}

  @GetMapping(value = "/api/v1/me", produces = "application/json")
  @ResponseBody
  Me me(Authentication auth) {
    Actor a = CurrentActor.of(auth);
    return new Me(a.personId(), a.name(), a.grants().stream().map(g -> g.role().code()).toList());
  }
}
