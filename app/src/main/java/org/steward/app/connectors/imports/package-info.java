/**
 * Readers of platform archives (an X archive's tweets.js, a Mastodon outbox.json, a Bluesky
 * repository export), exposed as the named interface {@code imports} so that the posts feature can
 * read archives into its own archive; the readers themselves stay package-private.
 */
@org.springframework.modulith.NamedInterface("imports")
package org.steward.app.connectors.imports;
