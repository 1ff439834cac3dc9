package org.steward.app.learning;

import org.steward.app.identity.Actor;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Moderators' decisions over the API, for scripts and the future moderation inbox. */
@RestController
class LearningApi {
  private final LearningService learning;

  LearningApi(LearningService learning) {
    this.learning = learning;
  }

  /** A decision on one finding: {@code upheld} true when the moderator agrees with it. */
  record DecisionRequest(String text, String category, Boolean upheld, String policy) {}

  record DecisionResponse(long id) {}

  @io.swagger.v3.oas.annotations.Operation(summary = "Record a moderator's decision on a finding, for the model to learn from")
  @PostMapping(value = "/api/v1/learning/decisions", consumes = MediaType.APPLICATION_JSON_VALUE,
      produces = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<DecisionResponse> record(@RequestBody DecisionRequest request, Actor actor) {
    long id = learning.recordDecision(actor, request.text(), request.category(), request.upheld(),
        request.policy());
    return ResponseEntity.status(HttpStatus.CREATED).body(new DecisionResponse(id));
  }
}
