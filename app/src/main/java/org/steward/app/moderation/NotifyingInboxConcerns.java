package org.steward.app.moderation;

import java.util.List;
import org.springframework.stereotype.Component;
import org.steward.app.identity.Role;
import org.steward.app.notifications.Notifications;
import org.steward.app.people.PeopleService;

/**
 * Until the cases feature is on main: a safeguarding signal notifies every designated safeguarding
 * lead at once (in the app and by e-mail), pointing at the item, which the lead may open; the item
 * is marked escalated by the caller. The notification names the account only, never the words.
 */
@Component
class NotifyingInboxConcerns implements InboxConcerns {
  private final PeopleService people;
  private final Notifications notifications;

  NotifyingInboxConcerns(PeopleService people, Notifications notifications) {
    this.people = people;
    this.notifications = notifications;
  }

  @Override
  public String safeguarding(Escalation e) {
    List<Long> leads = people.holders(Role.SAFEGUARDING_LEAD);
    notifications.notify(leads, (e.extremism() ? "A possible radicalisation concern" : "A safeguarding concern")
        + " arrived in the inbox of " + e.accountName(), "/moderation/items/" + e.itemId());
    return "the designated safeguarding lead (" + leads.size() + (leads.size() == 1 ? " person)" : " people)");
  }
}
