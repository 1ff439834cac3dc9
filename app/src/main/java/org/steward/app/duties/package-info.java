/**
 * Personal duties (issue #14; PER-1..PER-7, GDE-1..GDE-6): the private self-check of a post, bio
 * or blog text in plain words (nothing stored unless the person saves it), the self-assessment
 * checklist for personal accounts, the policy's guidance where people act, and requests to write
 * for the media that the press officer approves (PER-4). Reads the pack in force for the person
 * (policies.PoliciesInForce) only through {@link org.steward.app.duties.DutyGuidance}.
 */
@ApplicationModule(displayName = "Personal duties", allowedDependencies = {"identity", "security",
    "audit", "web", "home", "demo", "notifications", "people", "checks", "policies"})
package org.steward.app.duties;

import org.springframework.modulith.ApplicationModule;
