package org.steward.app.checks;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;
import org.steward.engine.Checker;
import org.steward.engine.pack.PolicyPack;
import org.steward.engine.pack.PolicyPacks;

/** One compiled checker per policy pack, built on first use and shared (checkers are thread-safe). */
@Component
public class PolicyCheckers {
  private final Map<String, Checker> checkers = new ConcurrentHashMap<>();

  /** The packs a person can check against. */
  public List<PolicyPack> packs() {
    return PolicyPacks.builtIn();
  }

  public Optional<Checker> forPack(String packId) {
    return PolicyPacks.byId(packId).map(p -> checkers.computeIfAbsent(p.id(), id -> Checker.of(p)));
  }
}
