package org.steward.engine.cli;

import java.io.Closeable;
import java.io.OutputStream;
import org.steward.engine.Finding;
import org.steward.engine.Result;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.SerializableString;
import tools.jackson.core.io.SerializedString;
import tools.jackson.core.json.JsonFactory;

/**
 * Writes {@code scan}'s result lines as UTF-8 JSON with Jackson's streaming generator: {@code
 * {"id","verdict","findings":[…]}} (a finding's {@code suggestion} and {@code route} only when it has them) or {@code {"id","error"}}, one a line. Every line is valid JSON
 * whatever the input held: a lone surrogate in an id or evidence is written as {@code \}{@code uXXXX}.
 * Not thread-safe; {@link #flush()} or {@link #close()} before reading what it wrote.
 */
final class ScanOutput implements Closeable {
  private static final JsonFactory JSON = JsonFactory.builder().rootValueSeparator((String) null).build();
  private static final SerializableString ID = new SerializedString("id");
  private static final SerializableString VERDICT = new SerializedString("verdict");
  private static final SerializableString FINDINGS = new SerializedString("findings");
  private static final SerializableString ERROR = new SerializedString("error");
  /** A finding's members, in the order written: rule, clause, category, severity; start, end, score; evidence, message. */
  private static final SerializableString[] TEXT_MEMBERS = names("rule", "clause", "category", "severity");
  private static final SerializableString[] NUMBER_MEMBERS = names("start", "end", "score");
  private static final SerializableString[] WORD_MEMBERS = names("evidence", "message");
  /** Written only when the finding has them: a suggested replacement for the span, and where the app must route it. */
  private static final SerializableString SUGGESTION = new SerializedString("suggestion");
  private static final SerializableString ROUTE = new SerializedString("route");

  private final JsonGenerator out;

  private static SerializableString[] names(String... names) {
    SerializableString[] out = new SerializableString[names.length];
    for (int i = 0; i < names.length; i++) {
      out[i] = new SerializedString(names[i]);
    }
    return out;
  }

  ScanOutput(OutputStream out) {
    this.out = JSON.createGenerator(ObjectWriteContext.empty(), out);
  }

  /** Writes the result line of the input {@code id} (null when the line had none). */
  void result(String id, Result r) {
    out.writeStartObject();
    id(id);
    out.writeName(VERDICT);
    out.writeString(r.verdict().id());
    out.writeName(FINDINGS);
    out.writeStartArray();
    for (Finding f : r.findings()) {
      finding(f);
    }
    out.writeEndArray();
    out.writeEndObject();
    out.writeRaw('\n');
  }

  /**
   * Writes one finding. The members go through one loop of string writes and one of number writes,
   * so the JIT compiles Jackson's string writing once here, not once per member: a short scan spends
   * a good part of its time compiling.
   */
  private void finding(Finding f) {
    String[] text = {f.rule(), f.clause(), f.category(), f.severity().id()};
    out.writeStartObject();
    for (int k = 0; k < text.length; k++) {
      out.writeName(TEXT_MEMBERS[k]);
      out.writeString(text[k]);
    }
    double[] numbers = {f.start(), f.end(), Math.round(f.score() * 1000) / 1000.0};
    for (int k = 0; k < numbers.length; k++) {
      out.writeName(NUMBER_MEMBERS[k]);
      if (k < 2) {
        out.writeNumber((int) numbers[k]);
      } else {
        out.writeNumber(numbers[k]);
      }
    }
    String[] words = {f.evidence(), f.message()};
    for (int k = 0; k < words.length; k++) {
      out.writeName(WORD_MEMBERS[k]);
      out.writeString(words[k]);
    }
    if (!f.suggestion().isEmpty()) {
      out.writeName(SUGGESTION);
      out.writeString(f.suggestion());
    }
    if (!f.route().isEmpty()) {
      out.writeName(ROUTE);
      out.writeString(f.route());
    }
    out.writeEndObject();
  }

  /** Writes the error line of line {@code lineNo}: the id when there is one, else the line number in the message. */
  void error(String id, int lineNo, String message) {
    out.writeStartObject();
    id(id);
    out.writeName(ERROR);
    out.writeString(id == null ? "line " + lineNo + ": " + message : message);
    out.writeEndObject();
    out.writeRaw('\n');
  }

  private void id(String id) {
    out.writeName(ID);
    if (id == null) {
      out.writeNull();
    } else {
      out.writeString(id);
    }
  }

  void flush() {
    out.flush();
  }

  @Override
  public void close() {
    out.close();
  }
}
