package org.steward.app.checks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.steward.app.identity.Actor;
import org.steward.app.web.InvalidInput;
import org.steward.engine.Clause;
import org.steward.engine.Media;

/**
 * Checking many texts at once (the archive re-scan's path, issue #15 item 4): on every processor,
 * yet each outcome is the one a single check gives, in the order asked, whatever policy each names.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "steward.demo-data=true")
class CheckAllTest {
  @Autowired CheckService checks;

  private static final List<String> TEXTS = List.of(
      "Well done Jamie Smith in 11B for the award!",
      "Vote Labour on Thursday, everyone at the college should",
      "What a lovely open day, thank you all for coming",
      "Ring me on 07700 900123 about the trip",
      "you are a pathetic waste of space and everyone knows it",
      "Our catering learners cooked for 200 guests tonight");

  @Test
  @Clause({"CON-3", "CON-4"})
  void aBatchGivesEachTextTheOutcomeOfASingleCheckInOrder() {
    List<CheckRequest> requests = new ArrayList<>();
    for (int i = 0; i < 120; i++) {
      // each pack more than a small batch, so both run on the checking threads, in one call
      requests.add(new CheckRequest(TEXTS.get(i % TEXTS.size()), i % 4 == 0 ? "comment" : "post",
          i % 3 == 0 ? "staff-policy" : "cccg-policy", null, null));
    }
    assertThat(requests.stream().filter(r -> r.policy().equals("staff-policy")).count()).isGreaterThan(CheckService.SMALL_BATCH);
    List<List<Media>> media = requests.stream().map(r -> List.<Media>of()).toList();

    List<CheckService.Outcome> batch = checks.checkAll(Actor.SYSTEM, requests, media);

    assertThat(batch).hasSize(requests.size());
    for (int i = 0; i < requests.size(); i++) {
      CheckService.Outcome one = checks.check(Actor.SYSTEM, requests.get(i));
      assertThat(batch.get(i).policy().packId()).as("request %d", i).isEqualTo(requests.get(i).policy());
      assertThat(batch.get(i).result()).as("request %d: %s", i, requests.get(i).text()).isEqualTo(one.result());
    }
    assertThat(batch.stream().map(o -> o.result().verdict().id()).distinct()).as("the texts differ in verdict")
        .hasSizeGreaterThan(1);
  }

  @Test
  void aWrongRequestInABatchIsNamedAndNothingIsChecked() {
    List<CheckRequest> requests = List.of(new CheckRequest("Fine text", "post", "cccg-policy", null, null),
        new CheckRequest(" ", "post", "no-such-pack", null, null));

    assertThatThrownBy(() -> checks.checkAll(Actor.SYSTEM, requests, List.of(List.of(), List.of())))
        .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems())
            .extracting(p -> p.field()).containsExactlyInAnyOrder("text", "policy"));
    assertThatThrownBy(() -> checks.checkAll(Actor.SYSTEM, requests, List.of(List.of())))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
