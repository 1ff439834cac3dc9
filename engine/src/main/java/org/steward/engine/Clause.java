package org.steward.engine;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Names the policy clauses (ids from the requirements catalogue, such as {@code "CON-3"}) that a
 * test proves. The {@code trace} command reads these to build the clause → rule → test table.
 *
 * <p>Example: {@code @Clause({"CON-1", "CON-13"}) void slurIsBlocked() {...}}
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface Clause {
  /** The clause ids this test proves. */
  String[] value();
}
