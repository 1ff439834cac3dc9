package org.steward.app.learning;

import java.util.ArrayList;
import java.util.List;
import org.steward.app.identity.Role;
import org.steward.app.identity.RoleGrant;
import org.steward.app.identity.Actor;

/** Actors and a small synthetic set of moderator decisions, so training takes seconds. */
final class LearningFixture {
  static final Actor ADMIN = actor(901, Role.ADMINISTRATOR);
  static final Actor MARKETING = actor(902, Role.MARKETING);
  static final Actor DSL = actor(903, Role.SAFEGUARDING_LEAD);
  static final Actor STAFF = actor(904, Role.STAFF);
  static final Actor HR = actor(905, Role.HR);

  static final String[] NAMES = {"Sam", "Priya", "Tom", "Aisha", "Leon", "Mia", "Omar", "Ruth", "Kofi", "Ella"};
  static final String[] BANTER = {"you absolute clown, see you at football tonight",
      "what a muppet, you forgot the cake again haha", "you daft idiot, that goal was offside and you know it"};
  static final String[] ABUSE = {"you are pathetic and everyone at college hates you",
      "nobody wants you here, just leave and never come back", "you are a worthless loser and we will make sure you know it"};

  private LearningFixture() {}

  static Actor actor(long id, Role role) {
    return new Actor(id, "Test " + role.label(), List.of(new RoleGrant(role, null)));
  }

  /** One decision as a moderator would record it. */
  record Example(String text, String category, boolean upheld) {}

  /**
   * {@code n} decisions on harassment findings: friendly banter between named friends overruled,
   * real abuse upheld (half each), every text different.
   */
  static List<Example> decisions(int n) {
    List<Example> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      String name = NAMES[i % NAMES.length];
      boolean abuse = i % 2 == 1;
      String[] pool = abuse ? ABUSE : BANTER;
      String text = name + ", " + pool[(i / 2) % pool.length] + " (" + (i / NAMES.length + 1) + ")";
      out.add(new Example(text, "harassment", abuse));
    }
    return out;
  }
}
