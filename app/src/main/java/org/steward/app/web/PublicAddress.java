package org.steward.app.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where people reach Steward from outside ({@code steward.base-url}, {@code STEWARD_BASE_URL}):
 * links in e-mails and in anything sent to people without an account start here.
 */
@ConfigurationProperties("steward")
public record PublicAddress(@DefaultValue("http://localhost:8080") String baseUrl) {
  public PublicAddress {
    baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
  }

  /** The absolute address of a path in Steward, e.g. {@code link("/accounts/4")}. */
  public String link(String path) {
    return baseUrl + (path.startsWith("/") ? path : "/" + path);
  }
}
