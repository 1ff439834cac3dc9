package org.steward.app.policies;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.steward.app.accounts.MutableClock;
import org.steward.app.home.WorkItem;
import org.steward.app.identity.Actor;
import org.steward.app.people.PeopleService;
import org.steward.app.people.Person;
import org.steward.engine.Clause;

/**
 * The life of a policy version against a real database, on the demo organisation: the Group's pack
 * is overdue for review, its owner's draft is compared with the version in force, published with a
 * reason (audited, {@link PolicyEnforced} recorded in the event publication registry and handled),
 * the old version stays readable and is superseded, everyone in the audience is asked again, the
 * dashboard counts who has and has not confirmed, reminders go out no more often than the pack says,
 * and the overdue review leaves the owner's home page. Run on H2 ({@link PolicyLifecycleH2Test}) and
 * PostgreSQL ({@link PolicyLifecyclePostgresTest}).
 */
abstract class PolicyLifecycleTests {
  static final String GROUP = DemoPolicies.GROUP_PACK;

  @Autowired PoliciesInForce policies;
  @Autowired PolicyPublishing publishing;
  @Autowired PolicyAcknowledging acknowledging;
  @Autowired PolicyReviews reviews;
  @Autowired PolicyViews views;
  @Autowired PolicyVersions versions;
  @Autowired PolicyWork work;
  @Autowired PeopleService people;
  @Autowired JdbcClient jdbc;
  @Autowired MutableClock clock;

  Actor actor(String username) {
    Person p = people.lookUp(username).orElseThrow();
    return new Actor(p.id(), p.displayName(), p.roles());
  }

  List<String> work(String username) {
    return work.waitingFor(actor(username)).stream().map(WorkItem::text).toList();
  }

  @Test
  @Clause({"DOC-1", "DOC-2", "DOC-5"})
  void aNewVersionIsComparedPublishedAndAskedForAgainAndItsReviewIsNoLongerOverdue() throws Exception {
    PolicyInForce before = policies.byId(GROUP).orElseThrow();
    assertThat(before.version().version()).isEqualTo("2022.11");
    assertThat(reviews.overdue()).extracting(PolicyInForce::packId).contains(GROUP)
        .as("HR's recorded decision to extend keeps the staff policy off the list").doesNotContain(DemoPolicies.STAFF_PACK);
    assertThat(work("hodm")).anyMatch(t -> t.startsWith("Review " + before.title()));
    assertThat(work("marketing")).anyMatch(t -> t.startsWith("Review " + before.title()));
    assertThat(work("staff")).noneMatch(t -> t.startsWith("Review "))
        .as("the demo's staff member confirmed 2022.11 already").noneMatch(t -> t.startsWith("Read and confirm"));

    // The owner's draft (demo data): compared with the version in force, clause by clause.
    PolicyVersion draft = versions.find(GROUP, "2026.12").orElseThrow();
    assertThat(draft.draft()).isTrue();
    assertThat(work("hodm")).contains("Compare and publish version 2026.12 of " + draft.title());
    assertThat(views.comparedWith(draft)).map(PolicyVersion::id).contains(before.versionId());
    PackDifference d = views.difference(draft);
    assertThat(d.clauses()).extracting(PackDifference.Change::kind).containsOnly(PackDifference.Kind.CHANGED);
    assertThat(d.clauses()).isNotEmpty();
    assertThat(d.rules()).isNotEmpty().allMatch(c -> c.kind() == PackDifference.Kind.CHANGED);
    assertThat(d.settings()).anyMatch(c -> c.id().equals("accounts.email-domains") && c.kind() == PackDifference.Kind.ADDED);
    assertThat(policies.byId(GROUP).orElseThrow().versionId()).as("a draft is not in force").isEqualTo(before.versionId());

    // Published now, with a reason: in force, audited, the old version superseded and still readable.
    long events = jdbc.sql("select count(*) from event_publication where event_type like '%PolicyEnforced'")
        .query(Long.class).single();
    publishing.publish(actor("hodm"), GROUP, draft.id(), null, "Annual review approved by GSMT");
    PolicyInForce after = policies.byId(GROUP).orElseThrow();
    assertThat(after.version().version()).isEqualTo("2026.12");
    assertThat(after.version().supersedesId()).isEqualTo(before.versionId());
    assertThat(versions.find(before.versionId()).orElseThrow().published()).isTrue();
    assertThat(versions.source(before.versionId())).contains("version: \"2022.11\"");
    assertThat(jdbc.sql("select actor_id || ':' || coalesce(reason, '') from audit_entries where action = 'policy.published'"
            + " and object_id = ?").param(Long.toString(draft.id())).query(String.class).list())
        .containsExactly(actor("hodm").personId() + ":Annual review approved by GSMT");
    // PolicyEnforced went to its listeners (checks, accounts) through the JDBC registry, and they ran.
    waitFor(() -> jdbc.sql("select count(*) from event_publication where event_type like '%PolicyEnforced'"
        + " and completion_date is not null").query(Long.class).single() >= events + 2);

    // Everyone in its audience is asked again, learners too; the review is no longer overdue.
    assertThat(work("staff")).contains("Read and confirm " + after.title() + " (version 2026.12): it applies to you");
    assertThat(work("learner")).anyMatch(t -> t.startsWith("Read and confirm " + after.title()));
    assertThat(work("hodm")).noneMatch(t -> t.startsWith("Review "));
    assertThat(reviews.overdue()).extracting(PolicyInForce::packId).doesNotContain(GROUP);

    // The dashboard counts who has and has not; confirming moves the person across, once.
    PolicyAcknowledging.Dashboard none = acknowledging.dashboard(actor("hodm"), GROUP, null);
    assertThat(none.confirmed()).isZero();
    assertThat(none.notYet()).extracting(PolicyAcknowledging.Row::personId)
        .contains(actor("staff").personId(), actor("learner").personId());
    acknowledging.acknowledge(actor("staff"), GROUP);
    acknowledging.acknowledge(actor("staff"), GROUP);
    PolicyAcknowledging.Dashboard one = acknowledging.dashboard(actor("hodm"), GROUP, null);
    assertThat(one.confirmed()).isEqualTo(1);
    assertThat(one.waiting()).isEqualTo(none.waiting() - 1);
    assertThat(one.notYet()).extracting(PolicyAcknowledging.Row::personId).doesNotContain(actor("staff").personId());
    assertThat(work("staff")).noneMatch(t -> t.startsWith("Read and confirm"));
    assertThat(acknowledging.recordOf(actor("hr"), actor("staff").personId()).confirmed())
        .extracting(PolicyAcknowledging.Confirmed::version).contains("2022.11", "2026.12");

    // Reminders: not again on the same day (everyone was asked when it came into force), then weekly.
    assertThat(acknowledging.remind()).isZero();
    clock.advance(Duration.ofDays(8));
    int staffPolicyWaiting = acknowledging.dashboard(actor("hr"), DemoPolicies.STAFF_PACK, null).waiting();
    assertThat(acknowledging.remind()).as("everyone not yet confirmed, under either pack")
        .isEqualTo(one.waiting() + staffPolicyWaiting);
    assertThat(acknowledging.remind()).isZero();
  }

  @Test
  @Clause({"DOC-1"})
  void aDraftCannotBePublishedWithoutAReasonOrInThePast() {
    long id = publishing.upload(actor("hodm"), DemoPolicies.nextGroupVersion()
        .replace("version: \"2026.12\"", "version: \"2026.99\""), "again.yaml").id();
    PolicyVersion draft = versions.find(id).orElseThrow();
    try {
      publishing.publish(actor("hodm"), GROUP, draft.id(), Instant.now().minus(Duration.ofDays(2)), " ");
      throw new AssertionError("published without a reason");
    } catch (org.steward.app.web.InvalidInput e) {
      assertThat(e.problems()).extracting(org.steward.app.web.FieldProblem::field).containsExactly("reason", "enforceFrom");
    }
    assertThat(versions.find(draft.id()).orElseThrow().draft()).as("nothing half-written").isTrue();
  }

  static void waitFor(java.util.function.BooleanSupplier condition) throws InterruptedException {
    for (int i = 0; i < 100 && !condition.getAsBoolean(); i++) {
      Thread.sleep(100);
    }
    assertThat(condition.getAsBoolean()).as("in time").isTrue();
  }
}
