package org.steward.app.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.validation.method.ParameterValidationResult;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * The one error model of Steward: every API error is RFC 9457 problem+json with a {@code title},
 * a {@code detail} that says what to do and, for bad input, {@code errors}: every bad field with
 * its own sentence. 422 for fields that fail validation (Bean Validation on request records, or
 * {@link InvalidInput} from a service), 413 for a body over its limit, 404 for {@link NotFound},
 * 409 for {@link IllegalTransition} (and a unique key that refused a record saved at the same
 * moment), 401 for {@link RecentSignInRequired}, 400 for a body or parameter that cannot be read at
 * all. A page request gets the same status and the friendly error page instead. Features throw
 * these types; they do not write handlers.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
public class Problems {
  private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(Problems.class);

  @ExceptionHandler(InvalidInput.class)
  ResponseEntity<ProblemDetail> invalid(InvalidInput e, HttpServletRequest request,
      HttpServletResponse response) throws IOException {
    if (e.title() != null || e.detail() != null) {
      ProblemDetail pd = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
          e.detail() == null ? "Check what you sent. Nothing was saved." : e.detail());
      pd.setTitle(e.title() == null ? "Check what you sent" : e.title());
      pd.setProperty("errors", e.problems());
      return answer(pd, request, response);
    }
    return unprocessable(e.problems(), request, response);
  }

  /** A change that the record's present state does not allow: 409 with the sentence that says why. */
  @ExceptionHandler(IllegalTransition.class)
  ResponseEntity<ProblemDetail> conflict(IllegalTransition e, HttpServletRequest request,
      HttpServletResponse response) throws IOException {
    ProblemDetail pd = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
        e.getMessage() + " Nothing was changed.");
    pd.setTitle("Not possible now");
    if (e.getCause() != null) {
      log.warn("Refused as not possible now: {}", e.getMessage(), e.getCause());
    }
    return answer(pd, request, response);
  }

  /** A unique key refused a record saved by someone else at the same moment: 409, nothing saved. */
  @ExceptionHandler(DuplicateKeyException.class)
  ResponseEntity<ProblemDetail> clash(DuplicateKeyException e, HttpServletRequest request,
      HttpServletResponse response) throws IOException {
    ProblemDetail pd = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, "Someone saved the"
        + " same thing (a handle, a username) a moment ago. Nothing was saved: look it up and try"
        + " again.");
    pd.setTitle("Saved by someone else a moment ago");
    return answer(pd, request, response);
  }

  /** The action needs a recent sign-in or the password again: 401, nothing done. */
  @ExceptionHandler(RecentSignInRequired.class)
  ResponseEntity<ProblemDetail> signInAgain(RecentSignInRequired e, HttpServletRequest request,
      HttpServletResponse response) throws IOException {
    ProblemDetail pd = ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED, "Send this"
        + " request with HTTP Basic credentials, or sign in again, to do this.");
    pd.setTitle("Confirm who you are");
    return answer(pd, request, response);
  }

  @ExceptionHandler(MethodArgumentNotValidException.class)
  ResponseEntity<ProblemDetail> invalidBody(MethodArgumentNotValidException e,
      HttpServletRequest request, HttpServletResponse response) throws IOException {
    List<FieldProblem> problems = new ArrayList<>();
    e.getBindingResult().getFieldErrors().forEach(f -> problems.add(problem(f)));
    e.getBindingResult().getGlobalErrors().forEach(g -> problems.add(
        new FieldProblem(null, g.getDefaultMessage())));
    return unprocessable(problems, request, response);
  }

  @ExceptionHandler(HandlerMethodValidationException.class)
  ResponseEntity<ProblemDetail> invalidParameters(HandlerMethodValidationException e,
      HttpServletRequest request, HttpServletResponse response) throws IOException {
    List<FieldProblem> problems = new ArrayList<>();
    for (ParameterValidationResult r : e.getParameterValidationResults()) {
      if (r instanceof org.springframework.validation.method.ParameterErrors errors) {
        errors.getFieldErrors().forEach(f -> problems.add(problem(f)));
        continue;
      }
      String name = r.getMethodParameter().getParameterName();
      r.getResolvableErrors().forEach(err -> problems.add(new FieldProblem(name,
          err.getDefaultMessage())));
    }
    return unprocessable(problems, request, response);
  }

  /** A body that is not JSON (400), or a JSON value of the wrong type or range for its field (422). */
  @ExceptionHandler(HttpMessageNotReadableException.class)
  ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e,
      HttpServletRequest request, HttpServletResponse response) throws IOException {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof BodyTooLarge big) {
        return tooLarge(big, request, response);
      }
    }
    Throwable cause = e.getCause();
    if (cause instanceof JacksonException j && !(j instanceof StreamReadException)
        && !j.getPath().isEmpty()) {
      String field = path(j);
      String expected = j instanceof MismatchedInputException m && m.getTargetType() != null
          ? describe(m.getTargetType()) : "a value of the right type";
      return unprocessable(List.of(new FieldProblem(field, "Send " + expected + " here.")),
          request, response);
    }
    if (cause instanceof InputCoercionException j && !j.getPath().isEmpty()) {
      // e.g. a number too large for its field: the parser knows where it was.
      return unprocessable(List.of(new FieldProblem(path(j), "This value is out of range.")),
          request, response);
    }
    ProblemDetail pd = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
        "The request body could not be read as JSON. Check it and send it again. Nothing was saved.");
    pd.setTitle("The request is not valid JSON");
    return answer(pd, request, response);
  }

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  ResponseEntity<ProblemDetail> wrongParameter(MethodArgumentTypeMismatchException e,
      HttpServletRequest request, HttpServletResponse response) throws IOException {
    String expected = e.getRequiredType() == null ? "a value of the right type"
        : describe(e.getRequiredType());
    ProblemDetail pd = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
        "'" + e.getName() + "' must be " + expected + ".");
    pd.setTitle("Something in the request was not right");
    pd.setProperty("errors", List.of(new FieldProblem(e.getName(), "Send " + expected + ".")));
    return answer(pd, request, response);
  }

  @ExceptionHandler(BodyTooLarge.class)
  ResponseEntity<ProblemDetail> tooLarge(BodyTooLarge e, HttpServletRequest request,
      HttpServletResponse response) throws IOException {
    return answer(tooLarge(e.limit()), request, response);
  }

  @ExceptionHandler(MaxUploadSizeExceededException.class)
  ResponseEntity<ProblemDetail> uploadTooLarge(MaxUploadSizeExceededException e,
      HttpServletRequest request, HttpServletResponse response) throws IOException {
    return answer(tooLarge(e.getMaxUploadSize()), request, response);
  }

  /** A rate-limited route used too often: 429 with how long to wait. */
  @ExceptionHandler(TooManyRequests.class)
  ResponseEntity<ProblemDetail> tooMany(TooManyRequests e, HttpServletRequest request,
      HttpServletResponse response) throws IOException {
    ProblemDetail pd = ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS, e.getMessage());
    pd.setTitle("Too many requests");
    response.setHeader("Retry-After", Long.toString(Math.max(1, e.retryAfter().toSeconds())));
    return answer(pd, request, response);
  }

  @ExceptionHandler(NotFound.class)
  ResponseEntity<ProblemDetail> notFound(NotFound e, HttpServletRequest request,
      HttpServletResponse response) throws IOException {
    ProblemDetail pd = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
    pd.setTitle("Not found");
    return answer(pd, request, response);
  }

  /** The problem+json body for a request over its limit. */
  static ProblemDetail tooLarge(long limit) {
    ProblemDetail pd = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE,
        "Send at most " + human(limit) + ". Nothing was read or saved.");
    pd.setTitle("The request is too large");
    if (limit > 0) {
      pd.setProperty("limit", limit);
    }
    return pd;
  }

  static String human(long bytes) {
    if (bytes <= 0) {
      return "less";
    }
    if (bytes % (1024 * 1024) == 0) {
      return bytes / (1024 * 1024) + " MB";
    }
    if (bytes % 1024 == 0) {
      return bytes / 1024 + " KB";
    }
    return bytes + " bytes";
  }

  private ResponseEntity<ProblemDetail> unprocessable(List<FieldProblem> problems,
      HttpServletRequest request, HttpServletResponse response) throws IOException {
    int n = problems.size();
    String first = n == 0 ? "Check what you sent." : problems.get(0).message();
    ProblemDetail pd = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
        (n > 1 ? n + " fields need fixing; see errors. " : first + " ") + "Nothing was saved.");
    pd.setTitle("Check what you sent");
    pd.setProperty("errors", problems);
    return answer(pd, request, response);
  }

  private static FieldProblem problem(FieldError f) {
    return new FieldProblem(f.getField(), f.getDefaultMessage());
  }

  private static String path(JacksonException j) {
    StringBuilder sb = new StringBuilder();
    for (JacksonException.Reference r : j.getPath()) {
      if (r.getPropertyName() != null) {
        if (!sb.isEmpty()) {
          sb.append('.');
        }
        sb.append(r.getPropertyName());
      } else if (r.getIndex() >= 0) {
        sb.append('[').append(r.getIndex()).append(']');
      }
    }
    return sb.toString();
  }

  private static String describe(Class<?> type) {
    if (type == Long.class || type == long.class || type == Integer.class || type == int.class
        || type == Short.class || type == short.class) {
      return "a whole number";
    }
    if (type == Boolean.class || type == boolean.class) {
      return "true or false";
    }
    if (type == Double.class || type == double.class || type == Float.class || type == float.class) {
      return "a number";
    }
    if (type == String.class) {
      return "text";
    }
    if (java.util.Collection.class.isAssignableFrom(type) || type.isArray()) {
      return "a list";
    }
    if (type == java.time.Instant.class) {
      return "a date and time like 2026-11-21T09:30:00Z";
    }
    if (type.isEnum() || type.isRecord()) {
      return type.isRecord() ? "an object" : "one of the allowed values";
    }
    return "a value of type " + type.getSimpleName().toLowerCase(Locale.ROOT);
  }

  /** problem+json for the API; the error page (same status) for a person's browser. */
  private static ResponseEntity<ProblemDetail> answer(ProblemDetail pd, HttpServletRequest request,
      HttpServletResponse response) throws IOException {
    if (wantsPage(request)) {
      response.sendError(pd.getStatus());
      return null;
    }
    return ResponseEntity.status(pd.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(pd);
  }

  static boolean wantsPage(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (path.startsWith("/api/") || path.startsWith("/actuator/")) {
      return false;
    }
    String accept = request.getHeader("Accept");
    return accept != null && accept.contains("text/html");
  }
}
