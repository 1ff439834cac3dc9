package org.steward.app.connectors.imports;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads at most {@code limit} bytes and fails on the first byte past it, so an oversized archive
 * is refused without being read (or held in memory) in full. Counts the bytes read, for messages.
 */
final class LimitedInput extends FilterInputStream {
  private final long limit;
  private final String format;
  private long read;

  LimitedInput(InputStream in, long limit, String format) {
    super(in);
    this.limit = limit;
    this.format = format;
  }

  long position() {
    return read;
  }

  @Override
  public int read() throws IOException {
    int b = super.read();
    if (b >= 0) {
      count(1);
    }
    return b;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    int n = super.read(b, off, len);
    if (n > 0) {
      count(n);
    }
    return n;
  }

  @Override
  public long skip(long n) throws IOException {
    long s = super.skip(n);
    count(s);
    return s;
  }

  private void count(long n) {
    read += n;
    if (read > limit) {
      throw new ArchiveImportException(format, null, "the file is larger than Steward accepts ("
          + limit / (1024 * 1024) + " MB). Split the archive or ask an administrator to raise"
          + " STEWARD_CONNECTORS_IMPORTS_MAX_BYTES.");
    }
  }

  @Override
  public boolean markSupported() {
    return false;
  }
}
