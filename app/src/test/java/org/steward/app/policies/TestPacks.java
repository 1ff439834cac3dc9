package org.steward.app.policies;

import org.springframework.context.ApplicationContext;
import org.steward.app.identity.Actor;

/** For other features' tests: puts a pack of their own in force, as an administrator would (upload, publish). */
public final class TestPacks {
  private TestPacks() {}

  /**
   * Uploads {@code yaml} and publishes it now.
   *
   * @throws org.steward.app.web.InvalidInput with every problem when the pack is refused (nothing stored)
   */
  public static void publish(ApplicationContext context, Actor admin, String yaml, String name) {
    PolicyPublishing publishing = context.getBean(PolicyPublishing.class);
    PolicyPublishing.Draft draft = publishing.upload(admin, yaml, name);
    publishing.publish(admin, draft.packId(), draft.id(), null, "test fixture");
  }
}
