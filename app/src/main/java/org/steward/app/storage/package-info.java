/**
 * How a time is kept in a table, said once: {@link org.steward.app.storage.StoredTime} writes an
 * {@code Instant} as a {@code timestamp with time zone} in UTC and reads it back, for every
 * feature's repository. No feature logic, and no dependency on any module.
 */
@ApplicationModule(displayName = "Storage (shared)", allowedDependencies = {})
package org.steward.app.storage;

import org.springframework.modulith.ApplicationModule;
