package org.steward.app.web;

/** The record asked for does not exist (or is not for this person to know of): 404. */
public class NotFound extends RuntimeException {
  public NotFound(String message) {
    super(message);
  }
}
