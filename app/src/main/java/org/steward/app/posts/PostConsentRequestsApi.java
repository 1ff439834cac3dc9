package org.steward.app.posts;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.steward.app.identity.Actor;
import org.steward.app.web.InvalidInput;

/**
 * Consent requests of a post (decision 0071): who pictured lacks consent, and a request for one of
 * them. 422 names every bad field, 403 (audited) for a do-not-publish person or a post you may not
 * see, 409 once the post is out or gone, 404 for no such post.
 */
@RestController
@RequestMapping(value = "/api/v1/posts/{id}/consent-requests", produces = {"application/json",
    "application/problem+json"})
@Tag(name = "Posts")
class PostConsentRequestsApi {
  private final PostConsentRequests requests;

  PostConsentRequestsApi(PostConsentRequests requests) {
    this.requests = requests;
  }

  /** A request: the person pictured; for an under-18 the guardian's name; an e-mail instead of the one on record. */
  record AskBody(Long personId, String name, String email) {}

  /** Someone pictured without consent, and whether consent may be asked for them. */
  record AskJson(long personId, String name, boolean minor, String reason, boolean mayRequest,
      boolean guardian, boolean recipientOnRecord, boolean viaKeepers) {}

  /** What was done: {@code sent} (to, expiresAt, mailed) or {@code forwarded} to the keepers. */
  record RequestedJson(long personId, String person, String outcome, String to, Instant expiresAt, boolean mailed,
      String linkToHandOver) {}

  @GetMapping
  @Operation(summary = "The people pictured in a post without valid consent, and whether consent may be asked")
  List<AskJson> consentRequests(@PathVariable long id, Actor actor) {
    return requests.asks(actor, id).stream().map(a -> new AskJson(a.personId(), a.name(), a.minor(), a.reason(),
        a.mayRequest(), a.minor(), a.recipientEmail() != null, a.viaKeepers())).toList();
  }

  @PostMapping(consumes = "application/json")
  @Operation(summary = "Request consent for someone pictured in the post: the consent link goes to them or their guardian")
  ResponseEntity<RequestedJson> requestConsent(@PathVariable long id, @RequestBody(required = false) AskBody body,
      Actor actor) {
    if (body == null) {
      throw new InvalidInput(null, "Send the request as JSON: personId, and name and email where needed.");
    }
    PostConsentRequests.Requested r = requests.request(actor, id,
        new PostConsentRequests.Request(body.personId(), body.name(), body.email()));
    return ResponseEntity.created(URI.create("/api/v1/posts/" + id + "/consent-requests"))
        .body(new RequestedJson(r.personId(), r.personName(), r.forwarded() ? "forwarded" : "sent", r.to(),
            r.expiresAt(), r.mailed(), r.linkToHandOver()));
  }
}
