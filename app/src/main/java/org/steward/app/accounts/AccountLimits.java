package org.steward.app.accounts;

/**
 * The longest value each account field takes (the database columns, V10), checked at the
 * boundary by Bean Validation on the API's request records and again by {@link AccountService}
 * for the pages, so an over-long value is a named field problem, never a database error.
 */
final class AccountLimits {
  static final int HANDLE = 200;
  static final int NAME = 200;
  static final int URL = 500;
  static final int PURPOSE = 2000;
  static final int AUDIENCE = 500;
  static final int PLAN = 2000;
  static final int TEXT = 2000;
  static final int EMAIL = 254;
  static final int PERSON = 254;
  static final int CODE = 60;
  static final int PASSWORD = 1000;
  static final int SECRET = 4000;

  static final String TEXT_MESSAGE = "Use 2,000 characters or fewer.";

  private AccountLimits() {}
}
