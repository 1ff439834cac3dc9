package org.steward.app.connectors.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.steward.app.connectors.ConnectorProperties;
import org.steward.app.connectors.RemotePost;
import org.springframework.stereotype.Component;

/**
 * Reads platform archives into the same {@link RemotePost}s the connectors return, for the posts
 * feature to check and store. Each reader streams and is bounded: the size limit is checked
 * before reading (for a file) and while reading (for a stream), and a broken archive throws
 * {@link ArchiveImportException} saying where it broke, having yielded nothing.
 */
@Component
public class ArchiveImports {
  private final long maxBytes;
  private final int maxPosts;

  public ArchiveImports(ConnectorProperties properties) {
    this.maxBytes = properties.imports().maxBytes().toBytes();
    this.maxPosts = properties.imports().maxPosts();
  }

  /** {@code data/tweets.js} of an X archive; {@code handle} is the account's (the file does not say). */
  public List<RemotePost> twitterArchive(InputStream tweetsJs, String handle) {
    return new TwitterArchiveReader(maxBytes, maxPosts).read(tweetsJs, handle);
  }

  /** {@code outbox.json} of a Mastodon account export. */
  public List<RemotePost> mastodonOutbox(InputStream outboxJson) {
    return new MastodonOutboxReader(maxBytes, maxPosts).read(outboxJson);
  }

  /** A CAR file from {@code com.atproto.sync.getRepo}; {@code handle} names the author, or null for the DID. */
  public List<RemotePost> blueskyRepository(InputStream car, String handle) {
    return new BlueskyRepositoryReader(maxBytes, maxPosts).read(car, handle);
  }

  /** Refuses a file over the limit before opening it. */
  public List<RemotePost> read(Path file, Format format, String handle) {
    try {
      long size = Files.size(file);
      if (size > maxBytes) {
        throw new ArchiveImportException(format.label, null, "the file is " + size / (1024 * 1024)
            + " MB and Steward accepts up to " + maxBytes / (1024 * 1024) + " MB");
      }
      try (InputStream in = Files.newInputStream(file)) {
        return switch (format) {
          case X_TWEETS_JS -> twitterArchive(in, handle);
          case MASTODON_OUTBOX -> mastodonOutbox(in);
          case BLUESKY_REPOSITORY -> blueskyRepository(in, handle);
        };
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public enum Format {
    X_TWEETS_JS(TwitterArchiveReader.FORMAT),
    MASTODON_OUTBOX(MastodonOutboxReader.FORMAT),
    BLUESKY_REPOSITORY(CarFile.FORMAT);

    final String label;

    Format(String label) {
      this.label = label;
    }
  }
}
