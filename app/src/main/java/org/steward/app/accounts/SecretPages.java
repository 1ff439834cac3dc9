package org.steward.app.accounts;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.steward.app.crypto.TamperedSecretException;
import org.steward.app.identity.Actor;
import org.steward.app.security.PasswordConfirmation;
import org.steward.app.security.RecentSignIn;
import org.steward.app.web.FieldProblem;
import org.steward.app.web.IllegalTransition;
import org.steward.app.web.InvalidInput;
import org.steward.app.web.NotFound;
import org.steward.app.web.RecentSignInRequired;

/**
 * Setting an account up (ACC-5) and revealing its sign-in details (ACC-6). The password typed
 * again to confirm who is revealing is checked by security's {@link PasswordConfirmation}.
 */
@Controller
class SecretPages {
  private final AccountRegistry registry;
  private final AccountSecrets secrets;
  private final RecentSignIn recentSignIn;
  private final PasswordConfirmation confirmation;

  SecretPages(AccountRegistry registry, AccountSecrets secrets, RecentSignIn recentSignIn,
      PasswordConfirmation confirmation) {
    this.registry = registry;
    this.secrets = secrets;
    this.recentSignIn = recentSignIn;
    this.confirmation = confirmation;
  }

  /** What marketing types when setting an account up; the secrets never go back to the browser. */
  record SetUpForm(
      @Size(max = AccountLimits.EMAIL, message = "Use 254 characters or fewer.") String loginEmail,
      @Size(max = AccountLimits.PASSWORD, message = "Use 1,000 characters or fewer.") String password,
      @Size(max = AccountLimits.SECRET, message = "Use 4,000 characters or fewer.") String recoveryCodes,
      @Size(max = AccountLimits.SECRET, message = "Use 4,000 characters or fewer.") String token,
      @Size(max = AccountLimits.URL, message = "Use 500 characters or fewer.") String url,
      String addMeAsManager) {}

  @GetMapping("/accounts/{id}/set-up")
  String setUpForm(@PathVariable long id, Model model) {
    Account a = exists(id);
    model.addAttribute("a", a);
    model.addAttribute("form", Map.of("url", a.url() == null ? "" : a.url(), "addMeAsManager", "yes"));
    model.addAttribute("requiredRole", secrets.requiredManagerRole(id).orElse(null));
    model.addAttribute("problems", List.of());
    model.addAttribute("errors", Map.of());
    return "accounts/set-up";
  }

  @PostMapping("/accounts/{id}/set-up")
  String setUp(@PathVariable long id, @Valid @ModelAttribute("setUp") SetUpForm form,
      BindingResult binding, Actor actor, Model model, RedirectAttributes ra,
      HttpServletResponse response) {
    Account a = exists(id);
    try {
      if (binding.hasFieldErrors()) {
        throw new InvalidInput(binding.getFieldErrors().stream()
            .map(f -> new FieldProblem(f.getField(), f.getDefaultMessage())).toList());
      }
      secrets.setUp(actor, id, new AccountSecrets.SetUp(form.loginEmail(), form.password(),
          form.recoveryCodes(), form.token(), form.url(), "yes".equals(form.addMeAsManager())));
      ra.addFlashAttribute("done", "The account is set up and its sign-in details are in the vault.");
      return "redirect:/accounts/" + id;
    } catch (InvalidInput e) {
      Map<String, String> typed = new LinkedHashMap<>();
      // Keep what was typed, except secrets: they are never sent back to the browser.
      typed.put("loginEmail", form.loginEmail() == null ? "" : form.loginEmail());
      typed.put("url", form.url() == null ? "" : form.url());
      typed.put("addMeAsManager", "yes".equals(form.addMeAsManager()) ? "yes" : "");
      model.addAttribute("a", a);
      model.addAttribute("requiredRole", secrets.requiredManagerRole(id).orElse(null));
      model.addAttribute("form", typed);
      model.addAttribute("problems", e.problems());
      model.addAttribute("errors", RegistryPages.byField(e.problems()));
      response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
      return "accounts/set-up";
    } catch (IllegalTransition e) {
      ra.addFlashAttribute("problems", List.of(new FieldProblem(null, e.getMessage())));
      return "redirect:/accounts/" + id;
    }
  }

  @GetMapping("/accounts/{id}/reveal")
  String revealForm(@PathVariable long id, @RequestParam(required = false) Long secret,
      Actor actor, HttpServletRequest request, Model model) {
    var view = registry.view(actor, id);
    SecretInfo s = secret(view, secret);
    if (!secrets.mayReveal(actor, id)) {
      // Audited refusal (403), the same as trying to reveal.
      secrets.reveal(actor, id, s.id(), "(opened the reveal page)", null);
    }
    revealModel(model, actor, view.account(), s, askPassword(request, actor), "", List.of());
    return "accounts/reveal";
  }

  @PostMapping("/accounts/{id}/reveal")
  String reveal(@PathVariable long id, @RequestParam(required = false) Long secret,
      @RequestParam(required = false) String reason,
      @RequestParam(required = false) String password, Actor actor,
      HttpServletRequest request, HttpServletResponse response, Model model) {
    var view = registry.view(actor, id);
    SecretInfo s = secret(view, secret);
    List<FieldProblem> problems = new ArrayList<>();
    if (password != null && !password.isEmpty()) {
      switch (confirmation.confirm(request, actor, password)) {
        case CONFIRMED -> { }
        case TOO_MANY -> {
          secrets.refusedReveal(actor, id, s.id(), "too many wrong confirmation passwords");
          problems.add(new FieldProblem("password", "Too many wrong passwords. Sign out and sign"
              + " in again to reveal a secret."));
        }
        case WRONG -> {
          secrets.refusedReveal(actor, id, s.id(), "wrong confirmation password");
          problems.add(new FieldProblem("password", "The password is not right. Enter the"
              + " password you sign in to Steward with."));
        }
      }
    }
    try {
      if (problems.isEmpty()) {
        String plain = secrets.reveal(actor, id, s.id(), reason,
            recentSignIn.signedInAt(request, actor));
        response.setHeader("Cache-Control", "no-store");
        model.addAttribute("a", view.account());
        model.addAttribute("secret", s);
        model.addAttribute("value", plain);
        return "accounts/revealed";
      }
    } catch (RecentSignInRequired e) {
      problems.add(new FieldProblem("password", "Enter your Steward password to confirm it is"
          + " you. You need to do this when you have not signed in for a while."));
    } catch (InvalidInput e) {
      problems.addAll(e.problems());
    } catch (TamperedSecretException e) {
      problems.add(new FieldProblem(null, TamperedSecretException.FOR_PEOPLE));
    } catch (IllegalTransition e) {
      problems.add(new FieldProblem(null, e.getMessage()));
    }
    revealModel(model, actor, view.account(), s, askPassword(request, actor),
        reason == null ? "" : reason, problems);
    response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
    return "accounts/reveal";
  }

  private boolean askPassword(HttpServletRequest request, Actor actor) {
    return confirmation.needed(request, actor, registry.settingsRevealWithin());
  }

  private void revealModel(Model model, Actor actor, Account a, SecretInfo s, boolean askPassword,
      String reason, List<FieldProblem> problems) {
    model.addAttribute("hasLocalPassword", confirmation.hasLocalPassword(actor));
    model.addAttribute("a", a);
    model.addAttribute("secret", s);
    model.addAttribute("askPassword", askPassword);
    model.addAttribute("reason", reason);
    model.addAttribute("problems", problems);
    model.addAttribute("errors", RegistryPages.byField(problems));
  }

  private static SecretInfo secret(AccountRegistry.AccountView view, Long secret) {
    return view.secrets().stream().filter(x -> secret != null && x.id() == secret).findFirst()
        .orElseThrow(() -> new NotFound("This account has no such secret."));
  }

  private Account exists(long id) {
    return registry.find(id).orElseThrow(() -> new NotFound("There is no account " + id + "."));
  }
}
