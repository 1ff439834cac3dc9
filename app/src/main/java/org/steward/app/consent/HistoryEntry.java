package org.steward.app.consent;

import java.time.Instant;

/** One line of a person's consent history: given, limited, withdrawn, link sent, do-not-publish. */
public record HistoryEntry(Long consentId, String action, String detail, String actorName, Instant at) {}
