package org.steward.app.accounts;

import java.time.Instant;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The controllable clock for the accounts tests: the primary {@code Clock} bean, so every
 * time-dependent class (accounts, vault, audit trail) reads it.
 */
@TestConfiguration(proxyBeanMethods = false)
public class AccountTestConfig {
  @Bean
  @Primary
  public MutableClock mutableClock() {
    return new MutableClock(Instant.now());
  }
}
