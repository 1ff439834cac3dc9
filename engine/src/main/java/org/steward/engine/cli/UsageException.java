package org.steward.engine.cli;

/** A mistake in the command line; printed with the usage text and exit status 2. */
final class UsageException extends RuntimeException {
  UsageException(String message) {
    super(message);
  }
}
