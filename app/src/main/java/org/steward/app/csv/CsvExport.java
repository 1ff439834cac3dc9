package org.steward.app.csv;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes a list as CSV for a spreadsheet (UX: lists are downloadable), with Commons CSV: a header,
 * CRLF line ends, quotes where a value needs them. A value that a spreadsheet would run as a
 * formula ({@code =}, {@code +}, {@code -}, a tab or CR first, or {@code @} before a call) gets a
 * leading apostrophe, so an exported handle never becomes a formula (CSV injection).
 */
public final class CsvExport {
  private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
      .setQuoteMode(org.apache.commons.csv.QuoteMode.MINIMAL).get();

  private final StringBuilder out = new StringBuilder();
  private final CSVPrinter printer;

  private CsvExport(List<String> header) {
    try {
      printer = new CSVPrinter(out, FORMAT);
      printer.printRecord(header);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringBuilder does not fail
    }
  }

  /** A file with this header line. */
  public static CsvExport withHeader(String... header) {
    return new CsvExport(List.of(header));
  }

  /** Adds a row; null values are written empty. */
  public CsvExport row(String... values) {
    try {
      for (String v : values) {
        printer.print(safe(v));
      }
      printer.println();
      return this;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public String toString() {
    return out.toString();
  }

  /** The value as written: neutralised when a spreadsheet would take it for a formula. */
  public static String safe(String value) {
    String v = value == null ? "" : value;
    // '@' starts most handles; it is neutralised only where it could start a function call.
    if (!v.isEmpty() && ("=+-\t\r".indexOf(v.charAt(0)) >= 0
        || (v.charAt(0) == '@' && v.contains("(")))) {
      return "'" + v;
    }
    return v;
  }

  /** One field as it stands in the file: {@link #safe} and quoted where CSV needs it. */
  public static String field(String value) {
    return FORMAT.format(safe(value));
  }
}
