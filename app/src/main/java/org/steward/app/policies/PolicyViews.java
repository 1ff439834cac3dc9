package org.steward.app.policies;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.stereotype.Component;
import org.steward.app.identity.Actor;
import org.steward.app.people.PeopleService;
import org.steward.app.people.Person;
import org.steward.app.web.NotFound;
import org.steward.engine.pack.PolicyPack;
import org.steward.engine.pack.SettingSpec;

/**
 * What the policies pages and API show, read once per request: packs in force and where, versions,
 * the difference a draft makes, settings with their declared meaning, names instead of ids.
 * Nothing here changes anything.
 */
@Component
class PolicyViews {
  private final PoliciesInForce policies;
  private final PolicyVersions versions;
  private final PolicyReviews reviews;
  private final PolicyGuards guards;
  private final PackReader reader;
  private final PeopleService people;

  PolicyViews(PoliciesInForce policies, PolicyVersions versions, PolicyReviews reviews, PolicyGuards guards,
      PackReader reader, PeopleService people) {
    this.policies = policies;
    this.versions = versions;
    this.reviews = reviews;
    this.guards = guards;
    this.people = people;
    this.reader = reader;
  }

  /** A pack in force as the list shows it. */
  record Listed(PolicyInForce policy, List<PoliciesInForce.Where> where, LocalDate reviewBy, boolean overdue,
      List<String> owners) {}

  List<Listed> listed() {
    List<Listed> out = new ArrayList<>();
    for (PolicyInForce p : policies.all()) {
      LocalDate review = reviews.reviewBy(p);
      out.add(new Listed(p, policies.where(p.packId()), review, reviews.overdue(p), ownerNames(p.packId())));
    }
    return out;
  }

  /** Drafts waiting for this person's decision (an administrator: every draft). */
  List<PolicyVersion> draftsFor(Actor actor) {
    return policies.snapshot().versions().stream().filter(PolicyVersion::draft)
        .filter(v -> guards.mayManage(actor, v.packId())).toList();
  }

  List<String> ownerNames(String packId) {
    List<Long> ids = policies.snapshot().owners().stream().filter(o -> o.packId().equals(packId))
        .map(PolicyAdoptions.Owner::personId).toList();
    Map<Long, Person> byId = people.byIds(ids);
    return ids.stream().map(id -> byId.containsKey(id) ? byId.get(id).displayName() : "Someone who has left").toList();
  }

  Map<Long, String> ownersById(String packId) {
    List<Long> ids = policies.snapshot().owners().stream().filter(o -> o.packId().equals(packId))
        .map(PolicyAdoptions.Owner::personId).toList();
    Map<Long, Person> byId = people.byIds(ids);
    Map<Long, String> out = new LinkedHashMap<>();
    ids.forEach(id -> out.put(id, byId.containsKey(id) ? byId.get(id).displayName() : "Someone who has left"));
    return out;
  }

  String name(Long personId) {
    if (personId == null) {
      return "Steward";
    }
    return people.byIds(List.of(personId)).values().stream().findFirst().map(Person::displayName)
        .orElse("Someone who has left");
  }

  /** The versions of a pack this person may see: every published one, and drafts for its managers. */
  List<PolicyVersion> versionsOf(Actor actor, String packId) {
    boolean manager = guards.mayManage(actor, packId);
    return versions.ofPack(packId).stream().filter(v -> v.published() || manager).toList();
  }

  /** The version, if this person may see it (a draft: its managers only); otherwise 404 or 403. */
  PolicyVersion version(Actor actor, String packId, long id) {
    PolicyVersion v = versions.find(id).filter(x -> x.packId().equals(packId))
        .orElseThrow(() -> new NotFound("There is no version " + id + " of " + packId + "."));
    if (!v.published() && !guards.mayManage(actor, packId)) {
      throw guards.refuse(actor, "policy-version", Long.toString(id), "read a draft",
          "Only administrators and the policy's owners read its drafts.");
    }
    return v;
  }

  /** The pack as stored for version {@code v}, read as this installation reads it. */
  PackReader.Read read(PolicyVersion v) {
    return policies.read(v);
  }

  String source(PolicyVersion v) {
    return versions.source(v.id());
  }

  /** The version a draft is compared with (the one in force) or a published one with (the one it superseded). */
  Optional<PolicyVersion> comparedWith(PolicyVersion v) {
    if (v.published()) {
      return v.supersedesId() == null ? Optional.empty() : versions.find(v.supersedesId());
    }
    return policies.versionInForce(v.packId()).filter(x -> x.id() != v.id());
  }

  PackDifference difference(PolicyVersion v) {
    PackReader.Read after = read(v);
    if (!after.ok()) {
      return null;
    }
    PolicyPack before = comparedWith(v).map(this::read).filter(PackReader.Read::ok).map(PackReader.Read::pack).orElse(null);
    return PackDifference.between(before, after.pack());
  }

  /** One setting as the policy's page shows it: what it does, the pack's value or the default. */
  record SettingRow(String key, String type, String value, boolean fromPack, String description) {}

  List<SettingRow> settings(PolicyPack pack) {
    Map<String, SettingRow> rows = new TreeMap<>();
    for (PackSetting s : reader.declared().values()) {
      boolean set = pack.settings().has(s.key());
      Object value = set ? pack.settings().values().get(s.key()) : s.defaultValue();
      rows.put(s.key(), new SettingRow(s.key(), PackReader.typeName(s.type()), show(s.type(), value), set, s.description()));
    }
    for (String key : pack.settings().values().keySet()) {
      if (!rows.containsKey(key)) {
        SettingSpec type = reader.schema().declared(key).map(d -> d.type()).orElse(SettingSpec.TEXT);
        rows.put(key, new SettingRow(key, PackReader.typeName(type), show(type, pack.settings().values().get(key)),
            true, "Read by the checks (docs/packs.md)."));
      }
    }
    return List.copyOf(rows.values());
  }

  private static String show(SettingSpec type, Object value) {
    if (value == null) {
      return "not set";
    }
    if (value instanceof List<?> l) {
      if (l.isEmpty()) {
        return "none";
      }
      if (type == SettingSpec.RECORDS) {
        return l.size() + (l.size() == 1 ? " entry" : " entries");
      }
      return String.join(", ", l.stream().map(String::valueOf).toList());
    }
    return value.toString();
  }

  /** The summary people read for this version and audience: the owner's, or generated. */
  String summary(PolicyVersion v, PolicyPack pack, Audience audience) {
    String own = audience == Audience.LEARNER ? v.summaryLearner() : v.summaryStaff();
    return own != null ? own : PlainSummary.generate(pack, audience);
  }

  /** Audiences a pack is for. */
  static List<Audience> audiences(PolicyPack pack) {
    return PolicyAdministration.audiencesOf(pack);
  }
}
