package org.steward.app.connectors.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;
import org.steward.app.connectors.ConnectorProperties;
import org.steward.app.connectors.RemotePost;

/** {@code data/tweets.js} as an X archive holds it, and the ways a real upload goes wrong. */
class TwitterArchiveTest {
  static final String TWEETS = """
      window.YTD.tweets.part0 = [
        {
          "tweet" : {
            "edit_info" : { "initial" : { "editTweetIds" : [ "1865432101234567890" ] } },
            "retweeted" : false,
            "source" : "<a href=\\"https://mobile.twitter.com\\" rel=\\"nofollow\\">Twitter Web App</a>",
            "entities" : {
              "hashtags" : [ { "text" : "OpenEvening", "indices" : [ "0", "12" ] } ],
              "urls" : [ { "url" : "https://t.co/AbCdEf1234", "expanded_url" : "https://citycollege.ac.uk/open", "display_url" : "citycollege.ac.uk/open", "indices" : [ "40", "63" ] } ],
              "media" : [ { "url" : "https://t.co/MeDiA12345", "media_url_https" : "https://pbs.twimg.com/media/Fabc123.jpg", "type" : "photo", "indices" : [ "64", "87" ] } ]
            },
            "extended_entities" : {
              "media" : [ { "url" : "https://t.co/MeDiA12345", "media_url_https" : "https://pbs.twimg.com/media/Fabc123.jpg", "type" : "photo", "ext_alt_text" : "The main hall, decorated for open evening" } ]
            },
            "favorite_count" : "12",
            "id_str" : "1865432101234567890",
            "id" : "1865432101234567890",
            "created_at" : "Wed Oct 10 20:19:24 +0000 2018",
            "full_text" : "#OpenEvening is on Thursday &amp; Friday https://t.co/AbCdEf1234 https://t.co/MeDiA12345",
            "lang" : "en"
          }
        },
        {
          "tweet" : {
            "id_str" : "1865432109999999999",
            "in_reply_to_status_id_str" : "1865000000000000000",
            "in_reply_to_screen_name" : "aparent",
            "created_at" : "Thu Oct 11 08:00:00 +0000 2018",
            "full_text" : "@aparent Yes, parking is free café",
            "entities" : { "urls" : [ ] }
          }
        }
      ]""";

  ArchiveImports imports = new ArchiveImports(ConnectorProperties.defaults());

  static ByteArrayInputStream bytes(String s) {
    return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void readsEveryTweetWithLinksExpandedAndMediaWithAltText() {
    List<RemotePost> posts = imports.twitterArchive(bytes(TWEETS), "@CityCollege");

    assertThat(posts).hasSize(2);
    RemotePost first = posts.get(0);
    assertThat(first.platform()).isEqualTo("x");
    assertThat(first.platformId()).isEqualTo("1865432101234567890");
    assertThat(first.url()).hasToString("https://x.com/CityCollege/status/1865432101234567890");
    assertThat(first.text()).isEqualTo("#OpenEvening is on Thursday & Friday https://citycollege.ac.uk/open");
    assertThat(first.createdAt()).isEqualTo(Instant.parse("2018-10-10T20:19:24Z"));
    assertThat(first.authorHandle()).isEqualTo("CityCollege");
    assertThat(first.media()).singleElement().satisfies(m -> {
      assertThat(m.altText()).isEqualTo("The main hall, decorated for open evening");
      assertThat(m.url()).hasToString("https://pbs.twimg.com/media/Fabc123.jpg");
      assertThat(m.hash()).isEmpty();
    });
    RemotePost reply = posts.get(1);
    assertThat(reply.replyTo()).isEqualTo("1865000000000000000");
    assertThat(reply.text()).isEqualTo("@aparent Yes, parking is free café");
  }

  @Test
  void acceptsAByteOrderMarkAndTheOlderSingularName() {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    byte[] body = TWEETS.replace("window.YTD.tweets.part0", "window.YTD.tweet.part0").getBytes(StandardCharsets.UTF_8);
    byte[] both = Arrays.copyOf(bom, bom.length + body.length);
    System.arraycopy(body, 0, both, bom.length, body.length);
    assertThat(imports.twitterArchive(new ByteArrayInputStream(both), "CityCollege")).hasSize(2);
  }

  @Test
  void aTruncatedFileIsRefusedWithWhereItEnds() {
    String cut = TWEETS.substring(0, TWEETS.indexOf("\"full_text\" : \"@aparent") + 20);
    assertThatThrownBy(() -> imports.twitterArchive(bytes(cut), "CityCollege"))
        .isInstanceOfSatisfying(ArchiveImportException.class, e -> {
          assertThat(e.format()).isEqualTo("X archive tweets.js");
          assertThat(e.getMessage()).contains("ends in the middle");
          assertThat(e.where()).startsWith("line 29, column");
        });
  }

  @Test
  void aFileWithoutTheWrapperIsRefused() {
    String bare = TWEETS.substring(TWEETS.indexOf('['));
    assertThatThrownBy(() -> imports.twitterArchive(bytes(bare), "CityCollege"))
        .isInstanceOfSatisfying(ArchiveImportException.class, e -> assertThat(e.getMessage())
            .contains("does not start with 'window.YTD.tweets.part0 ='"));
    assertThatThrownBy(() -> imports.twitterArchive(bytes("var tweets = " + bare), "CityCollege"))
        .isInstanceOf(ArchiveImportException.class);
    assertThatThrownBy(() -> imports.twitterArchive(bytes("window.YTD.tweets.part0 = {\"tweet\": {}}"), "CityCollege"))
        .isInstanceOfSatisfying(ArchiveImportException.class, e -> {
          assertThat(e.getMessage()).contains("list of tweets");
          assertThat(e.where()).isEqualTo("line 1, column 27 (byte 26)");
        });
  }

  @Test
  void aBrokenTweetNamesItsPlace() {
    String noId = TWEETS.replace("\"id_str\" : \"1865432109999999999\",", "");
    assertThatThrownBy(() -> imports.twitterArchive(bytes(noId), "CityCollege"))
        .isInstanceOfSatisfying(ArchiveImportException.class, e -> {
          assertThat(e.where()).startsWith("tweet 2 at line 23");
          assertThat(e.getMessage()).contains("no id_str");
        });
    String badJson = TWEETS.replace("\"lang\" : \"en\"", "\"lang\" : en");
    assertThatThrownBy(() -> imports.twitterArchive(bytes(badJson), "CityCollege"))
        .isInstanceOfSatisfying(ArchiveImportException.class, e -> {
          assertThat(e.where()).startsWith("line 20, column");
          assertThat(e.getMessage()).contains("not valid JSON");
        });
  }

  @Test
  void aFileOverTheLimitIsRefusedWhileReading() {
    ArchiveImports small = new ArchiveImports(ConnectorProperties.defaults()
        .withImports(new ConnectorProperties.Imports(DataSize.ofBytes(1024), 10)));
    assertThatThrownBy(() -> small.twitterArchive(bytes(TWEETS), "CityCollege"))
        .isInstanceOfSatisfying(ArchiveImportException.class, e -> assertThat(e.getMessage()).contains("larger than Steward accepts"));
    ArchiveImports oneTweet = new ArchiveImports(ConnectorProperties.defaults()
        .withImports(new ConnectorProperties.Imports(DataSize.ofMegabytes(1), 1)));
    assertThatThrownBy(() -> oneTweet.twitterArchive(bytes(TWEETS), "CityCollege"))
        .isInstanceOfSatisfying(ArchiveImportException.class, e -> assertThat(e.getMessage()).contains("more than 1 tweets"));
  }

  @Test
  void aFileThatIsNotUtf8IsRefused() {
    assertThatThrownBy(() -> imports.twitterArchive(new ByteArrayInputStream(TWEETS.getBytes(StandardCharsets.UTF_16)), "CityCollege"))
        .isInstanceOfSatisfying(ArchiveImportException.class, e -> assertThat(e.getMessage()).contains("not UTF-8"));
    byte[] latin1 = TWEETS.getBytes(StandardCharsets.ISO_8859_1); // "café" as a single 0xE9 byte
    assertThatThrownBy(() -> imports.twitterArchive(new ByteArrayInputStream(latin1), "CityCollege"))
        .isInstanceOfSatisfying(ArchiveImportException.class, e -> {
          assertThat(e.getMessage()).contains("not UTF-8");
          assertThat(e.where()).startsWith("line 29");
        });
  }
}
