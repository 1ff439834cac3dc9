package org.steward.engine.cli;

import java.util.HashMap;
import java.util.Map;

/** {@code --name value} options after the command name. */
final class Args {
  private final Map<String, String> options = new HashMap<>();

  Args(String[] argv, int from) {
    for (int i = from; i < argv.length; i++) {
      String a = argv[i];
      if (!a.startsWith("--")) {
        throw new UsageException("unexpected argument '" + a + "'");
      }
      String name = a.substring(2);
      int eq = name.indexOf('=');
      if (eq >= 0) {
        options.put(name.substring(0, eq), name.substring(eq + 1));
      } else if (i + 1 < argv.length) {
        options.put(name, argv[++i]);
      } else {
        throw new UsageException("--" + name + " needs a value");
      }
    }
  }

  String option(String name, String fallback) {
    return options.getOrDefault(name, fallback);
  }

  String required(String name) {
    String v = options.get(name);
    if (v == null) {
      throw new UsageException("--" + name + " is required");
    }
    return v;
  }
}
