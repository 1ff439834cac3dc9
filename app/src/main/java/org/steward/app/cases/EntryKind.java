package org.steward.app.cases;

import java.util.Arrays;
import java.util.Optional;

/** One step in a case's history. Those marked {@code toReporter} are shown through the receipt. */
enum EntryKind {
  REPORTED("reported", "Reported", false),
  NOTE("note", "Note", false),
  TRIAGED("triaged", "Triaged", false),
  ASSIGNED("assigned", "Assigned", false),
  REQUEST("request", "Request for information", true),
  REPLY("reply", "Reply to the reporter", true),
  REPORTER_MESSAGE("reporter-message", "Message from the reporter", true),
  MORE_EVIDENCE("more-evidence", "More evidence", false),
  PREVENT("prevent", "Prevent referral fields updated", false),
  LINKED("linked", "Linked", false),
  ACCOUNT_SUSPENDED("account-suspended", "Account suspended", false),
  CLOSED("closed", "Closed", false),
  REOPENED("reopened", "Reopened", false);

  private final String code;
  private final String label;
  private final boolean toReporter;

  EntryKind(String code, String label, boolean toReporter) {
    this.code = code;
    this.label = label;
    this.toReporter = toReporter;
  }

  String code() {
    return code;
  }

  String label() {
    return label;
  }

  boolean toReporter() {
    return toReporter;
  }

  static Optional<EntryKind> fromCode(String code) {
    return Arrays.stream(values()).filter(k -> k.code.equals(code)).findFirst();
  }
}
