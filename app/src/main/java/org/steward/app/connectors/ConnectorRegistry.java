package org.steward.app.connectors;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;
import org.steward.app.connectors.bluesky.BlueskyConnector;
import org.steward.app.connectors.manual.ManualConnector;
import org.steward.app.connectors.mastodon.MastodonConnector;

/**
 * The connector for a platform code ({@code accounts/Platform}'s codes): Bluesky and Mastodon
 * through their APIs, every other platform manual. The public entry point of this feature.
 */
@Component
public class ConnectorRegistry {
  private final Connector bluesky;
  private final Connector mastodon;
  private final Map<String, Connector> manual = new ConcurrentHashMap<>();

  public ConnectorRegistry(ConnectorProperties properties) {
    this.bluesky = new BlueskyConnector(properties);
    this.mastodon = new MastodonConnector(properties);
  }

  /** The connector for {@code platformCode}; unknown codes get a manual connector, never an error. */
  public Connector forPlatform(String platformCode) {
    String code = PlatformNames.normalise(platformCode);
    return switch (code) {
      case PlatformNames.BLUESKY -> bluesky;
      case PlatformNames.MASTODON -> mastodon;
      default -> manual.computeIfAbsent(code, ManualConnector::new);
    };
  }

  public Capabilities capabilities(String platformCode) {
    return forPlatform(platformCode).capabilities();
  }
}
