package org.steward.app.accounts;

/** One thing wrong with what someone entered: the form field and a sentence saying what to do. */
public record AccountProblem(String field, String message) {}
