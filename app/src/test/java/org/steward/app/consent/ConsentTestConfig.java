package org.steward.app.consent;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/** The posts stand-in for the consent tests (only where imported). */
@TestConfiguration(proxyBeanMethods = false)
public class ConsentTestConfig {
  @Bean
  public TestUsages testUsages() {
    return new TestUsages();
  }
}
