package org.steward.app.web;

/** The request body is larger than the limit for its kind; it was not read: 413. */
public class BodyTooLarge extends RuntimeException {
  private final long limit;

  public BodyTooLarge(long limit) {
    super("request body over " + limit + " bytes");
    this.limit = limit;
  }

  public long limit() {
    return limit;
  }
}
