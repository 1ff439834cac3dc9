package org.steward.app.connectors;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A post to publish.
 *
 * @param idempotencyKey the caller's key for this one post (the posts feature uses the post's id):
 *     the same key on a retry finds the post made the first time instead of posting twice
 * @param createdAt when the post was first sent, the same on every retry (platforms that date
 *     records, such as Bluesky, store it; a stable value also keeps retries identical)
 * @param text the text, checked against the platform's limit before anything is sent
 * @param images images in order, each with its alt text
 * @param replyTo the platform id of the post this one answers, or {@code null}
 */
public record PublishRequest(String idempotencyKey, Instant createdAt, String text,
    List<MediaUpload> images, String replyTo) {

  public PublishRequest {
    if (idempotencyKey == null || idempotencyKey.isBlank() || idempotencyKey.length() > 200) {
      throw new IllegalArgumentException("an idempotency key of 1 to 200 characters is required");
    }
    Objects.requireNonNull(createdAt, "createdAt");
    text = text == null ? "" : text;
    images = images == null ? List.of() : List.copyOf(images);
    replyTo = replyTo == null || replyTo.isBlank() ? null : replyTo.strip();
  }

  public static PublishRequest text(String idempotencyKey, Instant createdAt, String text) {
    return new PublishRequest(idempotencyKey, createdAt, text, List.of(), null);
  }

  @Override
  public String toString() {
    // The text may name people: keep it out of logs.
    return "PublishRequest[key=" + idempotencyKey + ", " + text.length() + " chars, "
        + images.size() + " images, replyTo=" + replyTo + "]";
  }
}
