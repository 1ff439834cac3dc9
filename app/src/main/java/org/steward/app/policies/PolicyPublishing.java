package org.steward.app.policies;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.steward.app.audit.AuditTrail;
import org.steward.app.identity.Actor;
import org.steward.app.notifications.Notifications;
import org.steward.app.web.FieldProblem;
import org.steward.app.web.IllegalTransition;
import org.steward.app.web.InvalidInput;
import org.steward.app.web.NotFound;
import org.steward.engine.pack.PolicyPack;

/**
 * Bringing a version in and putting it in force (DOC-1, DOC-2): an upload is validated whole and
 * stored as a draft (or refused with every problem, nothing stored); a draft is compared with the
 * version in force and published with an enforcement time, now or later, and a reason; the version
 * it supersedes stays readable. Each change checks the role, writes its audit entry and commits in
 * one transaction, serialised on the policy state row; {@link PolicyPublished} and, once it is in
 * force, {@link PolicyEnforced} go out with it.
 */
@Service
class PolicyPublishing {
  /** Largest policy file read, before anything parses it (the shipped packs are about 30 KB). */
  static final int MAX_BYTES = 1 << 20;

  /** A stored draft: its id and version. */
  record Draft(long id, String packId, String version, String title) {}

  private final PolicyVersions versions;
  private final PoliciesInForce policies;
  private final PackReader reader;
  private final PolicyGuards guards;
  private final PolicyAcknowledging acknowledging;
  private final AuditTrail audit;
  private final Notifications notifications;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  PolicyPublishing(PolicyVersions versions, PoliciesInForce policies, PackReader reader, PolicyGuards guards,
      PolicyAcknowledging acknowledging, AuditTrail audit, Notifications notifications,
      ApplicationEventPublisher events, Clock clock) {
    this.versions = versions;
    this.policies = policies;
    this.reader = reader;
    this.guards = guards;
    this.acknowledging = acknowledging;
    this.audit = audit;
    this.notifications = notifications;
    this.events = events;
    this.clock = clock;
  }

  /**
   * Stores {@code yaml} as a draft version, or refuses it with every problem (line and field) and
   * stores nothing.
   *
   * @throws org.steward.app.security.AuditedRefusal (403) unless the actor is an administrator, or an
   *     owner uploading a version of their own pack
   * @throws InvalidInput (422) listing every problem
   */
  @Transactional
  public Draft upload(Actor actor, String yaml, String name) {
    if (!guards.mayUpload(actor)) {
      throw guards.refuse(actor, "policy-pack", "new", "upload",
          "Only administrators and the owners of a policy can upload a policy.");
    }
    if (yaml == null || yaml.isBlank()) {
      throw refused(List.of(new FieldProblem("file", "The file is empty: choose the YAML file of the policy.")));
    }
    if (yaml.length() > MAX_BYTES) {
      throw refused(List.of(new FieldProblem("file", "The file is larger than 1 MB: a policy pack is much smaller.")));
    }
    PackReader.Read read = reader.read(yaml, name);
    if (!read.ok()) {
      throw refused(read.problems());
    }
    PolicyPack pack = read.pack();
    if (!guards.mayManage(actor, pack.id())) {
      throw guards.refuse(actor, "policy-pack", pack.id(), "upload",
          "Only administrators and the owners of " + pack.id() + " can upload its versions.");
    }
    versions.lockState();
    Optional<PolicyVersion> same = versions.find(pack.id(), pack.version());
    if (same.isPresent()) {
      throw refused(List.of(FieldProblem.onLine(lineOf(yaml, "version:"), "version", "Version " + pack.version()
          + " of " + pack.id() + " is already in Steward (" + same.get().status().code()
          + "). Give the new version its own number.")));
    }
    Instant now = clock.instant();
    long id = versions.insert(pack.id(), pack.version(), pack.title(), PolicyVersion.Source.UPLOAD, name, yaml,
        sha256(yaml), actor.personId(), now);
    audit.record(actor, "policy.uploaded", "policy-version", Long.toString(id), null);
    versions.bump();
    List<Long> owners = ownersOf(pack.id());
    owners.remove(actor.personId());
    notifications.notify(owners, "A new draft of " + pack.title() + " is waiting to be compared and published",
        "/policies/" + pack.id() + "/versions/" + id);
    return new Draft(id, pack.id(), pack.version(), pack.title());
  }

  private static InvalidInput refused(List<FieldProblem> problems) {
    return new InvalidInput(problems, "The policy was not stored", problems.size()
        + (problems.size() == 1 ? " problem was" : " problems were")
        + " found. Nothing was stored: fix " + (problems.size() == 1 ? "it" : "them") + " and upload the file again.");
  }

  /**
   * Publishes a draft, in force from {@code enforceFrom} (null or past: now), superseding the version
   * in force; {@code reason} (why, for the audit trail) is required.
   */
  @Transactional
  public PolicyVersion publish(Actor actor, String packId, long versionId, Instant enforceFrom, String reason) {
    PolicyVersion v = versions.lock(versionId).filter(x -> x.packId().equals(packId))
        .orElseThrow(() -> new NotFound("There is no version " + versionId + " of " + packId + "."));
    guards.requireManage(actor, v.packId(), "publish version " + v.version());
    if (!v.draft()) {
      throw new IllegalTransition("Version " + v.version() + " is " + v.status().code() + ", not a draft.");
    }
    Instant now = clock.instant();
    List<FieldProblem> problems = new ArrayList<>();
    if (reason == null || reason.isBlank()) {
      problems.add(new FieldProblem("reason", "Say why this version is published, for example 'Annual review approved by governors'."));
    } else if (reason.length() > 2000) {
      problems.add(new FieldProblem("reason", "Use 2,000 characters or fewer for the reason."));
    }
    if (enforceFrom != null && enforceFrom.isBefore(now.minus(Duration.ofMinutes(5)))) {
      problems.add(new FieldProblem("enforceFrom", "Choose now or a time to come: a version cannot be enforced in the past."));
    }
    PackReader.Read read = reader.read(versions.source(v.id()), v.sourceName());
    if (!read.ok()) {
      problems.addAll(read.problems());
    }
    if (!problems.isEmpty()) {
      throw new InvalidInput(problems);
    }
    return publish(actor, v, enforceFrom == null || enforceFrom.isBefore(now) ? now : enforceFrom, reason.strip());
  }

  /** Publishes {@code v}, already checked, from {@code enforcedFrom}; the caller holds the locks. */
  PolicyVersion publish(Actor actor, PolicyVersion v, Instant enforcedFrom, String reason) {
    versions.lockState();
    Instant now = clock.instant();
    Optional<PolicyVersion> current = inForce(v.packId(), now);
    versions.publish(v.id(), actor.personId(), now, enforcedFrom, current.map(PolicyVersion::id).orElse(null), reason);
    audit.record(actor, "policy.published", "policy-version", Long.toString(v.id()),
        reason + (enforcedFrom.isAfter(now) ? " (in force from " + enforcedFrom + ")" : ""));
    versions.bump();
    PolicyVersion published = versions.find(v.id()).orElseThrow();
    events.publishEvent(new PolicyPublished(v.packId(), v.version(), v.id(), enforcedFrom,
        current.map(PolicyVersion::version).orElse(null), actor.personId()));
    if (!enforcedFrom.isAfter(now)) {
      comeIntoForce(published);
    } else {
      notifications.notify(ownersOf(v.packId()), "Version " + v.version() + " of " + v.title()
          + " is published and comes into force on " + enforcedFrom, "/policies/" + v.packId() + "/versions/" + v.id());
    }
    return published;
  }

  /**
   * A published version's time has come: it is announced once (on one node), {@link PolicyEnforced}
   * goes out, and everyone in its audience is asked to read and confirm it.
   */
  @Transactional
  public void comeIntoForce(PolicyVersion v) {
    if (!versions.markAnnounced(v.id(), clock.instant())) {
      return;
    }
    String superseded = v.supersedesId() == null ? null : versions.find(v.supersedesId()).map(PolicyVersion::version).orElse(null);
    events.publishEvent(new PolicyEnforced(v.packId(), v.version(), v.id(), v.enforcedFrom(), superseded));
    acknowledging.askEveryone(v);
  }

  /** Versions published for later whose time has come (the enforcement job). */
  @Transactional
  public int enforceDue() {
    List<PolicyVersion> due = versions.dueForAnnouncement(clock.instant());
    due.forEach(this::comeIntoForce);
    return due.size();
  }

  /** Discards a draft (kept for the record, never enforced). */
  @Transactional
  public void discard(Actor actor, String packId, long versionId, String reason) {
    PolicyVersion v = versions.lock(versionId).filter(x -> x.packId().equals(packId))
        .orElseThrow(() -> new NotFound("There is no version " + versionId + " of " + packId + "."));
    guards.requireManage(actor, v.packId(), "discard version " + v.version());
    if (!v.draft()) {
      throw new IllegalTransition("Only a draft can be discarded; version " + v.version() + " is " + v.status().code() + ".");
    }
    versions.discard(v.id());
    audit.record(actor, "policy.draft-discarded", "policy-version", Long.toString(v.id()), blankToNull(reason));
    versions.bump();
  }

  /** The owner's plain-language summary of a version for an audience; blank goes back to the generated one. */
  @Transactional
  public void writeSummary(Actor actor, String packId, long versionId, Audience audience, String text) {
    PolicyVersion v = versions.lock(versionId).filter(x -> x.packId().equals(packId))
        .orElseThrow(() -> new NotFound("There is no version " + versionId + " of " + packId + "."));
    guards.requireManage(actor, v.packId(), "write the summary of version " + v.version());
    if (text != null && text.length() > 20000) {
      throw new InvalidInput("summary", "Use 20,000 characters or fewer for the summary.");
    }
    versions.summary(v.id(), audience, blankToNull(text));
    audit.record(actor, "policy.summary-written", "policy-version", Long.toString(v.id()), audience.code());
    versions.bump();
  }

  /** The version in force now of {@code packId}, read from the table (not the shared snapshot). */
  Optional<PolicyVersion> inForce(String packId, Instant now) {
    PolicyVersion best = null;
    for (PolicyVersion v : versions.ofPack(packId)) {
      if (v.enforcedAt(now) && (best == null || v.enforcedFrom().isAfter(best.enforcedFrom())
          || (v.enforcedFrom().equals(best.enforcedFrom()) && v.id() > best.id()))) {
        best = v;
      }
    }
    return Optional.ofNullable(best);
  }

  List<Long> ownersOf(String packId) {
    List<Long> out = new ArrayList<>();
    policies.snapshot().owners().stream().filter(o -> o.packId().equals(packId)).forEach(o -> out.add(o.personId()));
    return out;
  }

  static String sha256(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new AssertionError("impossible: SHA-256 is always there", e);
    }
  }

  /** The 1-based line of the first line starting with {@code key} (at the top level), or null. */
  static Integer lineOf(String yaml, String key) {
    String[] lines = yaml.split("\\R", -1);
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].startsWith(key)) {
        return i + 1;
      }
    }
    return null;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
