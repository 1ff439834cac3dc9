package org.steward.app.security;

import java.util.List;
import java.util.Optional;
import org.steward.app.identity.RoleGrant;

/**
 * What sign-in needs from the people directory, implemented by the people feature: security
 * depends on this interface, never on the directory's tables or services, so the people feature
 * can use security's types (route rules, events) without a cycle.
 */
public interface SignInDirectory {
  /** A person as sign-in sees them. The hash is null for people who sign in only with OIDC. */
  record SignInRecord(long personId, String username, String displayName, List<RoleGrant> grants,
      String passwordHash, boolean enabled, int failedSignIns) {
    public SignInRecord {
      grants = List.copyOf(grants);
    }

    @Override
    public String toString() {
      return "SignInRecord[personId=" + personId + "]"; // never the hash
    }
  }

  /** The person with this username (any case). */
  Optional<SignInRecord> byUsername(String username);

  /** The person with this e-mail address (any case), for OpenID Connect. */
  Optional<SignInRecord> byEmail(String email);

  /** The person with this id. */
  Optional<SignInRecord> byId(long personId);

  /** Counts a wrong password typed for the person. */
  void recordFailedSignIn(long personId, int failuresInARow);

  /** Resets the count of wrong passwords after a good one. */
  void recordSuccessfulSignIn(long personId);
}
