package org.steward.app.policies;

import java.util.List;
import org.springframework.stereotype.Component;
import org.steward.engine.pack.SettingSpec;

/**
 * The pack settings the policies feature reads: when owners are told of a review, how often people
 * are reminded to acknowledge, and the contacts (DOC-8). Also the settings the shipped packs already
 * carry for features still to come (the moderation inbox, press approvals, reports), declared here so
 * that a pack may keep them; the policy's page shows them until their feature reads them.
 */
@Component
class PolicyDeclarations implements PackSettingsDeclaration {
  static final String REVIEW_REMINDER = "policy.review-reminder";
  static final String REMIND_EVERY = "acknowledgements.remind-every";
  static final String CONTACTS = "contacts";

  @Override
  public List<PackSetting> settings() {
    return List.of(
        PackSetting.of(REVIEW_REMINDER, SettingSpec.DURATION, "P30D",
            "How long before a version's review date its owners are told (DOC-1)."),
        PackSetting.of(REMIND_EVERY, SettingSpec.DURATION, "P7D",
            "How often someone who has not yet confirmed the version in force is reminded (DOC-5)."),
        PackSetting.of(CONTACTS, SettingSpec.RECORDS, List.of(),
            "Who to ask (DOC-8): name, and optionally about, email, phone, url, the clauses they are the"
                + " person to ask about (none: anything) and the roles that are this contact (who are not"
                + " sent to themselves). Shown next to findings and on the policy's pages."),
        PackSetting.of("complaints.contact", SettingSpec.TEXT, null,
            "Reserved for reports (SAF-5): where complaints go. Shown on the policy's page."),
        PackSetting.of("safeguarding.report-url", SettingSpec.TEXT, null,
            "Reserved for safeguarding routing (SAF-4): the official reporting link. Shown on the policy's page."));
  }
}
