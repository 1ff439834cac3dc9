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
 * {"id","verdict","findings":[…]}} or {@code {"id","error"}}, one a line. Every line is valid JSON
 * whatever the input held: a lone surrogate in an id or evidence is written as {@code \}{@code uXXXX}.
 * Not thread-safe; {@link #flush()} or {@link #close()} before reading what it wrote.
 */
final class ScanOutput implements Closeable {
  private static final JsonFactory JSON = JsonFactory.builder().rootValueSeparator((String) null).build();
  private static final SerializableString ID = new SerializedString("id");
  private static final SerializableString VERDICT = new SerializedString("verdict");
  private static final SerializableString FINDINGS = new SerializedString("findings");
  private static final SerializableString ERROR = new SerializedString("error");
  private static final SerializableString RULE = new SerializedString("rule");
  private static final SerializableString CLAUSE = new SerializedString("clause");
  private static final SerializableString CATEGORY = new SerializedString("category");
  private static final SerializableString SEVERITY = new SerializedString("severity");
  private static final SerializableString START = new SerializedString("start");
  private static final SerializableString END = new SerializedString("end");
  private static final SerializableString SCORE = new SerializedString("score");
  private static final SerializableString EVIDENCE = new SerializedString("evidence");
  private static final SerializableString MESSAGE = new SerializedString("message");

  private final JsonGenerator out;

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
      out.writeStartObject();
      out.writeName(RULE);
      out.writeString(f.rule());
      out.writeName(CLAUSE);
      out.writeString(f.clause());
      out.writeName(CATEGORY);
      out.writeString(f.category());
      out.writeName(SEVERITY);
      out.writeString(f.severity().id());
      out.writeName(START);
      out.writeNumber(f.start());
      out.writeName(END);
      out.writeNumber(f.end());
      out.writeName(SCORE);
      out.writeNumber(Math.round(f.score() * 1000) / 1000.0);
      out.writeName(EVIDENCE);
      out.writeString(f.evidence());
      out.writeName(MESSAGE);
      out.writeString(f.message());
      out.writeEndObject();
    }
    out.writeEndArray();
    out.writeEndObject();
    out.writeRaw('\n');
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
