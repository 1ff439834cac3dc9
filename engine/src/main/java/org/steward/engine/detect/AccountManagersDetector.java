package org.steward.engine.detect;

/** ACC-7: an account needs at least {@code accounts.min-managers} staff sharing its day-to-day running. */
final class AccountManagersDetector implements Detector {
  private final int minManagers;

  AccountManagersDetector(int minManagers) {
    this.minManagers = minManagers;
  }

  @Override
  public String name() {
    return "account.managers";
  }

  @Override
  public void detect(Inspection text, SignalSink out) {
    if (text.account() != null && text.account().staffManagers() < minManagers) {
      out.signal("account.managers", 0, 0, 1.0, text.account().staffManagers() + " of " + minManagers + " staff managers");
    }
  }
}
