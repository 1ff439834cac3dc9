package org.steward.engine.detect;

/** ACC-11: current learners' personal accounts followed by an official account, one signal each. */
final class AccountFollowsDetector implements Detector {
  @Override
  public String name() {
    return "account.follows";
  }

  @Override
  public void detect(Inspection text, SignalSink out) {
    if (text.account() != null) {
      for (String learner : text.account().followedLearners()) {
        out.signal("account.follows", 0, 0, 1.0, learner);
      }
    }
  }
}
