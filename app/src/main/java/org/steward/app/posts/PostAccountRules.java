package org.steward.app.posts;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.steward.app.accounts.AccountPosting.PostingAccount;
import org.steward.app.audit.AuditTrail;
import org.steward.app.audit.RefusalAudit;
import org.steward.app.identity.Actor;
import org.steward.app.web.FieldProblem;
import org.steward.app.web.InvalidInput;

/**
 * An account's posting rules, set by marketing: whether every post of the account needs an
 * approval (the pack's {@code posts.approval.when} must list {@code account}), and the tags each post
 * must carry (CON-12: the Group and the college on a departmental account), offered on the compose
 * page and checked by the engine.
 */
@Service
public class PostAccountRules {
  static final int MAX_TAGS = 10;

  private final Posts posts;
  private final PostGuards guards;
  private final AuditTrail audit;
  private final RefusalAudit refusals;
  private final Clock clock;

  PostAccountRules(Posts posts, PostGuards guards, AuditTrail audit, RefusalAudit refusals, Clock clock) {
    this.posts = posts;
    this.guards = guards;
    this.audit = audit;
    this.refusals = refusals;
    this.clock = clock;
  }

  /** What an account's posts must do. */
  public record Rules(boolean approvalRequired, List<String> requiredTags) {}

  @Transactional(readOnly = true)
  public Rules of(long accountId) {
    var r = posts.rules(accountId);
    return new Rules(r.approvalRequired(), r.requiredTags());
  }

  @Transactional
  public void set(Actor actor, long accountId, boolean approvalRequired, String tags) {
    PostingAccount account = guards.account(accountId);
    if (!actor.isSystem() && !PostGuards.marketing(actor)) {
      throw refusals.refuse(actor, "post", "account", Long.toString(accountId), "set posting rules",
          "Only the marketing team sets an account's posting rules.");
    }
    List<FieldProblem> problems = new ArrayList<>();
    LinkedHashSet<String> list = new LinkedHashSet<>();
    for (String t : (tags == null ? "" : tags).trim().split("[\\s,]+")) {
      if (t.isEmpty()) {
        continue;
      }
      if (!t.matches("[@#][\\p{L}\\p{N}_.]{1,60}")) {
        problems.add(new FieldProblem("requiredTags", "'" + (t.length() > 40 ? t.substring(0, 40) + "…" : t)
            + "' is not a tag: use @name or #tag, separated by spaces."));
      } else {
        list.add(t);
      }
    }
    if (list.size() > MAX_TAGS) {
      problems.add(new FieldProblem("requiredTags", "Require at most " + MAX_TAGS + " tags."));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInput(problems);
    }
    posts.setRules(account.id(), approvalRequired, List.copyOf(list), actor.personId(), clock.instant());
    audit.record(actor, "post.account-rules-set", "account", Long.toString(accountId),
        (approvalRequired ? "approval required" : "approval by the policy") + "; tags " + String.join(" ", list));
  }
}
