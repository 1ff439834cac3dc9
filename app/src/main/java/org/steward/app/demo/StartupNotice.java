package org.steward.app.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Tells whoever started Steward where it is and, for the demo, how to sign in. */
@Component
class StartupNotice {
  private static final Logger log = LoggerFactory.getLogger(StartupNotice.class);

  private final DemoUsers demoUsers;

  StartupNotice(DemoUsers demoUsers) {
    this.demoUsers = demoUsers;
  }

  @EventListener
  void on(ApplicationReadyEvent event) {
    if (!(event.getApplicationContext() instanceof WebServerApplicationContext web)) {
      return;
    }
    String url = "http://localhost:" + web.getWebServer().getPort() + "/";
    if (demoUsers.enabled()) {
      log.info("Steward is ready at {} — sign in as 'admin' (or any demo user listed on the sign-in"
          + " page) with the password '{}'", url, demoUsers.password());
    } else {
      log.info("Steward is ready at {}", url);
    }
  }
}
