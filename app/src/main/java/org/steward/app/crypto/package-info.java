/**
 * Envelope encryption shared by the features that keep secrets at rest: the credential vault of
 * official accounts ({@code accounts.vault}) and the reports and cases. AES-256-GCM: each record
 * has its own random data key, wrapped by a master key named by its id ({@link
 * org.steward.app.crypto.Envelope}); the master keys come from {@link
 * org.steward.app.crypto.VaultKeys}. Pure cryptography and key loading: nothing here checks roles or
 * touches a table.
 */
@ApplicationModule(displayName = "Envelope encryption", allowedDependencies = {"web"})
package org.steward.app.crypto;

import org.springframework.modulith.ApplicationModule;
