package org.steward.app.notifications;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.mail.autoconfigure.MailProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;
import org.steward.app.web.PublicAddress;

/**
 * Notification e-mails go through Boot's mail sender ({@code spring.mail.*}). With no host
 * ({@code STEWARD_MAIL_HOST} empty, the default) nothing is sent and notifications stay in the
 * app: Boot still makes a sender for the empty host, so the host is what decides.
 */
@Configuration(proxyBeanMethods = false)
class MailConfig {
  @Bean
  NotificationMail notificationMail(ObjectProvider<JavaMailSender> sender, ObjectProvider<MailProperties> smtp,
      MailSettings mail, PublicAddress site) {
    MailProperties server = smtp.getIfAvailable();
    boolean configured = server != null && server.getHost() != null && !server.getHost().isBlank();
    return new NotificationMail(configured ? sender.getIfAvailable() : null, mail.from(), site.baseUrl());
  }
}
