package org.steward.app.demo;

import java.util.List;
import org.springframework.stereotype.Component;

/** The documented demo users: one per role, all with the same demo password. */
@Component
public class DemoUsers {
  /** A demo sign-in shown on the sign-in page and in README. */
  public record DemoUser(String username, String role) {}

  private static final List<DemoUser> USERS = List.of(
      new DemoUser("admin", "Administrator"),
      new DemoUser("marketing", "Marketing team"),
      new DemoUser("hodm", "Head of digital marketing"),
      new DemoUser("head.creative", "Head of school (Creative Arts, City and Islington)"),
      new DemoUser("head.construction", "Head of school (Construction, CONEL)"),
      new DemoUser("staff", "Member of staff"),
      new DemoUser("tutor", "Tutor"),
      new DemoUser("learner", "Learner (under 18)"),
      new DemoUser("dsl", "Designated safeguarding lead"),
      new DemoUser("hr", "HR"),
      new DemoUser("press", "Press officer"),
      new DemoUser("dpo", "Data protection officer"));

  private final boolean enabled;
  private final String password;

  DemoUsers(DemoSettings settings) {
    this.enabled = settings.demoData();
    this.password = settings.demoPassword();
  }

  public boolean enabled() {
    return enabled;
  }

  public String password() {
    return password;
  }

  public List<DemoUser> list() {
    return USERS;
  }
}
