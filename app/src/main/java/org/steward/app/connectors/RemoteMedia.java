package org.steward.app.connectors;

import java.net.URI;
import java.util.Optional;

/**
 * One media item of a post as the platform holds it.
 *
 * @param sha256 lower-case hex SHA-256 of the bytes on the platform, or {@code null} where they
 *     cannot be had (an archive file without its media folder)
 * @param url where the platform serves it, or {@code null}
 */
public record RemoteMedia(String mimeType, String altText, String sha256, URI url) {

  public RemoteMedia {
    mimeType = mimeType == null ? "" : mimeType;
    altText = altText == null ? "" : altText;
  }

  public Optional<String> hash() {
    return Optional.ofNullable(sha256);
  }
}
