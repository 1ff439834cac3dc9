package org.steward.app.connectors;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * The connector for a platform code ({@code accounts/Platform}'s codes): Bluesky and Mastodon
 * through their APIs, every other platform manual. The public entry point of this feature. The
 * connectors are beans of the sub-packages ({@code bluesky}, {@code mastodon}, {@code manual}),
 * found by type, so this class names none of them.
 */
@Component
public class ConnectorRegistry {
  private final Map<String, Connector> apis = new HashMap<>();
  private final ManualFallback fallback;
  private final Map<String, Connector> manual = new ConcurrentHashMap<>();

  public ConnectorRegistry(List<Connector> connectors, ManualFallback fallback) {
    connectors.forEach(c -> apis.put(PlatformNames.normalise(c.platform()), c));
    this.fallback = fallback;
  }

  /** The connector for {@code platformCode}; unknown codes get a manual connector, never an error. */
  public Connector forPlatform(String platformCode) {
    String code = PlatformNames.normalise(platformCode);
    Connector api = apis.get(code);
    return api != null ? api : manual.computeIfAbsent(code, fallback::forPlatform);
  }

  public Capabilities capabilities(String platformCode) {
    return forPlatform(platformCode).capabilities();
  }
}
