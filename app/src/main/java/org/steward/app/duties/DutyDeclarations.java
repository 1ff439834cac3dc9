package org.steward.app.duties;

import java.util.List;
import org.springframework.stereotype.Component;
import org.steward.app.policies.PackSetting;
import org.steward.app.policies.PackSettingsDeclaration;
import org.steward.engine.pack.SettingSpec;

/**
 * The pack settings the personal-duties feature reads (docs/packs.md), with their defaults. Read
 * through {@link DutyGuidance} only, for the pack in force for the person concerned.
 */
@Component
class DutyDeclarations implements PackSettingsDeclaration {
  static final String PRESS_APPROVER = "press.approver";
  static final String PRESS_RESPONSE_DAYS = "press.response-days";
  static final String DEFAULT_APPROVER = "the press office";

  @Override
  public List<PackSetting> settings() {
    return List.of(
        PackSetting.of(PRESS_APPROVER, SettingSpec.TEXT, DEFAULT_APPROVER,
            "Who approves writing for the media (PER-4), as the request form names them.")
            .checkedBy(v -> ((String) v).isBlank() ? List.of("Name who approves pieces for the media.") : List.of()),
        PackSetting.of(PRESS_RESPONSE_DAYS, SettingSpec.INTEGER, 3,
            "Days the press office has to answer a request to write for the media (PER-4); a request still"
                + " open this long, or on its deadline, is overdue on the press officers' home page.")
            .checkedBy(v -> ((Integer) v) < 1 || ((Integer) v) > 60 ? List.of("Use a number of days from 1 to 60.")
                : List.of()));
  }
}
