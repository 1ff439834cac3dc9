package org.steward.app.web;

/** One entry of the main navigation. */
public record NavItem(String path, String label) {}
