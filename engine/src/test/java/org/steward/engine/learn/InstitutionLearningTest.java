package org.steward.engine.learn;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.steward.engine.Clause;

/** Moderator decisions → candidate model → comparison on the institution's held-out share. */
class InstitutionLearningTest {
  /** A college whose learners insult each other as "goat-botherers" and whose "send it to" posts were false alarms. */
  static List<ModeratorDecision> decisions() {
    List<ModeratorDecision> d = new ArrayList<>();
    String[] names = {"Sam", "Alex", "Jordan", "Priya", "Tom", "Ola", "Chen", "Maya", "Leo", "Ife", "Noah", "Zara", "Ben", "Amir",
        "Kate", "Luca", "Nia", "Omar", "Ruby", "Theo", "Ava", "Eli", "Finn", "Iris", "Jack", "Lily", "Max", "Nora", "Owen", "Rosa"};
    for (int i = 0; i < names.length; i++) {
      String n = names[i];
      d.add(new ModeratorDecision(n + " is a total goat-botherer and everyone in " + (10 + i) + "B knows it", "harassment", true));
      d.add(new ModeratorDecision("shut it " + n + ", you absolute goat-botherer", "harassment", true));
      d.add(new ModeratorDecision(n + " helped with the goat pen at the farm visit in " + (10 + i) + "C", "harassment", false));
      d.add(new ModeratorDecision("thanks " + n + " for the lift to the farm open day", "harassment", false));
    }
    d.add(new ModeratorDecision("text with a category the model does not have", "pii.email", true));
    return d;
  }

  @Test
  @Clause("CON-2")
  void aCandidateTrainedOnDecisionsIsComparedOnHeldOutDecisions() {
    TextModel current = LearnedDetectors.shipped();
    double before = current.probabilities("Zara is a total goat-botherer")[current.index("harassment")];
    InstitutionLearning.Candidate c = InstitutionLearning.retrain(current, decisions(), Map.of("harassment", 0.6),
        InstitutionLearning.Options.defaults());
    InstitutionLearning.Report r = c.report();
    assertThat(r.heldOutExamples()).isGreaterThan(10);
    assertThat(r.trainExamples() + r.heldOutExamples()).isEqualTo(120);
    assertThat(r.ignored()).isEqualTo(1);
    assertThat(r.categories()).extracting(InstitutionLearning.CategoryComparison::category).containsExactly("harassment");
    assertThat(r.candidateMacroF1()).isGreaterThan(r.currentMacroF1());
    assertThat(r.candidateBetter()).isTrue();
    assertThat(r.summary()).contains("harassment").contains("switch if you agree");
    // nothing is switched: the current model is untouched
    assertThat(current.probabilities("Zara is a total goat-botherer")[current.index("harassment")]).isEqualTo(before);
    assertThat(c.model().name()).isEqualTo(current.name() + "+institution");
  }

  @Test
  void retrainingIsDeterministic() {
    TextModel current = LearnedDetectors.shipped();
    var a = InstitutionLearning.retrain(current, decisions(), Map.of(), InstitutionLearning.Options.defaults());
    var b = InstitutionLearning.retrain(current, decisions(), Map.of(), InstitutionLearning.Options.defaults());
    assertThat(a.report()).isEqualTo(b.report());
  }

  @Test
  void aCandidateThatDoesNotHelpIsNotRecommended() {
    // decisions the current model already gets right leave nothing to gain
    List<ModeratorDecision> easy = new ArrayList<>();
    String[] groups = {"Muslims", "immigrants", "gay people", "Jews", "refugees", "trans people", "Black people", "disabled people"};
    for (int i = 0; i < 40; i++) {
      String g = groups[i % groups.length];
      easy.add(new ModeratorDecision(g + " are vermin and should all be deported, number " + i, "hate", true));
      easy.add(new ModeratorDecision("the number " + i + " bus was late again this morning", "hate", false));
    }
    var c = InstitutionLearning.retrain(LearnedDetectors.shipped(), easy, Map.of("hate", 0.45), InstitutionLearning.Options.defaults());
    assertThat(c.report().currentMacroF1()).isGreaterThan(0.95);
    assertThat(c.report().candidateBetter()).isFalse();
    assertThat(c.report().summary()).contains("keep the current model");
  }
}
