package org.steward.app.connectors.bluesky;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.steward.app.connectors.MediaHash;

/** The small encodings the Bluesky connector relies on, pinned by known values. */
class BlueskyUnitsTest {
  @Test
  void recordKeysAreValidTidsTheSameOnEveryRetryAndDifferentPerPost() {
    Instant at = Instant.parse("2026-12-01T10:00:00.123456Z");
    String key = Tid.forPost(at, "post-42");
    assertThat(key).hasSize(13).matches("[234567abcdefghij][234567abcdefghijklmnopqrstuvwxyz]{12}");
    assertThat(Tid.forPost(at, "post-42")).isEqualTo(key);
    assertThat(Tid.forPost(at, "post-43")).isNotEqualTo(key);
    // Later posts sort after earlier ones, as Bluesky's own keys do.
    assertThat(Tid.forPost(at.plusMillis(1), "post-42")).isGreaterThan(key);
    assertThat(Tid.encode(0)).isEqualTo("2222222222222");
  }

  @Test
  void aBlobCidNamesTheSha256OfItsBytes() {
    // The CID of the bytes "hello" (raw codec, sha2-256), as IPFS and the PDS write it.
    String cid = "bafkreibm6jg3ux5qumhcn2b3flc3tyu6dmlb4xa7u5bf44yegnrjhc4yeq";
    assertThat(Cid.sha256OfRaw(cid)).contains(MediaHash.sha256("hello".getBytes()));
    assertThat(Cid.toText(Cid.fromText(cid).orElseThrow())).isEqualTo(cid);
    // A DAG-CBOR record's CID is not a blob: no media hash from it.
    assertThat(Cid.sha256OfRaw("bafyreibdkwr4dqszxvjccorozvq5w7rqzpnuuzfw6hd4vlc4rq2y46srke")).isEmpty();
    assertThat(Cid.sha256OfRaw("Qm-not-base32")).isEmpty();
  }

  @Test
  void graphemesCountWhatAReaderSeesAsOneCharacter() {
    assertThat(Graphemes.count("e\u0301")).isEqualTo(1);
    assertThat(Graphemes.count("👩‍👩‍👧")).isEqualTo(1);
    assertThat(Graphemes.count("🇬🇧🏴")).isEqualTo(2);
    assertThat(Graphemes.count("abc")).isEqualTo(3);
  }

  @Test
  void facetsLeaveTrailingPunctuationOutOfLinksAndSkipUnresolvedMentions() {
    var facets = RichText.facets("See (https://example.org/a_(b)). Hi @nobody.test #2026 #Year2026",
        handle -> Optional.empty());
    assertThat(facets).extracting(RichText.Facet::value).containsExactly("https://example.org/a_(b)", "Year2026");
  }
}
