package org.steward.engine.detect;

/** ACC-9: a teaching group's site is private, not public. */
final class AccountVisibilityDetector implements Detector {
  @Override
  public String name() {
    return "account.visibility";
  }

  @Override
  public void detect(Inspection text, SignalSink out) {
    if (text.account() != null && text.account().teachingGroup() && text.account().publiclyVisible()) {
      out.signal("account.visibility", 0, 0, 1.0, "public teaching group");
    }
  }
}
