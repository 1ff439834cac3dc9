package org.steward.app.posts;

/**
 * A finding as it is stored with a post and shown by the API: the engine's finding with its clause,
 * span, message and suggested fix, and the clause's words as the pack said them at the time.
 */
public record StoredFinding(String rule, String clause, String clauseText, String category, String severity,
    int start, int end, String evidence, String message, String suggestion) {}
