package org.steward.app.web;

/**
 * One entry of the main navigation: where it goes, what it says, and where it stands among the
 * entries of every feature (lower first; see {@link NavigationEntries}).
 */
public record NavItem(String path, String label, int order) {
  public NavItem(String path, String label) {
    this(path, label, 500);
  }
}
