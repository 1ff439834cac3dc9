package org.steward.app.policies;

import java.util.List;

/**
 * A feature's declaration of the pack settings it reads. Each feature that reads a setting
 * implements this as a bean in its own package (accounts declares {@code accounts.approvers},
 * {@code platforms}…); the policies feature loads packs against every declaration together with the
 * settings the engine reads, so a setting that nothing declares is a problem of the pack (file, line,
 * field), not silence. {@code docs/packs.md} lists every declared setting (a test checks it).
 */
public interface PackSettingsDeclaration {
  /** The settings this feature reads, with their types, defaults and what they do. */
  List<PackSetting> settings();
}
