package org.steward.app.demo;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads the demonstration: every feature's {@link DemoContributor}, in order, in one transaction,
 * once, on an empty database, only when {@code steward.demo-data=true}.
 */
@Component
@ConditionalOnProperty(name = "steward.demo-data", havingValue = "true")
class DemoData implements ApplicationRunner {
  private static final Logger log = LoggerFactory.getLogger(DemoData.class);

  private final List<DemoContributor> contributors;
  private final DemoUsers demoUsers;

  DemoData(List<DemoContributor> contributors, DemoUsers demoUsers) {
    this.contributors = List.copyOf(contributors);
    this.demoUsers = demoUsers;
  }

  @Override
  @Transactional
  public void run(ApplicationArguments args) {
    if (contributors.stream().anyMatch(DemoContributor::alreadyLoaded)) {
      return;
    }
    contributors.forEach(DemoContributor::load);
    log.info("Demo data loaded: {} demo users, password '{}'", demoUsers.list().size(),
        demoUsers.password());
  }
}
