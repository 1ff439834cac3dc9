package org.steward.app.csv;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.steward.app.web.FieldProblem;

/**
 * Reads an uploaded CSV file for an all-or-nothing import. Commons CSV does the parsing (RFC 4180:
 * commas, CRLF or LF, quoted values with doubled quotes and line breaks); this class adds what an
 * import needs on top: strict UTF-8 (a byte order mark is skipped), no binary data, a line number
 * for every record (the line a text editor shows it starts on), blank lines and lines of nothing
 * but commas skipped, and every broken line reported rather than the first one thrown, so the
 * person uploading fixes them all at once. An unclosed quote swallows the rest of the file, so
 * reading stops there.
 */
public final class CsvFile {
  /** One record: the line it starts on (1-based) and its fields, untrimmed. */
  public record Row(int line, List<String> fields) {
    public Row {
      fields = List.copyOf(fields);
    }
  }

  /**
   * What reading found. When {@code problems} is not empty the rows are incomplete and must not be
   * used; {@code tooMany} means reading stopped after the most rows asked for.
   */
  public record Result(List<Row> rows, List<FieldProblem> problems, boolean tooMany) {
    public Result {
      rows = List.copyOf(rows);
      problems = List.copyOf(problems);
    }
  }

  static final String SAVE_AS_UTF8 =
      "Save it from your spreadsheet as \u2018CSV UTF-8 (comma delimited)\u2019 and upload it again.";
  static final String TEXT_AFTER_QUOTE = "There is text after a closing quote mark. To put a quote"
      + " mark inside a quoted value, write it twice (\"\").";
  static final String QUOTE_INSIDE = "A value contains a quote mark but does not start with one."
      + " Put the whole value in quote marks and write the quote mark inside it twice (\"\").";
  static final String NEVER_CLOSED = "A quoted value that starts on this line is never closed, so"
      + " the rest of the file cannot be read. Add the missing closing quote mark (\").";

  private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setTrailingData(true).get();

  private CsvFile() {}

  /** Decodes {@code bytes} as UTF-8 and reads at most {@code maxRows} rows (blank lines not counted). */
  public static Result read(byte[] bytes, int maxRows) {
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      return failed(FieldProblem.onLine(null, null, "The file is not a CSV text file in UTF-8: it"
          + " may be a spreadsheet (.xlsx) or saved in another encoding. " + SAVE_AS_UTF8));
    }
    return read(text, maxRows);
  }

  /** Reads CSV text; see {@link #read(byte[], int)}. */
  public static Result read(String text, int maxRows) {
    String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
    Lines lines = new Lines(body);
    int binary = lines.firstControlCharacterLine();
    if (binary > 0) {
      return failed(FieldProblem.onLine(binary, null, "The file contains binary data (a control"
          + " character such as NUL), not text, from this line. " + SAVE_AS_UTF8));
    }
    List<Row> rows = new ArrayList<>();
    List<FieldProblem> problems = new ArrayList<>();
    // One pass of the parser over the whole text (linear): it is lenient about text after a
    // closing quote, and Rfc4180 names that and a quote inside an unquoted value per record, so a
    // broken line is reported and reading goes on without starting the parser again.
    try (CSVParser parser = FORMAT.parse(new StringReader(body))) {
      Iterator<CSVRecord> records = parser.iterator();
      long consumed = 0; // lines the parser has read to the end of the last record
      while (true) {
        CSVRecord record;
        try {
          if (!records.hasNext()) {
            break;
          }
          record = records.next();
        } catch (UncheckedIOException e) {
          // Only an unclosed quote stops the parser; nothing after it can be trusted. Reported
          // on the line the record starts on.
          problems.add(FieldProblem.onLine(1 + (int) consumed, null, NEVER_CLOSED));
          return new Result(rows, problems, false);
        }
        consumed = parser.getCurrentLineNumber();
        int start = (int) record.getCharacterPosition();
        int line = lines.lineOf(start);
        List<String> fields = record.toList();
        String broken = Rfc4180.check(body, start, fields);
        if (broken != null) {
          problems.add(FieldProblem.onLine(line, null, broken));
          continue;
        }
        if (fields.stream().allMatch(String::isBlank)) {
          continue;
        }
        if (rows.size() == maxRows) {
          return new Result(rows, problems, true);
        }
        rows.add(new Row(line, fields));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringReader does not fail
    }
    return new Result(rows, problems, false);
  }

  private static Result failed(FieldProblem problem) {
    return new Result(List.of(), List.of(problem), false);
  }
}
