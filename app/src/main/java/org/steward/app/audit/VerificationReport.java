package org.steward.app.audit;

/**
 * The outcome of checking the whole chain. When broken, {@code firstBrokenSeq} is the first
 * entry that fails (null when only the head is wrong and no entry is to blame) and
 * {@code problem} says what was found. {@code headHash} is the hash of the last entry: writing
 * it down somewhere else lets a later check prove that the trail was not cut short.
 */
public record VerificationReport(boolean ok, long entriesChecked, Long firstBrokenSeq,
    String problem, String headHash) {

  static VerificationReport intact(long entriesChecked, String headHash) {
    return new VerificationReport(true, entriesChecked, null, null, headHash);
  }

  static VerificationReport broken(long entriesChecked, Long firstBrokenSeq, String problem) {
    return new VerificationReport(false, entriesChecked, firstBrokenSeq, problem, null);
  }

  /** One sentence for people: the command line and the admin page. */
  public String summary() {
    if (ok) {
      return entriesChecked == 1 ? "The audit trail is intact: 1 entry checked."
          : "The audit trail is intact: " + entriesChecked + " entries checked.";
    }
    return "The audit trail is broken. " + problem;
  }
}
