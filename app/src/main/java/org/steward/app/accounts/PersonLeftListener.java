package org.steward.app.accounts;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.steward.app.people.PersonLeft;

/**
 * When someone leaves the institution, they come off every account they helped run, and marketing
 * is asked to change each account's password (ACC-6, ACC-7). Runs in the transaction that marked
 * them as left, so both happen or neither does.
 */
@Component
class PersonLeftListener {
  private final AccountManagers managers;

  PersonLeftListener(AccountManagers managers) {
    this.managers = managers;
  }

  @EventListener
  void on(PersonLeft event) {
    managers.personLeft(event.actor(), event.personId(), event.reason());
  }
}
