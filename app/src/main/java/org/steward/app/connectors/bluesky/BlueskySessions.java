package org.steward.app.connectors.bluesky;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.steward.app.connectors.AccountCredentials;
import org.steward.app.connectors.ConnectorException;
import org.steward.app.connectors.ConnectorException.Reason;
import org.steward.app.connectors.MediaHash;
import org.steward.app.connectors.http.Json;
import tools.jackson.databind.JsonNode;

/**
 * Signs in with a handle and an app password ({@code createSession}) and keeps the session in
 * memory, refreshing it ({@code refreshSession}) when the PDS says the access token has expired.
 * The PDS rate-limits sign-ins, so a session per call would soon be refused.
 *
 * <p>Sessions are keyed by server, handle and a hash of the app password: a new password in the
 * vault signs in afresh, and the password itself is never kept as a key.
 */
final class BlueskySessions {
  private final XrpcClient xrpc;
  private final Map<String, BlueskySession> sessions = new ConcurrentHashMap<>();

  BlueskySessions(XrpcClient xrpc) {
    this.xrpc = xrpc;
  }

  /** Runs an authenticated call, signing in again once if the token is refused. */
  XrpcResponse call(AccountCredentials account, Function<BlueskySession, XrpcResponse> call) {
    BlueskySession session = session(account);
    XrpcResponse response = call.apply(session);
    if (!response.tokenRejected()) {
      return response;
    }
    return call.apply(renew(account, session));
  }

  BlueskySession session(AccountCredentials account) {
    return sessions.computeIfAbsent(key(account), k -> createSession(account));
  }

  private BlueskySession renew(AccountCredentials account, BlueskySession stale) {
    String key = key(account);
    XrpcResponse refreshed = xrpc.procedure(account.base(), "com.atproto.server.refreshSession",
        Map.of(), stale.refreshJwt());
    BlueskySession next = refreshed.ok() ? fromJson(refreshed.body()) : createSession(account);
    sessions.put(key, next);
    return next;
  }

  private BlueskySession createSession(AccountCredentials account) {
    if (account.handle().isEmpty()) {
      throw new ConnectorException(XrpcResponse.PLATFORM, Reason.UNAUTHORISED,
          "The Bluesky account has no handle in the vault: add it (for example college.bsky.social).");
    }
    XrpcResponse r = xrpc.procedure(account.base(), "com.atproto.server.createSession",
        Map.of("identifier", account.handle(), "password", account.secret()), null);
    if (r.isError("AuthFactorTokenRequired")) {
      throw new ConnectorException(XrpcResponse.PLATFORM, Reason.UNAUTHORISED, "Bluesky asked for"
          + " an e-mail sign-in code: store an app password (Settings → App passwords) in the vault,"
          + " not the account's main password.");
    }
    return fromJson(r.orThrow("signing in as " + account.handle()));
  }

  private static BlueskySession fromJson(JsonNode body) {
    return new BlueskySession(Json.text(body, "did"), Json.text(body, "handle"),
        Json.text(body, "accessJwt"), Json.text(body, "refreshJwt"));
  }

  private static String key(AccountCredentials account) {
    return account.base() + "\n" + account.handle().toLowerCase(java.util.Locale.ROOT) + "\n"
        + MediaHash.sha256(account.secret().getBytes(StandardCharsets.UTF_8));
  }
}
