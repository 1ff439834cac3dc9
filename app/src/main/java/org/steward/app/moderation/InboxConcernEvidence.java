package org.steward.app.moderation;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import org.steward.app.cases.ConcernEvidence;
import org.steward.app.cases.Evidence;
import org.steward.app.cases.Subject;
import org.steward.app.identity.Actor;

/**
 * An inbox item's evidence for a concern (issue #13): whoever may see the item (the account's
 * managers, marketing, an approver of a waiting reply, the safeguarding lead once escalated)
 * captures, at that moment, the words as they arrived, their address on the platform and the
 * findings stored on arrival; {@code cases} hashes the snapshot.
 */
@Component
class InboxConcernEvidence implements ConcernEvidence {
  private final InboxAccess access;
  private final Clock clock;

  InboxConcernEvidence(InboxAccess access, Clock clock) {
    this.access = access;
    this.clock = clock;
  }

  @Override
  public Subject subject() {
    return Subject.INBOX;
  }

  @Override
  public Captured capture(Actor actor, long itemId) {
    InboxItem item = access.item(actor, itemId, "report a concern");
    String who = item.author() == null || item.author().isBlank() ? "" : " from " + item.author();
    return new Captured(Evidence.of(item.body(), "inbox item " + item.id() + who, item.url(), findings(item.findings()),
        clock.instant()), item.accountId());
  }

  /** The findings stored on arrival, one a line as "CLAUSE category: message" ({@code InboxArrival}). */
  static List<Evidence.EvidenceFinding> findings(String stored) {
    List<Evidence.EvidenceFinding> out = new ArrayList<>();
    if (stored == null) {
      return out;
    }
    for (String line : stored.split("\n")) {
      if (line.isBlank()) {
        continue;
      }
      int colon = line.indexOf(": ");
      String head = colon < 0 ? line : line.substring(0, colon);
      String message = colon < 0 ? "" : line.substring(colon + 2);
      int space = head.indexOf(' ');
      String clause = space < 0 ? head : head.substring(0, space);
      String category = space < 0 ? "" : head.substring(space + 1);
      out.add(new Evidence.EvidenceFinding("", clause, category, "", 0, 0, "", message, 0));
    }
    return out;
  }
}
