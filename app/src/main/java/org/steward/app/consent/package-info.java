/**
 * The consent register (CON-14, SAF-1, SAF-2, SAF-3): consent records per person (who gave it,
 * platforms, purposes, until when, evidence) and their history, do-not-publish, consent collected
 * without an account through single-use links sent by e-mail, withdrawal that reaches every use
 * through takedown tasks, expiry and turning-18 tasks, reports and {@code /api/v1/consents}.
 *
 * <p>Its API: {@link org.steward.app.consent.ConsentRegister} (may this person appear on this
 * platform for this purpose at this time; the gate before a post with media is approved or
 * published) and the SPI {@link org.steward.app.consent.PersonUsages}, which features that use a
 * person's media or name (posts) implement so a withdrawal finds every use without this feature
 * depending on them. It implements the checker's seam {@code checks.NamingConsent}.
 */
@ApplicationModule(displayName = "Consent register", allowedDependencies = {"identity", "storage", "security", "audit", "people", "accounts", "notifications", "web", "home", "demo", "checks"})
package org.steward.app.consent;

import org.springframework.modulith.ApplicationModule;
