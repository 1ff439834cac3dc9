package org.steward.app.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** OpenID Connect providers, configured by environment variables (see README). */
@ConfigurationProperties("steward.oidc")
record OidcProperties(Provider entra, Provider google) {
  record Provider(String clientId, String clientSecret, String tenantId, String issuerUri) {
    boolean configured() {
      return clientId != null && !clientId.isBlank();
    }
  }
}
