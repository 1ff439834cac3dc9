package org.steward.app.policies;

/** A policy pack adopted by the institution, in one version. */
public record PolicyPack(String packId, String version, String title, String status) {}
