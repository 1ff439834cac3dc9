package org.steward.app.support;

import java.util.List;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.steward.app.identity.RoleGrant;
import org.steward.app.security.StewardPrincipal;

/** Signed-in people for MockMvc tests, without going through the sign-in form. */
public final class TestUsers {
  private TestUsers() {}

  /** A principal as the app sees one after sign-in. */
  public record TestPrincipal(long personId, String displayName, List<RoleGrant> grants)
      implements StewardPrincipal {}

  /** An authentication for person {@code personId} holding exactly these grants. */
  public static Authentication as(long personId, RoleGrant... grants) {
    var principal = new TestPrincipal(personId, "Test person " + personId, List.of(grants));
    var authorities = principal.grants().stream()
        .map(g -> new SimpleGrantedAuthority(g.role().authority())).distinct().toList();
    return UsernamePasswordAuthenticationToken.authenticated(principal, null, authorities);
  }
}
