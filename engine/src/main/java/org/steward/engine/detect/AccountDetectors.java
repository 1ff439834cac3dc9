package org.steward.engine.detect;

import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;
import org.steward.engine.AccountFacts;

/** The checks on account records (ACC-7, ACC-9, ACC-10, ACC-11, PER-5); each is a small detector of its own. */
final class AccountDetectors {
  private AccountDetectors() {}

  static List<Detector> create(int minManagers, List<String> institutionDomains) {
    return List.of(
        of("account.managers", (a, out) -> {
          if (a.staffManagers() < minManagers) {
            out.signal("account.managers", 0, 0, 1.0, a.staffManagers() + " of " + minManagers + " staff managers");
          }
        }),
        of("account.visibility", (a, out) -> {
          if (a.teachingGroup() && a.publiclyVisible()) {
            out.signal("account.visibility", 0, 0, 1.0, "public teaching group");
          }
        }),
        of("account.members", (a, out) -> {
          for (String m : a.unknownMembers()) {
            out.signal("account.members", 0, 0, 1.0, m);
          }
        }),
        of("account.follows", (a, out) -> {
          for (String m : a.followedLearners()) {
            out.signal("account.follows", 0, 0, 1.0, m);
          }
        }),
        of("account.email", (a, out) -> {
          String email = a.registrationEmail().toLowerCase(Locale.ROOT);
          // Without configured domains, any UK academic address (.ac.uk) is an institution address.
          for (String d : institutionDomains.isEmpty() ? List.of("ac.uk") : institutionDomains) {
            String domain = d.toLowerCase(Locale.ROOT);
            if (email.endsWith("@" + domain) || email.endsWith("." + domain)) {
              out.signal("account.email", 0, 0, 1.0, "institution e-mail address");
            }
          }
        }));
  }

  private static Detector of(String name, BiConsumer<AccountFacts, SignalSink> check) {
    return new Detector() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public void detect(Inspection text, SignalSink out) {
        if (text.account() != null) {
          check.accept(text.account(), out);
        }
      }
    };
  }
}
