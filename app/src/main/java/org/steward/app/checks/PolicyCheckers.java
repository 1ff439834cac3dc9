package org.steward.app.checks;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;
import org.steward.app.learning.ActiveModel;
import org.steward.engine.Checker;
import org.steward.engine.learn.LearnedDetectors;
import org.steward.engine.learn.TextModel;
import org.steward.engine.pack.PolicyPack;
import org.steward.engine.pack.PolicyPacks;

/**
 * One compiled checker per policy pack, built on first use and shared (checkers are thread-safe).
 * The learned detector uses the model an administrator approved (shipped until then): when the
 * active model changes, each pack's checker is rebuilt on its next use.
 */
@Component
public class PolicyCheckers {
  private record Built(TextModel model, Checker checker) {}

  private final Map<String, Built> checkers = new ConcurrentHashMap<>();
  private final ActiveModel activeModel;

  PolicyCheckers(ActiveModel activeModel) {
    this.activeModel = activeModel;
  }

  /** The packs a person can check against. */
  public List<PolicyPack> packs() {
    return PolicyPacks.builtIn();
  }

  public Optional<Checker> forPack(String packId) {
    TextModel model = activeModel.current().model();
    return PolicyPacks.byId(packId).map(p -> checkers.compute(p.id(),
        (id, b) -> b != null && b.model() == model ? b : new Built(model, build(p, model))).checker());
  }

  private static Checker build(PolicyPack pack, TextModel model) {
    if (model == LearnedDetectors.shipped() || !LearnedDetectors.wanted(pack)) {
      return Checker.of(pack);
    }
    return Checker.of(pack, LearnedDetectors.forPack(pack, model));
  }
}
