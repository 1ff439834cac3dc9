package org.steward.app.security;

import java.util.ArrayList;
import java.util.List;
import org.springframework.security.config.oauth2.client.CommonOAuth2Provider;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.stereotype.Component;

/**
 * The OpenID Connect providers that are switched on. Endpoints of Entra ID and Google are known,
 * so nothing is fetched at start-up unless an issuer URI overrides them (as tests do).
 */
@Component
class OidcRegistrations {
  private final List<ClientRegistration> registrations;

  OidcRegistrations(OidcProperties props) {
    List<ClientRegistration> list = new ArrayList<>();
    if (props.entra() != null && props.entra().configured()) {
      list.add(entra(props.entra()));
    }
    if (props.google() != null && props.google().configured()) {
      list.add(google(props.google()));
    }
    this.registrations = List.copyOf(list);
  }

  List<ClientRegistration> all() {
    return registrations;
  }

  private static ClientRegistration entra(OidcProperties.Provider p) {
    if (p.issuerUri() != null && !p.issuerUri().isBlank()) {
      return fromIssuer("entra", "Microsoft", p);
    }
    String base = "https://login.microsoftonline.com/" + p.tenantId();
    return ClientRegistration.withRegistrationId("entra")
        .clientName("Microsoft")
        .clientId(p.clientId()).clientSecret(p.clientSecret())
        .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
        .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
        .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
        .scope("openid", "profile", "email")
        .authorizationUri(base + "/oauth2/v2.0/authorize")
        .tokenUri(base + "/oauth2/v2.0/token")
        .jwkSetUri(base + "/discovery/v2.0/keys")
        .issuerUri(base + "/v2.0")
        .userNameAttributeName("sub")
        .build();
  }

  private static ClientRegistration google(OidcProperties.Provider p) {
    if (p.issuerUri() != null && !p.issuerUri().isBlank()
        && !p.issuerUri().equals("https://accounts.google.com")) {
      return fromIssuer("google", "Google", p);
    }
    return CommonOAuth2Provider.GOOGLE.getBuilder("google")
        .clientId(p.clientId()).clientSecret(p.clientSecret()).build();
  }

  private static ClientRegistration fromIssuer(String id, String name, OidcProperties.Provider p) {
    return ClientRegistrations.fromIssuerLocation(p.issuerUri())
        .registrationId(id).clientName(name)
        .clientId(p.clientId()).clientSecret(p.clientSecret())
        .scope("openid", "profile", "email")
        .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
        .build();
  }
}
