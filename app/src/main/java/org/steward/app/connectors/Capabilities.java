package org.steward.app.connectors;

import java.util.EnumSet;
import java.util.Set;

/**
 * What a platform supports. Limits are in the platform's own unit ({@link #textUnit()}); zero
 * means Steward does not know the limit (manual platforms: the manager sees it when posting).
 */
public record Capabilities(
    String platform,
    Mode mode,
    Set<Feature> features,
    int maxTextLength,
    TextUnit textUnit,
    int maxImages,
    long maxImageBytes,
    int maxAltTextLength) {

  /** How Steward reaches the platform. */
  public enum Mode {
    /** Through the platform's API: Steward posts, lists and deletes itself. */
    API,
    /** Steward cannot post there: the manager posts natively and pastes the URL back. */
    MANUAL
  }

  public enum Feature {
    PUBLISH, IMAGES, ALT_TEXT, REPLY_TO, DELETE, LIST_OWN_POSTS, READ_REPLIES, READ_MENTIONS,
    HIDE_REPLIES, DELETE_REPLIES, IDEMPOTENT_PUBLISH, RECORD_NATIVE_URL
  }

  /** How a platform counts the length of a text. */
  public enum TextUnit {
    /** User-perceived characters (Unicode extended grapheme clusters): an emoji family is one. */
    GRAPHEMES
  }

  public Capabilities {
    features = features.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(features));
  }

  public boolean supports(Feature feature) {
    return features.contains(feature);
  }

  public boolean manual() {
    return mode == Mode.MANUAL;
  }
}
