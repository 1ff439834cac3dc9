package org.steward.app.posts;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.steward.app.accounts.AccountPosting;
import org.steward.app.accounts.AccountPosting.PostingAccount;
import org.steward.app.audit.RefusalAudit;
import org.steward.app.identity.Actor;
import org.steward.app.identity.Role;
import org.steward.app.people.OrganisationService;
import org.steward.app.people.PeopleService;
import org.steward.app.people.PersonKind;
import org.steward.app.security.AuditedRefusal;
import org.steward.app.web.NotFound;

/**
 * The record checks of the posts feature, shared by its services: who may write for an account
 * (its managers and helpers), see a post, approve it (the pack's approvers for the account's unit,
 * never its author: no self-approval) and publish it (the account's staff managers and marketing).
 * Every refusal is audited as {@code post.refused} and answered 403.
 */
@Component
class PostGuards {
  private final AccountPosting accounts;
  private final PostCheck rules;
  private final PeopleService people;
  private final OrganisationService organisation;
  private final RefusalAudit refusals;

  PostGuards(AccountPosting accounts, PostCheck rules, PeopleService people, OrganisationService organisation,
      RefusalAudit refusals) {
    this.accounts = accounts;
    this.rules = rules;
    this.people = people;
    this.organisation = organisation;
    this.refusals = refusals;
  }

  PostingAccount account(long id) {
    return accounts.find(id).orElseThrow(() -> new NotFound("There is no account " + id + "."));
  }

  AuditedRefusal refuse(Actor actor, long postId, String attempted, String why) {
    return refusals.refuse(actor, "post", "post", Long.toString(postId), attempted, why);
  }

  static boolean marketing(Actor actor) {
    return !actor.holds(Role.LEARNER) && actor.holdsAny(Role.MARKETING, Role.HEAD_OF_DIGITAL_MARKETING);
  }

  /** Whether the actor is a learner (by role or in the directory). */
  boolean learner(Actor actor) {
    if (actor.holds(Role.LEARNER)) {
      return true;
    }
    return actor.personId() != null && people.get(Actor.SYSTEM, actor.personId())
        .map(p -> p.kind() == PersonKind.LEARNER).orElse(false);
  }

  /** Writing for an account: its managers and helpers, while it is active or dormant. */
  void requireWriter(Actor actor, PostingAccount account, long postId, String attempted) {
    if (actor.isSystem() || account.runBy(actor.personId())) {
      return;
    }
    throw refusals.refuse(actor, "post", "account", Long.toString(account.id()), attempted,
        "Only the people who run " + account.name() + " can write its posts.");
  }

  boolean mayView(Actor actor, Post post, PostingAccount account) {
    return actor.isSystem() || actor.holds(Role.ADMINISTRATOR) || marketing(actor)
        || (post.authorId() != null && post.authorId().equals(actor.personId()))
        || account.runBy(actor.personId()) || approverRole(actor, account);
  }

  void requireViewer(Actor actor, Post post, PostingAccount account) {
    if (!mayView(actor, post, account)) {
      throw refuse(actor, post.id(), "view post", "Only the author, the account's managers and its"
          + " approvers can see this post.");
    }
  }

  /** Whether the actor holds one of the pack's approver roles for this account's unit. */
  boolean approverRole(Actor actor, PostingAccount account) {
    if (actor.isSystem() || actor.holds(Role.LEARNER)) {
      return false;
    }
    for (Role r : rules.approverRoles(account)) {
      if (r == Role.HEAD_OF_UNIT) {
        if (actor.unitsFor(Role.HEAD_OF_UNIT).stream().anyMatch(u -> organisation.within(account.unitId(), u))) {
          return true;
        }
      } else if (actor.holds(r)) {
        return true;
      }
    }
    return false;
  }

  /** Why the actor may not approve this post (empty when they may): the pack's approvers, never the author. */
  java.util.Optional<String> approvalRefusal(Actor actor, Post post, PostingAccount account) {
    if (post.authorId() != null && post.authorId().equals(actor.personId())) {
      return java.util.Optional.of("You wrote this post: someone else must approve it.");
    }
    if (!approverRole(actor, account)) {
      return java.util.Optional.of("Only " + approverWords(account) + " can approve posts of "
          + account.name() + ".");
    }
    return java.util.Optional.empty();
  }

  void requireApprover(Actor actor, Post post, PostingAccount account, String attempted) {
    var why = approvalRefusal(actor, post, account);
    if (why.isPresent()) {
      throw refuse(actor, post.id(), attempted, why.get());
    }
  }

  /** Publishing: the account's staff managers and marketing, never a learner. */
  boolean mayPublish(Actor actor, PostingAccount account) {
    return actor.isSystem() || marketing(actor)
        || (!actor.holds(Role.LEARNER) && account.managers().contains(actor.personId()));
  }

  void requirePublisher(Actor actor, Post post, PostingAccount account, String attempted) {
    if (!mayPublish(actor, account)) {
      throw refuse(actor, post.id(), attempted, "Only the staff managers of " + account.name()
          + " and marketing can publish its posts.");
    }
  }

  /** Everyone who may approve a post of this account, except its author. */
  List<Long> approvers(PostingAccount account, Long authorId) {
    Set<Long> out = new LinkedHashSet<>();
    for (Role r : rules.approverRoles(account)) {
      out.addAll(r == Role.HEAD_OF_UNIT ? people.headsOf(account.unitId()) : people.holders(r));
    }
    out.remove(authorId);
    return new ArrayList<>(out);
  }

  String approverWords(PostingAccount account) {
    List<String> words = rules.approverRoles(account).stream()
        .map(r -> r == Role.HEAD_OF_UNIT ? "the head of the account's school or service" : r.label().toLowerCase())
        .toList();
    return words.isEmpty() ? "nobody" : String.join(" or ", words);
  }
}
