package org.steward.app.duties;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.steward.app.identity.Actor;
import org.steward.app.web.FieldProblem;
import org.steward.app.web.InvalidInput;

/**
 * The self-assessment checklist for a person's own accounts (PER-1..PER-3, PER-5..PER-7, GDE-2,
 * GDE-3): a few yes-or-no questions, different for staff and learners, and for each answer other
 * than yes what to do, with the clause as the pack words it. Nothing is stored: the answers are
 * shown back and forgotten.
 */
@Service
public class SelfAssessment {
  /** One question: its id (the form field), the clause it serves, who is asked, the question, the advice. */
  public record Question(String id, String clause, boolean staff, boolean learners, String text, String advice) {}

  static final List<Question> QUESTIONS = List.of(
      new Question("privacy", "PER-7", true, true,
          "I have checked the privacy settings of my personal accounts in the last few months.",
          "Open the privacy settings of each account and choose who can see your posts, your friends and your photos."),
      new Question("learners", "PER-6", true, false,
          "I do not follow current learners, or accept them as friends, on my personal accounts.",
          "Unfollow current learners and remove them from your friends. Talk to learners through official college accounts."),
      new Question("email", "PER-5", true, false,
          "My personal accounts are registered with a personal e-mail address, not my college one.",
          "Change the e-mail address of each personal account to a personal one."),
      new Question("bio", "PER-1", true, false,
          "If my bio says where I work, it also says the account is personal (for example “Views my own”).",
          "Add to your bio that you are a member of staff and that the account is your own, not the college’s."),
      new Question("blog", "PER-3", true, false,
          "Where I blog or write in forums about work, I show that the views are my own and not the college’s.",
          "Add a visible line: “These are my personal views and not those of the college.”"),
      new Question("friends", "PER-7", true, true,
          "I know that my friends list and my comments can be seen by people I do not know.",
          "Hide your friends list if you can, and write comments as if anyone could read them."),
      new Question("images", "GDE-3", true, true,
          "I know that photos and posts can be copied and shared, even from a private profile and after I delete them.",
          "Before you post, think: would I be happy for anyone to see this in five years’ time?"),
      new Question("class", "GDE-2", false, true,
          "I only use social media in class when my teacher or tutor says I can.",
          "Put your phone away in class unless your teacher or tutor has said you can use it."));

  static final List<String> ANSWERS = List.of("yes", "no", "unsure");

  private final DutyGuidance guidance;

  SelfAssessment(DutyGuidance guidance) {
    this.guidance = guidance;
  }

  /** The questions for this person. */
  public List<Question> questionsFor(Actor actor) {
    boolean staff = DutyGuidance.isStaff(actor);
    return QUESTIONS.stream().filter(q -> staff ? q.staff() : q.learners()).toList();
  }

  /** Something to do: the question, the answer given, the advice and the clause's words. */
  public record ToDo(Question question, String answer, DutyGuidance.Guidance clause) {}

  /**
   * What to do after these answers (yes means nothing to do).
   *
   * @throws InvalidInput naming every question not answered yes, no or not sure
   */
  public List<ToDo> assess(Actor actor, Map<String, String> answers) {
    List<FieldProblem> problems = new ArrayList<>();
    List<ToDo> out = new ArrayList<>();
    for (Question q : questionsFor(actor)) {
      String a = answers.get(q.id());
      if (a == null || !ANSWERS.contains(a)) {
        problems.add(new FieldProblem(q.id(), "Answer “" + q.text() + "”"));
      } else if (!a.equals("yes")) {
        out.add(new ToDo(q, a, guidance.clause(actor, q.clause()).orElse(null)));
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidInput(problems);
    }
    return out;
  }
}
