package org.steward.app.posts;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.steward.app.consent.ConsentRegister;
import org.steward.app.consent.Purpose;

/**
 * The consent gate (CON-14, SAF-1, SAF-3; decision 0063): the people of the directory pictured in
 * an image are judged by the consent register for the account's platform at the moment the post
 * goes out (its schedule, or now). The counts go to the engine, whose pack rule decides what a
 * missing consent means (CCCG blocks); the reasons name who and why, for the author. People named
 * as external are the author's declaration (the rights field says how permission was obtained).
 */
@Component
class PostConsent {
  private final ConsentRegister register;

  PostConsent(ConsentRegister register) {
    this.register = register;
  }

  /** One image's people as the register judged them. */
  record Judged(int withoutConsent, int minorsWithoutGuardian, List<String> reasons) {
    static final Judged NOBODY = new Judged(0, 0, List.of());
  }

  Judged judge(List<Long> pictured, String platform, Instant at) {
    if (pictured.isEmpty()) {
      return Judged.NOBODY;
    }
    int without = 0;
    int minors = 0;
    List<String> reasons = new ArrayList<>();
    for (ConsentRegister.Judgement j : register.gate(pictured, platform, Set.of(Purpose.PHOTO), at)) {
      // An under-18 without valid consent needs a guardian's, whatever else is missing: one finding.
      if (j.minor() && j.outcome() != ConsentRegister.Outcome.DO_NOT_PUBLISH) {
        minors++;
      } else {
        without++;
      }
      reasons.add(j.reason());
    }
    return new Judged(without, minors, List.copyOf(reasons));
  }
}
