package org.steward.app.cases;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import org.springframework.ui.Model;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.steward.app.identity.Actor;
import org.steward.app.web.FieldProblem;
import org.steward.app.web.InvalidInput;

/**
 * The "Report a concern" form on a record's own page (a post, an inbox item; issue #13): one way to
 * raise it through {@link Concerns#raiseAbout}, which captures the evidence from the record, and
 * one way to answer. Sent: back to the record, whose banner names to whom it went (never the case).
 * Bad input: 422, what was typed and the problems on the model for the page to show itself again
 * (fragment {@code fragments/concern :: section}), nothing opened.
 */
public final class RecordConcernForm {
  /** The model attribute with the error summary's problems, ids as the fragment names its fields. */
  public static final String SUMMARY = "concernSummary";

  private RecordConcernForm() {}

  /** Returns the redirect back to {@code back} once the concern is raised, or null when its input was bad. */
  public static String raise(Concerns concerns, Actor actor, Subject about, long id, String concern, String summary,
      String back, Model model, RedirectAttributes redirect, HttpServletResponse response) {
    try {
      Concerns.Raised raised = concerns.raiseAbout(actor, new Concerns.AboutRecord(concern, about, id, summary));
      redirect.addFlashAttribute("concernSent", raised.routedTo());
      return "redirect:" + back;
    } catch (InvalidInput e) {
      response.setStatus(422);
      model.addAttribute("concernProblems", e.problems());
      model.addAttribute("concernForm", Map.of("concern", concern, "summary", summary));
      model.addAttribute(SUMMARY, e.problems().stream()
          .map(p -> new FieldProblem(p.field() == null ? null : "concern-" + p.field(), p.message())).toList());
      return null;
    }
  }

  /** The problems {@link #raise} put on the model for the error summary. */
  @SuppressWarnings("unchecked")
  public static List<FieldProblem> summary(Model model) {
    Object p = model.getAttribute(SUMMARY);
    return p == null ? List.of() : (List<FieldProblem>) p;
  }
}
