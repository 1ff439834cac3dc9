package org.steward.app.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * Every error ends here: people get a page that says what happened and what to do; the API gets
 * RFC 9457 problem+json. Nobody ever sees a stack trace; server errors get a reference to quote.
 */
@Controller
class StewardErrorController implements ErrorController {
  private static final Logger log = LoggerFactory.getLogger(StewardErrorController.class);

  @RequestMapping(value = "/error", produces = MediaType.TEXT_HTML_VALUE)
  ModelAndView page(HttpServletRequest request) {
    HttpStatus status = status(request);
    Message m = message(status, request);
    ModelAndView mav = new ModelAndView("error", Map.of(), status);
    mav.addObject("heading", m.heading());
    mav.addObject("advice", m.advice());
    mav.addObject("reference", reference(status, request));
    return mav;
  }

  @RequestMapping("/error")
  ResponseEntity<ProblemDetail> problem(HttpServletRequest request) {
    HttpStatus status = status(request);
    Message m = message(status, request);
    ProblemDetail pd = ProblemDetail.forStatusAndDetail(status, m.advice());
    pd.setTitle(m.heading());
    String ref = reference(status, request);
    if (ref != null) {
      pd.setProperty("reference", ref);
    }
    return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(pd);
  }

  private record Message(String heading, String advice) {}

  private static Message message(HttpStatus status, HttpServletRequest request) {
    Object detail = request.getAttribute("steward.denied-because");
    return switch (status) {
      case NOT_FOUND -> new Message("Page not found",
          "If you typed the web address, check it is correct. If you followed a link, it may be out of date.");
      case FORBIDDEN -> "csrf".equals(detail)
          ? new Message("Your form has expired",
              "For your security, the form could not be accepted. Nothing was saved. Go back, reload the page and try again.")
          : new Message("You do not have access to this",
              "Your roles do not allow this page or record. Nothing was changed. If you need access, ask an administrator.");
      case UNAUTHORIZED -> new Message("Sign in first", "Sign in to Steward, then try again.");
      case METHOD_NOT_ALLOWED -> new Message("That action is not possible here",
          "Go back and use the buttons on the page.");
      case PAYLOAD_TOO_LARGE, CONTENT_TOO_LARGE -> new Message("What you sent is too large",
          "Nothing was saved. Go back and send a smaller file or a shorter text.");
      case UNPROCESSABLE_CONTENT -> new Message("Something you entered cannot be used",
          "Nothing was saved. Go back, check what you entered and try again.");
      case BAD_REQUEST -> "authorization-header".equals(detail)
          ? new Message("Use one way of signing in",
              "Pages take only your Steward session. Send HTTP Basic credentials to the API (/api/v1/...) only, without a session.")
          : new Message("Something in the request was not right",
              "Go back, check what you entered and try again.");
      default -> status.is5xxServerError()
          ? new Message("Sorry, there is a problem with Steward",
              "Nothing you entered was half-saved. Try again in a few minutes.")
          : new Message(status.getReasonPhrase(), "Go back and try again.");
    };
  }

  private static String reference(HttpStatus status, HttpServletRequest request) {
    if (!status.is5xxServerError()) {
      return null;
    }
    String ref = UUID.randomUUID().toString().substring(0, 8);
    Object ex = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
    log.error("Error reference {} on {}", ref, request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI),
        ex instanceof Throwable t ? t : null);
    return ref;
  }

  private static HttpStatus status(HttpServletRequest request) {
    Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    if (code == null) {
      // Someone opened /error itself: there is no error to show, so there is no such page.
      return HttpStatus.NOT_FOUND;
    }
    HttpStatus s = code instanceof Integer i ? HttpStatus.resolve(i) : null;
    return s == null ? HttpStatus.INTERNAL_SERVER_ERROR : s;
  }
}
