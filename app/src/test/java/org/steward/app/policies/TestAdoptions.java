package org.steward.app.policies;

import java.util.List;
import org.springframework.context.ApplicationContext;
import org.steward.app.identity.Actor;

/** For other features' tests: puts a shipped pack in force for a unit they create. */
public final class TestAdoptions {
  private TestAdoptions() {}

  public static void adopt(ApplicationContext context, String packId, String unitCode) {
    context.getBean(PolicyAdministration.class).adopt(Actor.SYSTEM, packId, unitCode, List.of(), "test fixture");
  }
}
