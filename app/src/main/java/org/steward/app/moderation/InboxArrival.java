package org.steward.app.moderation;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.steward.app.accounts.AccountPosting.PostingAccount;
import org.steward.app.audit.AuditTrail;
import org.steward.app.checks.CheckRequest;
import org.steward.app.cases.Concerns;
import org.steward.app.cases.Evidence;
import org.steward.app.checks.CheckService;
import org.steward.app.connectors.RemotePost;
import org.steward.app.identity.Actor;
import org.steward.app.notifications.Notifications;
import org.steward.engine.Finding;
import org.steward.engine.Result;

/**
 * An item arrives: checked by the engine, triaged, kept once (a reply seen twice is one item),
 * its target set in working time (the pack for the account's unit), and a safeguarding signal
 * opened at once as a case for the designated safeguarding lead through {@code cases.Concerns}. Abuse and others' personal data tell the account's managers; hiding them on the
 * platform is {@link InboxModeration#hideOnArrival}'s, outside this transaction.
 */
@Service
class InboxArrival {
  static final int MAX_BODY = 10_000;

  private final InboxItems items;
  private final CheckService checks;
  private final Concerns concerns;
  private final Notifications notifications;
  private final AuditTrail audit;
  private final InboxPolicy policy;
  private final Clock clock;

  InboxArrival(InboxItems items, CheckService checks, Concerns concerns, Notifications notifications,
      AuditTrail audit, InboxPolicy policy, Clock clock) {
    this.items = items;
    this.checks = checks;
    this.concerns = concerns;
    this.notifications = notifications;
    this.audit = audit;
    this.policy = policy;
    this.clock = clock;
  }

  /** What arrived: the new item, or empty when it was already in the inbox. */
  @Transactional
  public Optional<InboxItem> arrive(PostingAccount account, RemotePost post) {
    if (items.seen(account.id(), post.platformId())) {
      return Optional.empty();
    }
    String text = post.text().length() > MAX_BODY ? post.text().substring(0, MAX_BODY) : post.text();
    Result result = text.isBlank() ? Result.pass()
        // Against the policy in force for the account's unit (the account's registry id decides it).
        : checks.check(Actor.SYSTEM, new CheckRequest(text, "reply", null,
            new CheckRequest.Account("official", "staff", List.of(), account.id()), account.platform()))
            .result();
    Triage triage = Triage.of(result.findings());
    Instant now = clock.instant();
    Instant arrived = post.createdAt() != null && post.createdAt().isBefore(now) ? post.createdAt() : now;
    InboxPolicy.Targets targets = policy.targets(account.unitId());
    Instant due = targets.hours().plus(arrived, targets.firstResponse());
    Optional<Long> id = items.insertIfNew(new InboxItems.NewItem(account.id(), post.platform(), post.platformId(),
        post.url() == null ? null : post.url().toString(), cut(post.authorHandle(), 300), text,
        post.replyTo(), post.createdAt() == null ? now : post.createdAt(), arrived, triage,
        result.verdict().id(), summary(result.findings()), due));
    if (id.isEmpty()) {
      return Optional.empty();
    }
    long itemId = id.get();
    items.history(itemId, Actor.SYSTEM, "arrived", triage.label() + " (checked: " + result.verdict().id() + ")", now);
    audit.record(Actor.SYSTEM, "moderation.item-arrived", "inbox-item", Long.toString(itemId), triage.code());
    if (triage == Triage.SAFEGUARDING) {
      boolean extremism = result.findings().stream().anyMatch(f -> f.category().startsWith("extremism."));
      // SAF-4: a case for the designated safeguarding lead, through the cases feature, at once.
      Concerns.Raised raised = concerns.inboxSignal(Evidence.capture(text, "inbox item " + itemId,
          post.url() == null ? null : post.url().toString(), result.findings(), now), post.authorHandle(),
          account.name(), account.id(), extremism);
      items.escalated(itemId, now);
      items.history(itemId, Actor.SYSTEM, "escalated", (extremism ? "Radicalisation" : "Safeguarding")
          + " concern " + raised.reference() + " opened for " + raised.routedTo(), now);
      audit.record(Actor.SYSTEM, "moderation.item-escalated", "inbox-item", Long.toString(itemId), "safeguarding");
    } else if (triage == Triage.ABUSE || triage == Triage.PERSONAL_DATA) {
      notifications.notify(account.managers(), (triage == Triage.ABUSE ? "An abusive reply" : "Someone's personal data")
          + " arrived in the inbox of " + account.name(), "/moderation/items/" + itemId);
    }
    return items.find(itemId);
  }

  private static String summary(List<Finding> findings) {
    return cut(findings.stream().map(f -> f.clause() + " " + f.category() + ": " + f.message())
        .distinct().collect(Collectors.joining("\n")), 4000);
  }

  static String cut(String s, int max) {
    return s == null ? "" : s.length() <= max ? s : s.substring(0, max);
  }
}
