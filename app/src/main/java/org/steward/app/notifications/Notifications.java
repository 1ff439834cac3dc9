package org.steward.app.notifications;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.steward.app.people.PeopleService;
import org.steward.app.identity.Actor;

/**
 * Tells people that something needs them: an in-app notification written in the caller's
 * transaction, and an e-mail sent only after that transaction commits (so a rolled-back change
 * never e-mails anyone). Messages must not contain secrets or case details.
 */
@Service
public class Notifications {
  private final JdbcClient jdbc;
  private final NotificationMail mail;
  private final Clock clock;
  private final PeopleService people;
  private final Executor mailer = Executors.newSingleThreadExecutor(r -> {
    Thread t = new Thread(r, "steward-mail");
    t.setDaemon(true);
    return t;
  });

  Notifications(JdbcClient jdbc, NotificationMail mail, Clock clock, PeopleService people) {
    this.jdbc = jdbc;
    this.mail = mail;
    this.clock = clock;
    this.people = people;
  }

  /** Notifies each person once (duplicates and nulls ignored). */
  @Transactional(propagation = Propagation.MANDATORY)
  public void notify(Collection<Long> personIds, String message, String link) {
    List<String> emails = new ArrayList<>();
    for (Long id : new LinkedHashSet<>(personIds)) {
      if (id == null) {
        continue;
      }
      jdbc.sql("insert into notifications (person_id, message, link, created_at) values (?, ?, ?, ?)")
          .params(id, message, link, OffsetDateTime.now(clock)).update();
      people.get(Actor.SYSTEM, id).filter(p -> p.enabled()).map(p -> p.email())
          .ifPresent(emails::add);
    }
    if (emails.isEmpty() || !mail.enabled()) {
      return;
    }
    TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
      @Override
      public void afterCommit() {
        mailer.execute(() -> emails.forEach(e -> mail.send(e, message, link)));
      }
    });
  }

  /**
   * E-mails someone who has no account (a parent giving consent by link, a person told that a
   * withdrawal is done), after the transaction commits. The text is written for them and may carry
   * a link of their own; it must carry nothing else personal. Returns false when no SMTP is set.
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public boolean mailOutside(String to, String subject, String text) {
    if (!mail.enabled() || to == null || to.isBlank()) {
      return false;
    }
    TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
      @Override
      public void afterCommit() {
        mailer.execute(() -> mail.sendText(to, subject, text));
      }
    });
    return true;
  }

  /** The person's latest notifications, newest first. */
  @Transactional(readOnly = true)
  public List<Notification> latest(long personId, int limit) {
    return jdbc.sql("select id, person_id, message, link, created_at, read_at from notifications"
            + " where person_id = ? order by id desc limit ?")
        .params(personId, limit)
        .query((rs, i) -> new Notification(rs.getLong(1), rs.getLong(2), rs.getString(3),
            rs.getString(4), rs.getObject(5, OffsetDateTime.class).toInstant(),
            rs.getObject(6, OffsetDateTime.class) == null ? null
                : rs.getObject(6, OffsetDateTime.class).toInstant()))
        .list();
  }

  public long unread(long personId) {
    return jdbc.sql("select count(*) from notifications where person_id = ? and read_at is null")
        .param(personId).query(Long.class).single();
  }

  /** Marks all of a person's notifications read. */
  @Transactional
  public void markAllRead(long personId) {
    jdbc.sql("update notifications set read_at = ? where person_id = ? and read_at is null")
        .params(OffsetDateTime.now(clock), personId).update();
  }
}
