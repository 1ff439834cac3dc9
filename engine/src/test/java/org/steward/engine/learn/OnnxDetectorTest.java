package org.steward.engine.learn;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.steward.engine.CheckContext;
import org.steward.engine.Checker;
import org.steward.engine.Clause;
import org.steward.engine.Finding;
import org.steward.engine.TestPacks;
import org.steward.engine.TextKind;
import org.steward.engine.pack.PackLoader;
import org.steward.engine.pack.PolicyPack;
import org.steward.engine.text.Normaliser;

/**
 * The ONNX slot with a model this test writes itself (protobuf by hand, no tools): folded words →
 * TfIdfVectorizer (word counts over a three-word vocabulary) → MatMul → Add → Sigmoid → [1, 2].
 */
class OnnxDetectorTest {
  /** A minimal protobuf writer: enough for ONNX's ModelProto. */
  static final class Pb {
    final ByteArrayOutputStream out = new ByteArrayOutputStream();

    Pb varint(int field, long v) {
      tag(field, 0);
      raw(v);
      return this;
    }

    Pb bytes(int field, byte[] b) {
      tag(field, 2);
      raw(b.length);
      out.writeBytes(b);
      return this;
    }

    Pb str(int field, String s) {
      return bytes(field, s.getBytes(StandardCharsets.UTF_8));
    }

    Pb msg(int field, Pb m) {
      return bytes(field, m.out.toByteArray());
    }

    Pb floats(int field, float... v) {
      ByteArrayOutputStream b = new ByteArrayOutputStream();
      for (float f : v) {
        int bits = Float.floatToIntBits(f);
        for (int k = 0; k < 4; k++) {
          b.write((bits >>> (8 * k)) & 0xff);
        }
      }
      return bytes(field, b.toByteArray());
    }

    private void tag(int field, int wire) {
      raw((long) field << 3 | wire);
    }

    private void raw(long v) {
      while ((v & ~0x7FL) != 0) {
        out.write((int) ((v & 0x7F) | 0x80));
        v >>>= 7;
      }
      out.write((int) v);
    }
  }

  static Pb tensorType(int elemType, Pb... dims) {
    Pb shape = new Pb();
    for (Pb d : dims) {
      shape.msg(1, d);
    }
    return new Pb().msg(1, new Pb().varint(1, elemType).msg(2, shape));
  }

  static Pb valueInfo(String name, Pb type) {
    return new Pb().str(1, name).msg(2, type);
  }

  static Pb node(String op, List<String> in, List<String> outs, Pb... attrs) {
    Pb n = new Pb();
    in.forEach(i -> n.str(1, i));
    outs.forEach(o -> n.str(2, o));
    n.str(3, op.toLowerCase() + "_node").str(4, op);
    for (Pb a : attrs) {
      n.msg(5, a);
    }
    return n;
  }

  static Pb intAttr(String name, long v) {
    return new Pb().str(1, name).varint(3, v).varint(20, 2);
  }

  static Pb intsAttr(String name, long... v) {
    Pb a = new Pb().str(1, name);
    for (long x : v) {
      a.varint(8, x);
    }
    return a.varint(20, 7);
  }

  static Pb stringAttr(String name, String v) {
    return new Pb().str(1, name).str(4, v).varint(20, 3);
  }

  static Pb stringsAttr(String name, String... v) {
    Pb a = new Pb().str(1, name);
    for (String s : v) {
      a.str(9, s);
    }
    return a.varint(20, 8);
  }

  static Pb floatTensor(String name, long[] dims, float... data) {
    Pb t = new Pb();
    for (long d : dims) {
      t.varint(1, d);
    }
    return t.varint(2, 1).floats(4, data).str(8, name);
  }

  /** Vocabulary vermin, welcome, kill → categories hate, threat. */
  static byte[] tinyModel() {
    Pb graph = new Pb()
        .msg(1, node("TfIdfVectorizer", List.of("words"), List.of("counts"), stringAttr("mode", "TF"), intAttr("min_gram_length", 1),
            intAttr("max_gram_length", 1), intAttr("max_skip_count", 0), intsAttr("ngram_counts", 0),
            intsAttr("ngram_indexes", 0, 1, 2), stringsAttr("pool_strings", "vermin", "welcome", "kill")))
        .msg(1, node("MatMul", List.of("counts", "w"), List.of("z0")))
        .msg(1, node("Add", List.of("z0", "b"), List.of("z")))
        .msg(1, node("Sigmoid", List.of("z"), List.of("probs")))
        .str(2, "tiny")
        .msg(5, floatTensor("w", new long[] {3, 2}, 4f, 0f, -4f, -4f, 0f, 5f))
        .msg(5, floatTensor("b", new long[] {2}, -3f, -3f))
        .msg(11, valueInfo("words", tensorType(8, new Pb().varint(1, 1), new Pb().str(2, "T"))))
        .msg(12, valueInfo("probs", tensorType(1, new Pb().varint(1, 1), new Pb().varint(1, 2))));
    Pb model = new Pb()
        .varint(1, 7)
        .str(2, "steward-test")
        .msg(7, graph)
        .msg(8, new Pb().str(1, "").varint(2, 13))
        .msg(8, new Pb().str(1, "ai.onnx.ml").varint(2, 1))
        .msg(14, new Pb().str(1, OnnxDetector.CATEGORIES_PROPERTY).str(2, "hate,threat"));
    return model.out.toByteArray();
  }

  static final PolicyPack PACK = TestPacks.parse("onnx-test", """
      clauses:
        CON-1: { section: "1", kind: check, text: "hate" }
        CON-2: { section: "2", kind: check, text: "threats" }
      rules:
        - id: t.hate
          clause: CON-1
          when: { detector: learned, categories: [hate], min-score: 0.6 }
          action: review
          say: "hate"
        - id: t.threat
          clause: CON-2
          when: { detector: learned, categories: [threat], min-score: 0.6 }
          action: block
          say: "threat"
      """);

  @Test
  @Clause({"CON-1", "CON-2"})
  void aModelTheUserBringsServesTheSameRules(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("tiny.onnx");
    Files.write(file, tinyModel());
    try (OnnxDetector onnx = OnnxDetector.load(file, PACK)) {
      assertThat(onnx.categories()).containsExactly("hate", "threat");
      float[] p = onnx.probabilities(Normaliser.normalise("Refugees are V3RMIN"));
      assertThat(p[0]).isBetween(0.72f, 0.74f); // sigmoid(4 - 3)
      assertThat(p[1]).isLessThan(0.1f);
      Checker checker = Checker.of(PACK, List.of(onnx));
      List<Finding> f = checker.check("Refugees are V3RMIN", CheckContext.of(TextKind.POST)).findings();
      assertThat(f).extracting(Finding::category).containsExactly("hate.origin");
      assertThat(f.get(0).evidence()).contains("tiny.onnx");
      assertThat(checker.check("I will kill you", CheckContext.of(TextKind.POST)).findings()).extracting(Finding::rule)
          .containsExactly("t.threat");
      assertThat(checker.check("Refugees are welcome here", CheckContext.of(TextKind.POST)).findings()).isEmpty();
      assertThat(checker.check("", CheckContext.of(TextKind.POST)).findings()).isEmpty();
    }
  }

  @Test
  void aModelWithoutCategoriesIsRefused(@TempDir Path dir) throws Exception {
    byte[] good = tinyModel();
    Pb noMeta = new Pb().varint(1, 7); // a model with no graph and no metadata
    Path file = dir.resolve("bad.onnx");
    Files.write(file, noMeta.out.toByteArray());
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> OnnxDetector.load(file, PACK)).isInstanceOf(Exception.class);
    assertThat(good.length).isGreaterThan(100);
  }
}
