package org.steward.app.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.List;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.WebAttributes;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.steward.app.people.DemoUsers;

/** The sign-in page: local password, and any OpenID Connect providers switched on. */
@Controller
class LoginController {
  private final OidcRegistrations oidc;
  private final DemoUsers demoUsers;
  private final java.time.Duration lockout;

  LoginController(OidcRegistrations oidc, DemoUsers demoUsers,
      @org.springframework.beans.factory.annotation.Value("${steward.sign-in.lockout:PT15M}") java.time.Duration lockout) {
    this.oidc = oidc;
    this.demoUsers = demoUsers;
    this.lockout = lockout;
  }

  record Provider(String id, String name) {}

  @GetMapping("/login")
  String login(HttpServletRequest request, Model model) {
    HttpSession session = request.getSession(false);
    Object last = session == null ? null : session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
    if (request.getParameter("error") != null) {
      model.addAttribute("error", explain(last, lockout));
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

  private static String explain(Object e, java.time.Duration lockout) {
    if (e instanceof LockedException) {
      long minutes = Math.max(1, lockout.toMinutes());
      return "This account is locked after too many wrong passwords. Try again in " + minutes
          + (minutes == 1 ? " minute" : " minutes") + " or ask an administrator.";
    }
    if (e instanceof OAuth2AuthenticationException o) {
      return o.getError().getDescription() != null ? o.getError().getDescription()
          : "Sign-in with your organisation account did not work. Try again or use your Steward password.";
    }
    return "Enter a correct username and password. Both are case-sensitive.";
  }
}
