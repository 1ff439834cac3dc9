package org.steward.app.cases;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import org.steward.app.policies.PackSetting;
import org.steward.app.policies.PackSettingsDeclaration;
import org.steward.engine.pack.SettingSpec;

/**
 * The pack settings the cases feature reads: per type of case, how soon it is triaged
 * ({@code cases.triage-within.<type>}) and resolved ({@code cases.resolve-within.<type>}), with the
 * defaults of {@link CaseSettings}. A personal-data breach is never given more than 72 hours from
 * awareness, whatever a pack says (checked here, so such a pack is refused at its line).
 */
@Component
class CaseDeclarations implements PackSettingsDeclaration {
  static final String TRIAGE = "cases.triage-within.";
  static final String RESOLVE = "cases.resolve-within.";

  @Override
  public List<PackSetting> settings() {
    List<PackSetting> out = new ArrayList<>();
    for (CaseType type : CaseType.values()) {
      out.add(PackSetting.of(TRIAGE + type.code(), SettingSpec.DURATION, CaseSettings.text(CaseSettings.TRIAGE.get(type)),
          "How soon a new " + type.label().toLowerCase(java.util.Locale.ROOT) + " case must be triaged; past it,"
              + " " + type.routedTo() + " are alerted.").checkedBy(CaseDeclarations::positive));
      PackSetting resolve = PackSetting.of(RESOLVE + type.code(), SettingSpec.DURATION,
          CaseSettings.text(CaseSettings.RESOLVE.get(type)), "How soon a " + type.label().toLowerCase(java.util.Locale.ROOT)
              + " case must be resolved after it was opened.");
      out.add(type == CaseType.DATA_BREACH ? resolve.checkedBy(v -> positive(v).isEmpty()
          && CaseSettings.parse((String) v).compareTo(CaseSettings.BREACH_CLOCK) > 0
          ? List.of("A personal-data breach is reported within 72 hours of awareness (UK GDPR Art. 33): use PT72H or less.")
          : positive(v)) : resolve.checkedBy(CaseDeclarations::positive));
    }
    return out;
  }

  private static List<String> positive(Object value) {
    java.time.Duration d = CaseSettings.parse((String) value);
    return d == null || d.isNegative() || d.isZero() ? List.of("Use a duration longer than zero, such as PT4H or P2D.")
        : List.of();
  }
}
