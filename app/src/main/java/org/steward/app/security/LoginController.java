package org.steward.app.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.List;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.WebAttributes;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.steward.app.demo.DemoUsers;
import org.steward.app.web.FieldProblem;

/** The sign-in page: local password, and any OpenID Connect providers switched on. */
@Controller
class LoginController {
  private final OidcRegistrations oidc;
  private final DemoUsers demoUsers;
  LoginController(OidcRegistrations oidc, DemoUsers demoUsers) {
    this.oidc = oidc;
    this.demoUsers = demoUsers;
  }

  record Provider(String id, String name) {}

  @GetMapping("/login")
  String login(HttpServletRequest request, Model model) {
    HttpSession session = request.getSession(false);
    Object last = session == null ? null : session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
    if (request.getParameter("error") != null) {
      String error = explain(last);
      model.addAttribute("error", error);
      model.addAttribute("problems", List.of(new FieldProblem("username", error)));
      if (session != null) {
        session.removeAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
      }
    }
    model.addAttribute("signedOut", request.getParameter("signed-out") != null);
    model.addAttribute("providers",
        oidc.all().stream().map(r -> new Provider(r.getRegistrationId(), r.getClientName())).toList());
    if (demoUsers.enabled()) {
      model.addAttribute("demoUsers", demoUsers.list());
      model.addAttribute("demoPassword", demoUsers.password());
    }
    return "login";
  }

  /**
   * The same sentences whether or not the account exists: a wrong password and an unknown name
   * read alike, and both are throttled alike.
   */
  private static String explain(Object e) {
    if (e instanceof SignInThrottled t) {
      long seconds = Math.max(1, t.waitFor().toSeconds());
      return "Too many wrong passwords were tried. Wait " + seconds
          + (seconds == 1 ? " second" : " seconds") + " and try again.";
    }
    if (e instanceof OAuth2AuthenticationException o) {
      return o.getError().getDescription() != null ? o.getError().getDescription()
          : "Sign-in with your organisation account did not work. Try again or use your Steward password.";
    }
    return "Enter a correct username and password. Both are case-sensitive.";
  }
}
