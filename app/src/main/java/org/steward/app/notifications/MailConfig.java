package org.steward.app.notifications;

import java.util.Properties;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * The SMTP server for notification e-mails: {@code STEWARD_MAIL_HOST} (empty: no e-mail, in-app
 * notifications only), {@code STEWARD_MAIL_PORT}, {@code STEWARD_MAIL_USERNAME},
 * {@code STEWARD_MAIL_PASSWORD}, {@code STEWARD_MAIL_STARTTLS}.
 */
@Configuration(proxyBeanMethods = false)
class MailConfig {
  @Bean
  NotificationMail notificationMail(@Value("${steward.mail.host:}") String host,
      @Value("${steward.mail.port:25}") int port,
      @Value("${steward.mail.username:}") String username,
      @Value("${steward.mail.password:}") String password,
      @Value("${steward.mail.starttls:false}") boolean starttls,
      @Value("${steward.mail.from:steward@localhost}") String from,
      @Value("${steward.base-url:http://localhost:8080}") String baseUrl) {
    if (host == null || host.isBlank()) {
      return new NotificationMail(null, from, baseUrl);
    }
    JavaMailSenderImpl sender = new JavaMailSenderImpl();
    sender.setHost(host);
    sender.setPort(port);
    if (!username.isBlank()) {
      sender.setUsername(username);
      sender.setPassword(password);
    }
    Properties p = sender.getJavaMailProperties();
    p.put("mail.smtp.auth", Boolean.toString(!username.isBlank()));
    p.put("mail.smtp.starttls.enable", Boolean.toString(starttls));
    p.put("mail.smtp.connectiontimeout", "5000");
    p.put("mail.smtp.timeout", "5000");
    p.put("mail.smtp.writetimeout", "5000");
    return new NotificationMail(sender, from, baseUrl);
  }
}
