package org.steward.app.posts;

import java.time.Instant;

/** One change of a post's state: when, by whom (null: Steward itself), from and to, and why. */
public record PostEvent(Instant at, Long actorId, PostState from, PostState to, String note) {}
