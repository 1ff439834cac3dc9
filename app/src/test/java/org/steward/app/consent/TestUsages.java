package org.steward.app.consent;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A stand-in for the posts feature behind the {@link PersonUsages} SPI: uses are registered by
 * the test, and each takedown answers what the test set for its platform (a Bluesky-like platform
 * deletes, a manual one cannot, a broken one throws). Every call is recorded.
 */
public class TestUsages implements PersonUsages {
  public final Map<Long, List<PersonUsage>> uses = new ConcurrentHashMap<>();
  public final Map<String, TakedownOutcome> outcomes = new ConcurrentHashMap<>();
  public final List<String> takenDown = new CopyOnWriteArrayList<>();
  public volatile boolean failing;

  @Override
  public String source() {
    return "posts";
  }

  @Override
  public List<PersonUsage> usesOf(long personId) {
    return new ArrayList<>(uses.getOrDefault(personId, List.of()));
  }

  @Override
  public TakedownOutcome takeDown(PersonUsage usage) {
    if (failing && usage.state() == PersonUsage.State.PUBLISHED) {
      throw new IllegalStateException("The platform did not answer in time");
    }
    takenDown.add(usage.ref());
    if (usage.state() != PersonUsage.State.PUBLISHED) {
      return TakedownOutcome.WITHDRAWN_BEFORE_PUBLISHING;
    }
    return outcomes.getOrDefault(usage.platform(), TakedownOutcome.MANUAL);
  }

  public void add(long personId, PersonUsage u) {
    uses.computeIfAbsent(personId, k -> new CopyOnWriteArrayList<>()).add(u);
  }

  public void reset() {
    uses.clear();
    outcomes.clear();
    takenDown.clear();
    failing = false;
  }
}
