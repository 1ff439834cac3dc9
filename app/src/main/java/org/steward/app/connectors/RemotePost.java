package org.steward.app.connectors;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A post as a platform (or an archive of it) holds it: the account's own, or a reply or mention
 * by someone else. The same record comes from every connector and every import.
 *
 * @param platformId the platform's id for it: a Bluesky {@code at://} URI, a Mastodon status id,
 *     a tweet id, or the pasted URL for manual platforms
 * @param url where a person can see it, or {@code null} when unknown
 * @param authorHandle the author's handle ({@code name.bsky.social}, {@code name@instance}, …)
 * @param replyTo the platform id of the post it answers, or {@code null}
 * @param threadRoot the platform id of the first post of its thread, or {@code null}
 */
public record RemotePost(
    String platform,
    String platformId,
    URI url,
    String text,
    Instant createdAt,
    String authorHandle,
    String replyTo,
    String threadRoot,
    List<RemoteMedia> media) {

  public RemotePost {
    Objects.requireNonNull(platform, "platform");
    Objects.requireNonNull(platformId, "platformId");
    text = text == null ? "" : text;
    authorHandle = authorHandle == null ? "" : authorHandle;
    media = media == null ? List.of() : List.copyOf(media);
  }

  public Optional<String> inReplyTo() {
    return Optional.ofNullable(replyTo);
  }

  @Override
  public String toString() {
    // Texts are personal data: logs get the id only.
    return "RemotePost[" + platform + " " + platformId + "]";
  }
}
