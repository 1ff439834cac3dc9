package org.steward.app.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.steward.app.audit.AuditVerifier;
import org.steward.app.cases.CaseHandling;
import org.steward.app.cases.Concerns;
import org.steward.app.cases.Subject;
import org.steward.app.identity.Actor;
import org.steward.app.identity.PersonalData;
import org.steward.app.identity.PersonalRecord;
import org.steward.app.identity.Role;
import org.steward.app.identity.RoleGrant;
import org.steward.app.people.NewPerson;
import org.steward.app.people.PeopleService;
import org.steward.app.people.Person;
import org.steward.app.people.PersonKind;

/**
 * The personal data of the features that landed after the extension point (issue #14, items 2
 * and 6): policies (confirmations, reminders, owners), posts (what they wrote, decided, changed,
 * the pictures they are in), the consent register (records, the uploaded form,
 * history, links, do-not-publish, withdrawals, takedowns, the staff who acted, named as text) and
 * cases (the reporter sealed under the case's own key, assignee, entry authors, links) and the
 * moderation inbox (assigned items, what staff did, replies waiting for approval). Each one's
 * export names what it holds about a learner and a member of staff; after their erasure no column
 * holds their names or what identified them, a case no longer names its reporter when opened, what
 * the institution keeps (confirmations, consent records, cases, takedowns) is still there, and the
 * audit chain verifies. H2 and PostgreSQL (subclasses).
 */
abstract class FeaturePersonalDataTests {
  @Autowired List<PersonalData> sources;
  @Autowired PeopleService people;
  @Autowired Erasure erasure;
  @Autowired Concerns concerns;
  @Autowired CaseHandling cases;
  @Autowired AuditVerifier verifier;
  @Autowired JdbcClient jdbc;
  @Autowired TransactionTemplate tx;

  @Test
  void policiesConsentAndCasesExportWhatTheyHoldAndEraseItWhileTheChainVerifies() {
    String marker = "Quillon" + UUID.randomUUID().toString().substring(0, 6);
    Actor hr = actor("hr");
    Actor dpo = actor("dpo");
    Actor dsl = actor("dsl");
    long unit = people.lookUp("tutor").orElseThrow().unitId();
    Actor learner = add(PersonKind.LEARNER, "Ivy", marker + "l", unit, Role.LEARNER);
    Actor staff = add(PersonKind.STAFF, "Oren", marker + "s", unit, Role.STAFF);
    long l = learner.personId();
    long s = staff.personId();
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);

    // Policies: the learner confirmed a version and was reminded; the member of staff owns the pack.
    var version = jdbc.sql("select id, pack_id from policy_versions where status = 'published' order by id")
        .query((rs, i) -> List.of(Long.toString(rs.getLong(1)), rs.getString(2))).list().get(0);
    long versionId = Long.parseLong(version.get(0));
    tx.executeWithoutResult(t -> {
      jdbc.sql("insert into policy_acknowledgements (version_id, person_id, acknowledged_at) values (?, ?, ?)")
          .params(versionId, l, now).update();
      jdbc.sql("insert into policy_reminders (version_id, person_id, last_sent_at, times) values (?, ?, ?, 2)")
          .params(versionId, l, now).update();
      jdbc.sql("insert into policy_owners (pack_id, person_id, named_by, named_at) values (?, ?, null, ?)")
          .params(version.get(1), s, now).update();
    });

    // Consent: a guardian's consent for the learner, recorded by the member of staff, with its form,
    // history, a link, do-not-publish, a withdrawal and a takedown the member of staff closed.
    long consentId = tx.execute(t -> {
      var key = new org.springframework.jdbc.support.GeneratedKeyHolder();
      jdbc.sql("insert into consent_records (person_id, given_by, giver_name, giver_email, platforms, purposes,"
              + " given_at, valid_until, date_of_birth, evidence, evidence_note, status, recorded_by, changed_at)"
              + " values (?, 'guardian', ?, ?, '*', 'photo', ?, ?, ?, 'form', ?, 'active', ?, ?)")
          .params(l, "Guardian " + marker, marker.toLowerCase() + "@guardian.example", now, LocalDate.now().plusYears(1),
              LocalDate.now().minusYears(16), "Signed at the open evening, " + marker, s, now)
          .update(key, "id");
      long id = key.getKeyAs(Number.class).longValue();
      jdbc.sql("insert into consent_evidence (consent_id, file_name, content_type, size_bytes, content) values (?, ?, 'application/pdf', 4, ?)")
          .params(id, "form-" + marker + ".pdf", new byte[] {37, 80, 68, 70}).update();
      jdbc.sql("insert into consent_history (consent_id, person_id, action, detail, actor_name, at) values (?, ?, 'recorded', ?, ?, ?)")
          .params(id, l, "Photos, from " + marker, staff.name(), now).update();
      jdbc.sql("insert into consent_links (token_hash, person_id, given_by, sent_to, giver_name, created_by, created_at, expires_at)"
              + " values (?, ?, 'guardian', ?, ?, ?, ?, ?)")
          .params(marker + "-hash", l, marker.toLowerCase() + "@guardian.example", "Guardian " + marker, s, now, now.plusDays(14)).update();
      jdbc.sql("insert into consent_do_not_publish (person_id, reason, set_by, set_at) values (?, ?, ?, ?)")
          .params(l, "Court order, " + marker, s, now).update();
      var w = new org.springframework.jdbc.support.GeneratedKeyHolder();
      jdbc.sql("insert into consent_withdrawals (person_id, consent_id, purposes, requested_at, requested_by, notify_email, status)"
              + " values (?, ?, 'photo', ?, ?, ?, 'open')")
          .params(l, id, now, "Guardian " + marker, marker.toLowerCase() + "@guardian.example").update(w, "id");
      jdbc.sql("insert into consent_takedowns (withdrawal_id, person_id, usage_source, usage_ref, account_id, platform,"
              + " usage_state, title, deadline, status, opened_at, closed_at, closed_by) values (?, ?, 'posts', '1', 1,"
              + " 'bluesky', 'published', 'Open evening photos', ?, 'done', ?, ?, ?)")
          .params(w.getKeyAs(Number.class).longValue(), l, now.plusDays(2), now, now, staff.name()).update();
      return id;
    });

    // Cases: the learner reports bullying (sealed with the case) and a conduct concern; the member
    // of staff is assigned, wrote the first entry and linked the two.
    long bullying = concerns.raise(learner, new Concerns.StaffConcern("bullying", Subject.CONDUCT,
        "Messages every night from " + marker, null, null)).caseId();
    long conduct = concerns.raise(learner, new Concerns.StaffConcern("conduct", Subject.CONDUCT,
        "A post about me, " + marker, null, null)).caseId();
    tx.executeWithoutResult(t -> {
      jdbc.sql("update cases set assigned_to = ? where id = ?").params(s, bullying).update();
      jdbc.sql("update case_entries set author_id = ? where case_id = ?").params(s, conduct).update();
      jdbc.sql("insert into case_links (case_id, linked_case_id, linked_by, linked_at) values (?, ?, ?, ?), (?, ?, ?, ?)")
          .params(bullying, conduct, s, now, conduct, bullying, s, now).update();
    });
    assertThat(cases.view(dsl, bullying).reporterName()).isEqualTo(learner.name());

    // Posts: the member of staff wrote a draft (which names the marker) and a published post on an
    // official account, the learner is pictured in the draft, and the staff member's change is in
    // the history with a note.
    long accountId = jdbc.sql("select id from accounts order by id").query(Long.class).list().get(0);
    long draft = post(accountId, s, "draft", "Open evening with " + marker, now);
    long published = post(accountId, s, "published", "Open evening on Saturday: come and see us", now);
    tx.executeWithoutResult(t -> {
      jdbc.sql("insert into post_media (post_id, position, mime_type, size_bytes, sha256, alt_text, rights)"
              + " values (?, 0, 'image/png', 1, ?, ?, 'own')")
          .params(draft, "0".repeat(64), "Learners at the open evening, " + marker).update();
      jdbc.sql("insert into post_media_people (post_id, position, seq, person_id) values (?, 0, 0, ?)").params(draft, l).update();
      jdbc.sql("insert into post_history (post_id, at, actor_id, from_state, to_state, note) values (?, ?, ?, 'draft', 'published', ?)")
          .params(published, now, s, "Checked with " + marker).update();
    });

    // Moderation inbox: an item from the public assigned to the member of staff, who acted on it
    // (the history names them) and wrote a reply that waits for an approval.
    long item = tx.execute(t -> {
      var key = new org.springframework.jdbc.support.GeneratedKeyHolder();
      jdbc.sql("insert into inbox_items (account_id, platform, platform_id, author, body, posted_at, arrived_at, triage,"
              + " verdict, findings, state, assignee_id, due_at) values (?, 'bluesky', ?, '@someone.example', 'When is"
              + " the open evening?', ?, ?, 'needs-reply', 'pass', '[]', 'resolved', ?, ?)")
          .params(accountId, "at://item-" + UUID.randomUUID(), now, now, s, now.plusHours(4)).update(key, "id");
      long id = key.getKeyAs(Number.class).longValue();
      jdbc.sql("insert into inbox_history (item_id, at, actor_id, actor_name, action, detail) values (?, ?, ?, ?, 'assigned', ?)")
          .params(id, now, s, staff.name(), "Taken by " + marker).update();
      jdbc.sql("insert into inbox_pending_replies (item_id, text, author_id, author_name, reasons, submitted_at)"
              + " values (?, ?, ?, ?, 'the check asks for a review', ?)")
          .params(id, "Ring " + marker + " on the switchboard", s, staff.name(), now).update();
      return id;
    });

    // Each export names what it holds.
    assertThat(types("Policies", l)).contains("Policy you confirmed you have read", "Reminder to read a policy");
    assertThat(types("Policies", s)).contains("Policy you own");
    assertThat(types("Consent register", l)).contains("Consent about you", "Consent history", "Never to be published",
        "Consent link sent", "Consent withdrawn", "Takedown of a use of your picture or name");
    assertThat(source("Consent register").export(l).toString()).contains("Guardian " + marker).contains("form-" + marker + ".pdf");
    assertThat(types("Consent register", s)).contains("Consent you recorded", "Do-not-publish you set",
        "Consent link you sent", "Consent change you made", "Takedown you completed");
    assertThat(source("Reports and cases").export(l)).filteredOn(r -> r.type().equals("Concern you reported"))
        .hasSize(2).anySatisfy(r -> assertThat(r.fields().get("What you said")).contains(marker));
    assertThat(types("Posts", s)).contains("Post you wrote", "Change you made to a post");
    assertThat(types("Posts", l)).contains("Picture you are in");
    assertThat(types("Moderation inbox", s)).contains("Inbox item assigned to you", "What you did in the inbox",
        "Your reply waiting for an approval");
    assertThat(types("Reports and cases", s)).contains("Case assigned to you", "Cases you linked",
        "Entry you wrote on a case (its text stays with the case)");

    // Erasure, once they have left.
    people.markLeft(hr, l, "Left at the end of the course");
    people.markLeft(hr, s, "Left in July");
    assertThat(erasure.erase(dpo, l)).isPositive();
    assertThat(erasure.erase(dpo, s)).isPositive();

    assertThat(columnsHolding(marker)).as("nothing that identified them is left in the clear").isEmpty();
    assertThat(columnsHolding(staff.name())).as("the member of staff's name, written as text").isEmpty();
    var opened = cases.view(dsl, bullying);
    assertThat(opened.reporterName()).as("the sealed details no longer name the reporter").isNull();
    assertThat(opened.reporterContact()).isNull();
    assertThat(opened.summaryText()).as("the case itself is kept").contains(marker);
    assertThat(source("Reports and cases").export(l)).isEmpty();
    assertThat(source("Reports and cases").export(s)).isEmpty();
    assertThat(count("select count(*) from case_links where case_id = ?", bullying)).as("links stay").isEqualTo(1);
    assertThat(count("select count(*) from policy_acknowledgements where person_id = ?", l)).as("the proof it was read").isEqualTo(1);
    assertThat(count("select count(*) from policy_reminders where person_id = ?", l)).isZero();
    assertThat(count("select count(*) from policy_owners where person_id = ?", s)).isZero();
    assertThat(count("select count(*) from consent_records where id = ?", consentId)).as("what was allowed, when").isEqualTo(1);
    assertThat(count("select count(*) from consent_evidence where consent_id = ?", consentId)).isZero();
    assertThat(count("select count(*) from consent_takedowns where person_id = ?", l)).as("takedowns stay").isEqualTo(1);
    assertThat(count("select count(*) from consent_do_not_publish where person_id = ?", l)).isZero();
    assertThat(count("select count(*) from posts where id = ?", draft)).as("what never went out goes").isZero();
    assertThat(jdbc.sql("select count(*) from posts where id = ? and author_id = ?").params(published, s)
        .query(Long.class).single())
        .as("what the official account published stays, by id").isEqualTo(1);
    assertThat(jdbc.sql("select count(*) from inbox_items where id = ? and assignee_id is null").param(item)
        .query(Long.class).single()).as("the public's message stays, back in the queue").isEqualTo(1);
    assertThat(count("select count(*) from inbox_pending_replies where item_id = ?", item)).as("an unsent reply goes").isZero();
    assertThat(verifier.verify().ok()).as("the chain verifies: " + verifier.verify().summary()).isTrue();
  }

  long post(long accountId, long authorId, String state, String text, OffsetDateTime now) {
    var key = new org.springframework.jdbc.support.GeneratedKeyHolder();
    tx.executeWithoutResult(t -> jdbc.sql("insert into posts (account_id, author_id, text, state, origin, verdict, findings,"
            + " pack_id, checked_at, created_at, updated_at) values (?, ?, ?, ?, 'steward', 'pass', '[]', 'cccg-policy', ?, ?, ?)")
        .params(accountId, authorId, text, state, now, now, now).update(key, "id"));
    return key.getKeyAs(Number.class).longValue();
  }

  Actor actor(String username) {
    Person p = people.lookUp(username).orElseThrow();
    return new Actor(p.id(), p.displayName(), p.roles());
  }

  Actor add(PersonKind kind, String given, String family, long unit, Role role) {
    RoleGrant grant = new RoleGrant(role, role.scoped() ? unit : null);
    String username = (given + "." + family).toLowerCase();
    long id = people.add(Actor.SYSTEM, new NewPerson(kind, given, family, username + "@test.example", username,
        kind == PersonKind.LEARNER ? LocalDate.now().minusYears(16) : LocalDate.of(1980, 1, 1), unit, List.of(grant)),
        null, "test");
    return new Actor(id, given + " " + family, List.of(grant));
  }

  PersonalData source(String feature) {
    return sources.stream().filter(p -> p.feature().equals(feature)).findFirst().orElseThrow();
  }

  List<String> types(String feature, long personId) {
    return source(feature).export(personId).stream().map(PersonalRecord::type).toList();
  }

  long count(String sql, long id) {
    return jdbc.sql(sql).param(id).query(Long.class).single();
  }

  /** Every text column ("table.column") of every table with a value containing {@code s}. */
  List<String> columnsHolding(String s) {
    var columns = jdbc.sql("select table_name, column_name from information_schema.columns"
            + " where table_schema = 'public' and (upper(data_type) like '%CHAR%' or upper(data_type) like '%CLOB%'"
            + " or upper(data_type) like '%TEXT%')")
        .query((rs, i) -> List.of(rs.getString(1).toLowerCase(), rs.getString(2).toLowerCase())).list();
    return columns.stream().filter(c -> jdbc.sql("select count(*) from \"" + c.get(0) + "\" where lower(\""
            + c.get(1) + "\") like ?").param("%" + s.toLowerCase() + "%").query(Long.class).single() > 0)
        .map(c -> c.get(0) + "." + c.get(1)).toList();
  }
}
