package org.steward.engine.detect;

/** ACC-10: members or friends who are not genuine learners or staff, one signal each. */
final class AccountMembersDetector implements Detector {
  @Override
  public String name() {
    return "account.members";
  }

  @Override
  public void detect(Inspection text, SignalSink out) {
    if (text.account() != null) {
      for (String member : text.account().unknownMembers()) {
        out.signal("account.members", 0, 0, 1.0, member);
      }
    }
  }
}
