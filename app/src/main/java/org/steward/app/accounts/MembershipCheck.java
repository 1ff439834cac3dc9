package org.steward.app.accounts;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.steward.app.people.PersonKind;
import org.steward.app.people.Person;

/**
 * Checks what a connector (or a person) reads from a platform against the people directory:
 * members and friends of an account must be genuine learners or staff (ACC-10), and an official
 * account must not follow current learners' personal accounts (ACC-11). Entries are e-mail
 * addresses or usernames as the platform shows them; connectors feed this later.
 */
@Service
public class MembershipCheck {
  private final AccountDirectory directory;

  MembershipCheck(AccountDirectory directory) {
    this.directory = directory;
  }

  /** One entry that needs a look, and why. */
  public record Finding(String entry, String clause, String message) {}

  /** Members who are not known learners or staff (ACC-10). */
  public List<Finding> members(List<String> members) {
    List<Finding> out = new ArrayList<>();
    for (String m : members) {
      Person p = directory.find(m).orElse(null);
      if (p == null || !p.enabled()) {
        out.add(new Finding(m, "ACC-10", "Not a current learner or member of staff: check who this"
            + " is before accepting them."));
      } else if (p.kind() == PersonKind.EXTERNAL) {
        out.add(new Finding(m, "ACC-10", "An external person, not a learner or member of staff."));
      }
    }
    return out;
  }

  /** Followed accounts that belong to current learners (ACC-11). */
  public List<Finding> follows(List<String> followed) {
    List<Finding> out = new ArrayList<>();
    for (String f : followed) {
      directory.find(f).filter(p -> p.kind() == PersonKind.LEARNER && p.enabled())
          .ifPresent(p -> out.add(new Finding(f, "ACC-11", "A current learner's personal account:"
              + " official accounts do not follow learners. Unfollow it.")));
    }
    return out;
  }
}
