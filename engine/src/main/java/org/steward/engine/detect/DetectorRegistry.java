package org.steward.engine.detect;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.steward.engine.text.Lexicon;

/**
 * The detectors rules can name, each with its {@link DetectorSpec}, in the order they run: a
 * detector runs after every detector it depends on, and otherwise in the order it was registered.
 * The pack loader checks rule names against it, the checker builds a pack's detectors from it, and
 * the detector table of {@code docs/packs.md} is generated from it.
 *
 * <p>Example: {@code DetectorRegistry.shipped().isKnown("pii")} is true (it selects every {@code
 * pii.*} detector); {@code DetectorRegistry.shipped().with(mySpec)} is the shipped registry with one
 * more detector, for {@code PackLoader.parse(yaml, file, registry)} and {@code Checker.of(pack,
 * registry, extra)}.
 *
 * <p>Immutable and safe to share.
 */
public final class DetectorRegistry {
  private static final DetectorRegistry SHIPPED = of(BuiltInDetectors.SPECS);

  private final List<DetectorSpec> specs;
  private final Map<String, DetectorSpec> byName;

  private DetectorRegistry(List<DetectorSpec> ordered) {
    this.specs = List.copyOf(ordered);
    Map<String, DetectorSpec> m = new LinkedHashMap<>();
    ordered.forEach(s -> m.put(s.name(), s));
    this.byName = m;
  }

  /** Returns the registry of Steward's shipped detectors. */
  public static DetectorRegistry shipped() {
    return SHIPPED;
  }

  /**
   * Returns a registry of {@code specs}, ordered so that each runs after what it depends on.
   *
   * @throws IllegalArgumentException if two specs share a name, a spec depends on one that is not
   *     registered, or dependencies go round in a circle
   */
  public static DetectorRegistry of(List<DetectorSpec> specs) {
    Map<String, DetectorSpec> declared = new LinkedHashMap<>();
    for (DetectorSpec s : specs) {
      if (declared.put(s.name(), s) != null) {
        throw new IllegalArgumentException("two detectors are named " + s.name());
      }
    }
    for (DetectorSpec s : specs) {
      for (String d : s.dependsOn()) {
        if (!declared.containsKey(d)) {
          throw new IllegalArgumentException("detector " + s.name() + " depends on " + d + ", which is not registered");
        }
      }
    }
    return new DetectorRegistry(runOrder(specs));
  }

  /**
   * Returns the specs so that every one comes after all it depends on; among those ready at the same
   * time, the one registered first comes first (a stable topological sort, linear enough for tens).
   */
  private static List<DetectorSpec> runOrder(List<DetectorSpec> specs) {
    List<DetectorSpec> left = new ArrayList<>(specs);
    List<DetectorSpec> ordered = new ArrayList<>(specs.size());
    java.util.Set<String> placed = new java.util.HashSet<>();
    while (!left.isEmpty()) {
      DetectorSpec ready = null;
      for (DetectorSpec s : left) {
        if (placed.containsAll(s.dependsOn())) {
          ready = s;
          break;
        }
      }
      if (ready == null) {
        throw new IllegalArgumentException("detector dependencies go round in a circle among " + left.stream().map(DetectorSpec::name).toList());
      }
      left.remove(ready);
      placed.add(ready.name());
      ordered.add(ready);
    }
    return ordered;
  }

  /** Returns a registry with {@code spec} added, or in place of the registered spec of the same name. */
  public DetectorRegistry with(DetectorSpec spec) {
    Objects.requireNonNull(spec, "spec");
    List<DetectorSpec> all = new ArrayList<>();
    boolean replaced = false;
    for (DetectorSpec s : specs) {
      if (s.name().equals(spec.name())) {
        all.add(spec);
        replaced = true;
      } else {
        all.add(s);
      }
    }
    if (!replaced) {
      all.add(spec);
    }
    return of(all);
  }

  /** Returns every spec, in the order the detectors run. */
  public List<DetectorSpec> specs() {
    return specs;
  }

  /** Returns the spec named {@code name} exactly. */
  public Optional<DetectorSpec> spec(String name) {
    return Optional.ofNullable(byName.get(name));
  }

  /** Returns every detector name, in run order. */
  public List<String> names() {
    return List.copyOf(byName.keySet());
  }

  /** Returns true when {@code name} selects at least one detector (by dotted prefix, so {@code pii} is known). */
  public boolean isKnown(String name) {
    for (String n : byName.keySet()) {
      if (DottedNames.covers(name, n)) {
        return true;
      }
    }
    return false;
  }

  /** Returns the shared automaton for {@code config}: the shipped word lists, then each detector's own terms. */
  public Lexicon lexicon(DetectorConfig config) {
    Lexicon.Builder b = Lexicon.builder();
    BuiltInLexicons.addTo(b);
    for (DetectorSpec s : specs) {
      if (s.vocabulary() != null) {
        s.vocabulary().addTo(b, config);
      }
    }
    return b.build();
  }

  /**
   * Returns the detectors for {@code config}, in run order: each registered one built by its
   * factory, unless {@code given} holds detectors of its name, which take its place (a slot is
   * empty without one); given detectors of names not registered run last.
   *
   * @throws IllegalStateException if a factory builds a detector of another name
   */
  public List<Detector> create(DetectorConfig config, Lexicon lexicon, List<? extends Detector> given) {
    List<Detector> out = new ArrayList<>();
    List<Detector> unplaced = new ArrayList<>(given);
    for (DetectorSpec s : specs) {
      boolean filled = false;
      for (Detector d : given) {
        if (d.name().equals(s.name())) {
          out.add(d);
          unplaced.remove(d);
          filled = true;
        }
      }
      if (!filled && !s.isSlot()) {
        Detector d = s.factory().create(config, lexicon);
        if (!d.name().equals(s.name())) {
          throw new IllegalStateException("the factory of " + s.name() + " built a detector named " + d.name());
        }
        out.add(d);
      }
    }
    out.addAll(unplaced);
    return out;
  }
}
