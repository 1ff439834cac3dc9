package org.steward.app.learning;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.steward.app.audit.AuditTrail;
import org.steward.app.audit.RefusalAudit;
import org.steward.app.web.FieldProblem;
import org.steward.app.web.IllegalTransition;
import org.steward.app.web.InvalidInput;
import org.steward.app.web.NotFound;
import org.steward.app.identity.Role;
import org.steward.app.identity.Actor;
import org.steward.engine.learn.InstitutionLearning;
import org.steward.engine.learn.LearnedDetectors;
import org.steward.engine.learn.ModeratorDecision;
import org.steward.engine.learn.TextModel;
import org.steward.engine.pack.Condition;
import org.steward.engine.pack.PolicyPack;
import org.steward.app.policies.PoliciesInForce;
import org.steward.app.policies.PolicyInForce;

/**
 * Learning from the institution. Moderators' decisions are kept as labelled examples; a retrain
 * builds a candidate and compares it with the model in use on held-out decisions; only an
 * administrator switches, and every change is audited in its own transaction. Decision texts may
 * hold personal data: they are stored, never logged and never put in the audit trail.
 */
@Service
public class LearningService {
  /** Who judges flagged texts (and so may record a decision). */
  public static final List<Role> MODERATORS = List.of(Role.MARKETING, Role.HEAD_OF_DIGITAL_MARKETING,
      Role.SAFEGUARDING_LEAD, Role.ADMINISTRATOR);
  static final int MAX_TEXT = 1 << 20;
  private static final Logger log = LoggerFactory.getLogger(LearningService.class);

  private final ModeratorDecisions decisions;
  private final LearnedModels models;
  private final ActiveModel activeModel;
  private final AuditTrail audit;
  private final RefusalAudit refusals;
  private final LearningSettings settings;
  private final TransactionTemplate tx;
  private final Clock clock;
  private final PoliciesInForce policies;
  private final ReentrantLock building = new ReentrantLock();

  LearningService(ModeratorDecisions decisions, LearnedModels models, ActiveModel activeModel, AuditTrail audit,
      RefusalAudit refusals, LearningSettings settings, TransactionTemplate tx, Clock clock,
      PoliciesInForce policies) {
    this.policies = policies;
    this.decisions = decisions;
    this.models = models;
    this.activeModel = activeModel;
    this.audit = audit;
    this.refusals = refusals;
    this.settings = settings;
    this.tx = tx;
    this.clock = clock;
  }

  /** Whether {@code actor} may record decisions (for showing the buttons). */
  public boolean mayModerate(Actor actor) {
    return actor != null && actor.holdsAny(MODERATORS.toArray(Role[]::new));
  }

  /** Whether findings of {@code category} teach the model anything (the model has that category or a parent of it). */
  public boolean learnable(String category) {
    if (category == null) {
      return false;
    }
    return activeModel.current().model().categories().stream().anyMatch(c -> Condition.dottedPrefix(c, category));
  }

  /**
   * Keeps a moderator's decision on a finding: {@code upheld} true when the text is what the
   * category says, false when the finding was a false alarm. Returns the decision's id.
   *
   * @throws InvalidInput naming every bad field
   * @throws org.springframework.security.access.AccessDeniedException for anyone but a moderator (audited)
   */
  @Transactional
  public long recordDecision(Actor actor, String text, String category, Boolean upheld, String packId) {
    if (!mayModerate(actor) || actor.isSystem()) {
      throw refuse(actor, "record decision", "moderator-decision", "new",
          "Only marketing, the head of digital marketing, the safeguarding lead and administrators record decisions.");
    }
    List<FieldProblem> problems = new ArrayList<>();
    if (text == null || text.isBlank()) {
      problems.add(new FieldProblem("text", "Enter the text the decision is about"));
    } else if (text.length() > MAX_TEXT) {
      problems.add(new FieldProblem("text", "The text must be 1 MB or shorter"));
    }
    String cat = category == null ? "" : category.strip().toLowerCase(Locale.ROOT);
    if (!cat.matches("[a-z0-9][a-z0-9._-]{0,99}")) {
      problems.add(new FieldProblem("category",
          "Enter the finding's category, such as hate.race or harassment"));
    }
    if (upheld == null) {
      problems.add(new FieldProblem("upheld", "Say whether you agree with the finding (true) or not (false)"));
    }
    // The pack the finding was made under: named, or else the one in force for the moderator.
    String pack = packId == null || packId.isBlank()
        ? policies.forActor(actor).map(PolicyInForce::packId).orElse(null) : packId.strip();
    if (pack == null || policies.byId(pack).isEmpty()) {
      problems.add(new FieldProblem("policy", "Choose a policy in force: one of "
          + policies.all().stream().map(PolicyInForce::packId).collect(Collectors.joining(", "))));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInput(problems);
    }
    long id = decisions.insert(text, cat, upheld, pack, actor.personId(), now());
    audit.record(actor, upheld ? "learning.decision-upheld" : "learning.decision-overruled", "moderator-decision",
        Long.toString(id), null);
    return id;
  }

  /** What building a candidate did. */
  public sealed interface BuildOutcome {
    /** A candidate was stored with its comparison. */
    record Built(LearnedModel candidate) implements BuildOutcome {}

    /** Not enough decisions yet. */
    record TooFew(long decisions, int needed) implements BuildOutcome {}

    /** No decision arrived since the last model was built: it would be the same model. */
    record NothingNew(long lastModelId) implements BuildOutcome {}

    /** Another build is running on this node. */
    record Busy() implements BuildOutcome {}
  }

  /**
   * Builds a candidate from every decision when there are enough, compares it with the model in
   * use on held-out decisions and stores both. Never activates anything. Administrators, or the
   * system (the nightly job).
   */
  public BuildOutcome buildCandidate(Actor actor) {
    if (!actor.isSystem() && !actor.holds(Role.ADMINISTRATOR)) {
      throw refuse(actor, "build candidate", "learned-model", "new", "Only an administrator builds a candidate model.");
    }
    if (!building.tryLock()) {
      return new BuildOutcome.Busy();
    }
    try {
      long count = decisions.count();
      if (count < settings.minDecisions()) {
        return new BuildOutcome.TooFew(count, settings.minDecisions());
      }
      long newest = decisions.newestId();
      var last = models.newest();
      if (last.isPresent() && last.get().lastDecisionId() >= newest) {
        return new BuildOutcome.NothingNew(last.get().id());
      }
      Long baseId = models.activeId().orElse(null);
      TextModel base = baseId == null ? LearnedDetectors.shipped() : ActiveModel.read(models.bytes(baseId));
      List<Decision> all = decisions.upTo(newest);
      List<ModeratorDecision> examples = all.stream()
          .map(d -> new ModeratorDecision(d.text(), d.category(), d.upheld())).toList();
      // Training takes seconds: outside any transaction, so no lock is held meanwhile.
      var candidate = InstitutionLearning.retrain(base, examples, thresholds(all, base, this::pack),
          InstitutionLearning.Options.defaults());
      ComparisonReport report = ComparisonReport.of(candidate.report());
      byte[] bytes = ActiveModel.write(candidate.model());
      long id = tx.execute(status -> {
        long stored = models.insertCandidate(candidate.model().name(), bytes, baseId, newest, report,
            actor.personId(), now());
        for (long old : models.supersedeCandidates(stored)) {
          audit.record(actor, "learning.candidate-superseded", "learned-model", Long.toString(old), null);
        }
        audit.record(actor, "learning.candidate-built", "learned-model", Long.toString(stored), String.format(
            Locale.ROOT, "mean macro-F1 on %d held-out decisions: %.3f now, %.3f with the candidate",
            report.heldOutExamples(), report.currentMacroF1(), report.candidateMacroF1()));
        return stored;
      });
      log.info("Learning: built candidate model {} from {} decisions ({} held out); better: {}", id, all.size(),
          report.heldOutExamples(), report.candidateBetter());
      return new BuildOutcome.Built(models.find(id).orElseThrow());
    } finally {
      building.unlock();
    }
  }

  /**
   * Thresholds per model category from the pack most decisions were made under: the lowest
   * {@code min-score} of its rules on the learned detector (0.5 where no rule uses the category).
   */
  static Map<String, Double> thresholds(List<Decision> all, TextModel model,
      java.util.function.Function<String, java.util.Optional<PolicyPack>> packs) {
    Map<String, Long> byPack = all.stream().collect(Collectors.groupingBy(Decision::packId, java.util.TreeMap::new,
        Collectors.counting()));
    String packId = byPack.entrySet().stream().max(Map.Entry.comparingByValue()) // ties: the first id
        .map(Map.Entry::getKey).orElse(null);
    PolicyPack pack = packId == null ? null : packs.apply(packId).orElse(null);
    double[] floors = pack == null ? new double[model.categories().size()]
        : LearnedDetectors.floors(pack, model.categories());
    if (pack == null) {
      java.util.Arrays.fill(floors, 2); // no pack to read thresholds from: 0.5 for every category
    }
    Map<String, Double> out = new HashMap<>();
    for (int c = 0; c < floors.length; c++) {
      out.put(model.categories().get(c), floors[c] > 1 ? 0.5 : floors[c]);
    }
    return out;
  }

  /** The pack in force with this id (a decision's pack may since have been withdrawn). */
  private java.util.Optional<PolicyPack> pack(String packId) {
    return policies.byId(packId).map(PolicyInForce::pack);
  }

  /**
   * Switches checks to the candidate {@code id}: an administrator's decision after seeing the
   * comparison. The model in use must still be the one the candidate was compared with.
   */
  @Transactional
  public LearnedModel switchTo(Actor actor, long id) {
    requireAdministrator(actor, "switch", id);
    LearnedModel candidate = models.lock(id).orElseThrow(() -> new NotFound("There is no model " + id + "."));
    if (candidate.status() != LearnedModel.Status.CANDIDATE) {
      throw new IllegalTransition("This model is not waiting for a decision: it is "
          + candidate.status().code() + ".");
    }
    Long activeId = models.activeId().orElse(null);
    if (activeId != null) {
      models.lock(activeId);
    }
    if (!java.util.Objects.equals(activeId, candidate.baseModelId())) {
      throw new IllegalTransition("The model in use changed after this candidate was compared with it."
          + " Build a new candidate to compare with the model in use now.");
    }
    OffsetDateTime at = now();
    if (activeId != null) {
      models.retire(activeId);
      audit.record(actor, "learning.model-retired", "learned-model", activeId.toString(), null);
    }
    models.decide(id, LearnedModel.Status.ACTIVE, actor.personId(), at, null);
    audit.record(actor, "learning.model-switched", "learned-model", Long.toString(id),
        "from " + (activeId == null ? "the shipped model" : "model " + activeId));
    afterCommit(activeModel::invalidate);
    return models.find(id).orElseThrow();
  }

  /** Turns the candidate down, with the administrator's reason; the model in use stays. */
  @Transactional
  public LearnedModel reject(Actor actor, long id, String reason) {
    requireAdministrator(actor, "reject", id);
    String why = reason == null ? "" : reason.strip();
    if (why.isEmpty()) {
      throw new InvalidInput("reason", "Say why you are rejecting this model");
    }
    if (why.length() > 2000) {
      throw new InvalidInput("reason", "The reason must be 2,000 characters or fewer");
    }
    LearnedModel candidate = models.lock(id).orElseThrow(() -> new NotFound("There is no model " + id + "."));
    if (candidate.status() != LearnedModel.Status.CANDIDATE) {
      throw new IllegalTransition("This model is not waiting for a decision: it is "
          + candidate.status().code() + ".");
    }
    models.decide(id, LearnedModel.Status.REJECTED, actor.personId(), now(), why);
    audit.record(actor, "learning.candidate-rejected", "learned-model", Long.toString(id), why);
    return models.find(id).orElseThrow();
  }

  /** What the administrator's page shows. */
  public record Overview(Map<String, DecisionCounts> counts, long total, int minDecisions,
      LearnedModel active, String activeName, List<LearnedModel> candidates, List<LearnedModel> history) {}

  public Overview overview(Actor actor) {
    if (!actor.holds(Role.ADMINISTRATOR)) {
      throw new org.springframework.security.access.AccessDeniedException("Only administrators see the model page.");
    }
    List<LearnedModel> all = models.all();
    LearnedModel active = all.stream().filter(m -> m.status() == LearnedModel.Status.ACTIVE).findFirst().orElse(null);
    return new Overview(decisions.countsByCategory(), decisions.count(), settings.minDecisions(), active,
        active == null ? LearnedDetectors.shipped().name() : active.name(),
        all.stream().filter(m -> m.status() == LearnedModel.Status.CANDIDATE).toList(),
        all.stream().filter(m -> m.status() == LearnedModel.Status.REJECTED
            || m.status() == LearnedModel.Status.SUPERSEDED).toList());
  }

  private void requireAdministrator(Actor actor, String attempted, long id) {
    if (!actor.holds(Role.ADMINISTRATOR) || actor.isSystem()) {
      throw refuse(actor, attempted, "learned-model", Long.toString(id),
          "Only an administrator decides which model checks use.");
    }
  }

  private static void afterCommit(Runnable r) {
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
        @Override
        public void afterCommit() {
          r.run();
        }
      });
    } else {
      r.run();
    }
  }

  private OffsetDateTime now() {
    return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
  }

  /** Records the refusal (in its own transaction) and returns the 403 to throw. */
  private org.steward.app.security.AuditedRefusal refuse(Actor actor, String attempted,
      String objectType, String objectId, String why) {
    return refusals.refuse(actor, "learning", objectType, objectId, attempted, why);
  }
}
