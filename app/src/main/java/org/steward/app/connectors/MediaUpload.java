package org.steward.app.connectors;

import java.util.Arrays;
import java.util.Objects;

/** One image to publish, with the alt text screen-reader users hear instead of it. */
public record MediaUpload(byte[] bytes, String mimeType, String altText) {

  public MediaUpload {
    Objects.requireNonNull(bytes, "bytes");
    if (bytes.length == 0) {
      throw new IllegalArgumentException("an image cannot be empty");
    }
    if (mimeType == null || !mimeType.matches("image/[a-z0-9.+-]+")) {
      throw new IllegalArgumentException("an image needs an image/* media type");
    }
    bytes = bytes.clone();
    altText = altText == null ? "" : altText.strip();
  }

  @Override
  public byte[] bytes() {
    return bytes.clone();
  }

  public int size() {
    return bytes.length;
  }

  /** Lower-case hex SHA-256 of the bytes, as the archive records it. */
  public String sha256() {
    return MediaHash.sha256(bytes);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof MediaUpload m && Arrays.equals(bytes, m.bytes) && mimeType.equals(m.mimeType)
        && altText.equals(m.altText);
  }

  @Override
  public int hashCode() {
    return Objects.hash(Arrays.hashCode(bytes), mimeType, altText);
  }

  @Override
  public String toString() {
    return "MediaUpload[" + mimeType + ", " + bytes.length + " bytes, sha256=" + sha256() + "]";
  }
}
