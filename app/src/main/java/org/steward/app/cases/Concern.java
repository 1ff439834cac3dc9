package org.steward.app.cases;

import java.util.Arrays;
import java.util.Optional;

/**
 * What the person reporting says is wrong, in their words; each routes to a {@link CaseType}.
 * Bullying and harassment are safeguarding matters (child-on-child abuse, decision 0081).
 */
public enum Concern {
  BULLYING("bullying", "Bullying, harassment or abuse", CaseType.SAFEGUARDING),
  SAFETY("safety", "Someone may be at risk of harm, or may harm themselves", CaseType.SAFEGUARDING),
  GROOMING("grooming", "An adult contacting a young person inappropriately", CaseType.SAFEGUARDING),
  EXTREMISM("extremism", "Extremism or radicalisation", CaseType.RADICALISATION),
  PERSONAL_DATA("personal-data", "Someone's personal information shared or exposed", CaseType.DATA_BREACH),
  CONDUCT("conduct", "A member of staff or learner breaking the social media policy", CaseType.CONDUCT),
  IMPOSTOR("impostor", "A fake or rogue account using the college's name", CaseType.ACCOUNT),
  ACCOUNT_MISUSE("account-misuse", "An official account hacked or misused", CaseType.ACCOUNT);

  private final String code;
  private final String label;
  private final CaseType type;

  Concern(String code, String label, CaseType type) {
    this.code = code;
    this.label = label;
    this.type = type;
  }

  public String code() {
    return code;
  }

  public String label() {
    return label;
  }

  public CaseType type() {
    return type;
  }

  public static Optional<Concern> fromCode(String code) {
    return Arrays.stream(values()).filter(c -> c.code.equals(code)).findFirst();
  }
}
