package org.steward.app.policies;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.steward.app.demo.DemoContributor;
import org.steward.app.identity.Actor;
import org.steward.app.people.PeopleService;
import org.steward.app.people.Person;
import org.steward.engine.pack.PolicyPacks;

/**
 * The policies part of the demonstration, loaded through the feature's own services: the Group's
 * pack in force for the whole Group (staff and learners), Westminster Kingsway adopting its own staff
 * policy (DOC-7); their owners (the head of digital marketing, HR); the Group's policy overdue for
 * review, the staff policy's review extended with a reason; a draft of the Group's next version with
 * a difference to see; and some acknowledgements done, some not.
 */
@Component
@Order(20)
class DemoPolicies implements DemoContributor {
  static final String GROUP_PACK = "cccg-policy";
  static final String STAFF_PACK = "staff-policy";

  private final PolicyAdministration administration;
  private final PolicyReviews reviews;
  private final PolicyPublishing publishing;
  private final PolicyAcknowledging acknowledging;
  private final PoliciesInForce policies;
  private final PeopleService people;
  private final Clock clock;

  DemoPolicies(PolicyAdministration administration, PolicyReviews reviews, PolicyPublishing publishing,
      PolicyAcknowledging acknowledging, PoliciesInForce policies, PeopleService people, Clock clock) {
    this.administration = administration;
    this.reviews = reviews;
    this.publishing = publishing;
    this.acknowledging = acknowledging;
    this.policies = policies;
    this.people = people;
    this.clock = clock;
  }

  @Override
  public void load() {
    if (policies.byId(GROUP_PACK).isEmpty() || policies.byId(STAFF_PACK).isEmpty()) {
      return; // the shipped packs did not load (their problems are on the policies page)
    }
    administration.adopt(Actor.SYSTEM, GROUP_PACK, "CCCG", List.of(), "The Group's policy, for all its colleges");
    administration.adopt(Actor.SYSTEM, STAFF_PACK, "WKC", List.of(Audience.STAFF),
        "Westminster Kingsway keeps its own staff policy until the merger review");
    administration.nameOwner(Actor.SYSTEM, GROUP_PACK, "hodm");
    administration.nameOwner(Actor.SYSTEM, STAFF_PACK, "hr");
    actor("hr").ifPresent(hr -> reviews.extend(hr, STAFF_PACK, reviews.today().plusMonths(4),
        "The college's new code of conduct comes first; governors review both together in the spring."));
    actor("hodm").ifPresent(hodm -> publishing.upload(hodm, nextGroupVersion(), "cccg-policy-2026.yaml"));
    for (String username : List.of("staff", "marketing", "head.creative", "dsl", "hodm")) {
      actor(username).ifPresent(a -> acknowledging.acknowledge(a, GROUP_PACK));
    }
  }

  private java.util.Optional<Actor> actor(String username) {
    return people.lookUp(username).map((Person p) -> new Actor(p.id(), p.displayName(), p.roles()));
  }

  /** The Group's next version, as its owner would upload it: a changed clause, rule and settings. */
  static String nextGroupVersion() {
    String yaml = PolicyPacks.shippedSources().stream().filter(s -> s.name().endsWith(GROUP_PACK + ".yaml"))
        .findFirst().orElseThrow().yaml();
    Map<String, String> edits = new java.util.LinkedHashMap<>();
    edits.put("version: \"2022.11\"", "version: \"2026.12\"");
    edits.put("approved: { by: GSMT, on: 2022-11-23 }", "approved: { by: GSMT, on: " + LocalDate.of(2026, 11, 25) + " }");
    edits.put("review-by: 2024-09-01", "review-by: 2028-09-01");
    edits.put("amendment: Refresh", "amendment: Annual review (account sign-in addresses, deleted posts)");
    edits.put("it can be accessed, copied and re-used at any point in the future.\" }",
        "it can be accessed, copied and re-used at any point in the future, even after you delete it.\" }");
    edits.put("say: \"CCCG is apolitical: remove the party-political content.\"",
        "say: \"CCCG is apolitical: remove the party-political content, or ask the marketing team if you are unsure.\"");
    edits.put("  accounts.min-managers: 2\n", "  accounts.min-managers: 2\n"
        + "  accounts.email-domains: [capitalccg.ac.uk, candi.ac.uk, conel.ac.uk, westking.ac.uk]\n");
    for (Map.Entry<String, String> e : edits.entrySet()) {
      if (!yaml.contains(e.getKey())) {
        throw new IllegalStateException("The demo's next version of " + GROUP_PACK + " no longer applies: '"
            + e.getKey() + "' is not in the shipped pack");
      }
      yaml = yaml.replace(e.getKey(), e.getValue());
    }
    return yaml;
  }
}
