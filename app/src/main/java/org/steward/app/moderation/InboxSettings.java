package org.steward.app.moderation;

import java.time.Duration;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What the deployment decides for the inbox (README): the institution's time zone and how often
 * replies are read. Targets, working days and hours and bank holidays are the policy's, from the
 * pack in force ({@link InboxPolicy}).
 *
 * @param zone the institution's time zone, in which working hours are counted
 * @param syncEvery how often replies are read from the platforms
 */
@ConfigurationProperties("steward.moderation")
record InboxSettings(@DefaultValue("Europe/London") ZoneId zone, @DefaultValue("PT5M") Duration syncEvery) {
  InboxSettings {
    if (syncEvery.isNegative() || syncEvery.isZero()) {
      throw new IllegalArgumentException("steward.moderation.sync-every must be positive");
    }
  }
}
