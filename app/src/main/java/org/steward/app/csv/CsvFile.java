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

  private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setTrailingData(false).get();

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
    int from = 0;
    while (from < body.length()) {
      // Parse from `from`; on a broken record, report it and go on after its first line.
      int resumeAt = -1;
      try (CSVParser parser = FORMAT.parse(new StringReader(body.substring(from)))) {
        Iterator<CSVRecord> records = parser.iterator();
        int first = lines.lineOf(from);
        long consumed = 0; // lines the parser has read to the end of the last good record
        while (true) {
          CSVRecord record;
          long start;
          try {
            if (!records.hasNext()) {
              break;
            }
            record = records.next();
            start = from + record.getCharacterPosition();
          } catch (UncheckedIOException e) {
            if (e.getMessage() != null && e.getMessage().contains("EOF reached")) {
              // Reported on the line the record starts on; nothing after it can be trusted.
              problems.add(FieldProblem.onLine(first + (int) consumed, null, NEVER_CLOSED));
              return new Result(rows, problems, false);
            }
            // Reported on the line where the text after the quote is; reading goes on after it.
            // (Mid-line, the parser counts the line it is on.)
            int line = first - 1 + (int) parser.getCurrentLineNumber();
            problems.add(FieldProblem.onLine(line, null, TEXT_AFTER_QUOTE));
            resumeAt = lines.startOfLineAfter(line);
            break;
          }
          consumed = parser.getCurrentLineNumber();
          int line = lines.lineOf((int) start);
          List<String> fields = record.toList();
          String broken = Rfc4180.check(body, (int) start, fields);
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
      if (resumeAt < 0) {
        break;
      }
      from = resumeAt;
    }
    return new Result(rows, problems, false);
  }

  private static Result failed(FieldProblem problem) {
    return new Result(List.of(), List.of(problem), false);
  }
}
