package org.steward.app.policies;

import java.time.Instant;

/**
 * A version of a policy was published (DOC-1, DOC-2): it is enforced from {@code enforcedFrom}
 * (now, or later: {@link PolicyEnforced} follows when it comes into force), superseding {@code
 * supersededVersion} (null for a pack's first version). Published in the transaction that publishes;
 * react with an {@code @ApplicationModuleListener} (after the commit), e.g. the archive re-scan of
 * the posts feature.
 */
public record PolicyPublished(String packId, String version, long versionId, Instant enforcedFrom,
    String supersededVersion, Long publishedBy) {}
