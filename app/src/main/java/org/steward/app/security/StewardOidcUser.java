package org.steward.app.security;

import java.util.List;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.steward.app.identity.RoleGrant;

/** A person signed in through OpenID Connect, matched to the directory by e-mail address. */
class StewardOidcUser extends DefaultOidcUser implements StewardPrincipal {
  private final long personId;
  private final String displayName;
  private final List<RoleGrant> grants;

  StewardOidcUser(long personId, String displayName, List<RoleGrant> grants, OidcIdToken idToken,
      OidcUserInfo userInfo) {
    super(Authorities.of(grants), idToken, userInfo, "sub");
    this.personId = personId;
    this.displayName = displayName;
    this.grants = List.copyOf(grants);
  }

  @Override
  public long personId() {
    return personId;
  }

  @Override
  public String displayName() {
    return displayName;
  }

  @Override
  public List<RoleGrant> grants() {
    return grants;
  }

  @Override
  public String getName() {
    return "person-" + personId;
  }
}
