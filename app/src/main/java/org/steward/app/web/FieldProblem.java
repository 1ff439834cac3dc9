package org.steward.app.web;

import java.io.Serializable;

/**
 * One thing wrong with a request: the field (a JSON property, form field or parameter; null for
 * the request as a whole) and a sentence that says what to do. The {@code errors} of every
 * problem+json answer are a list of these.
 */
public record FieldProblem(String field, String message) implements Serializable {}
