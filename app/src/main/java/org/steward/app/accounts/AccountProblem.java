package org.steward.app.accounts;

/**
 * One thing wrong with what someone entered: the form field and a sentence saying what to do.
 * Serializable because a page shows it after a redirect (a flash attribute in the session).
 */
public record AccountProblem(String field, String message) implements java.io.Serializable {}
