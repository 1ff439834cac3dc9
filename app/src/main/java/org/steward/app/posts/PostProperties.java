package org.steward.app.posts;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the posts feature's jobs run ({@code steward.posts.*}; README "Configuration"): attempts at
 * publishing before a post fails ({@code STEWARD_POSTS_MAX_ATTEMPTS}), the wait before the first
 * retry, doubling after ({@code STEWARD_POSTS_RETRY_AFTER}), how often due posts are expired or
 * published ({@code STEWARD_POSTS_DUE_EVERY}) and how often connected accounts are read
 * ({@code STEWARD_POSTS_SYNC_EVERY}).
 */
@ConfigurationProperties("steward.posts")
public record PostProperties(@DefaultValue("5") int maxAttempts, @DefaultValue("PT1M") Duration retryAfter,
    @DefaultValue("PT30S") Duration dueEvery, @DefaultValue("PT1H") Duration syncEvery) {}
