package org.steward.app.security;

import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * Signs in people from Microsoft Entra ID or Google: the identity provider proves who they are;
 * Steward's directory says what they may do. Someone not in the directory is turned away.
 */
class DirectoryOidcUserService implements OAuth2UserService<OidcUserRequest, OidcUser> {
  static final String NOT_REGISTERED = "steward_not_registered";

  private final OidcUserService delegate = new OidcUserService();
  private final SignInDirectory directory;

  DirectoryOidcUserService(SignInDirectory directory) {
    this.directory = directory;
  }

  @Override
  public OidcUser loadUser(OidcUserRequest request) {
    OidcUser user = delegate.loadUser(request);
    String email = user.getEmail() != null ? user.getEmail() : user.getPreferredUsername();
    var person = email == null ? null
        : directory.byEmail(email).filter(SignInDirectory.SignInRecord::enabled).orElse(null);
    if (person == null) {
      throw new OAuth2AuthenticationException(new OAuth2Error(NOT_REGISTERED,
          "Your organisation account is not registered in Steward. Ask an administrator to add you.",
          null));
    }
    return new StewardOidcUser(person.personId(), person.displayName(), person.grants(),
        user.getIdToken(), user.getUserInfo());
  }
}
