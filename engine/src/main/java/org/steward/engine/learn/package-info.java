/**
 * Learned classifiers (issue #4): a multi-label linear model over hashed features of the engine's
 * folded text, behind the same {@link org.steward.engine.detect.Detector} interface as the word lists.
 *
 * <ul>
 *   <li>{@link org.steward.engine.learn.LearnedDetector} — detector {@code learned}: categories {@code
 *       hate[.target]}, {@code harassment}, {@code threat}, {@code sexism}, {@code tone}; the score is a
 *       calibrated probability, the evidence names the words that weighed most. {@code Checker.of(pack)}
 *       adds it with the shipped model when a rule names it.
 *   <li>{@link org.steward.engine.learn.TextModel} — the model and its file format; {@link
 *       org.steward.engine.learn.LearnedDetectors#shipped()} is the model in {@code /models/}.
 *   <li>{@link org.steward.engine.learn.Trainer} — the trainer (from scratch and fine-tuning) and {@link
 *       org.steward.engine.learn.Templates}, Steward's own training templates. Training from the labelled
 *       datasets ({@code train}, {@code quality}) is in the {@code engine-training} module, which the app
 *       does not ship.
 *   <li>{@link org.steward.engine.learn.InstitutionLearning} — moderator decisions ({@link
 *       org.steward.engine.learn.ModeratorDecision}) → candidate model → comparison with the current one on
 *       a held-out share of the institution's own examples. Switching is the caller's decision.
 * </ul>
 *
 * <p>The app's loop: keep every moderator decision on a flagged text as a {@code ModeratorDecision};
 * on retrain, call {@code InstitutionLearning.retrain(current, decisions, thresholds, Options.defaults())},
 * show {@code candidate.report().summary()} to the administrator, and only on their approval store
 * {@code candidate.model()} ({@link org.steward.engine.learn.TextModel#write(java.nio.file.Path)}) and
 * build checkers with {@code Checker.of(pack, LearnedDetectors.forPack(pack, model))}.
 */
package org.steward.engine.learn;
