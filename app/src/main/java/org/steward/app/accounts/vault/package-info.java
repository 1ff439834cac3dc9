/**
 * The credential vault (ACC-5, ACC-6): envelope encryption with AES-256-GCM ({@code
 * org.steward.app.crypto}). Each secret has its own random data key; the data key is wrapped
 * (AES-256-GCM) by a master key named by its key id. Rotating the master key re-wraps data keys
 * only; the ciphertexts of the secrets are untouched. Nothing here checks roles: {@code
 * AccountService} decides who may reveal and audits it.
 */
package org.steward.app.accounts.vault;
