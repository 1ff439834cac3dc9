package org.steward.app.connectors.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.util.unit.DataSize;
import org.steward.app.connectors.ConnectorProperties;
import org.steward.app.connectors.MediaUpload;
import org.steward.app.connectors.PublishRequest;
import org.steward.app.connectors.RemotePost;
import org.steward.app.connectors.bluesky.BlueskyConnector;
import org.steward.app.connectors.support.BlueskyPds;
import org.steward.app.connectors.support.BlueskyPds.TestAccount;
import org.steward.app.connectors.support.TestImages;

/** A real repository export, taken from the test PDS with com.atproto.sync.getRepo. */
@ExtendWith(BlueskyPds.class)
class BlueskyRepositoryTest {
  static TestAccount account;
  static byte[] car;
  static RemotePost withImage;
  static RemotePost reply;
  static MediaUpload image = new MediaUpload(TestImages.png(21), "image/png", "Graduates throwing their caps");

  ArchiveImports imports = new ArchiveImports(ConnectorProperties.defaults());

  @BeforeAll
  static void export(BlueskyPds pds) {
    account = pds.createAccount("export");
    BlueskyConnector bluesky = new BlueskyConnector(ConnectorProperties.defaults());
    Instant t = Instant.now().truncatedTo(ChronoUnit.MILLIS).minusSeconds(60);
    withImage = bluesky.publish(account.credentials(), new PublishRequest("export-1", t, "Graduation day 🎓",
        List.of(image), null)).post();
    reply = bluesky.publish(account.credentials(), new PublishRequest("export-2", t.plusSeconds(5),
        "Photos on the website tomorrow", List.of(), withImage.platformId())).post();
    bluesky.hideReply(account.credentials(), reply.platformId()); // a threadgate: a record that is not a post
    var response = pds.get("com.atproto.sync.getRepo", Map.of("did", account.did()));
    assertThat(response.statusCode()).isEqualTo(200);
    car = response.body();
  }

  @Test
  void readsEveryPostOfTheExportAsTheConnectorDoes() {
    List<RemotePost> posts = imports.blueskyRepository(new ByteArrayInputStream(car), account.handle());

    assertThat(posts).extracting(RemotePost::platformId).containsExactlyInAnyOrder(withImage.platformId(), reply.platformId());
    RemotePost first = posts.stream().filter(p -> p.platformId().equals(withImage.platformId())).findFirst().orElseThrow();
    assertThat(first.text()).isEqualTo("Graduation day 🎓");
    assertThat(first.createdAt()).isEqualTo(withImage.createdAt());
    assertThat(first.authorHandle()).isEqualTo(account.handle());
    assertThat(first.url()).isEqualTo(withImage.url());
    assertThat(first.media()).singleElement().satisfies(m -> {
      assertThat(m.altText()).isEqualTo("Graduates throwing their caps");
      assertThat(m.sha256()).isEqualTo(image.sha256());
    });
    RemotePost second = posts.stream().filter(p -> p.platformId().equals(reply.platformId())).findFirst().orElseThrow();
    assertThat(second.replyTo()).isEqualTo(withImage.platformId());
    assertThat(second.threadRoot()).isEqualTo(withImage.platformId());
  }

  @Test
  void aTruncatedExportIsRefusedAndSaysWhichBlock() {
    byte[] cut = Arrays.copyOf(car, car.length - 25);
    assertThatThrownBy(() -> imports.blueskyRepository(new ByteArrayInputStream(cut), null))
        .isInstanceOfSatisfying(ArchiveImportException.class, e -> {
          assertThat(e.format()).isEqualTo("Bluesky repository export");
          assertThat(e.where()).matches("block \\d+ at byte \\d+");
          assertThat(e.getMessage()).contains("ends in the middle");
        });
  }

  @Test
  void aDamagedExportIsRefusedBecauseABlockNoLongerMatchesItsCid() {
    byte[] damaged = car.clone();
    damaged[damaged.length - 3] ^= 0x01;
    assertThatThrownBy(() -> imports.blueskyRepository(new ByteArrayInputStream(damaged), null))
        .isInstanceOfSatisfying(ArchiveImportException.class, e -> {
          assertThat(e.where()).matches("block \\d+ at byte \\d+");
          assertThat(e.getMessage()).contains("does not match its CID");
        });
  }

  @Test
  void aFileThatIsNotACarIsRefused() {
    byte[] json = MastodonOutboxTest.OUTBOX.getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> imports.blueskyRepository(new ByteArrayInputStream(json), null))
        .isInstanceOfSatisfying(ArchiveImportException.class, e -> assertThat(e.getMessage()).contains("not a CAR file"));
    assertThatThrownBy(() -> imports.blueskyRepository(new ByteArrayInputStream(new byte[0]), null))
        .isInstanceOfSatisfying(ArchiveImportException.class, e -> assertThat(e.getMessage()).contains("ends in the middle of the header"));
  }

  @Test
  void anExportOverTheLimitIsRefused() {
    ArchiveImports small = new ArchiveImports(ConnectorProperties.defaults()
        .withImports(new ConnectorProperties.Imports(DataSize.ofBytes(car.length - 1), 10)));
    assertThatThrownBy(() -> small.blueskyRepository(new ByteArrayInputStream(car), null))
        .isInstanceOfSatisfying(ArchiveImportException.class, e -> assertThat(e.getMessage()).contains("larger than Steward accepts"));
    ArchiveImports onePost = new ArchiveImports(ConnectorProperties.defaults()
        .withImports(new ConnectorProperties.Imports(DataSize.ofMegabytes(10), 1)));
    assertThatThrownBy(() -> onePost.blueskyRepository(new ByteArrayInputStream(car), null))
        .isInstanceOfSatisfying(ArchiveImportException.class, e -> assertThat(e.getMessage()).contains("more than 1 posts"));
  }
}
