package org.steward.engine.learn;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OnnxValue;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.steward.engine.detect.Detector;
import org.steward.engine.detect.Inspection;
import org.steward.engine.detect.SignalSink;
import org.steward.engine.pack.PolicyPack;
import org.steward.engine.text.NormalisedText;

/**
 * The slot for a larger model an institution brings, run by ONNX Runtime (natives in its jar; add
 * {@code com.microsoft.onnxruntime:onnxruntime} to the application, the engine declares it optional).
 * It takes the shipped model's place behind the same rules: its name is {@code learned}, so {@code
 * Checker.of(pack, List.of(OnnxDetector.load(path, pack)))} uses it instead of the shipped model.
 *
 * <p>The model's contract: one input, a string tensor {@code [1, T]} holding the engine's folded
 * words (lower case, disguises undone); one output, a float tensor {@code [1, K]} of probabilities;
 * the categories in the model's metadata property {@code steward.categories} (comma-separated, e.g.
 * {@code hate,harassment,threat,sexism,tone}). A scikit-learn pipeline exported with skl2onnx, or a
 * transformer exported with its tokenizer, fits it. Thread-safe.
 */
public final class OnnxDetector implements Detector, AutoCloseable {
  /** The metadata property naming the model's output categories. */
  public static final String CATEGORIES_PROPERTY = "steward.categories";

  private final OrtEnvironment env;
  private final OrtSession session;
  private final String input;
  private final List<String> categories;
  private final double[] floor;
  private final String label;

  private OnnxDetector(OrtEnvironment env, OrtSession session, List<String> categories, double[] floor, String label)
      throws OrtException {
    this.env = env;
    this.session = session;
    this.input = session.getInputNames().iterator().next();
    this.categories = List.copyOf(categories);
    this.floor = floor.clone();
    this.label = label;
  }

  /** Loads the model at {@code path}; each category is reported from the lowest {@code min-score} of the pack's {@code learned} rules for it. */
  public static OnnxDetector load(Path path, PolicyPack pack) throws OrtException {
    OrtEnvironment env = OrtEnvironment.getEnvironment();
    OrtSession.SessionOptions options = new OrtSession.SessionOptions();
    options.setIntraOpNumThreads(1);
    OrtSession session = env.createSession(path.toString(), options);
    Map<String, String> meta = session.getMetadata().getCustomMetadata();
    String cats = meta.get(CATEGORIES_PROPERTY);
    if (cats == null || cats.isBlank()) {
      session.close();
      throw new IllegalArgumentException(path + ": the model has no '" + CATEGORIES_PROPERTY + "' metadata property");
    }
    List<String> categories = new ArrayList<>();
    for (String c : cats.split(",")) {
      categories.add(c.trim());
    }
    return new OnnxDetector(env, session, categories, LearnedDetectors.floors(pack, categories), path.getFileName().toString());
  }

  public List<String> categories() {
    return categories;
  }

  @Override
  public String name() {
    return LearnedDetector.NAME;
  }

  /** Returns the model's probabilities for {@code folded} (one per category). */
  public float[] probabilities(NormalisedText folded) throws OrtException {
    String[] words = folded.length() == 0 ? new String[0] : folded.toString().split(" ");
    if (words.length == 0) {
      return new float[categories.size()];
    }
    try (OnnxTensor t = OnnxTensor.createTensor(env, new String[][] {words});
        OrtSession.Result r = session.run(Map.of(input, t))) {
      OnnxValue v = r.get(0);
      float[][] out = (float[][]) v.getValue();
      if (out.length != 1 || out[0].length != categories.size()) {
        throw new IllegalStateException(label + ": expected output [1, " + categories.size() + "]");
      }
      return out[0];
    }
  }

  @Override
  public void detect(Inspection text, SignalSink out) {
    NormalisedText folded = text.folded();
    float[] p;
    try {
      p = probabilities(folded);
    } catch (OrtException e) {
      throw new IllegalStateException(label + ": " + e.getMessage(), e);
    }
    String original = text.original();
    for (int c = 0; c < p.length; c++) {
      if (p[c] >= floor[c]) {
        String category = categories.get(c);
        if (category.equals("hate")) {
          category += LearnedDetector.target(text, 0, folded.length());
        }
        out.signal(category, 0, original.length(), p[c],
            String.format(Locale.ROOT, "model %s: probability %.2f", label, p[c]));
      }
    }
  }

  @Override
  public void close() throws OrtException {
    session.close();
  }
}
