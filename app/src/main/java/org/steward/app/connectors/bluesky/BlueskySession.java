package org.steward.app.connectors.bluesky;

/** A signed-in session: the account's DID and handle and its two tokens (never logged). */
record BlueskySession(String did, String handle, String accessJwt, String refreshJwt) {
  @Override
  public String toString() {
    return "BlueskySession[" + did + ", " + handle + "]";
  }
}
