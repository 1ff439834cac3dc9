package org.steward.app.connectors;

import java.util.List;

/**
 * The checks every API connector makes before it sends anything, from its {@link Capabilities}:
 * something to post, and images within the platform's count, size and alt-text limits. Text
 * length stays with each connector, because each platform counts it its own way.
 */
public final class PublishChecks {
  private PublishChecks() {}

  public static void check(Capabilities capabilities, PublishRequest request) {
    String platform = capabilities.platform();
    String name = PlatformNames.label(platform);
    List<MediaUpload> images = request.images();
    if (request.text().isBlank() && images.isEmpty()) {
      throw refused(platform, "The post has no text and no image.");
    }
    if (images.size() > capabilities.maxImages()) {
      throw refused(platform, name + " takes at most " + capabilities.maxImages() + " images in a post;"
          + " this one has " + images.size() + ".");
    }
    for (int i = 0; i < images.size(); i++) {
      MediaUpload image = images.get(i);
      if (image.size() > capabilities.maxImageBytes()) {
        throw refused(platform, "Image " + (i + 1) + " is " + kilobytes(image.size()) + " and " + name
            + " takes images up to " + kilobytes(capabilities.maxImageBytes()) + ": make it smaller.");
      }
      if (image.altText().length() > capabilities.maxAltTextLength()) {
        throw refused(platform, "The alt text of image " + (i + 1) + " is longer than " + name + " allows ("
            + capabilities.maxAltTextLength() + " characters): shorten it.");
      }
    }
  }

  private static String kilobytes(long bytes) {
    return String.format(java.util.Locale.UK, "%,d kB", (bytes + 999) / 1000);
  }

  private static ConnectorException refused(String platform, String message) {
    return new ConnectorException(platform, ConnectorException.Reason.REFUSED, message);
  }
}
