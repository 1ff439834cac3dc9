package org.steward.app.connectors.manual;

import org.springframework.stereotype.Component;
import org.steward.app.connectors.Connector;
import org.steward.app.connectors.ManualFallback;

/** A {@link ManualConnector} for every platform that has no API connector. */
@Component
public class ManualConnectors implements ManualFallback {
  @Override
  public Connector forPlatform(String platformCode) {
    return new ManualConnector(platformCode);
  }
}
