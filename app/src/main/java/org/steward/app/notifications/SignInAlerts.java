package org.steward.app.notifications;

import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.steward.app.security.RepeatedSignInFailures;

/**
 * Tells a person, in the app and by e-mail, that wrong passwords were typed for their account.
 * Nothing is locked, so the message says what to do rather than how to get back in.
 */
@Component
class SignInAlerts {
  static final String MESSAGE = "Several wrong passwords were typed for your Steward account."
      + " Your account is not locked. If this was not you, tell your IT service desk";

  private final Notifications notifications;
  private final TransactionTemplate tx;

  SignInAlerts(Notifications notifications, TransactionTemplate tx) {
    this.notifications = notifications;
    this.tx = tx;
  }

  @EventListener
  void on(RepeatedSignInFailures event) {
    tx.executeWithoutResult(s -> notifications.notify(List.of(event.personId()), MESSAGE, "/"));
  }
}
