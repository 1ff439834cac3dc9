package org.steward.engine.pack;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.steward.engine.detect.CustomRule;
import org.steward.engine.detect.DetectorConfig;

/**
 * A policy as data: metadata, the clauses with their source text, the rules that check them, the
 * workflows that serve them, and settings. A new institution's policy is a new pack file.
 */
public record PolicyPack(
    String id,
    String version,
    String title,
    PackMetadata metadata,
    List<PolicyClause> clauses,
    List<Rule> rules,
    List<Workflow> workflows,
    PackSettings settings,
    String source) {
  public PolicyPack {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(metadata, "metadata");
    clauses = List.copyOf(clauses);
    rules = List.copyOf(rules);
    workflows = List.copyOf(workflows);
    Objects.requireNonNull(settings, "settings");
    Objects.requireNonNull(source, "source");
  }

  /** Returns the clause with this id, if the pack carries it. */
  public Optional<PolicyClause> clause(String clauseId) {
    for (PolicyClause c : clauses) {
      if (c.id().equals(clauseId)) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }

  /** Returns the clauses by id, in pack order. */
  public Map<String, PolicyClause> clausesById() {
    Map<String, PolicyClause> m = new LinkedHashMap<>();
    clauses.forEach(c -> m.put(c.id(), c));
    return m;
  }

  /** Returns the rules that serve {@code clauseId}, in pack order. */
  public List<Rule> rulesFor(String clauseId) {
    return rules.stream().filter(r -> r.clause().equals(clauseId)).toList();
  }

  /** Returns what this pack tells the detectors: its settings and the rules with their own terms or patterns. */
  public DetectorConfig detectorConfig() {
    List<CustomRule> custom = new ArrayList<>();
    for (Rule r : rules) {
      String d = r.when().detector();
      if (d.equals("lexicon") || d.equals("pattern")) {
        custom.add(new CustomRule(r.id(), d, r.when().category(), r.when().terms(), r.when().patterns()));
      }
    }
    return new PackDetectorConfig(settings, List.copyOf(custom));
  }

  /** A pack's settings and custom rules as the detectors read them. */
  private record PackDetectorConfig(PackSettings settings, List<CustomRule> customRules) implements DetectorConfig {
    @Override
    public List<String> list(String key) {
      return settings.list(key);
    }

    @Override
    public Map<String, String> map(String key) {
      return settings.map(key);
    }

    @Override
    public int integer(String key, int fallback) {
      return settings.integer(key, fallback);
    }
  }

  /** Returns the workflows that serve {@code clauseId}, in pack order. */
  public List<Workflow> workflowsFor(String clauseId) {
    return workflows.stream().filter(w -> w.clauses().contains(clauseId)).toList();
  }
}
