package org.steward.app.web;

import java.util.function.Supplier;
import org.springframework.ui.Model;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A change asked for by a button on a record's page (approve, refuse, comment, log a look), done the
 * one way pages do it: bad input shows the same page again with every problem named (the shared
 * error summary reads {@code problems}) and nothing changed; a change that worked redirects to the
 * page (post/redirect/get) with {@code message} saying what happened.
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
}
