package org.steward.app;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Steward: an institution's social media policy, working as software. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class StewardApplication {

  public static void main(String[] args) {
    SpringApplication.run(StewardApplication.class, args);
  }
}
