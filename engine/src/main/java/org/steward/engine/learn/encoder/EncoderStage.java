package org.steward.engine.learn.encoder;

import java.util.List;
import java.util.Objects;
import org.steward.engine.detect.Inspection;
import org.steward.engine.detect.Stance;
import org.steward.engine.learn.SecondStage;
import org.steward.engine.pack.PolicyPack;
import org.steward.engine.text.Hits;
import org.steward.engine.text.Lexicon;

/**
 * The sentence encoder as the learned model's second stage (issue #15 item 2): embeds the text and
 * replaces the learned categories' probabilities by the fusion of {@link EncoderHeads}, for the
 * texts its {@link EncoderMode} picks and its {@link EncoderBudget} allows. Categories the heads do
 * not fuse keep the n-gram probability.
 */
public final class EncoderStage implements SecondStage {
  /** The pack setting: texts a second the encoder may judge per checker (default {@value #DEFAULT_PER_SECOND}; 0: no limit). */
  public static final String BUDGET_SETTING = "learned.encoder-per-second";
  public static final int DEFAULT_PER_SECOND = 50;

  private final EncoderMode mode;
  private final EncoderHeads heads;
  private final SentenceEncoder encoder;
  private final EncoderBudget budget;

  public EncoderStage(EncoderMode mode, EncoderHeads heads, SentenceEncoder encoder, EncoderBudget budget) {
    this.mode = Objects.requireNonNull(mode, "mode");
    this.heads = Objects.requireNonNull(heads, "heads");
    this.encoder = Objects.requireNonNull(encoder, "encoder");
    this.budget = Objects.requireNonNull(budget, "budget");
    if (encoder.dimension() != heads.dimension()) {
      throw new IllegalArgumentException("the encoder heads are for " + heads.dimension() + " dimensions; the encoder gives "
          + encoder.dimension());
    }
  }

  /**
   * Returns the stage {@code pack} asks for ({@value EncoderMode#SETTING}, {@value #BUDGET_SETTING}),
   * with the shipped heads and encoder, or null when the setting is {@code off} or absent.
   *
   * @throws IllegalArgumentException when the setting is on and the encoder is not on the classpath
   * @throws IllegalStateException when the setting is on and the heads or the encoder cannot be loaded
   */
  public static EncoderStage forPack(PolicyPack pack) {
    EncoderMode mode = EncoderMode.parse(pack.settings().text(EncoderMode.SETTING, "off"));
    if (mode == EncoderMode.OFF) {
      return null;
    }
    int perSecond = pack.settings().integer(BUDGET_SETTING, DEFAULT_PER_SECOND);
    if (perSecond < 0) {
      throw new IllegalArgumentException(BUDGET_SETTING + " must be 0 (no limit) or more: " + perSecond);
    }
    EncoderHeads heads = EncoderHeads.shipped();
    if (!heads.encoder().equals(MiniLmEncoder.NAME)) {
      throw new IllegalStateException("the encoder heads were trained for '" + heads.encoder() + "', not " + MiniLmEncoder.NAME);
    }
    require(ENCODER_CLASS);
    require(ONNX_CLASS);
    return new EncoderStage(mode, heads, MiniLmEncoder.shared(), new EncoderBudget(perSecond, Runtime.getRuntime().availableProcessors()));
  }

  static final String ENCODER_CLASS = "dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel";
  static final String ONNX_CLASS = "ai.onnxruntime.OrtEnvironment";

  /**
   * Fails clearly when {@code className} (of the encoder's optional dependencies) is not on the
   * classpath, before any class that needs it is loaded (the engine's CLI jar leaves them out): the
   * pack asks for what this build cannot give, so it is refused like a bad setting (the CLI prints
   * the message, no stack trace).
   */
  static void require(String className) {
    try {
      Class.forName(className, false, EncoderStage.class.getClassLoader());
    } catch (ClassNotFoundException | LinkageError e) {
      throw new IllegalArgumentException(EncoderMode.SETTING + " is on, but the sentence encoder is not on the classpath (" + className
          + " is missing): add " + MiniLmEncoder.ARTIFACT + " and com.microsoft.onnxruntime:onnxruntime, optional dependencies"
          + " of the engine (the app has them; the engine's CLI jar does not)");
    }
  }

  public EncoderMode mode() {
    return mode;
  }

  public EncoderBudget budget() {
    return budget;
  }

  @Override
  public void revise(Inspection text, List<String> categories, double[] p, boolean flagged) {
    if (mode == EncoderMode.OFF || (mode == EncoderMode.VERIFY && !flagged && !namesGroup(text))) {
      return;
    }
    if (!budget.tryAcquire()) {
      return;
    }
    float[] v;
    try {
      v = encoder.embed(text.original());
    } finally {
      budget.release();
    }
    // The encoder reads a group near a derogatory word as hate whether or not the text denies or
    // rejects it; the stance rules read the denial. Where they excused a claim, the encoder may only
    // lower a probability (the n-gram model already judged the speaker's own words).
    boolean excused = Stance.ownWords(text) != null;
    for (int c = 0; c < p.length; c++) {
      int h = heads.index(categories.get(c));
      if (h >= 0 && heads.fuses(h)) {
        double fused = heads.fused(h, p[c], v);
        p[c] = excused ? Math.min(p[c], fused) : fused;
      }
    }
  }

  /** True when the text names a group of the lexicon's targets ({@code hate.target}, {@code hate.named}, {@code slur}). */
  static boolean namesGroup(Inspection text) {
    Lexicon lexicon = text.lexicon();
    int target = lexicon.group("hate.target");
    int named = lexicon.group("hate.named");
    int slur = lexicon.group("slur");
    Hits hits = text.hits();
    for (int i = 0; i < hits.size(); i++) {
      int g = lexicon.entry(hits.entry(i)).group();
      if (g >= 0 && (g == target || g == named || g == slur)) {
        return true;
      }
    }
    return false;
  }
}
