package org.steward.app.policies;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.steward.app.web.FieldProblem;
import org.steward.engine.pack.PackException;
import org.steward.engine.pack.PackLoader;
import org.steward.engine.pack.PackProblem;
import org.steward.engine.pack.PolicyPack;
import org.steward.engine.pack.SettingSpec;
import org.steward.engine.pack.SettingsSchema;

/**
 * Reads a pack as this installation enforces it: the engine's loader with the settings the engine
 * reads and those every feature declares ({@link PackSettingsDeclaration}), then each declared
 * setting's own check (a role that does not exist, a domain that is not one) and the contacts'
 * clauses. Every problem comes back at once with its line and field; nothing else is accepted, so a
 * setting nothing reads is a problem, not silence.
 */
@Component
class PackReader {
  /** What reading gave: the pack, or every problem (with line and field). */
  record Read(PolicyPack pack, List<FieldProblem> problems) {
    public boolean ok() {
      return pack != null;
    }
  }

  private final Map<String, PackSetting> declared;
  private final SettingsSchema schema;

  PackReader(List<PackSettingsDeclaration> declarations) {
    Map<String, PackSetting> all = new LinkedHashMap<>();
    SettingsSchema s = SettingsSchema.engine();
    for (PackSettingsDeclaration d : declarations) {
      for (PackSetting setting : d.settings()) {
        if (all.put(setting.key(), setting) != null) {
          throw new IllegalStateException("the pack setting " + setting.key() + " is declared twice");
        }
        s = setting.requiredFields().isEmpty() && setting.optionalFields().isEmpty()
            ? s.with(setting.key(), setting.type())
            : s.with(setting.key(), setting.type(), setting.requiredFields(), setting.optionalFields());
      }
    }
    this.declared = Map.copyOf(all);
    this.schema = s;
  }

  /** Every setting a feature declares, by key. */
  Map<String, PackSetting> declared() {
    return declared;
  }

  /** The settings a pack may carry here: what the engine reads and what the features declare. */
  SettingsSchema schema() {
    return schema;
  }

  Read read(String yaml, String name) {
    PolicyPack pack;
    try {
      pack = PackLoader.parse(yaml, name, schema);
    } catch (PackException e) {
      List<FieldProblem> problems = new ArrayList<>();
      for (PackProblem p : e.problems()) {
        problems.add(FieldProblem.onLine(p.line() <= 0 ? null : p.line(), p.field().isEmpty() ? null : p.field(),
            sentence(p.message())));
      }
      return new Read(null, problems);
    }
    List<FieldProblem> problems = new ArrayList<>();
    for (PackSetting setting : declared.values()) {
      if (!pack.settings().has(setting.key())) {
        continue;
      }
      Object value = pack.settings().values().get(setting.key());
      for (String problem : setting.check().apply(value)) {
        problems.add(FieldProblem.onLine(line(pack, setting.key()), "settings." + setting.key(), problem));
      }
    }
    if (pack.settings().has(PolicyDeclarations.CONTACTS)) {
      Set<String> clauses = pack.clausesById().keySet();
      List<Map<String, Object>> contacts = pack.settings().records(PolicyDeclarations.CONTACTS);
      for (int i = 0; i < contacts.size(); i++) {
        for (String clause : Contact.of(contacts.get(i)).clauses()) {
          if (!clauses.contains(clause)) {
            problems.add(FieldProblem.onLine(line(pack, PolicyDeclarations.CONTACTS),
                "settings.contacts[" + i + "].clauses", "'" + clause + "' is not a clause of this pack."));
          }
        }
      }
    }
    return problems.isEmpty() ? new Read(pack, List.of()) : new Read(null, problems);
  }

  private static Integer line(PolicyPack pack, String key) {
    int line = pack.settings().line(key);
    return line <= 0 ? null : line;
  }

  /** The loader's message as a sentence: capital first, full stop last. */
  static String sentence(String message) {
    if (message.isEmpty()) {
      return message;
    }
    String s = Character.toUpperCase(message.charAt(0)) + message.substring(1);
    return s.endsWith(".") || s.endsWith("?") ? s : s + ".";
  }

  /** The type names docs/packs.md uses. */
  static String typeName(SettingSpec type) {
    return switch (type) {
      case TEXT -> "text";
      case INTEGER -> "integer";
      case LIST -> "list";
      case PATTERNS -> "map name → RE2 pattern";
      case DURATION -> "ISO-8601 duration";
      case RECORDS -> "list of records";
    };
  }
}
