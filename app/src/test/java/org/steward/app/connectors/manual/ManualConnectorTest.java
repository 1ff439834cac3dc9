package org.steward.app.connectors.manual;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.steward.app.connectors.AccountCredentials;
import org.steward.app.connectors.Capabilities.Feature;
import org.steward.app.connectors.ConnectorException;
import org.steward.app.connectors.ConnectorException.Reason;
import org.steward.app.connectors.ListRequest;
import org.steward.app.connectors.MediaUpload;
import org.steward.app.connectors.PublishRequest;
import org.steward.app.connectors.PublishResult;
import org.steward.app.connectors.RemotePost;
import org.steward.app.connectors.support.TestImages;

class ManualConnectorTest {
  static final Instant AT = Instant.parse("2026-12-01T09:30:00Z");
  static final AccountCredentials NONE = new AccountCredentials(URI.create("https://example.org"), "", "");

  @Test
  void publishingLeavesThePostReadyForTheManagerToPostNatively() {
    ManualConnector x = new ManualConnector("X");
    PublishResult result = x.publish(NONE, new PublishRequest("k", AT, "Open evening tonight",
        List.of(new MediaUpload(TestImages.png(3), "image/png", "The main hall")), null));
    assertThat(result.outcome()).isEqualTo(PublishResult.Outcome.READY_FOR_MANUAL_POSTING);
    assertThat(result.remotePost()).isEmpty();
    assertThat(result.instructions()).contains("Steward cannot post to X").contains("alt text").contains("paste");
    assertThat(x.capabilities().manual()).isTrue();
    assertThat(x.capabilities().supports(Feature.PUBLISH)).isFalse();
    assertThat(x.capabilities().supports(Feature.RECORD_NATIVE_URL)).isTrue();
    assertThat(x.capabilities().maxTextLength()).isEqualTo(280);
  }

  @ParameterizedTest
  @CsvSource({
      "x, https://x.com/CityCollege/status/1865432101234567890, 1865432101234567890",
      "x, https://twitter.com/CityCollege/status/1865432101234567890?s=20, 1865432101234567890",
      "x, https://mobile.twitter.com/i/web/status/1865432101234567890, 1865432101234567890",
      "facebook, https://www.facebook.com/CityCollege/posts/pfbid02abc, https://www.facebook.com/CityCollege/posts/pfbid02abc",
      "instagram, https://www.instagram.com/p/C0abcDEF123/#comments, https://www.instagram.com/p/C0abcDEF123/",
      "linkedin, https://www.linkedin.com/posts/city-college_open-evening-activity-7123, https://www.linkedin.com/posts/city-college_open-evening-activity-7123",
      "tiktok, https://www.tiktok.com/@citycollege/video/7301234567890, https://www.tiktok.com/@citycollege/video/7301234567890",
      "youtube, https://youtu.be/dQw4w9WgXcQ, https://youtu.be/dQw4w9WgXcQ",
      "blog, https://blogs.citycollege.ac.uk/2026/12/open-evening, https://blogs.citycollege.ac.uk/2026/12/open-evening"
  })
  void recordsAPastedAddressOnThePlatform(String platform, String url, String expectedId) {
    RemotePost post = new ManualConnector(platform).recordNativePost(url, "Open evening tonight", AT);
    assertThat(post.platform()).isEqualTo(platform);
    assertThat(post.platformId()).isEqualTo(expectedId);
    assertThat(post.url().getFragment()).isNull();
    assertThat(post.text()).isEqualTo("Open evening tonight");
    assertThat(post.createdAt()).isEqualTo(AT);
  }

  @ParameterizedTest
  @CsvSource({
      "x, https://facebook.com/CityCollege/posts/1, not on X",
      "x, https://x.com.evil.example/CityCollege/status/1, not on X",
      "x, https://notx.com/CityCollege/status/1, not on X",
      "x, https://x.com@evil.example/CityCollege/status/1, hides its real site",
      "x, https://x.com/CityCollege, not the address of a post on X",
      "x, https://x.com/, home page",
      "facebook, javascript:alert(1), must start with https",
      "facebook, ftp://facebook.com/post/1, must start with https",
      "instagram, not a url at all, not a web address",
      "youtube, https://youtube.com.example.org/watch?v=1, not on YouTube",
      "linkedin, '', Paste the post's address"
  })
  void refusesAnAddressThatIsNotAPostOnThatPlatform(String platform, String url, String says) {
    assertThatThrownBy(() -> new ManualConnector(platform).recordNativePost(url, "t", AT))
        .isInstanceOfSatisfying(ConnectorException.class, e -> {
          assertThat(e.reason()).isEqualTo(Reason.REFUSED);
          assertThat(e.getMessage()).contains(says);
        });
  }

  @Test
  void whatItCannotDoItSaysInPlainWords() {
    ManualConnector facebook = new ManualConnector("facebook");
    assertThatThrownBy(() -> facebook.delete(NONE, "1"))
        .isInstanceOfSatisfying(ConnectorException.class, e -> {
          assertThat(e.reason()).isEqualTo(Reason.UNSUPPORTED);
          assertThat(e.getMessage()).contains("Facebook");
        });
    assertThatThrownBy(() -> facebook.listReplies(NONE, ListRequest.first(10))).isInstanceOf(ConnectorException.class);
    assertThatThrownBy(() -> facebook.hideReply(NONE, "1")).isInstanceOf(ConnectorException.class);
  }
}
