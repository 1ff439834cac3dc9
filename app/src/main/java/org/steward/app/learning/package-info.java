/**
 * Learning from the institution: moderators' decisions kept as labelled examples, candidate models
 * retrained from them and compared on held-out examples, and the administrator's switch. Other
 * features call {@link org.steward.app.learning.LearningService}; {@code checks} asks {@link
 * org.steward.app.learning.ActiveModel} which model to use. This module never depends on {@code checks}.
 */
@ApplicationModule(displayName = "Learning", allowedDependencies = {"identity", "security", "audit", "web", "policies"})
package org.steward.app.learning;

import org.springframework.modulith.ApplicationModule;
