package org.steward.engine.detect;

import java.util.List;

/** The checks on account records (ACC-7, ACC-9, ACC-10, ACC-11, PER-5), configured from the pack. */
final class AccountDetectors {
  private AccountDetectors() {}

  static List<Detector> create(int minManagers, List<String> institutionDomains) {
    return List.of(new AccountManagersDetector(minManagers), new AccountVisibilityDetector(), new AccountMembersDetector(),
        new AccountFollowsDetector(), new AccountEmailDetector(institutionDomains));
  }
}
