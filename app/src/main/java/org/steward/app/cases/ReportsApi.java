package org.steward.app.cases;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.steward.app.web.TooManyRequests;

/**
 * Report a concern without signing in (SAF-7, SAF-8). Answered by the public filter chain: no
 * session, no credentials, no CSRF token; rate-limited per client. The receipt is the only key
 * to a report: 20 digits, shown in the 201 answer once and never again.
 */
@RestController
@RequestMapping(value = "/api/v1/reports", produces = {"application/json", "application/problem+json"})
@Tag(name = "Reports", description = "Report a concern, anonymously if you wish, and follow it with the receipt")
class ReportsApi {
  private final Reports reports;
  private final ReportThrottle throttle;

  ReportsApi(Reports reports, ReportThrottle throttle) {
    this.reports = reports;
    this.throttle = throttle;
  }

  record ReceiptJson(String receipt, String routedTo, String follow) {}

  record MessageJson(String text) {}

  record MessageAdded(String status) {}

  @Operation(summary = "Report a concern about a post, a comment, an account or someone's conduct, without signing in; answers the receipt once (SAF-7, SAF-8)")
  @SecurityRequirements
  @ApiResponse(responseCode = "201", description = "The report was received; keep the receipt")
  @ApiResponse(responseCode = "429", ref = "#/components/responses/TooManyRequests")
  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
  @ResponseStatus(HttpStatus.CREATED)
  ReceiptJson send(@RequestBody Reports.ReportRequest request, HttpServletRequest http, HttpServletResponse response) {
    limit(throttle.report(http));
    response.setHeader("Cache-Control", "no-store");
    var r = reports.submit(request, Optional.empty());
    return new ReceiptJson(r.code(), r.routedTo(), "/api/v1/reports/{receipt}");
  }

  @Operation(summary = "Where a report is and the messages both ways, with its receipt")
  @SecurityRequirements
  @ApiResponse(responseCode = "200", description = "The report's status and messages")
  @ApiResponse(responseCode = "429", ref = "#/components/responses/TooManyRequests")
  @GetMapping("/{receipt}")
  Reports.ReporterView follow(@PathVariable String receipt, HttpServletRequest http, HttpServletResponse response) {
    limit(throttle.lookup(http));
    response.setHeader("Cache-Control", "no-store");
    return reports.follow(receipt);
  }

  @Operation(summary = "Add information to a report, with its receipt")
  @SecurityRequirements
  @ApiResponse(responseCode = "201", description = "The message was added")
  @ApiResponse(responseCode = "429", ref = "#/components/responses/TooManyRequests")
  @PostMapping(value = "/{receipt}/messages", consumes = MediaType.APPLICATION_JSON_VALUE)
  @ResponseStatus(HttpStatus.CREATED)
  MessageAdded message(@PathVariable String receipt, @RequestBody MessageJson body, HttpServletRequest http) {
    limit(throttle.lookup(http));
    reports.message(receipt, body.text());
    return new MessageAdded("added");
  }

  private static void limit(Duration wait) {
    if (!wait.isZero()) {
      throw new TooManyRequests(wait);
    }
  }
}
