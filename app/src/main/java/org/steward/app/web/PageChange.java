package org.steward.app.web;

import java.util.List;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.springframework.ui.Model;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A change asked for by a button on a record's page (approve, refuse, comment, log a look), done the
 * one way pages do it: bad input shows the same page again with every problem named (the shared
 * error summary reads {@code problems}) and nothing changed; a change that worked redirects to the
 * page (post/redirect/get) with {@code message} saying what happened. A form that makes a new record
 * (a press request, a monitoring request, a subject access request) is answered the same way, the
 * form again or the new record's page.
 */
public final class PageChange {
  private PageChange() {}

  /**
   * Runs {@code change}; on {@link InvalidInput} returns {@code page} (which fills the model of the
   * page again) with the problems, otherwise redirects to {@code path} with {@code done}.
   */
  public static String run(Runnable change, Model model, Supplier<String> page, RedirectAttributes flash, String done,
      String path) {
    try {
      change.run();
    } catch (InvalidInput e) {
      model.addAttribute("problems", e.problems());
      return page.get();
    }
    flash.addFlashAttribute("message", done);
    return "redirect:" + path;
  }

  /**
   * Runs {@code create}, which makes a record and gives its id; on {@link InvalidInput} returns
   * {@code form} (which fills the model of the form again, as it was typed) with the problems,
   * otherwise redirects to {@code recordsPath} followed by the new id, with {@code done}.
   */
  public static String create(LongSupplier create, Model model, Supplier<String> form, RedirectAttributes flash,
      String done, String recordsPath) {
    long id;
    try {
      id = create.getAsLong();
    } catch (InvalidInput e) {
      model.addAttribute("problems", e.problems());
      return form.get();
    }
    flash.addFlashAttribute("message", done);
    return "redirect:" + recordsPath + id;
  }

  /**
   * A change whose page shows its outcome after the redirect, whatever it was (an account's, a post's
   * or a policy's page, where the buttons sit among much else): runs {@code change}, which says what
   * it did, and returns {@code view} (a redirect) with {@code done}; bad input or a move the state does
   * not allow ({@link IllegalTransition}) comes back as {@code problems} on the same page instead.
   */
  public static String thenBack(Supplier<String> change, RedirectAttributes flash, String view) {
    try {
      flash.addFlashAttribute("done", change.get());
    } catch (InvalidInput e) {
      flash.addFlashAttribute("problems", e.problems());
    } catch (IllegalTransition e) {
      flash.addFlashAttribute("problems", List.of(new FieldProblem(null, e.getMessage())));
    }
    return view;
  }

  /** The same for a change whose message is known before it runs. */
  public static String thenBack(Runnable change, String done, RedirectAttributes flash, String view) {
    return thenBack(() -> {
      change.run();
      return done;
    }, flash, view);
  }
}
