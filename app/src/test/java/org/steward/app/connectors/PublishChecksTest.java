package org.steward.app.connectors;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.steward.app.connectors.bluesky.BlueskyConnector;
import org.steward.app.connectors.mastodon.MastodonConnector;
import org.steward.app.connectors.support.TestImages;

class PublishChecksTest {
  static final Capabilities BLUESKY = new BlueskyConnector(ConnectorProperties.defaults()).capabilities();
  static final Capabilities MASTODON = new MastodonConnector(ConnectorProperties.defaults()).capabilities();
  static final MediaUpload IMAGE = new MediaUpload(TestImages.png(5), "image/png", "A lathe");

  static PublishRequest with(String text, List<MediaUpload> images) {
    return new PublishRequest("k", Instant.now(), text, images, null);
  }

  @Test
  void refusesWhatThePlatformWouldRefuseWithWhatToChange() {
    assertThatThrownBy(() -> PublishChecks.check(BLUESKY, with("  ", List.of())))
        .hasMessage("The post has no text and no image.");
    assertThatThrownBy(() -> PublishChecks.check(BLUESKY, with("five", Collections.nCopies(5, IMAGE))))
        .hasMessage("Bluesky takes at most 4 images in a post; this one has 5.");
    MediaUpload big = new MediaUpload(new byte[1_000_001], "image/png", "Big");
    assertThatThrownBy(() -> PublishChecks.check(BLUESKY, with("big", List.of(IMAGE, big))))
        .hasMessage("Image 2 is 1,001 kB and Bluesky takes images up to 1,000 kB: make it smaller.");
    assertThatCode(() -> PublishChecks.check(MASTODON, with("big", List.of(big)))).doesNotThrowAnyException();
    MediaUpload wordy = new MediaUpload(TestImages.png(6), "image/png", "a".repeat(1501));
    assertThatThrownBy(() -> PublishChecks.check(MASTODON, with("alt", List.of(wordy))))
        .isInstanceOfSatisfying(ConnectorException.class, e -> org.assertj.core.api.Assertions.assertThat(e.reason())
            .isEqualTo(ConnectorException.Reason.REFUSED))
        .hasMessage("The alt text of image 1 is longer than Mastodon allows (1500 characters): shorten it.");
    assertThatCode(() -> PublishChecks.check(BLUESKY, with("", List.of(IMAGE)))).doesNotThrowAnyException();
  }
}
