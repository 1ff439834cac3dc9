package org.steward.app.accounts;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.steward.app.identity.Actor;
import org.steward.app.identity.Role;
import org.steward.app.people.Person;
import org.steward.app.web.FieldProblem;
import org.steward.app.web.InvalidInput;

/** "Ask for an account" (ACC-2, ACC-4, ACC-9, ACC-15, PER-8): the form and what it sends. */
@Controller
class RequestPages {
  private final AccountRequests requests;
  private final AccountDirectory directory;
  private final AccountPolicy policy;
  private final org.steward.app.policies.PoliciesInForce policies;

  RequestPages(AccountRequests requests, AccountDirectory directory, AccountPolicy policy,
      org.steward.app.policies.PoliciesInForce policies) {
    this.requests = requests;
    this.directory = directory;
    this.policy = policy;
    this.policies = policies;
  }

  /** What the form sends; lengths are checked at the boundary, the rest by the service. */
  record RequestForm(
      @Size(max = AccountLimits.CODE, message = "Choose one of the platforms.") String platform,
      @Size(max = AccountLimits.HANDLE, message = "The handle must be 200 characters or fewer.") String handle,
      @Size(max = AccountLimits.URL, message = "The web address must be 500 characters or fewer.") String url,
      @Size(max = AccountLimits.NAME, message = "The name must be 200 characters or fewer.") String name,
      @Size(max = AccountLimits.CODE, message = "Choose the school, department or service.") String unit,
      @Size(max = AccountLimits.PURPOSE, message = "The purpose must be 2,000 characters or fewer.") String purpose,
      @Size(max = AccountLimits.AUDIENCE, message = "The audience must be 500 characters or fewer.") String audience,
      @Size(max = AccountLimits.CODE, message = "Choose who can see the account.") String visibility,
      String teachingGroup,
      @Size(max = AccountLimits.PLAN, message = AccountLimits.TEXT_MESSAGE) String postingPlan,
      @Size(max = AccountLimits.PLAN, message = AccountLimits.TEXT_MESSAGE) String moderationPlan,
      @Size(max = AccountLimits.PERSON, message = "Give a username or e-mail address.") String coManager,
      @Size(max = AccountLimits.PERSON, message = "Give a username or e-mail address.") String learner,
      String platformAdmin) {

    static RequestForm empty() {
      return new RequestForm(null, null, null, null, null, null, null, null, null, null, null,
          null, null, null);
    }

    /** The values as the form shows them again (null as empty). */
    Map<String, String> asMap() {
      Map<String, String> m = new LinkedHashMap<>();
      for (var c : RequestForm.class.getRecordComponents()) {
        try {
          Object v = c.getAccessor().invoke(this);
          m.put(c.getName(), v == null ? "" : v.toString());
        } catch (ReflectiveOperationException e) {
          throw new IllegalStateException("a record accessor is public", e);
        }
      }
      return m;
    }

    NewAccount account(Long learnerId, List<Platform> catalogue) {
      Long unitId = parseLong(unit);
      return new NewAccount(Platform.in(catalogue, platform).orElse(null), handle, emptyToNull(url),
          name, unitId == null ? 0 : unitId, purpose, audience,
          Visibility.fromCode(visibility).orElse(null), "yes".equals(teachingGroup), postingPlan,
          moderationPlan, learnerId, AccountStatus.REQUESTED);
    }
  }

  @GetMapping("/accounts/new")
  String requestForm(Actor actor, Model model) {
    requestModel(model, actor, RequestForm.empty(), List.of());
    return "accounts/new";
  }

  @PostMapping("/accounts")
  String request(@Valid @ModelAttribute("request") RequestForm form, BindingResult binding,
      Actor actor, Model model, HttpServletResponse response) {
    List<FieldProblem> problems = new ArrayList<>();
    binding.getFieldErrors().forEach(f -> problems.add(new FieldProblem(f.getField(),
        f.getDefaultMessage())));
    Long learnerId = null;
    String learner = form.learner() == null ? "" : form.learner().trim();
    if (!learner.isEmpty()) {
      Person p = directory.find(learner).orElse(null);
      if (p == null) {
        problems.add(new FieldProblem("learner", "There is no learner with that username or e-mail."));
      } else {
        learnerId = p.id();
      }
    }
    NewAccount n = form.account(learnerId, policy.platformsAnywhere());
    try {
      if (!problems.isEmpty()) {
        List<FieldProblem> all = new ArrayList<>(requests.validate(n, true));
        all.addAll(problems);
        throw new InvalidInput(all);
      }
      long id = requests.request(actor, new AccountRequests.RequestDetails(n, form.coManager(),
          "yes".equals(form.platformAdmin())));
      return "redirect:/accounts/" + id + "?requested";
    } catch (InvalidInput e) {
      return again(model, actor, form, e.problems(), response);
    } catch (DuplicateKeyException e) {
      // Someone registered the same handle a moment earlier: the unique key refused ours.
      return again(model, actor, form, List.of(new FieldProblem("handle", "An account with this"
          + " handle was registered a moment ago. Look it up in the registry.")), response);
    }
  }

  private String again(Model model, Actor actor, RequestForm form, List<FieldProblem> problems,
      HttpServletResponse response) {
    requestModel(model, actor, form, problems);
    response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
    return "accounts/new";
  }

  private void requestModel(Model model, Actor actor, RequestForm form,
      List<FieldProblem> problems) {
    model.addAttribute("form", form.asMap());
    model.addAttribute("problems", problems);
    model.addAttribute("errors", RegistryPages.byField(problems));
    model.addAttribute("units", directory.allUnits());
    // The catalogue of the pack in force for the person asking (DOC-6); the unit they choose decides.
    model.addAttribute("platforms", policy.platformsFor(directory.person(actor.personId() == null ? 0 : actor.personId())
        .map(org.steward.app.people.Person::unitId).orElse(null)));
    model.addAttribute("visibilities", Visibility.values());
    model.addAttribute("tutor", actor.holds(Role.TUTOR));
    model.addAttribute("guidance", guidance(policies));
  }

  /** ACC-15: the support the policy promises, in its own words, shown where people ask. */
  static List<String> guidance(org.steward.app.policies.PoliciesInForce policies) {
    List<String> out = new ArrayList<>();
    for (String clause : List.of("ACC-15", "ACC-4")) {
      policies.all().forEach(p -> p.pack().clause(clause).ifPresent(c -> out.add(c.text())));
    }
    if (out.isEmpty()) {
      out.add("The college will share good practice and provide support, through the learning"
          + " resources and marketing teams, for staff wishing to establish an online presence.");
    }
    return out;
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
