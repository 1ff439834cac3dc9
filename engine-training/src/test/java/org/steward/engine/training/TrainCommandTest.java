package org.steward.engine.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.steward.engine.learn.LearnedDetectors;

/**
 * The {@code train} command on ../shared/datasets is deterministic and stays so: its model file has
 * the digest recorded here, byte for byte. Skips, saying why, when the datasets are absent.
 *
 * <p>The digest is that of what {@code train} has written since commit 8ee5ecf (issue #8), which
 * changed how texts are folded and so the features. The committed model
 * ({@code engine/src/main/resources/models/steward-abuse-v1.stm}) was trained before that change
 * and is what {@code train} wrote up to 8ee5ecf^ (checked with {@code cmp}); retraining it changes
 * the held-out sexism macro-F1 by 0.001, so it is left for the next model change (docs/quality.md).
 * Whoever retrains on purpose updates {@link #TRAINED} and commits the new model with it.
 */
class TrainCommandTest {
  /** SHA-256 of {@code train --data ../shared/datasets}'s model file. */
  static final String TRAINED = "32068c6d3acebb0df0f8157bb53686a764dc6c9687c85ff7b684b25c0ef294f5";
  /** SHA-256 of the committed model (trained before issue #8's folding changes). */
  static final String COMMITTED = "ca2ece96d6b1dafcf5122e46e0576fe34919b8c583fdef1b9257c57656243966";

  @Test
  void trainingFromTheSharedDatasetsGivesTheRecordedModelByteForByte(@TempDir Path dir) throws IOException {
    Path data = SharedDataQualityTest.datasets();
    Assumptions.assumeTrue(data != null, "skipped: ../shared/datasets is absent (the training data)");
    Path out = dir.resolve("model.stm");
    assertThat(TrainCommand.run(new String[] {"--data", data.toString(), "--out", out.toString()})).isZero();
    assertThat(sha256(Files.readAllBytes(out))).isEqualTo(TRAINED);
  }

  @Test
  void theCommittedModelIsTheOneTheDigestNames() throws IOException {
    try (InputStream in = TrainCommandTest.class.getResourceAsStream("/models/" + LearnedDetectors.MODEL_FILE)) {
      assertThat(in).isNotNull();
      assertThat(sha256(in.readAllBytes())).isEqualTo(COMMITTED);
    }
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new AssertionError("impossible: every JVM has SHA-256", e);
    }
  }
}
