package org.steward.app.people;

import java.util.Optional;
import org.springframework.stereotype.Component;
import org.steward.app.security.SignInDirectory;

/** The people directory as sign-in sees it: the one way security reads people. */
@Component
class PeopleSignIn implements SignInDirectory {
  private final People people;

  PeopleSignIn(People people) {
    this.people = people;
  }

  @Override
  public Optional<SignInRecord> byUsername(String username) {
    return people.credentials(username).flatMap(c -> people.findById(c.personId())
        .map(p -> record(p, c)));
  }

  @Override
  public Optional<SignInRecord> byEmail(String email) {
    return people.findByEmail(email).flatMap(p -> people.credentials(p.username())
        .map(c -> record(p, c)));
  }

  @Override
  public Optional<SignInRecord> byId(long personId) {
    return people.findById(personId).flatMap(p -> people.credentials(p.username())
        .map(c -> record(p, c)));
  }

  @Override
  public void recordFailedSignIn(long personId, int failuresInARow) {
    people.recordFailedSignIn(personId, failuresInARow, null);
  }

  @Override
  public void recordSuccessfulSignIn(long personId) {
    people.recordSuccessfulSignIn(personId);
  }

  private static SignInRecord record(Person p, People.Credentials c) {
    return new SignInRecord(p.id(), c.username(), p.displayName(), p.roles(), c.passwordHash(),
        c.enabled(), c.failedSignIns());
  }
}
