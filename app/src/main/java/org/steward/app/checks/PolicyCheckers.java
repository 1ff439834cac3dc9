package org.steward.app.checks;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.steward.app.learning.ActiveModel;
import org.steward.app.policies.PoliciesInForce;
import org.steward.app.policies.PolicyEnforced;
import org.steward.app.policies.PolicyInForce;
import org.steward.engine.Checker;
import org.steward.engine.learn.LearnedDetectors;
import org.steward.engine.learn.TextModel;
import org.steward.engine.learn.encoder.EncoderStage;

/**
 * One compiled checker per version in force (checkers are thread-safe and shared), built on first
 * use. The packs come from {@link PoliciesInForce}; a new version in force gets its own checker
 * (built as soon as {@link PolicyEnforced} arrives, so the first check after it does not wait for
 * compiling). The learned detector uses the model an administrator approved (shipped until then):
 * when it changes, each checker is rebuilt on its next use.
 */
@Component
public class PolicyCheckers {
  private static final Logger log = LoggerFactory.getLogger(PolicyCheckers.class);

  private record Built(long versionId, TextModel model, Checker checker) {}

  private final Map<String, Built> checkers = new ConcurrentHashMap<>();
  private final ActiveModel activeModel;
  private final PoliciesInForce policies;

  PolicyCheckers(ActiveModel activeModel, PoliciesInForce policies) {
    this.activeModel = activeModel;
    this.policies = policies;
  }

  /** The packs in force, which a check may name by id. */
  public List<PolicyInForce> packs() {
    return policies.all();
  }

  /** The checker of the version in force of {@code packId}, if that pack is in force. */
  public Optional<Checker> forPack(String packId) {
    return policies.byId(packId).map(this::forPolicy);
  }

  /** The checker for this version in force. */
  public Checker forPolicy(PolicyInForce policy) {
    TextModel model = activeModel.current().model();
    return checkers.compute(policy.packId(), (id, b) -> b != null && b.model() == model
        && b.versionId() == policy.versionId() ? b : new Built(policy.versionId(), model, build(policy, model))).checker();
  }

  /** A version came into force: compile its checker now, not on the first check. */
  @ApplicationModuleListener
  void on(PolicyEnforced event) {
    policies.byId(event.packId()).filter(p -> p.versionId() == event.versionId()).ifPresent(p -> {
      forPolicy(p);
      log.info("Checks now use {} version {}", event.packId(), event.version());
    });
  }

  /**
   * The checker of {@code policy} with {@code model} as its learned detector; the sentence encoder
   * joins it when the pack sets {@code learned.encoder} (Checker.of does so for the shipped model).
   */
  static Checker build(PolicyInForce policy, TextModel model) {
    if (model == LearnedDetectors.shipped() || !LearnedDetectors.wanted(policy.pack())) {
      return Checker.of(policy.pack());
    }
    return Checker.of(policy.pack(), LearnedDetectors.forPack(policy.pack(), model, EncoderStage.forPack(policy.pack())));
  }
}
