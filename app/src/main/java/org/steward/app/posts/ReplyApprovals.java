package org.steward.app.posts;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.steward.app.accounts.AccountPosting.PostingAccount;
import org.steward.app.identity.Actor;

/**
 * The posts rules for a reply an official account sends from the moderation inbox: the same check
 * as a post of that account (the pack in force for its unit), the same reasons for an approval
 * ({@code posts.approval.when}: the check asks for a review, the author is a learner, every post is
 * approved) and the same approvers ({@code posts.approvers}), never the reply's author. The inbox
 * keeps the reply and its approval; this only judges.
 */
@Service
public class ReplyApprovals {
  private final PostCheck check;
  private final PostGuards guards;

  ReplyApprovals(PostCheck check, PostGuards guards) {
    this.check = check;
    this.guards = guards;
  }

  /** One finding as the person replying sees it. */
  public record Note(String clause, String severity, String message) {}

  /**
   * What the check says of a reply.
   *
   * @param blocks findings the policy does not allow (the reply cannot go out as written)
   * @param approvalReasons why it waits for an approval (empty: it may go out now)
   * @param warnings findings to consider, which stop nothing
   */
  public record Verdict(String verdict, String packId, List<Note> blocks, List<String> approvalReasons,
      List<Note> warnings) {
    public boolean blocked() {
      return !blocks.isEmpty();
    }

    public boolean needsApproval() {
      return !blocked() && !approvalReasons.isEmpty();
    }
  }

  /** Checks {@code text} as a reply from the account, written by {@code author}. */
  public Verdict check(Actor author, long accountId, String text) {
    PostingAccount account = guards.account(accountId);
    // A reply carries no images and need not carry the account's tags (they are for its posts).
    PostCheck.Outcome outcome = check.check(account, text, List.of(), List.of());
    List<Note> blocks = notes(outcome, "block");
    List<Note> warnings = notes(outcome, "warn");
    List<String> reasons = check.approvalReasons(account, !author.isSystem() && guards.learner(author), false, outcome);
    return new Verdict(outcome.verdict(), outcome.packId(), blocks, reasons, warnings);
  }

  /** Why {@code actor} may not approve a reply {@code authorId} wrote for the account (empty: they may). */
  public Optional<String> approvalRefusal(Actor actor, long accountId, Long authorId) {
    PostingAccount account = guards.account(accountId);
    if (authorId != null && authorId.equals(actor.personId())) {
      return Optional.of("You wrote this reply: someone else must approve it.");
    }
    if (!guards.approverRole(actor, account)) {
      return Optional.of("Only " + guards.approverWords(account) + " can approve replies of " + account.name() + ".");
    }
    return Optional.empty();
  }

  /** Everyone who may approve a reply of the account, except its author. */
  public List<Long> approvers(long accountId, Long authorId) {
    return guards.approvers(guards.account(accountId), authorId);
  }

  /** Whether {@code actor} approves posts and replies of the account (for their to-dos). */
  public boolean approves(Actor actor, long accountId) {
    return guards.approverRole(actor, guards.account(accountId));
  }

  private static List<Note> notes(PostCheck.Outcome outcome, String severity) {
    return outcome.findings().stream().filter(f -> severity.equals(f.severity()))
        .map(f -> new Note(f.clause(), f.severity(), f.message())).distinct().toList();
  }
}
