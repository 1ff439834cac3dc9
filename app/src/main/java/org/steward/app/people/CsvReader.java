package org.steward.app.people;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads CSV as RFC 4180 describes it: fields separated by commas, records by CRLF (LF or a lone
 * CR also accepted), fields optionally in double quotes, a quote inside a quoted field written
 * twice. The input must be UTF-8 (a byte order mark is skipped). Blank lines, and lines with
 * nothing but commas (spreadsheets write those), are skipped.
 *
 * <p>Line numbers are those a text editor shows: a record that spans lines (a quoted field with
 * a line break) is numbered by the line it starts on. Structural problems are reported, not
 * thrown, so the person uploading sees every broken line at once; an unclosed quote swallows the
 * rest of the file, so reading stops there.
 */
final class CsvReader {
  /** One record: the line it starts on (1-based) and its fields, untrimmed. */
  record CsvRecord(int line, List<String> fields) {}

  /**
   * What reading found. When {@code problems} is not empty the records are incomplete and must
   * not be used; {@code tooMany} means reading stopped after {@code maxRecords} records.
   */
  record Result(List<CsvRecord> records, List<ImportProblem> problems, boolean tooMany) {}

  private static final String SAVE_AS_UTF8 =
      "Save it from your spreadsheet as \u2018CSV UTF-8 (comma delimited)\u2019 and upload it again.";

  private final String text;
  private int pos;
  private int line = 1;
  private final List<ImportProblem> problems = new ArrayList<>();

  private CsvReader(String text) {
    this.text = text;
    this.pos = text.startsWith("\uFEFF") ? 1 : 0;
  }

  /** Decodes {@code bytes} as UTF-8 and reads at most {@code maxRecords} records (blank lines not counted). */
  static Result read(byte[] bytes, int maxRecords) {
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      return failed(new ImportProblem(null, null,
          "The file is not a CSV text file in UTF-8: it may be a spreadsheet (.xlsx) or saved in"
              + " another encoding. " + SAVE_AS_UTF8));
    }
    return read(text, maxRecords);
  }

  /** Reads CSV text; see {@link #read(byte[], int)}. */
  static Result read(String text, int maxRecords) {
    Integer binaryLine = firstControlCharacterLine(text);
    if (binaryLine != null) {
      return failed(new ImportProblem(binaryLine, null,
          "The file contains binary data, not text, from this line. " + SAVE_AS_UTF8));
    }
    return new CsvReader(text).records(maxRecords);
  }

  private static Result failed(ImportProblem problem) {
    return new Result(List.of(), List.of(problem), false);
  }

  private Result records(int maxRecords) {
    List<CsvRecord> records = new ArrayList<>();
    while (pos < text.length()) {
      int start = line;
      List<String> fields = record();
      if (fields == null) {
        if (pos < 0) {
          break; // an unclosed quote: nothing after it can be trusted
        }
        continue; // a broken line, already reported; read on to report the others
      }
      if (fields.stream().allMatch(String::isBlank)) {
        continue;
      }
      if (records.size() == maxRecords) {
        return new Result(records, problems, true);
      }
      records.add(new CsvRecord(start, List.copyOf(fields)));
    }
    return new Result(records, problems, false);
  }

  /** Reads one record up to and including its line break; null if the record is broken. */
  private List<String> record() {
    List<String> fields = new ArrayList<>();
    while (true) {
      String field = pos < text.length() && text.charAt(pos) == '"' ? quoted() : unquoted();
      if (field == null) {
        return null;
      }
      fields.add(field);
      if (pos >= text.length()) {
        return fields;
      }
      if (text.charAt(pos) == ',') {
        pos++;
      } else {
        lineBreak();
        return fields;
      }
    }
  }

  private String quoted() {
    int startLine = line;
    StringBuilder value = new StringBuilder();
    pos++;
    while (pos < text.length()) {
      char c = text.charAt(pos);
      if (c == '"') {
        if (pos + 1 < text.length() && text.charAt(pos + 1) == '"') {
          value.append('"');
          pos += 2;
          continue;
        }
        pos++;
        if (pos < text.length() && text.charAt(pos) != ',' && !isLineBreak(text.charAt(pos))) {
          return broken("There is text after a closing quote mark. To put a quote mark inside a"
              + " quoted value, write it twice (\"\").");
        }
        return value.toString();
      }
      if (isLineBreak(c)) {
        int before = pos;
        lineBreak();
        value.append(text, before, pos);
      } else {
        value.append(c);
        pos++;
      }
    }
    problems.add(new ImportProblem(startLine, null, "A quoted value that starts on this line is"
        + " never closed, so the rest of the file cannot be read. Add the missing closing quote"
        + " mark (\")."));
    pos = -1;
    return null;
  }

  private String unquoted() {
    int start = pos;
    while (pos < text.length() && text.charAt(pos) != ',' && !isLineBreak(text.charAt(pos))) {
      if (text.charAt(pos) == '"') {
        return broken("A value contains a quote mark but does not start with one. Put the whole"
            + " value in quote marks and write the quote mark inside it twice (\"\").");
      }
      pos++;
    }
    return text.substring(start, pos);
  }

  /** Reports a problem on the current line and skips to the next one. */
  private String broken(String message) {
    problems.add(new ImportProblem(line, null, message));
    while (pos < text.length() && !isLineBreak(text.charAt(pos))) {
      pos++;
    }
    if (pos < text.length()) {
      lineBreak();
    }
    return null;
  }

  /** Steps over CRLF, LF or CR at {@code pos}. */
  private void lineBreak() {
    if (text.charAt(pos) == '\r' && pos + 1 < text.length() && text.charAt(pos + 1) == '\n') {
      pos++;
    }
    pos++;
    line++;
  }

  private static boolean isLineBreak(char c) {
    return c == '\n' || c == '\r';
  }

  /** The line of the first control character other than tab, CR and LF; null if none. */
  private static Integer firstControlCharacterLine(String text) {
    int line = 1;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'))) {
        line++;
      } else if (Character.isISOControl(c) && c != '\t' && c != '\r') {
        return line;
      }
    }
    return null;
  }
}
