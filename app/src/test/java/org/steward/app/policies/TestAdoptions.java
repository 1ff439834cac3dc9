package org.steward.app.policies;

import java.util.List;
import org.springframework.context.ApplicationContext;
import org.steward.app.identity.Actor;

/** For other features' tests: puts a pack in force (a shipped one for a unit they create, or their own). */
public final class TestAdoptions {
  private TestAdoptions() {}

  public static void adopt(ApplicationContext context, String packId, String unitCode) {
    context.getBean(PolicyAdministration.class).adopt(Actor.SYSTEM, packId, unitCode, List.of(), "test fixture");
  }

  /** Uploads {@code yaml} as {@code admin} (an administrator) and publishes it now. */
  public static void publish(ApplicationContext context, Actor admin, String yaml) {
    PolicyPublishing publishing = context.getBean(PolicyPublishing.class);
    PolicyPublishing.Draft draft = publishing.upload(admin, yaml, "test.yaml");
    publishing.publish(admin, draft.packId(), draft.id(), null, "test fixture");
  }
}
