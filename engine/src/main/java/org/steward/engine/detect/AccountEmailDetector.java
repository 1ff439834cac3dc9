package org.steward.engine.detect;

import java.util.List;
import java.util.Locale;

/**
 * PER-5: a personal account registered with the institution's e-mail address. Without configured
 * {@code institution.email-domains}, any UK academic address ({@code .ac.uk}) counts.
 */
final class AccountEmailDetector implements Detector {
  private final List<String> domains;

  AccountEmailDetector(List<String> institutionDomains) {
    this.domains = (institutionDomains.isEmpty() ? List.of("ac.uk") : institutionDomains).stream()
        .map(d -> d.toLowerCase(Locale.ROOT)).toList();
  }

  @Override
  public String name() {
    return "account.email";
  }

  @Override
  public void detect(Inspection text, SignalSink out) {
    if (text.account() == null) {
      return;
    }
    String email = text.account().registrationEmail().toLowerCase(Locale.ROOT);
    for (String domain : domains) {
      if (email.endsWith("@" + domain) || email.endsWith("." + domain)) {
        out.signal("account.email", 0, 0, 1.0, "institution e-mail address");
        return;
      }
    }
  }
}
