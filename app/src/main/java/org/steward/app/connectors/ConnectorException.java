package org.steward.app.connectors;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * A platform call that did not work. The message is the platform's reason in plain words, written
 * for the member of staff who sees it ("Bluesky refused the sign-in: …"), never a token or a stack
 * trace. {@link #retryable()} tells the caller whether trying again later can help.
 */
public final class ConnectorException extends RuntimeException {

  /** Why it failed. The first three are worth a retry; the rest need a person to change something. */
  public enum Reason {
    /** No answer in time: the platform may or may not have done it (publishing is idempotent). */
    TIMEOUT(true),
    /** The platform is down or failing (5xx, connection refused). */
    UNAVAILABLE(true),
    /** Too many calls: wait {@link #retryAfter()} when the platform said how long. */
    RATE_LIMITED(true),
    /** The text is over the platform's limit. */
    TOO_LONG(false),
    /** The platform refused the content (bad image, missing alt text, a reply to nothing…). */
    REFUSED(false),
    /** The sign-in details are wrong, revoked or expired. */
    UNAUTHORISED(false),
    /** The account may not do this. */
    FORBIDDEN(false),
    /** The post or account does not exist (or is not visible to this account). */
    NOT_FOUND(false),
    /** The platform (or Steward's connector for it) cannot do this at all. */
    UNSUPPORTED(false);

    private final boolean retryable;

    Reason(boolean retryable) {
      this.retryable = retryable;
    }

    public boolean retryable() {
      return retryable;
    }
  }

  private final String platform;
  private final Reason reason;
  private final Duration retryAfter;

  public ConnectorException(String platform, Reason reason, String message, Duration retryAfter,
      Throwable cause) {
    super(message, cause);
    this.platform = Objects.requireNonNull(platform, "platform");
    this.reason = Objects.requireNonNull(reason, "reason");
    this.retryAfter = retryAfter;
  }

  public ConnectorException(String platform, Reason reason, String message) {
    this(platform, reason, message, null, null);
  }

  public static ConnectorException unsupported(String platform, String what) {
    return new ConnectorException(platform, Reason.UNSUPPORTED,
        "Steward cannot do this on " + PlatformNames.label(platform) + ": " + what + ".");
  }

  public String platform() {
    return platform;
  }

  public Reason reason() {
    return reason;
  }

  public boolean retryable() {
    return reason.retryable();
  }

  /** How long the platform asked us to wait (HTTP {@code Retry-After}), if it said. */
  public Optional<Duration> retryAfter() {
    return Optional.ofNullable(retryAfter);
  }

  @Override
  public String toString() {
    return "ConnectorException[" + platform + ", " + reason + "]: " + getMessage();
  }
}
