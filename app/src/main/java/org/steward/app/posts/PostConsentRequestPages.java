package org.steward.app.posts;

import java.time.ZoneOffset;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.steward.app.identity.Actor;
import org.steward.app.web.FieldProblem;
import org.steward.app.web.IllegalTransition;
import org.steward.app.web.InvalidInput;

/**
 * "Request consent" on the post page (decision 0071): the form of one person lacking consent posts
 * here and the post page comes back with who the link went to and until when, or the problems,
 * each linked to the input of that person's form.
 */
@Controller
class PostConsentRequestPages {
  static final java.time.format.DateTimeFormatter DAY = java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy",
      java.util.Locale.UK);

  private final PostConsentRequests requests;

  PostConsentRequestPages(PostConsentRequests requests) {
    this.requests = requests;
  }

  @PostMapping("/posts/{id}/consent-requests")
  String request(@PathVariable long id, @RequestParam(required = false) Long personId,
      @RequestParam(required = false) String name, @RequestParam(required = false) String email, Actor actor,
      RedirectAttributes ra) {
    try {
      PostConsentRequests.Requested r = requests.request(actor, id,
          new PostConsentRequests.Request(personId, name, email));
      ra.addFlashAttribute("done", confirmation(r));
      if (r.linkToHandOver() != null) {
        ra.addFlashAttribute("consentHandOver", r.linkToHandOver());
      }
    } catch (InvalidInput e) {
      String prefix = personId == null ? "ask-" : "ask-" + personId + "-";
      ra.addFlashAttribute("problems", e.problems().stream().map(p -> new FieldProblem(
          p.field() == null ? null : prefix + (p.field().equals("personId") || p.field().equals("givenBy")
              ? "request" : p.field()), p.message())).toList());
      ra.addFlashAttribute("askPerson", personId);
    } catch (IllegalTransition e) {
      ra.addFlashAttribute("problems", List.of(new FieldProblem(null, e.getMessage())));
    }
    return "redirect:/posts/" + id + "#consent-requests";
  }

  static String confirmation(PostConsentRequests.Requested r) {
    if (r.forwarded()) {
      return "Consent for " + r.personName() + " is asked of the consent register's keepers: they send the link"
          + " and you are told on the post when it is given.";
    }
    String until = DAY.format(r.expiresAt().atZone(ZoneOffset.UTC));
    return r.mailed()
        ? "Consent link for " + r.personName() + " sent to " + r.to() + ". It works until " + until + "."
        : "No e-mail is set up: give this consent link for " + r.personName() + " to " + r.to()
            + " yourself. It works until " + until + ".";
  }
}
