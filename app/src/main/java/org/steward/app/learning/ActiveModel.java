package org.steward.app.learning;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.stereotype.Component;
import org.steward.engine.learn.LearnedDetectors;
import org.steward.engine.learn.TextModel;

/**
 * The model checks use now: the institution's approved model, or the shipped one when none is
 * approved. Checkers ask on every check and rebuild when the answer is a different model. Another
 * node's switch is seen within {@code steward.learning.refresh-every} (the active row is re-read
 * that often); this node's own switch is seen at once.
 */
@Component
public class ActiveModel {
  /** The model in use; {@code id} is null for the shipped model. */
  public record Current(Long id, TextModel model) {
    public boolean shipped() {
      return id == null;
    }
  }

  private final LearnedModels models;
  private final Clock clock;
  private final Duration refreshEvery;
  private volatile Current current;
  private volatile Instant checkedAt = Instant.MIN;

  ActiveModel(LearnedModels models, Clock clock,
      LearningSettings settings) {
    this.models = models;
    this.clock = clock;
    this.refreshEvery = settings.refreshEvery();
  }

  public Current current() {
    Current c = current;
    Instant now = clock.instant();
    if (c == null || checkedAt.plus(refreshEvery).isBefore(now)) {
      synchronized (this) {
        c = reload(current);
        current = c;
        checkedAt = now;
      }
    }
    return c;
  }

  /** Forgets what was read, so the next check reads the active row again (after a switch commits). */
  void invalidate() {
    checkedAt = Instant.MIN;
  }

  private Current reload(Current had) {
    Long id = models.activeId().orElse(null);
    if (had != null && java.util.Objects.equals(had.id(), id)) {
      return had;
    }
    if (id == null) {
      return new Current(null, LearnedDetectors.shipped());
    }
    return new Current(id, read(models.bytes(id)));
  }

  static TextModel read(byte[] bytes) {
    try {
      return TextModel.read(new ByteArrayInputStream(bytes));
    } catch (IOException e) {
      throw new UncheckedIOException("the stored model cannot be read", e);
    }
  }

  static byte[] write(TextModel model) {
    var out = new java.io.ByteArrayOutputStream();
    try {
      model.write(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
