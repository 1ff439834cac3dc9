package org.steward.app.posts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.steward.app.accounts.AccountTestConfig;
import org.steward.app.accounts.MutableClock;
import org.steward.app.accounts.vault.CredentialVault;
import org.steward.app.connectors.support.TestImages;
import org.steward.app.identity.Actor;
import org.steward.app.identity.Role;
import org.steward.app.identity.RoleGrant;
import org.steward.app.people.NewPerson;
import org.steward.app.people.OrganisationService;
import org.steward.app.people.PeopleService;
import org.steward.app.people.PersonKind;
import org.steward.app.people.UnitKind;
import org.steward.app.web.IllegalTransition;
import org.steward.app.web.InvalidInput;
import org.steward.engine.Clause;

/**
 * The posts workflow through its services, once on H2 and once on PostgreSQL (subclasses): a post
 * with an image (bytes, hash, alt text, rights, people pictured) from draft to published by hand,
 * the history, a learner's post needing an approval, expiry, and nothing half-written on bad input.
 */
@Import(AccountTestConfig.class)
abstract class PostWorkflowTests {
  @Autowired JdbcClient jdbc;
  @Autowired CredentialVault vault;
  @Autowired PlatformTransactionManager transactions;
  @Autowired PostAccountRules rules;
  @Autowired PostComposing composing;
  @Autowired PostApproval approval;
  @Autowired PostPublishing publishing;
  @Autowired PostViews views;
  @Autowired OrganisationService organisation;
  @Autowired PeopleService people;
  @Autowired MutableClock clock;
  @Autowired PostRescan rescan;
  @Autowired PostWork work;
  @Autowired org.springframework.context.ApplicationContext context;

  Actor author;
  Actor learner;
  Actor approver;
  long account;

  @BeforeEach
  void fixture() {
    String k = UUID.randomUUID().toString().substring(0, 8);
    long unit = organisation.addUnit(Actor.SYSTEM, null, "P-" + k, "Posts school " + k, UnitKind.SCHOOL);
    // Posts are checked against the policy in force for the account's unit (issue #10).
    org.steward.app.policies.TestAdoptions.adopt(context, "cccg-policy", "P-" + k);
    author = person("author" + k, PersonKind.STAFF, unit, RoleGrant.of(Role.STAFF));
    learner = person("learner" + k, PersonKind.LEARNER, unit, RoleGrant.of(Role.LEARNER));
    approver = person("head" + k, PersonKind.STAFF, unit, new RoleGrant(Role.HEAD_OF_UNIT, unit), RoleGrant.of(Role.STAFF));
    account = new TestAccounts(jdbc, vault, transactions, rules).create(unit, "instagram", "Posts test " + k,
        "posts" + k, "https://www.instagram.com/posts" + k, null, false, clock.instant(), "author" + k);
    jdbc.sql("insert into account_managers (account_id, person_id, capacity, platform_admin, added_at)"
        + " values (?, ?, 'helper', false, current_timestamp)").params(account, learner.personId()).update();
  }

  Actor person(String username, PersonKind kind, long unit, RoleGrant... roles) {
    LocalDate dob = kind == PersonKind.LEARNER ? LocalDate.now().minusYears(17) : LocalDate.of(1980, 1, 1);
    long id = people.add(Actor.SYSTEM, new NewPerson(kind, "Test", username, username + "@test.example", username, dob,
        unit, List.of(roles)), "{noop}x", "posts test");
    return new Actor(id, "Test " + username, List.of(roles));
  }

  @Test
  @Clause("CON-7")
  void aPostWithAPictureGoesFromDraftToPublishedAndKeepsItsHistory() {
    byte[] png = TestImages.png(11);
    long id = composing.create(author, new PostInput.Draft(account, "Our new studio is open", List.of(
        new PostInput.NewImage(png, "image/png", "The new studio with easels", "own", List.of(
            new PostInput.PictureRef(approver.personId(), null), new PostInput.PictureRef(null, "A visitor")))), null));
    assertThat(approval.submit(author, id)).isEqualTo(PostState.APPROVED); // nothing asks for an approval
    assertThat(publishing.publish(author, id)).isEqualTo(PostState.APPROVED);
    assertThat(views.view(author, id).post().manualReady()).isTrue();
    publishing.recordAddress(author, id, "https://www.instagram.com/p/NewStudio/");
    var v = views.view(author, id);
    assertThat(v.post().state()).isEqualTo(PostState.PUBLISHED);
    assertThat(v.media()).singleElement().satisfies(m -> {
      assertThat(m.altText()).isEqualTo("The new studio with easels");
      assertThat(m.rights()).isEqualTo(Rights.OWN);
      assertThat(m.size()).isEqualTo(png.length);
      assertThat(m.sha256()).hasSize(64);
      assertThat(m.people()).extracting(PostMedia.Pictured::personId).containsExactly(approver.personId(), null);
      assertThat(m.people()).extracting(PostMedia.Pictured::externalName).containsExactly(null, "A visitor");
    });
    assertThat(v.history()).extracting(h -> h.event().to()).containsExactly(PostState.DRAFT, PostState.APPROVED,
        PostState.APPROVED, PostState.PUBLISHED);
    assertThat(jdbc.sql("select count(*) from post_media where post_id = ? and bytes is not null").param(id)
        .query(Long.class).single()).isZero();
    assertThat(views.archive(author, account)).extracting(l -> l.post().id()).contains(id);
  }

  @Test
  void aLearnersPostNeedsAnApprovalAndTheyMayNotPublish() {
    long id = composing.create(learner, new PostInput.Draft(account, "Come to our show on Friday", List.of(), null));
    assertThat(approval.submit(learner, id)).isEqualTo(PostState.SUBMITTED);
    assertThat(views.view(learner, id).post().approvalReasons()).contains("the author is a learner");
    assertThat(views.waitingFor(approver)).extracting(l -> l.post().id()).contains(id);
    assertThat(approval.approve(approver, id, null)).isEqualTo(PostState.APPROVED);
    assertThatThrownBy(() -> publishing.publish(learner, id))
        .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
  }

  @Test
  void aScheduledPostNotApprovedInTimeExpires() {
    long id = composing.create(learner, new PostInput.Draft(account, "Last day to sign up", List.of(),
        clock.instant().plus(Duration.ofMinutes(5))));
    approval.submit(learner, id);
    assertThat(approval.expireDue(clock.instant().plus(Duration.ofMinutes(6)))).containsExactly(id);
    assertThat(views.view(learner, id).post().state()).isEqualTo(PostState.EXPIRED);
    assertThatThrownBy(() -> approval.approve(approver, id, null)).isInstanceOf(IllegalTransition.class);
  }

  @Test
  void aReScanOpensAReviewForAPublishedPostThatNowFailsAndShowsItsProgress() {
    long ok = composing.create(author, new PostInput.Draft(account, "Our show opens on Friday", List.of(), null));
    long flagged = composing.create(author, new PostInput.Draft(account, "Call Jo on 07700 900123 about the show",
        List.of(), null));
    for (long id : List.of(ok, flagged)) {
      approval.submit(author, id);
      if (views.view(author, id).post().state() == PostState.SUBMITTED) {
        approval.approve(approver, id, null);
      }
      publishing.publish(author, id);
      publishing.recordAddress(author, id, "https://www.instagram.com/p/Rescan" + id + "/");
    }
    // As if an older version of the pack had let the second one pass.
    jdbc.sql("update posts set publish_verdict = 'pass', verdict = 'pass' where id = ?").param(flagged).update();
    long run = rescan.start("cccg-policy", "test");
    assertThat(rescan.run(run)).isGreaterThanOrEqualTo(1);
    var progress = rescan.latest().orElseThrow();
    assertThat(progress.id()).isEqualTo(run);
    assertThat(progress.finishedAt()).isNotNull();
    assertThat(progress.done()).isEqualTo(progress.total());
    assertThat(rescan.reviewWaiting(flagged)).isTrue();
    assertThat(rescan.reviewWaiting(ok)).isFalse();
    assertThat(views.view(author, flagged).post().publishVerdict()).isEqualTo("pass"); // the check at publish time stays
    assertThat(views.view(author, flagged).post().verdict()).isEqualTo("review");
    assertThat(work.waitingFor(author)).anySatisfy(i -> assertThat(i.link()).isEqualTo("/posts/" + flagged));
    assertThatThrownBy(() -> rescan.review(author, flagged, " ")).isInstanceOf(InvalidInput.class);
    rescan.review(author, flagged, "Removed the number on Instagram");
    assertThat(rescan.reviewWaiting(flagged)).isFalse();
    // Running the finished re-scan again changes nothing.
    assertThat(rescan.run(run)).isEqualTo(progress.newlyFailing());
  }

  @Test
  void badInputWritesNothing() {
    long before = jdbc.sql("select count(*) from posts").query(Long.class).single();
    long media = jdbc.sql("select count(*) from post_media").query(Long.class).single();
    assertThatThrownBy(() -> composing.create(author, new PostInput.Draft(account, "Fine text", List.of(
        new PostInput.NewImage(TestImages.png(1), "image/png", "ok", "own", List.of()),
        new PostInput.NewImage(TestImages.png(2), "image/png", "", "own", List.of())), null)))
        .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems()).extracting(p -> p.field())
            .containsExactly("media[1].altText"));
    assertThat(jdbc.sql("select count(*) from posts").query(Long.class).single()).isEqualTo(before);
    assertThat(jdbc.sql("select count(*) from post_media").query(Long.class).single()).isEqualTo(media);
  }
}
