package org.steward.app.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How many wrong passwords Steward takes before it makes the next try wait (README:
 * STEWARD_SIGNIN_*). Two budgets, each refilled steadily: per client (its IP address) and per
 * account name (whether or not such an account exists, so the answer never tells). When one is
 * spent the next try waits for a token, so the wait grows with the failures but never becomes a
 * lock: the owner can always try again after at most {@code 60 / accountPerHour} minutes.
 *
 * @param clientPerMinute wrong passwords one client may send in a minute
 * @param clientPerHour wrong passwords one client may send in an hour
 * @param accountPerMinute wrong passwords for one account name in a minute, from anywhere
 * @param accountPerHour wrong passwords for one account name in an hour, from anywhere
 * @param notifyAfter wrong passwords in a row after which the person is told by e-mail
 * @param tracked how many clients and account names are remembered at most (oldest forgotten)
 */
@ConfigurationProperties("steward.sign-in")
record SignInLimits(@DefaultValue("10") int clientPerMinute, @DefaultValue("100") int clientPerHour,
    @DefaultValue("5") int accountPerMinute, @DefaultValue("30") int accountPerHour,
    @DefaultValue("5") int notifyAfter, @DefaultValue("100000") int tracked) {}
