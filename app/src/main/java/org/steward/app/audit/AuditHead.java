package org.steward.app.audit;

/** The end of the chain: the last entry's position and hash. */
record AuditHead(long lastSeq, String lastHash) {}
