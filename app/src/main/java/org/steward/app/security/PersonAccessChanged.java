package org.steward.app.security;

/**
 * What a person may do has changed: they left (and can no longer sign in) or their roles changed.
 * Published in the transaction that made the change; this feature ends every session of
 * the person once it commits, so they come back (if at all) with what the directory now says.
 */
public record PersonAccessChanged(long personId, String why) {}
