package org.steward.app.notifications;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Steward's own part of notification e-mails: the sender address ({@code steward.mail.from},
 * {@code STEWARD_MAIL_FROM}). The SMTP server itself is Boot's {@code spring.mail.*}, which
 * application.yml fills from {@code STEWARD_MAIL_HOST}, {@code _PORT}, {@code _USERNAME},
 * {@code _PASSWORD} and {@code _STARTTLS}.
 */
@ConfigurationProperties("steward.mail")
record MailSettings(@DefaultValue("steward@localhost") String from) {}
