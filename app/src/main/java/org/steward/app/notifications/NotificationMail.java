package org.steward.app.notifications;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;

/** Sends the short e-mail that points to a notification; does nothing when no SMTP is set. */
public class NotificationMail {
  private static final Logger log = LoggerFactory.getLogger(NotificationMail.class);

  private final JavaMailSender sender;
  private final String from;
  private final String baseUrl;

  NotificationMail(JavaMailSender sender, String from, String baseUrl) {
    this.sender = sender;
    this.from = from;
    this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
  }

  public boolean enabled() {
    return sender != null;
  }

  /** A message of its own for someone outside Steward: the caller wrote every word of it. */
  void sendText(String to, String subject, String text) {
    if (sender == null || to == null || to.isBlank()) {
      return;
    }
    SimpleMailMessage m = new SimpleMailMessage();
    m.setFrom(from);
    m.setTo(to);
    m.setSubject(subject);
    m.setText(text);
    try {
      sender.send(m);
    } catch (MailException e) {
      log.warn("Could not send an e-mail: {}", e.getMessage());
    }
  }

  /** The address Steward is reached at, for links in e-mails ({@code steward.base-url}). */
  public String baseUrl() {
    return baseUrl;
  }

  void send(String to, String message, String link) {
    if (sender == null || to == null || to.isBlank()) {
      return;
    }
    SimpleMailMessage m = new SimpleMailMessage();
    m.setFrom(from);
    m.setTo(to);
    m.setSubject("Steward: " + message);
    m.setText(message + "\n\nOpen Steward to see it and act:\n" + baseUrl + link
        + "\n\nThis e-mail carries no details on purpose. Sign in to see them.\n");
    try {
      sender.send(m);
    } catch (MailException e) {
      // The in-app notification is already committed; the e-mail is a courtesy.
      log.warn("Could not send a notification e-mail: {}", e.getMessage());
    }
  }
}
