package org.steward.app.people;

import org.steward.app.identity.Actor;

/**
 * A person has left the institution (marked by HR or an administrator). Published inside the
 * transaction that disables them, so features that must act (accounts take them off every
 * account and ask for passwords to be changed) commit or roll back with it.
 */
public record PersonLeft(long personId, Actor actor, String reason) {}
