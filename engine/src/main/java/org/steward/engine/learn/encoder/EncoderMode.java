package org.steward.engine.learn.encoder;

import java.util.Locale;

/** When the sentence encoder runs: the pack setting {@value #SETTING}. */
public enum EncoderMode {
  /** Never (the default): the learned n-gram model alone. */
  OFF,
  /** On texts the fast stage flags or that name a group (the lexicon's target groups), within the budget. */
  VERIFY,
  /** On every text of fewer than 512 folded characters, within the budget. */
  ALWAYS;

  /** The pack setting: {@code off}, {@code verify} or {@code always}. */
  public static final String SETTING = "learned.encoder";

  public static EncoderMode parse(String value) {
    if (value == null || value.isBlank()) {
      return OFF;
    }
    return switch (value.trim().toLowerCase(Locale.ROOT)) {
      case "off" -> OFF;
      case "verify" -> VERIFY;
      case "always" -> ALWAYS;
      default -> throw new IllegalArgumentException(SETTING + " must be off, verify or always: " + value);
    };
  }
}
