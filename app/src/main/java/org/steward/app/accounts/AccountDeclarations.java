package org.steward.app.accounts;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.steward.app.identity.Role;
import org.steward.app.policies.PackSetting;
import org.steward.app.policies.PackSettingsDeclaration;
import org.steward.engine.pack.SettingSpec;

/**
 * The pack settings the official accounts workflow reads (issue #10), with their defaults: the
 * shipped CCCG pack sets the same approvers and managers, so an installation without a pack behaves
 * as CCCG's policy asks. Role codes are Steward's ({@code head-of-unit}, {@code marketing}…).
 */
@Component
class AccountDeclarations implements PackSettingsDeclaration {
  static final String APPROVERS = "accounts.approvers";
  static final String MIN_MANAGERS = "accounts.min-managers";
  static final String MANAGER_ROLES = "accounts.manager-roles";
  static final String REQUIRED_MANAGER_ROLE = "accounts.required-manager-role";
  static final String EMAIL_DOMAINS = "accounts.email-domains";
  static final String INACTIVE_AFTER = "accounts.inactive-after";
  static final String PLATFORMS = "platforms";

  @Override
  public List<PackSetting> settings() {
    return List.of(
        PackSetting.of(APPROVERS, SettingSpec.LIST, List.of("head-of-unit", "head-of-digital-marketing"),
            "The roles whose approval a new official account needs (ACC-2): one or more, in any order, all"
                + " required; head-of-unit means a head of the account's school or service or a unit above it.")
            .checkedBy(v -> roles(v, "an approver", true)),
        PackSetting.of(MIN_MANAGERS, SettingSpec.INTEGER, 2,
            "Staff managers an account needs before it is flagged (ACC-7).")
            .checkedBy(v -> ((Integer) v) < 1 || ((Integer) v) > 20 ? List.of("Use a number from 1 to 20.") : List.of()),
        PackSetting.of(MANAGER_ROLES, SettingSpec.LIST, List.of("staff"),
            "Who may manage an account (ACC-7, ACC-8): staff means any member of staff; learners never,"
                + " unless learner is listed.")
            .checkedBy(v -> roles(v, "a manager", false)),
        PackSetting.of(REQUIRED_MANAGER_ROLE, SettingSpec.TEXT, null,
            "A role one of an account's managers must hold before it is set up, e.g. marketing, so the"
                + " marketing team has administrative access (ACC-5); none by default.")
            .checkedBy(v -> roles(List.of((String) v), "the required manager", true)),
        PackSetting.of(EMAIL_DOMAINS, SettingSpec.LIST, List.of(),
            "The domains an account's sign-in e-mail must be on (ACC-5); none: any domain. It must be a team"
                + " mailbox in any case, not a person's address in the directory.")
            .checkedBy(AccountDeclarations::domains),
        PackSetting.of(INACTIVE_AFTER, SettingSpec.DURATION, "P90D",
            "No post for this long makes an account dormant (ACC-13)."),
        PackSetting.of(PLATFORMS, SettingSpec.RECORDS, defaultPlatforms(),
            "The platform catalogue the registry offers (DOC-6): id (lower-case letters, digits and dashes)"
                + " and name. Platforms Steward knows (bluesky, mastodon, x…) keep their connectors.")
            .withFields(Set.of("id", "name"), Set.of())
            .checkedBy(AccountDeclarations::platforms));
  }

  private static List<Map<String, Object>> defaultPlatforms() {
    List<Map<String, Object>> out = new ArrayList<>();
    Platform.known().forEach(p -> out.add(Map.of("id", p.code(), "name", p.label())));
    return List.copyOf(out);
  }

  @SuppressWarnings("unchecked")
  private static List<String> roles(Object value, String what, boolean noLearner) {
    List<String> out = new ArrayList<>();
    List<String> codes = (List<String>) value;
    Set<String> seen = new HashSet<>();
    for (String code : codes) {
      if (Role.fromCode(code).isEmpty()) {
        out.add("'" + code + "' is not a role; roles are " + String.join(", ",
            java.util.Arrays.stream(Role.values()).map(Role::code).toList()) + ".");
      } else if (noLearner && Role.fromCode(code).get() == Role.LEARNER) {
        out.add("A learner cannot be " + what + ".");
      } else if (!seen.add(Role.fromCode(code).get().code())) {
        out.add("'" + code + "' is listed twice.");
      }
    }
    if (codes.isEmpty()) {
      out.add("Name at least one role.");
    }
    return out;
  }

  @SuppressWarnings("unchecked")
  private static List<String> domains(Object value) {
    List<String> out = new ArrayList<>();
    for (String d : (List<String>) value) {
      if (!d.matches("(?i)[a-z0-9]([a-z0-9-]*[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+")) {
        out.add("'" + d + "' is not a domain such as college.ac.uk.");
      }
    }
    return out;
  }

  @SuppressWarnings("unchecked")
  private static List<String> platforms(Object value) {
    List<String> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (Map<String, Object> p : (List<Map<String, Object>>) value) {
      Object id = p.get("id");
      if (!(id instanceof String s) || !s.matches("[a-z0-9][a-z0-9-]{0,29}")) {
        out.add("A platform id is up to 30 lower-case letters, digits and dashes, such as tiktok: not '" + id + "'.");
      } else if (!seen.add(s)) {
        out.add("The platform '" + s + "' is listed twice.");
      }
      if (!(p.get("name") instanceof String)) {
        out.add("A platform's name is text, such as TikTok.");
      }
    }
    return out;
  }
}
