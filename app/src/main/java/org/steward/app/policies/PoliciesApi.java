package org.steward.app.policies;

import io.swagger.v3.oas.annotations.Operation;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.steward.app.identity.Actor;
import org.steward.app.web.NotFound;
import org.steward.engine.pack.PolicyClause;
import org.steward.engine.pack.PolicyPack;
import org.steward.engine.pack.Rule;

/**
 * The policies REST API: the packs, their versions and where each is in force; uploading a pack's
 * YAML as a draft (201, or 422 with every problem at its line and field, nothing stored); a version
 * with its clauses, rules, source and the difference it makes; publishing; adoption; acknowledging;
 * the dashboard. The same services and checks as the pages.
 */
@RestController
class PoliciesApi {
  private final PoliciesInForce policies;
  private final PolicyViews views;
  private final PolicyPublishing publishing;
  private final PolicyAdministration administration;
  private final PolicyAcknowledging acknowledging;
  private final PolicyReviews reviews;

  PoliciesApi(PoliciesInForce policies, PolicyViews views, PolicyPublishing publishing,
      PolicyAdministration administration, PolicyAcknowledging acknowledging, PolicyReviews reviews) {
    this.policies = policies;
    this.views = views;
    this.publishing = publishing;
    this.administration = administration;
    this.acknowledging = acknowledging;
    this.reviews = reviews;
  }

  record WhereJson(String unit, String unitCode, String audience, String how) {
    static WhereJson of(PoliciesInForce.Where w) {
      return new WhereJson(w.unitName(), w.unitCode(), w.audience().code(), w.how());
    }
  }

  record VersionSummary(long id, String version, String status, String source, Instant enforcedFrom,
      Instant publishedAt, Long supersedes) {
    static VersionSummary of(PolicyVersion v) {
      return new VersionSummary(v.id(), v.version(), v.status().code(), v.source().code(), v.enforcedFrom(),
          v.publishedAt(), v.supersedesId());
    }
  }

  record PackJson(String id, String title, VersionSummary inForce, List<String> audience, LocalDate reviewBy,
      boolean reviewOverdue, List<WhereJson> where, List<VersionSummary> versions) {}

  @Operation(summary = "The policy packs, their versions and where each is in force (DOC-1, DOC-2, DOC-4, DOC-7)")
  @GetMapping(value = "/api/v1/policies", produces = MediaType.APPLICATION_JSON_VALUE)
  List<PackJson> list(Actor actor) {
    List<PackJson> out = new ArrayList<>();
    java.util.Set<String> ids = new java.util.TreeSet<>();
    policies.all().forEach(p -> ids.add(p.packId()));
    views.draftsFor(actor).forEach(d -> ids.add(d.packId()));
    for (String id : ids) {
      out.add(pack(actor, id));
    }
    return out;
  }

  private PackJson pack(Actor actor, String packId) {
    var inForce = policies.byId(packId);
    List<PolicyVersion> versions = views.versionsOf(actor, packId);
    if (inForce.isEmpty() && versions.isEmpty()) {
      throw new NotFound("There is no policy " + packId + ".");
    }
    String title = inForce.map(PolicyInForce::title).orElse(versions.get(0).title());
    return new PackJson(packId, title, inForce.map(p -> VersionSummary.of(p.version())).orElse(null),
        inForce.map(p -> p.pack().metadata().audience()).orElse(List.of()),
        inForce.map(reviews::reviewBy).orElse(null), inForce.map(reviews::overdue).orElse(false),
        policies.where(packId).stream().map(WhereJson::of).toList(),
        versions.stream().map(VersionSummary::of).toList());
  }

  @Operation(summary = "One policy pack: its versions and where it is in force")
  @GetMapping(value = "/api/v1/policies/{packId}", produces = MediaType.APPLICATION_JSON_VALUE)
  PackJson one(@PathVariable String packId, Actor actor) {
    return pack(actor, packId);
  }

  /** What an upload answers: the draft's id and version. */
  record Stored(long id, String pack, String version, String title, String status) {}

  @Operation(summary = "Upload a pack's YAML as a draft version: 201, or 422 listing every problem with its line and field (nothing stored)")
  @PostMapping(value = "/api/v1/policies", consumes = {"application/yaml", "application/x-yaml", "text/yaml"},
      produces = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<Stored> upload(@RequestBody(required = false) String yaml,
      @RequestParam(defaultValue = "upload.yaml") String name, Actor actor) {
    String file = name.replaceAll("[^A-Za-z0-9._-]", "_");
    PolicyPublishing.Draft d = publishing.upload(actor, yaml, file.length() > 100 ? file.substring(0, 100) : file);
    return ResponseEntity.created(URI.create("/api/v1/policies/" + d.packId() + "/versions/" + d.id()))
        .body(new Stored(d.id(), d.packId(), d.version(), d.title(), "draft"));
  }

  record ClauseJson(String id, String section, List<String> kinds, String text) {
    static ClauseJson of(PolicyClause c) {
      return new ClauseJson(c.id(), c.section(), c.kinds().stream().map(k -> k.id()).sorted().toList(), c.text());
    }
  }

  record RuleJson(String id, String clause, String detector, List<String> categories, double minScore,
      List<String> on, String action, String say) {
    static RuleJson of(Rule r) {
      return new RuleJson(r.id(), r.clause(), r.when().detector(), r.when().categories(), r.when().minScore(),
          r.on().stream().map(k -> k.id()).sorted().toList(), r.action().id(), r.say());
    }
  }

  record ChangeJson(String part, String change, String id, String before, String after) {}

  record VersionJson(long id, String pack, String version, String title, String status, String source,
      String sourceName, Instant enforcedFrom, Long supersedes, String publishedBy, Instant publishedAt,
      String publishReason, List<ClauseJson> clauses, List<RuleJson> rules, Long comparedWith,
      List<ChangeJson> difference, String yaml) {}

  @Operation(summary = "One version: its clauses, rules, source and the difference from the version in force (or the one it superseded)")
  @GetMapping(value = "/api/v1/policies/{packId}/versions/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
  VersionJson version(@PathVariable String packId, @PathVariable long id, Actor actor) {
    return json(views.version(actor, packId, id));
  }

  private VersionJson json(PolicyVersion v) {
    PackReader.Read read = views.read(v);
    PolicyPack pack = read.ok() ? read.pack() : null;
    List<ChangeJson> changes = new ArrayList<>();
    PackDifference d = views.difference(v);
    if (d != null) {
      Map.of("document", d.document(), "clauses", d.clauses(), "rules", d.rules(), "settings", d.settings())
          .forEach((part, list) -> list.forEach(c -> changes.add(new ChangeJson(part, c.kind().name().toLowerCase(),
              c.id(), c.before(), c.after()))));
      changes.sort(java.util.Comparator.comparing(ChangeJson::part).thenComparing(ChangeJson::id));
    }
    return new VersionJson(v.id(), v.packId(), v.version(), v.title(), v.status().code(), v.source().code(),
        v.sourceName(), v.enforcedFrom(), v.supersedesId(), v.publishedBy() == null && v.published() ? "Steward"
            : v.publishedBy() == null ? null : views.name(v.publishedBy()), v.publishedAt(), v.publishReason(),
        pack == null ? List.of() : pack.clauses().stream().map(ClauseJson::of).toList(),
        pack == null ? List.of() : pack.rules().stream().map(RuleJson::of).toList(),
        views.comparedWith(v).map(PolicyVersion::id).orElse(null), changes, views.source(v));
  }

  /** Publishing a draft: when it comes into force (omitted: now) and why. */
  record PublishJson(Instant enforceFrom, String reason) {}

  @Operation(summary = "Publish a draft, in force now or from a later time, with the reason (audited)")
  @PostMapping(value = "/api/v1/policies/{packId}/versions/{id}/publish", consumes = MediaType.APPLICATION_JSON_VALUE,
      produces = MediaType.APPLICATION_JSON_VALUE)
  VersionJson publish(@PathVariable String packId, @PathVariable long id, @RequestBody PublishJson body, Actor actor) {
    return json(publishing.publish(actor, packId, id, body.enforceFrom(), body.reason()));
  }

  /** Adopting a pack: the unit by code (omitted: the whole organisation), audiences (omitted: all it is for). */
  record AdoptJson(String unit, List<String> audience, String reason) {}

  @Operation(summary = "Adopt a pack for a unit and everything below it (or the whole organisation), per audience (administrators)")
  @PostMapping(value = "/api/v1/policies/{packId}/adoptions", consumes = MediaType.APPLICATION_JSON_VALUE,
      produces = MediaType.APPLICATION_JSON_VALUE)
  List<WhereJson> adopt(@PathVariable String packId, @RequestBody AdoptJson body, Actor actor) {
    List<Audience> audiences = new ArrayList<>();
    List<org.steward.app.web.FieldProblem> problems = new ArrayList<>();
    if (body.audience() != null) {
      for (String a : body.audience()) {
        Audience.fromCode(a).ifPresentOrElse(audiences::add,
            () -> problems.add(new org.steward.app.web.FieldProblem("audience", "Say staff or learner.")));
      }
    }
    if (!problems.isEmpty()) {
      throw new org.steward.app.web.InvalidInput(problems);
    }
    administration.adopt(actor, packId, body.unit(), audiences, body.reason());
    return policies.where(packId).stream().map(WhereJson::of).toList();
  }

  record AcknowledgementJson(String pack, String version, long versionId, Instant acknowledgedAt) {}

  @Operation(summary = "Confirm that you have read the policy in force for you and will follow it (DOC-5)")
  @PostMapping(value = "/api/v1/policies/{packId}/acknowledgement", produces = MediaType.APPLICATION_JSON_VALUE)
  AcknowledgementJson acknowledge(@PathVariable String packId, Actor actor) {
    PolicyInForce p = acknowledging.acknowledge(actor, packId);
    return new AcknowledgementJson(p.packId(), p.version().version(), p.versionId(),
        acknowledging.acknowledgedAt(actor, p.versionId()).orElse(null));
  }

  record DashboardJson(String pack, String version, int confirmed, int waiting,
      List<PolicyAcknowledging.Tally> byUnit, List<PolicyAcknowledging.Tally> byRole,
      List<PolicyAcknowledging.Row> notYet) {}

  @Operation(summary = "Who has and has not confirmed the version in force, by unit and by role (DOC-5)")
  @GetMapping(value = "/api/v1/policies/{packId}/acknowledgements", produces = MediaType.APPLICATION_JSON_VALUE)
  DashboardJson dashboard(@PathVariable String packId, @RequestParam(required = false) Long unit, Actor actor) {
    PolicyAcknowledging.Dashboard d = acknowledging.dashboard(actor, packId, unit);
    return new DashboardJson(d.policy().packId(), d.policy().version().version(), d.confirmed(), d.waiting(),
        d.byUnit(), d.byRole(), d.notYet());
  }
}
