package org.steward.app.connectors.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;
import org.steward.app.connectors.ConnectorProperties;
import org.steward.app.connectors.RemotePost;

/** {@code outbox.json} of a Mastodon export: an ActivityStreams OrderedCollection. */
class MastodonOutboxTest {
  static final String OUTBOX = """
      {
        "@context": "https://www.w3.org/ns/activitystreams",
        "id": "outbox.json",
        "type": "OrderedCollection",
        "totalItems": 3,
        "orderedItems": [
          {
            "id": "https://mastodon.example/users/college/statuses/111/activity",
            "type": "Create",
            "actor": "https://mastodon.example/users/college",
            "published": "2026-11-02T09:00:00Z",
            "to": ["https://www.w3.org/ns/activitystreams#Public"],
            "object": {
              "id": "https://mastodon.example/users/college/statuses/111",
              "type": "Note",
              "summary": null,
              "inReplyTo": null,
              "published": "2026-11-02T09:00:00Z",
              "url": "https://mastodon.example/@college/111",
              "attributedTo": "https://mastodon.example/users/college",
              "content": "<p>Open evening on Thursday</p><p>All welcome<br />6pm to 8pm</p>",
              "attachment": [
                {"type": "Document", "mediaType": "image/jpeg", "url": "/media_attachments/files/111/original/hall.jpg", "name": "The main hall"}
              ],
              "tag": []
            }
          },
          {
            "id": "https://mastodon.example/users/college/statuses/112/activity",
            "type": "Announce",
            "actor": "https://mastodon.example/users/college",
            "published": "2026-11-03T09:00:00Z",
            "object": "https://other.example/users/someone/statuses/999"
          },
          {
            "id": "https://mastodon.example/users/college/statuses/113/activity",
            "type": "Create",
            "actor": "https://mastodon.example/users/college",
            "published": "2026-11-04T10:30:00Z",
            "object": {
              "id": "https://mastodon.example/users/college/statuses/113",
              "type": "Note",
              "inReplyTo": "https://mastodon.example/users/college/statuses/111",
              "published": "2026-11-04T10:30:00Z",
              "url": "https://mastodon.example/@college/113",
              "attributedTo": "https://mastodon.example/users/college",
              "content": "<p>Parking is free &amp; signposted</p>",
              "attachment": []
            }
          }
        ]
      }
      """;

  ArchiveImports imports = new ArchiveImports(ConnectorProperties.defaults());

  static ByteArrayInputStream bytes(String s) {
    return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void readsTheAccountsOwnNotesAndSkipsBoosts() {
    List<RemotePost> posts = imports.mastodonOutbox(bytes(OUTBOX));

    assertThat(posts).extracting(RemotePost::platformId).containsExactly("111", "113");
    RemotePost first = posts.get(0);
    assertThat(first.platform()).isEqualTo("mastodon");
    assertThat(first.text()).isEqualTo("Open evening on Thursday\n\nAll welcome\n6pm to 8pm");
    assertThat(first.url()).hasToString("https://mastodon.example/@college/111");
    assertThat(first.authorHandle()).isEqualTo("college@mastodon.example");
    assertThat(first.createdAt()).isEqualTo(Instant.parse("2026-11-02T09:00:00Z"));
    assertThat(first.media()).singleElement().satisfies(m -> {
      assertThat(m.altText()).isEqualTo("The main hall");
      assertThat(m.mimeType()).isEqualTo("image/jpeg");
      assertThat(m.url()).isNull(); // a file inside the export, not on the web
    });
    assertThat(posts.get(1).replyTo()).isEqualTo("111");
    assertThat(posts.get(1).text()).isEqualTo("Parking is free & signposted");
  }

  @Test
  void aTruncatedOutboxIsRefusedWithWhereItEnds() {
    String cut = OUTBOX.substring(0, OUTBOX.indexOf("Parking is free"));
    assertThatThrownBy(() -> imports.mastodonOutbox(bytes(cut)))
        .isInstanceOfSatisfying(ArchiveImportException.class, e -> {
          assertThat(e.getMessage()).contains("ends in the middle");
          assertThat(e.where()).startsWith("line 47");
        });
  }

  @Test
  void aFileThatIsNotAnOutboxIsRefused() {
    assertThatThrownBy(() -> imports.mastodonOutbox(bytes(OUTBOX.replace("\"OrderedCollection\"", "\"Collection\""))))
        .isInstanceOfSatisfying(ArchiveImportException.class, e -> assertThat(e.getMessage()).contains("not a Mastodon outbox"));
    assertThatThrownBy(() -> imports.mastodonOutbox(bytes("[1, 2, 3]")))
        .isInstanceOfSatisfying(ArchiveImportException.class, e -> assertThat(e.getMessage()).contains("one JSON object"));
    assertThatThrownBy(() -> imports.mastodonOutbox(bytes(TwitterArchiveTest.TWEETS)))
        .isInstanceOf(ArchiveImportException.class);
    assertThatThrownBy(() -> imports.mastodonOutbox(bytes(OUTBOX.replace("\"published\": \"2026-11-04T10:30:00Z\",\n        \"url\"",
            "\"published\": \"last Tuesday\",\n        \"url\""))))
        .isInstanceOfSatisfying(ArchiveImportException.class, e -> {
          assertThat(e.where()).startsWith("item 3 at line 35");
          assertThat(e.getMessage()).contains("not an ISO 8601 date");
        });
  }

  @Test
  void overTheLimitOrNotUtf8IsRefused() {
    ArchiveImports small = new ArchiveImports(ConnectorProperties.defaults()
        .withImports(new ConnectorProperties.Imports(DataSize.ofBytes(500), 10)));
    assertThatThrownBy(() -> small.mastodonOutbox(bytes(OUTBOX)))
        .isInstanceOfSatisfying(ArchiveImportException.class, e -> assertThat(e.getMessage()).contains("larger than Steward accepts"));
    assertThatThrownBy(() -> imports.mastodonOutbox(new ByteArrayInputStream(OUTBOX.getBytes(StandardCharsets.UTF_16LE))))
        .isInstanceOfSatisfying(ArchiveImportException.class, e -> assertThat(e.getMessage()).contains("not UTF-8"));
    byte[] broken = OUTBOX.replace("Thursday", "Thursd\u00e9y").getBytes(StandardCharsets.ISO_8859_1);
    assertThatThrownBy(() -> imports.mastodonOutbox(new ByteArrayInputStream(broken)))
        .isInstanceOfSatisfying(ArchiveImportException.class, e -> {
          assertThat(e.getMessage()).contains("not UTF-8");
          assertThat(e.where()).startsWith("line 21");
        });
  }
}
