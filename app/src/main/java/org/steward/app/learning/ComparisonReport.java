package org.steward.app.learning;

import java.util.List;
import org.steward.engine.learn.InstitutionLearning;
import tools.jackson.databind.json.JsonMapper;

/**
 * The held-out comparison shown to the administrator, stored with the candidate as JSON (our own
 * record, so the stored form does not change when the engine's report does).
 */
public record ComparisonReport(String currentModel, String candidateModel, int trainExamples, int heldOutExamples,
    int ignored, List<Row> categories, double currentMacroF1, double candidateMacroF1, boolean candidateBetter,
    String summary) {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  /** One category on the held-out examples, now and with the candidate, at the pack's threshold. */
  public record Row(String category, double threshold, int examples, int positives, double currentMacroF1,
      double candidateMacroF1, double currentPrecision, double currentRecall, double candidatePrecision,
      double candidateRecall) {
    public boolean better() {
      return candidateMacroF1 > currentMacroF1;
    }
  }

  static ComparisonReport of(InstitutionLearning.Report r) {
    List<Row> rows = r.categories().stream().map(c -> new Row(c.category(), c.threshold(), c.current().n(),
        c.current().positives(), c.current().macroF1(), c.candidate().macroF1(), c.current().precision(),
        c.current().recall(), c.candidate().precision(), c.candidate().recall())).toList();
    return new ComparisonReport(r.currentModel(), r.candidateModel(), r.trainExamples(), r.heldOutExamples(),
        r.ignored(), rows, r.currentMacroF1(), r.candidateMacroF1(), r.candidateBetter(), r.summary());
  }

  String toJson() {
    return JSON.writeValueAsString(this);
  }

  static ComparisonReport fromJson(String json) {
    return JSON.readValue(json, ComparisonReport.class);
  }
}
