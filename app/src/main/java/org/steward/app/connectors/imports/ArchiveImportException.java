package org.steward.app.connectors.imports;

/**
 * A platform archive that cannot be read. Says which file kind, where it broke (a line and
 * column, a byte offset, an entry or block number) and why, in words the person who uploaded it
 * can act on. An archive that throws this yields no posts at all.
 */
public final class ArchiveImportException extends RuntimeException {
  private final String format;
  private final String where;

  public ArchiveImportException(String format, String where, String reason, Throwable cause) {
    super(format + (where == null ? "" : ", " + where) + ": " + reason, cause);
    this.format = format;
    this.where = where;
  }

  public ArchiveImportException(String format, String where, String reason) {
    this(format, where, reason, null);
  }

  /** The kind of file: "X archive tweets.js", "Mastodon outbox.json", "Bluesky repository export". */
  public String format() {
    return format;
  }

  /** Where it broke ("line 3, column 17 (byte 1042)", "block 12 at byte 5510"), or null for the whole file. */
  public String where() {
    return where;
  }
}
