package org.steward.app.policies;

import java.time.Instant;

/**
 * A published version came into force at {@code enforcedFrom}: checks must use it and jobs re-read
 * its settings. Published at once for a version enforced from now, and by the {@code
 * policy-enforcement} job for one enforced later; consumers react with an {@code
 * @ApplicationModuleListener} (checkers rebuild, the inactivity audit runs again).
 */
public record PolicyEnforced(String packId, String version, long versionId, Instant enforcedFrom,
    String supersededVersion) {}
