package org.steward.app.posts;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import org.steward.app.identity.Role;
import org.steward.app.policies.PackSetting;
import org.steward.app.policies.PackSettingsDeclaration;
import org.steward.engine.pack.SettingSpec;

/**
 * The pack settings the posts workflow reads (issue #11): who approves a post of an official
 * account and when one is needed. The defaults follow the CCCG policy's words (a head of school,
 * the head of digital marketing or marketing approve; any post the check sends for a review, any
 * post by a learner and any post of an account set to require it), so a college without these keys
 * gets a workflow that asks rather than one that lets everything through.
 */
@Component
class PostDeclarations implements PackSettingsDeclaration {
  static final String APPROVERS = "posts.approvers";
  static final String APPROVAL_WHEN = "posts.approval.when";
  static final List<String> WHEN = List.of(PostCheck.WHEN_REVIEW, PostCheck.WHEN_LEARNER, PostCheck.WHEN_ACCOUNT,
      PostCheck.WHEN_ALWAYS);

  @Override
  public List<PackSetting> settings() {
    return List.of(
        PackSetting.of(APPROVERS, SettingSpec.LIST, List.of("head-of-unit", "head-of-digital-marketing", "marketing"),
            "The roles that may approve a post of an official account (any one of them, never its author);"
                + " head-of-unit means a head of the account's school or service or a unit above it.")
            .checkedBy(PostDeclarations::roles),
        PackSetting.of(APPROVAL_WHEN, SettingSpec.LIST, List.of(PostCheck.WHEN_REVIEW, PostCheck.WHEN_LEARNER,
                PostCheck.WHEN_ACCOUNT),
            "When a post needs an approval before it goes out: review (a finding asks for a review), learner"
                + " (the author is a learner), account (the account is set to approve every post), always.")
            .checkedBy(PostDeclarations::when));
  }

  @SuppressWarnings("unchecked")
  private static List<String> roles(Object value) {
    List<String> out = new ArrayList<>();
    List<String> codes = (List<String>) value;
    if (codes.isEmpty()) {
      out.add("Name at least one role that approves posts.");
    }
    for (String code : codes) {
      Role role = Role.fromCode(code).orElse(null);
      if (role == null) {
        out.add("'" + code + "' is not a role; roles are " + String.join(", ",
            java.util.Arrays.stream(Role.values()).map(Role::code).toList()) + ".");
      } else if (role == Role.LEARNER) {
        out.add("Learners never approve posts of official accounts.");
      }
    }
    return out;
  }

  @SuppressWarnings("unchecked")
  private static List<String> when(Object value) {
    List<String> out = new ArrayList<>();
    for (String w : (List<String>) value) {
      if (!WHEN.contains(w)) {
        out.add("'" + w + "' is not one of " + String.join(", ", WHEN) + ".");
      }
    }
    return out;
  }
}
