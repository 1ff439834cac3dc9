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
  @Autowired org.steward.app.consent.ConsentRecording consents;
  @Autowired org.steward.app.consent.Withdrawals withdrawals;

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

  /** Consent in the register for photos of {@code person} on Instagram, given by them or a guardian. */
  long consentForPhotos(Actor person, String by) {
    return consents.record(Actor.SYSTEM, new org.steward.app.consent.NewConsent(person.personId(), by,
        by.equals("guardian") ? "Pat Guardian" : null, "pat@example.com", List.of("instagram"), List.of("photo"),
        null, null, null, "mis", null), null);
  }

  @Test
  @Clause("CON-7")
  void aPostWithAPictureGoesFromDraftToPublishedAndKeepsItsHistory() {
    consentForPhotos(approver, "person");
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
  @Clause("DOC-2")
  void aPolicyVersionComingIntoForceReScansTheArchiveOnce() throws Exception {
    long flagged = composing.create(author, new PostInput.Draft(account, "Ring Sam on 07700 900456 for tickets",
        List.of(), null));
    approval.submit(author, flagged);
    if (views.view(author, flagged).post().state() == PostState.SUBMITTED) {
      approval.approve(approver, flagged, null);
    }
    publishing.publish(author, flagged);
    publishing.recordAddress(author, flagged, "https://www.instagram.com/p/NewPolicy" + flagged + "/");
    // As if the policy in force until now had let it pass.
    jdbc.sql("update posts set publish_verdict = 'pass', verdict = 'pass' where id = ?").param(flagged).update();
    String k = UUID.randomUUID().toString().substring(0, 8);
    Actor admin = person("admin" + k, PersonKind.STAFF,
        jdbc.sql("select unit_id from accounts where id = ?").param(account).query(Long.class).single(),
        RoleGrant.of(Role.ADMINISTRATOR));
    String pack = "rescan-" + k;
    org.steward.app.policies.TestAdoptions.publish(context, admin, """
        pack: %s
        version: "1"
        title: Re-scan test policy
        owner: Communications
        approved: { by: Board, on: 2026-06-30 }
        review-by: 2027-06-30
        audience: [staff]
        clauses:
          A1: { section: "1", kind: check, text: "Keep contact details private." }
        rules:
          - { id: t.contact, clause: A1, when: { detector: pii }, action: review, say: "Remove contact details." }
        """.formatted(pack));
    // PolicyEnforced reaches posts after the commit: the archive is re-scanned and the post flagged.
    for (int i = 0; i < 100 && !rescan.reviewWaiting(flagged); i++) {
      Thread.sleep(100);
    }
    assertThat(rescan.reviewWaiting(flagged)).isTrue();
    assertThat(jdbc.sql("select count(*) from post_rescans where pack_id = ? and finished_at is not null")
        .param(pack).query(Long.class).single()).isEqualTo(1);
    // Delivered again (the event registry retries): the same re-scan, not a second one.
    assertThat(rescan.startOnce(pack, "1")).isEqualTo(jdbc.sql("select id from post_rescans where pack_id = ?")
        .param(pack).query(Long.class).single());
  }

  @Test
  @Clause({"CON-14", "SAF-1", "SAF-2", "SAF-3"})
  void nobodyIsPicturedWithoutConsentAndAWithdrawalReachesEveryPost() {
    byte[] png = TestImages.png(5);
    PostInput.NewImage picture = new PostInput.NewImage(png, "image/png", "A learner at an easel", "own",
        List.of(new PostInput.PictureRef(learner.personId(), null)));
    long id = composing.create(author, new PostInput.Draft(account, "Our studio at work", List.of(picture), null));
    // The learner is 17 and nobody has given consent: the pack blocks it and the finding says who and why.
    Post blocked = views.view(author, id).post();
    assertThat(blocked.verdict()).isEqualTo("block");
    assertThat(blocked.findings()).filteredOn(f -> f.clause().equals("CON-14")).singleElement()
        .satisfies(f -> assertThat(f.message()).contains("Test learner", "no consent in force for photos"));
    assertThatThrownBy(() -> approval.submit(author, id)).isInstanceOf(InvalidInput.class)
        .hasMessageContaining("(CON-14)");
    assertThat(views.view(author, id).post().state()).isEqualTo(PostState.DRAFT);
    // Their own consent is not enough under 18 (SAF-3): a guardian's is needed.
    consentForPhotos(learner, "person");
    composing.update(author, id, new PostInput.Draft(null, "Our studio at work", null, null));
    assertThat(views.view(author, id).post().findings()).anySatisfy(f -> assertThat(f.message())
        .contains("parent's or guardian's consent"));
    long consent = consentForPhotos(learner, "guardian");
    composing.update(author, id, new PostInput.Draft(null, "Our studio at work", null, null));
    assertThat(views.view(author, id).post().findings()).noneMatch(f -> f.clause().equals("CON-14"));
    assertThat(approval.submit(author, id)).isEqualTo(PostState.APPROVED);
    publishing.publish(author, id);
    publishing.recordAddress(author, id, "https://www.instagram.com/p/Studio" + id + "/");
    long draft = composing.create(author, new PostInput.Draft(account, "More from the studio", List.of(picture), null));

    // The guardian withdraws: the draft is withdrawn before it goes out; Instagram is posted by hand,
    // so its post is a task for the managers, and when they say it is down the archive says so too.
    long w = withdrawals.withdraw(Actor.SYSTEM, consent, "Phone call from the guardian");
    assertThat(views.view(author, draft).post().state()).isEqualTo(PostState.REMOVED);
    assertThat(views.view(author, id).post().state()).isEqualTo(PostState.PUBLISHED);
    var tasks = withdrawals.tasksOf(w);
    assertThat(tasks).extracting(org.steward.app.consent.Takedown::ref)
        .containsExactlyInAnyOrder(Long.toString(id), Long.toString(draft));
    var manual = tasks.stream().filter(org.steward.app.consent.Takedown::open).toList();
    assertThat(manual).singleElement().satisfies(t -> assertThat(t.ref()).isEqualTo(Long.toString(id)));
    withdrawals.complete(author, manual.get(0).id(), "Deleted on Instagram");
    assertThat(views.view(author, id).post().state()).isEqualTo(PostState.REMOVED);
    assertThat(views.view(author, id).history()).last().satisfies(h -> assertThat(h.event().note()).contains("Deleted on Instagram"));
  }

  @Test
  @Clause({"CON-9", "CON-10", "CON-11"})
  void anAccountInAUnitUnderTheStaffPolicyIsCheckedAgainstItsClauses() {
    String k = UUID.randomUUID().toString().substring(0, 8);
    long unit = organisation.addUnit(Actor.SYSTEM, null, "S-" + k, "Staff policy school " + k, UnitKind.SCHOOL);
    org.steward.app.policies.TestAdoptions.adopt(context, "staff-policy", "S-" + k);
    Actor writer = person("writer" + k, PersonKind.STAFF, unit, RoleGrant.of(Role.STAFF));
    long staffAccount = new TestAccounts(jdbc, vault, transactions, rules).create(unit, "instagram",
        "Staff policy account " + k, "sp" + k, "https://www.instagram.com/sp" + k, null, false, clock.instant(),
        "writer" + k);
    PostCheck.Outcome blocked = composing.preview(writer, staffAccount, "Chat with us on omegle.com tonight", List.of());
    assertThat(blocked.packId()).isEqualTo("staff-policy");
    assertThat(blocked.verdict()).isEqualTo("block");
    assertThat(blocked.findings()).extracting(StoredFinding::clause).contains("CON-9");
    PostCheck.Outcome claim = composing.preview(writer, staffAccount, "Mr Jones is a thief", List.of());
    assertThat(claim.verdict()).isEqualTo("review");
    assertThat(claim.findings()).extracting(StoredFinding::clause).contains("CON-10");
    // CON-11 is about personal accounts speaking for the college: an official account may.
    PostCheck.Outcome official = composing.preview(writer, staffAccount, "On behalf of the college, we apologise"
        + " for the delay to enrolment.", List.of());
    assertThat(official.findings()).extracting(StoredFinding::clause).doesNotContain("CON-11");
  }

  @Test
  @Clause({"CON-14", "SAF-2"})
  void aWithdrawalOfConsentToBeNamedReachesEveryPostWhoseTextNamesThePerson() {
    // A colleague with a name of letters only, with consent for photos and to be named on Instagram.
    String family = "Okafor" + UUID.randomUUID().toString().replaceAll("[^a-f]", "").concat("abc").substring(0, 3);
    long unit = jdbc.sql("select unit_id from accounts where id = ?").param(account).query(Long.class).single();
    long nadia = people.add(Actor.SYSTEM, new NewPerson(PersonKind.STAFF, "Nadia", family, family + "@test.example",
        family.toLowerCase(), LocalDate.of(1985, 5, 5), unit, List.of(RoleGrant.of(Role.STAFF))), "{noop}x", "posts test");
    long consent = consents.record(Actor.SYSTEM, new org.steward.app.consent.NewConsent(nadia, "person", null,
        family + "@test.example", List.of("instagram"), List.of("photo", "name"), null, null, null, "mis", null), null);
    // With consent the name is a note, so the posts go ahead; one spells the name in capitals with extra spaces.
    long published = composing.create(author, new PostInput.Draft(account, "Congratulations to Nadia " + family
        + " on her teaching award!", List.of(), null));
    assertThat(views.view(author, published).post().findings()).anySatisfy(f -> assertThat(f.message())
        .contains("consent to be named"));
    assertThat(approval.submit(author, published)).isEqualTo(PostState.APPROVED);
    publishing.publish(author, published);
    publishing.recordAddress(author, published, "https://www.instagram.com/p/Award" + published + "/");
    long draft = composing.create(author, new PostInput.Draft(account, "Thank you NADIA   " + family.toUpperCase()
        + " for the open day", List.of(), null));
    long other = composing.create(author, new PostInput.Draft(account, "Thank you Nadia for the open day",
        List.of(), null));
    long gone = composing.create(author, new PostInput.Draft(account, "Nadia " + family + " retires", List.of(), null));
    publishing.remove(author, gone, "Not needed");

    var uses = context.getBean(PostPersonUsages.class).usesOf(nadia);
    assertThat(uses).extracting(org.steward.app.consent.PersonUsage::ref)
        .containsExactly(Long.toString(published), Long.toString(draft));
    assertThat(uses).allSatisfy(u -> assertThat(u.purposes()).containsExactly(org.steward.app.consent.Purpose.NAME));
    assertThat(uses).extracting(org.steward.app.consent.PersonUsage::state).containsExactly(
        org.steward.app.consent.PersonUsage.State.PUBLISHED, org.steward.app.consent.PersonUsage.State.DRAFT);

    // She withdraws consent to be named: the draft is withdrawn, the published post is a task for its managers.
    long w = withdrawals.withdraw(Actor.SYSTEM, consent, "E-mail from Nadia");
    assertThat(views.view(author, draft).post().state()).isEqualTo(PostState.REMOVED);
    assertThat(views.view(author, other).post().state()).as("a first name alone names nobody").isEqualTo(PostState.DRAFT);
    var tasks = withdrawals.tasksOf(w);
    assertThat(tasks).extracting(org.steward.app.consent.Takedown::ref)
        .containsExactlyInAnyOrder(Long.toString(published), Long.toString(draft));
    assertThat(tasks.stream().filter(org.steward.app.consent.Takedown::open)).singleElement()
        .satisfies(t -> assertThat(t.ref()).isEqualTo(Long.toString(published)));
  }

  @Test
  @Clause({"CON-14", "SAF-1", "SAF-3"})
  void theAuthorRequestsConsentFromThePostAndALearnerAsksTheKeepers() {
    long unit = jdbc.sql("select unit_id from accounts where id = ?").param(account).query(Long.class).single();
    String k = UUID.randomUUID().toString().substring(0, 8);
    Actor pictured = person("pictured" + k, PersonKind.LEARNER, unit, RoleGrant.of(Role.LEARNER));
    PostInput.NewImage picture = new PostInput.NewImage(TestImages.png(9), "image/png", "A learner at a loom", "own",
        List.of(new PostInput.PictureRef(pictured.personId(), null)));
    long id = composing.create(author, new PostInput.Draft(account, "Weaving week", List.of(picture), null));
    PostConsentRequests requests = context.getBean(PostConsentRequests.class);

    // The author sees who lacks consent and why; an under-18 is asked through a guardian.
    assertThat(requests.asks(author, id)).singleElement().satisfies(a -> {
      assertThat(a.personId()).isEqualTo(pictured.personId());
      assertThat(a.minor()).isTrue();
      assertThat(a.mayRequest()).isTrue();
      assertThat(a.viaKeepers()).isFalse();
      assertThat(a.reason()).contains("no consent in force for photos");
    });
    // Bad input: every bad field named, nothing sent.
    long links = jdbc.sql("select count(*) from consent_links").query(Long.class).single();
    assertThatThrownBy(() -> requests.request(author, id, new PostConsentRequests.Request(pictured.personId(), null,
        "not-an-address"))).isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems())
            .extracting(p -> p.field()).containsExactlyInAnyOrder("name", "email"));
    assertThatThrownBy(() -> requests.request(author, id, new PostConsentRequests.Request(approver.personId(),
        null, null))).isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems())
            .extracting(p -> p.field()).containsExactly("personId"));
    assertThat(jdbc.sql("select count(*) from consent_links").query(Long.class).single()).isEqualTo(links);

    // The link goes to the guardian (no SMTP here: shown once to hand over), audited on the post.
    var sent = requests.request(author, id, new PostConsentRequests.Request(pictured.personId(), "Pat Weaver",
        "pat.weaver@example.com"));
    assertThat(sent.forwarded()).isFalse();
    assertThat(sent.to()).isEqualTo("pat.weaver@example.com");
    assertThat(sent.expiresAt()).isAfter(clock.instant());
    assertThat(jdbc.sql("select count(*) from consent_links where person_id = ? and given_by = 'guardian'")
        .param(pictured.personId()).query(Long.class).single()).isEqualTo(1);
    assertThat(jdbc.sql("select count(*) from audit_entries where action = 'post.consent-requested' and object_id = ?")
        .param(Long.toString(id)).query(Long.class).single()).isEqualTo(1);
    // The guardian on record is used next time when the form is left empty.
    consents.record(Actor.SYSTEM, new org.steward.app.consent.NewConsent(pictured.personId(), "guardian", "Pat Weaver",
        "pat.weaver@example.com", List.of("tiktok"), List.of("photo"), null, null, null, "mis", null), null);
    assertThat(requests.asks(author, id)).singleElement().satisfies(a -> {
      assertThat(a.recipientName()).isEqualTo("Pat Weaver");
      assertThat(a.recipientEmail()).isEqualTo("pat.weaver@example.com");
    });
    assertThat(requests.request(author, id, new PostConsentRequests.Request(pictured.personId(), null, null)).to())
        .isEqualTo("pat.weaver@example.com");

    // A learner who helps run the account may not send links: the keepers are asked instead.
    long theirs = composing.create(learner, new PostInput.Draft(account, "Our loom", List.of(picture), null));
    assertThat(requests.asks(learner, theirs)).singleElement().satisfies(a -> assertThat(a.viaKeepers()).isTrue());
    long before = jdbc.sql("select count(*) from consent_links").query(Long.class).single();
    var asked = requests.request(learner, theirs, new PostConsentRequests.Request(pictured.personId(), null, null));
    assertThat(asked.forwarded()).isTrue();
    assertThat(jdbc.sql("select count(*) from consent_links").query(Long.class).single()).isEqualTo(before);
    assertThat(jdbc.sql("select count(*) from audit_entries where action = 'consent.link-asked' and object_id = ?")
        .param(Long.toString(pictured.personId())).query(Long.class).single()).isEqualTo(1);

    // Once consent is in force nothing is asked; once the post is out, neither.
    consentForPhotos(pictured, "guardian");
    assertThat(requests.asks(author, id)).isEmpty();
    assertThatThrownBy(() -> requests.request(author, id, new PostConsentRequests.Request(pictured.personId(), null,
        null))).isInstanceOf(IllegalTransition.class);
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
