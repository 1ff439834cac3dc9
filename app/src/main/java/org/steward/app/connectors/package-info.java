/**
 * Connectors to the platforms where official accounts live: one {@link
 * org.steward.app.connectors.Connector} interface (publish, list, delete, with the platform's
 * {@link org.steward.app.connectors.Capabilities}) and its implementations, Bluesky, Mastodon,
 * manual and archive imports, found through the {@link org.steward.app.connectors.ConnectorRegistry}.
 * The implementations in the sub-packages are internal: other features use the interface and the
 * registry. It depends on no other feature.
 */
@ApplicationModule(displayName = "Connectors", allowedDependencies = {})
package org.steward.app.connectors;

import org.springframework.modulith.ApplicationModule;
