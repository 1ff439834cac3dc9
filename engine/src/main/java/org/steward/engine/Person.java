package org.steward.engine;

import java.util.Objects;

/** A real person of the institution whose name must not be posted without care (CON-3). */
public record Person(String name, String role) {
  public Person {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(role, "role");
    if (name.isBlank()) {
      throw new IllegalArgumentException("name must not be blank");
    }
  }

  public static Person learner(String name) {
    return new Person(name, "learner");
  }

  public static Person staff(String name) {
    return new Person(name, "staff");
  }
}
