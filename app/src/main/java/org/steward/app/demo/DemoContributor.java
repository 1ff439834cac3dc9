package org.steward.app.demo;

/**
 * A feature's part of the demonstration data, so that a newcomer sees the feature working on the
 * first start. Each feature implements this as a bean in its own package, loading through its own
 * services (so every write is audited like any other). {@link DemoData} runs every contributor
 * once, on an empty database, in {@code @Order}: people and the organisation first (10), then
 * policies (20), then official accounts (30). A new feature takes a number after those it needs.
 */
public interface DemoContributor {
  /** Whether this feature's demo data (or real data) is already there: then nobody loads anything. */
  default boolean alreadyLoaded() {
    return false;
  }

  /** Loads this feature's demo data; runs in the demo's one transaction. */
  void load();
}
