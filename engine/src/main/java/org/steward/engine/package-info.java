/** The policy engine: packs, normalisation, detectors and the checker. No Spring, no database. */
package org.steward.engine;
