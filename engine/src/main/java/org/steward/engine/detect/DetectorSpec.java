package org.steward.engine.detect;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.steward.engine.text.Lexicon;

/**
 * What the registry knows of one detector, as Presidio's recognizer registry knows its recognizers:
 * the name rules use, a sentence for people, the categories its signals carry, the detectors whose
 * findings it reads (it runs after them), the terms it adds to the shared word-list automaton, and
 * how to build it for a pack.
 *
 * <p>Example: {@code DetectorSpec.of("sexual", "References to pornographic material.", List.of("sexual"),
 * (config, lexicon) -> new SexualDetector(lexicon))}.
 *
 * <p>A <em>slot</em> ({@link #slot}) has no factory: a detector of that name passed to the checker
 * fills it (the learned model, whichever model an institution uses). Instances are immutable.
 *
 * @param name the name rules use in {@code when.detector} (dotted: {@code pii.email})
 * @param summary one sentence on what it finds, for the pack authors' documentation
 * @param categories the categories its signals carry; empty when each signal carries its rule's own
 *     {@code category} (the administrator's word lists and patterns)
 * @param dependsOn the detectors whose findings it reads ({@link SignalSink#found}, {@link
 *     SignalSink#overrule}): it runs after every one of them
 * @param vocabulary the terms it adds to the shared automaton, or null
 * @param factory builds it for a pack, or null for a slot
 */
public record DetectorSpec(String name, String summary, List<String> categories, List<String> dependsOn,
    Vocabulary vocabulary, Factory factory) {
  /** Builds a detector from a policy's configuration and the shared automaton. */
  @FunctionalInterface
  public interface Factory {
    Detector create(DetectorConfig config, Lexicon lexicon);
  }

  /** Adds a detector's own terms (the pack's markers, phrases, word lists) to the shared automaton before it is built. */
  @FunctionalInterface
  public interface Vocabulary {
    void addTo(Lexicon.Builder builder, DetectorConfig config);
  }

  public DetectorSpec {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(summary, "summary");
    categories = List.copyOf(categories);
    dependsOn = List.copyOf(dependsOn);
    if (dependsOn.contains(name)) {
      throw new IllegalArgumentException("detector " + name + " cannot depend on itself");
    }
  }

  /** Returns the spec of a detector built by {@code factory}. */
  public static DetectorSpec of(String name, String summary, List<String> categories, Factory factory) {
    return new DetectorSpec(name, summary, categories, List.of(), null, Objects.requireNonNull(factory, "factory"));
  }

  /** Returns the spec of a slot: rules may name it, and a detector of that name given to the checker fills it. */
  public static DetectorSpec slot(String name, String summary, List<String> categories) {
    return new DetectorSpec(name, summary, categories, List.of(), null, null);
  }

  /** Returns this spec, also reading the findings of {@code detectors} (so running after them). */
  public DetectorSpec dependsOn(String... detectors) {
    List<String> all = new ArrayList<>(dependsOn);
    all.addAll(List.of(detectors));
    return new DetectorSpec(name, summary, categories, all, vocabulary, factory);
  }

  /** Returns this spec, adding {@code terms} to the shared automaton. */
  public DetectorSpec withVocabulary(Vocabulary terms) {
    return new DetectorSpec(name, summary, categories, dependsOn, Objects.requireNonNull(terms, "terms"), factory);
  }

  /** Returns true when no factory builds it: a detector given to the checker fills it. */
  public boolean isSlot() {
    return factory == null;
  }

  /** Returns true when a signal of {@code category} is one this detector declares (any category for the rule-defined ones). */
  public boolean emits(String category) {
    if (categories.isEmpty()) {
      return true;
    }
    for (String c : categories) {
      if (DottedNames.covers(c, category)) {
        return true;
      }
    }
    return false;
  }
}
