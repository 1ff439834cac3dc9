package org.steward.engine.pack;

import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.steward.engine.AccountKind;
import org.steward.engine.Action;
import org.steward.engine.TextKind;
import org.steward.engine.detect.DetectorRegistry;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads a policy pack from YAML and validates the whole file, collecting every problem with its
 * file, line and field before failing, so an author fixes them in one pass.
 *
 * <p>Example: {@code PackLoader.load(Path.of("acme.yaml"))} returns the pack or throws a {@link
 * PackException} listing e.g. {@code acme.yaml:40: rules[3].action: 'blok' is not one of block,
 * review, warn, tag}.
 */
public final class PackLoader {
  /**
   * Clause ids are the document's own ({@code T-1}, {@code 4.2}, {@code CON-4}, {@code s7(b)}): 1 to 32
   * letters, digits and {@code . - _ ( ) /}, starting with a letter or digit, with at least one digit
   * (they number the document's clauses). No spaces, so an id reads the same in a URL and a report.
   */
  static final java.util.regex.Pattern CLAUSE_ID = java.util.regex.Pattern.compile("(?=[^0-9]*[0-9])[A-Za-z0-9][A-Za-z0-9._()/-]{0,31}");
  static final String CLAUSE_ID_RULE = "a clause id is 1 to 32 letters, digits and . - _ ( ) /, starts with a"
      + " letter or digit and has at least one digit, such as T-1, 4.2, CON-4 or s7(b)";
  private static final int MAX_VERSION = 40;
  static final java.util.regex.Pattern RULE_ID = java.util.regex.Pattern.compile("[a-z0-9][a-z0-9.-]*");
  private static final int MAX_PATTERN_LENGTH = 1000;
  private static final Set<String> TOP = Set.of("pack", "version", "title", "owner", "approved", "review-by",
      "eia", "amendment", "audience", "supersedes", "related", "units", "clauses", "rules", "workflows", "settings");
  private static final Set<String> RULE_KEYS = Set.of("id", "clause", "on", "accounts", "audience", "when", "action", "say", "route");
  private static final Set<String> WHEN_KEYS = Set.of("detector", "categories", "min-score", "terms", "patterns", "category");

  private final String file;
  private final SettingsSchema schema;
  /** The detectors rules may name. */
  private final DetectorRegistry detectors;
  private final List<PackProblem> problems = new ArrayList<>();
  /** The mapping node each field map was read from, so a missing field is reported at its parent's line. */
  private final Map<Map<String, NodeTuple>, Node> owners = new java.util.IdentityHashMap<>();

  private Node rootNode;
  /** Every clause id the file declares, valid or not, so one bad clause does not cascade into its rules. */
  private final Set<String> declaredClauses = new HashSet<>();

  private PackLoader(String file, SettingsSchema schema, DetectorRegistry detectors) {
    this.file = file;
    this.schema = java.util.Objects.requireNonNull(schema, "schema");
    this.detectors = java.util.Objects.requireNonNull(detectors, "detectors");
  }

  /** Returns the pack in {@code path}; throws {@link PackException} listing every problem. */
  public static PolicyPack load(Path path) {
    return load(path, SettingsSchema.standalone(), DetectorRegistry.shipped());
  }

  /** Returns the pack in {@code path}, its settings checked against {@code schema}. */
  public static PolicyPack load(Path path, SettingsSchema schema) {
    return load(path, schema, DetectorRegistry.shipped());
  }

  /** Returns the pack in {@code path}, whose rules may name the detectors of {@code detectors}; throws {@link PackException} listing every problem. */
  public static PolicyPack load(Path path, DetectorRegistry detectors) {
    return load(path, SettingsSchema.standalone(), detectors);
  }

  /** Returns the pack in {@code path}, its settings checked against {@code schema}, its rules naming the detectors of {@code detectors}. */
  public static PolicyPack load(Path path, SettingsSchema schema, DetectorRegistry detectors) {
    String text;
    try {
      text = Files.readString(path, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new PackException(List.of(new PackProblem(path.toString(), 0, "", "cannot read: " + e.getMessage())));
    }
    return parse(text, path.toString(), schema, detectors);
  }

  /** Returns the pack written in {@code yaml}, naming {@code file} in problems. */
  public static PolicyPack parse(String yaml, String file) {
    return parse(yaml, file, SettingsSchema.standalone(), DetectorRegistry.shipped());
  }

  /**
   * Returns the pack written in {@code yaml}, naming {@code file} in problems, its settings checked
   * against {@code schema} (an application passes the settings its features declare).
   */
  public static PolicyPack parse(String yaml, String file, SettingsSchema schema) {
    return parse(yaml, file, schema, DetectorRegistry.shipped());
  }

  /** Returns the pack written in {@code yaml}, whose rules may name the detectors of {@code detectors}. */
  public static PolicyPack parse(String yaml, String file, DetectorRegistry detectors) {
    return parse(yaml, file, SettingsSchema.standalone(), detectors);
  }

  /** Returns the pack written in {@code yaml}: settings checked against {@code schema}, rules naming the detectors of {@code detectors}. */
  public static PolicyPack parse(String yaml, String file, SettingsSchema schema, DetectorRegistry detectors) {
    return new PackLoader(file, schema, detectors).read(yaml);
  }

  private PolicyPack read(String yaml) {
    Node root;
    try {
      LoaderOptions options = new LoaderOptions();
      options.setMaxAliasesForCollections(10);
      options.setCodePointLimit(4 * 1024 * 1024);
      // Anchors and aliases (& and *) are refused before anything is built: a pack never needs them,
      // and they are how a few lines of YAML expand into gigabytes ("billion laughs").
      Yaml reader = new Yaml(options);
      for (org.yaml.snakeyaml.events.Event event : reader.parse(new StringReader(yaml))) {
        boolean alias = event instanceof org.yaml.snakeyaml.events.AliasEvent;
        boolean anchor = event instanceof org.yaml.snakeyaml.events.NodeEvent n && n.getAnchor() != null;
        if (alias || anchor) {
          throw new PackException(List.of(new PackProblem(file, event.getStartMark().getLine() + 1, "",
              "anchors and aliases (& and *) are not allowed in a pack: write each value out")));
        }
      }
      root = reader.compose(new StringReader(yaml));
    } catch (PackException e) {
      throw e;
    } catch (MarkedYAMLException e) {
      int line = e.getProblemMark() == null ? 0 : e.getProblemMark().getLine() + 1;
      throw new PackException(List.of(new PackProblem(file, line, "", "not valid YAML: " + e.getProblem())));
    } catch (RuntimeException e) {
      throw new PackException(List.of(new PackProblem(file, 0, "", "not valid YAML: " + e.getMessage())));
    }
    if (!(root instanceof MappingNode map)) {
      throw new PackException(List.of(new PackProblem(file, root == null ? 1 : line(root), "", "a pack is a YAML mapping with pack, title, clauses and rules")));
    }
    Map<String, NodeTuple> top = entries(map, "", TOP);
    String id = requiredText(top, "pack", "");
    if (id != null && !RULE_ID.matcher(id).matches()) {
      problem(top.get("pack").getValueNode(), "pack", "'" + id + "' must be lower-case letters, digits, dots and dashes");
    }
    String version = optionalText(top, "version", "", "1");
    if (version != null && (version.length() > MAX_VERSION || !oneLine(version))) {
      problem(top.get("version").getValueNode(), "version", "must be one line of at most " + MAX_VERSION + " characters, such as 2022.11");
    }
    String title = requiredText(top, "title", "");
    PackMetadata metadata = metadata(top);
    rootNode = map;
    List<PolicyClause> clauses = clauses(top.get("clauses"));
    List<Rule> rules = rules(top.get("rules"), clauses);
    List<Workflow> workflows = workflows(top.get("workflows"), clauses);
    PackSettings settings = settings(top.get("settings"));
    checkCoverage(top.get("clauses"), clauses, rules);
    if (!problems.isEmpty()) {
      throw new PackException(problems);
    }
    return new PolicyPack(id, version, title, metadata, clauses, rules, workflows, settings, file);
  }

  private PackMetadata metadata(Map<String, NodeTuple> top) {
    String owner = requiredText(top, "owner", "");
    String by = null;
    LocalDate on = null;
    NodeTuple approved = top.get("approved");
    if (approved == null) {
      problem(owners.get(top), "approved", "is required ({ by: ..., on: YYYY-MM-DD })");
    } else if (approved.getValueNode() instanceof MappingNode m) {
      Map<String, NodeTuple> a = entries(m, "approved", Set.of("by", "on"));
      by = requiredText(a, "by", "approved");
      on = requiredDate(a, "on", "approved");
    } else {
      problem(approved.getValueNode(), "approved", "must be a mapping { by: ..., on: YYYY-MM-DD }");
    }
    LocalDate review = requiredDate(top, "review-by", "");
    LocalDate eia = top.containsKey("eia") ? requiredDate(top, "eia", "") : null;
    String amendment = optionalText(top, "amendment", "", null);
    List<String> audience = stringList(top, "audience", "audience", true);
    for (String a : audience) {
      if (!a.equals("staff") && !a.equals("learner")) {
        problem(top.get("audience").getValueNode(), "audience", "'" + a + "' is not one of staff, learner");
      }
    }
    List<String> supersedes = stringList(top.get("supersedes"), "supersedes", false);
    List<String> related = stringList(top.get("related"), "related", false);
    List<String> units = stringList(top.get("units"), "units", false);
    if (owner == null || by == null || on == null || review == null) {
      return null;
    }
    return new PackMetadata(owner, by, on, review, Optional.ofNullable(eia), Optional.ofNullable(amendment),
        audience, supersedes, related, units);
  }

  private List<PolicyClause> clauses(NodeTuple tuple) {
    List<PolicyClause> out = new ArrayList<>();
    if (tuple == null) {
      problem(rootNode, "clauses", "is required: the clauses of the policy with their section and text");
      return out;
    }
    if (!(tuple.getValueNode() instanceof MappingNode map)) {
      problem(tuple.getValueNode(), "clauses", "must be a mapping from clause id to { section, text, kind }");
      return out;
    }
    Map<String, NodeTuple> byId = entries(map, "clauses", null);
    declaredClauses.addAll(byId.keySet());
    for (Map.Entry<String, NodeTuple> e : byId.entrySet()) {
      String field = "clauses." + e.getKey();
      Node value = e.getValue().getValueNode();
      if (!CLAUSE_ID.matcher(e.getKey()).matches()) {
        problem(e.getValue().getKeyNode(), field, "'" + e.getKey() + "' is not a clause id: " + CLAUSE_ID_RULE);
      }
      if (!(value instanceof MappingNode cm)) {
        problem(value, field, "must be a mapping { section, text, kind }");
        continue;
      }
      Map<String, NodeTuple> c = entries(cm, field, Set.of("section", "text", "kind"));
      String section = requiredText(c, "section", field);
      String text = requiredText(c, "text", field);
      Set<ClauseKind> kinds = EnumSet.noneOf(ClauseKind.class);
      List<String> kindNames = stringList(c, "kind", field + ".kind", true);
      for (String k : kindNames) {
        ClauseKind kind = ClauseKind.parse(k);
        if (kind == null) {
          problem(c.get("kind").getValueNode(), field + ".kind", "'" + k + "' is not one of check, flow, record, guide");
        } else {
          kinds.add(kind);
        }
      }
      if (section != null && text != null && !kinds.isEmpty()) {
        out.add(new PolicyClause(e.getKey(), section, text, kinds));
      }
    }
    return out;
  }

  private List<Rule> rules(NodeTuple tuple, List<PolicyClause> clauses) {
    List<Rule> out = new ArrayList<>();
    if (tuple == null) {
      return out;
    }
    if (!(tuple.getValueNode() instanceof SequenceNode seq)) {
      problem(tuple.getValueNode(), "rules", "must be a list of rules");
      return out;
    }
    Set<String> clauseIds = declaredClauses;
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < seq.getValue().size(); i++) {
      Node node = seq.getValue().get(i);
      String field = "rules[" + i + "]";
      if (!(node instanceof MappingNode m)) {
        problem(node, field, "must be a mapping with id, clause, when, action and say");
        continue;
      }
      Map<String, NodeTuple> r = entries(m, field, RULE_KEYS);
      String id = requiredText(r, "id", field);
      if (id != null && !RULE_ID.matcher(id).matches()) {
        problem(r.get("id").getValueNode(), field + ".id", "'" + id + "' must be lower-case letters, digits, dots and dashes");
      } else if (id != null && !ids.add(id)) {
        problem(r.get("id").getValueNode(), field + ".id", "'" + id + "' is used by another rule");
      }
      String clause = requiredText(r, "clause", field);
      if (clause != null && !clauseIds.contains(clause)) {
        problem(r.get("clause").getValueNode(), field + ".clause", "'" + clause + "' is not a clause of this pack");
      }
      Set<TextKind> on = EnumSet.noneOf(TextKind.class);
      if (r.containsKey("on")) {
        for (String k : stringList(r.get("on"), field + ".on", true)) {
          TextKind kind = TextKind.parse(k);
          if (kind == null) {
            problem(r.get("on").getValueNode(), field + ".on", "'" + k + "' is not one of " + names(TextKind.values()));
          } else {
            on.add(kind);
          }
        }
      } else {
        on.addAll(EnumSet.range(TextKind.POST, TextKind.MESSAGE));
      }
      Set<AccountKind> accounts = EnumSet.noneOf(AccountKind.class);
      for (String k : stringList(r.get("accounts"), field + ".accounts", false)) {
        AccountKind kind = AccountKind.parse(k);
        if (kind == null) {
          problem(r.get("accounts").getValueNode(), field + ".accounts", "'" + k + "' is not one of " + names(AccountKind.values()));
        } else {
          accounts.add(kind);
        }
      }
      Set<String> audience = new LinkedHashSet<>(stringList(r.get("audience"), field + ".audience", false));
      for (String a : audience) {
        if (!a.equals("staff") && !a.equals("learner")) {
          problem(r.get("audience").getValueNode(), field + ".audience", "'" + a + "' is not one of staff, learner");
        }
      }
      Condition when = condition(r, field + ".when");
      Action action = null;
      String actionName = requiredText(r, "action", field);
      if (actionName != null) {
        action = Action.parse(actionName);
        if (action == null) {
          problem(r.get("action").getValueNode(), field + ".action", "'" + actionName + "' is not one of " + names(Action.values()));
        }
      }
      String say = requiredText(r, "say", field);
      String route = optionalText(r, "route", field, "");
      if (route != null && !route.isEmpty() && !route.equals(org.steward.engine.Safeguarding.ROUTE)) {
        problem(r.get("route").getValueNode(), field + ".route", "'" + route + "' is not a route; known: " + org.steward.engine.Safeguarding.ROUTE);
        route = "";
      }
      if (id != null && clause != null && !on.isEmpty() && when != null && action != null && say != null) {
        out.add(new Rule(id, clause, on, accounts, audience, when, action, say, route));
      }
    }
    return out;
  }

  private Condition condition(Map<String, NodeTuple> rule, String field) {
    NodeTuple tuple = rule.get("when");
    if (tuple == null) {
      problem(owners.get(rule), field, "is required: { detector: ..., min-score: ... }");
      return null;
    }
    if (!(tuple.getValueNode() instanceof MappingNode m)) {
      problem(tuple.getValueNode(), field, "must be a mapping { detector: ..., categories: [...], min-score: ... }");
      return null;
    }
    Map<String, NodeTuple> w = entries(m, field, WHEN_KEYS);
    String detector = requiredText(w, "detector", field);
    boolean known = detector != null && detectors.isKnown(detector);
    if (detector != null && !known) {
      problem(w.get("detector").getValueNode(), field + ".detector", "'" + detector + "' is not a detector; known: " + String.join(", ", detectors.names()));
    }
    List<String> categories = stringList(w.get("categories"), field + ".categories", false);
    double minScore = 0;
    if (w.containsKey("min-score")) {
      Node n = w.get("min-score").getValueNode();
      String s = scalar(n);
      try {
        minScore = Double.parseDouble(s == null ? "x" : s);
        if (minScore < 0 || minScore > 1) {
          problem(n, field + ".min-score", s + " is not between 0 and 1");
          minScore = 0;
        }
      } catch (NumberFormatException e) {
        problem(n, field + ".min-score", "'" + s + "' is not a number between 0 and 1");
      }
    }
    List<String> terms = stringList(w.get("terms"), field + ".terms", false);
    List<String> patterns = stringList(w.get("patterns"), field + ".patterns", false);
    for (int i = 0; i < patterns.size(); i++) {
      checkPattern(w.get("patterns").getValueNode(), field + ".patterns[" + i + "]", patterns.get(i));
    }
    String category = optionalText(w, "category", field, null);
    if ("lexicon".equals(detector) && (terms.isEmpty() || category == null)) {
      problem(m, field, "the lexicon detector needs terms and a category");
    }
    if ("pattern".equals(detector) && (patterns.isEmpty() || category == null)) {
      problem(m, field, "the pattern detector needs patterns and a category");
    }
    if (!"lexicon".equals(detector) && !terms.isEmpty()) {
      problem(w.get("terms").getValueNode(), field + ".terms", "only the lexicon detector takes terms");
    }
    if (!"pattern".equals(detector) && !patterns.isEmpty()) {
      problem(w.get("patterns").getValueNode(), field + ".patterns", "only the pattern detector takes patterns");
    }
    return known ? new Condition(detector, categories, minScore, terms, patterns, category) : null;
  }

  private void checkPattern(Node node, String field, String pattern) {
    if (pattern.length() > MAX_PATTERN_LENGTH) {
      problem(node, field, "is longer than " + MAX_PATTERN_LENGTH + " characters");
      return;
    }
    try {
      Pattern.compile(pattern);
    } catch (PatternSyntaxException e) {
      problem(node, field, "'" + pattern + "' is not a valid RE2 pattern: " + e.getDescription());
    }
  }

  private List<Workflow> workflows(NodeTuple tuple, List<PolicyClause> clauses) {
    List<Workflow> out = new ArrayList<>();
    if (tuple == null) {
      return out;
    }
    if (!(tuple.getValueNode() instanceof SequenceNode seq)) {
      problem(tuple.getValueNode(), "workflows", "must be a list of { id, clauses, say }");
      return out;
    }
    Set<String> clauseIds = declaredClauses;
    for (int i = 0; i < seq.getValue().size(); i++) {
      Node node = seq.getValue().get(i);
      String field = "workflows[" + i + "]";
      if (!(node instanceof MappingNode m)) {
        problem(node, field, "must be a mapping { id, clauses, say }");
        continue;
      }
      Map<String, NodeTuple> w = entries(m, field, Set.of("id", "clauses", "say"));
      String id = requiredText(w, "id", field);
      List<String> ids = stringList(w, "clauses", field + ".clauses", true);
      for (String c : ids) {
        if (!clauseIds.contains(c)) {
          problem(w.get("clauses").getValueNode(), field + ".clauses", "'" + c + "' is not a clause of this pack");
        }
      }
      String say = requiredText(w, "say", field);
      if (id != null && say != null) {
        out.add(new Workflow(id, ids, say));
      }
    }
    return out;
  }

  private PackSettings settings(NodeTuple tuple) {
    if (tuple == null) {
      return PackSettings.empty();
    }
    if (!(tuple.getValueNode() instanceof MappingNode m)) {
      problem(tuple.getValueNode(), "settings", "must be a mapping of setting names to values");
      return PackSettings.empty();
    }
    Map<String, Object> values = new LinkedHashMap<>();
    Map<String, Integer> lines = new LinkedHashMap<>();
    for (Map.Entry<String, NodeTuple> e : entries(m, "settings", null).entrySet()) {
      String key = e.getKey();
      String field = "settings." + key;
      Node value = e.getValue().getValueNode();
      lines.put(key, line(e.getValue().getKeyNode()));
      if (schema.keepsApplicationKeys() && key.startsWith(SettingSpec.FREE_PREFIX)) {
        values.put(key, free(value));
        continue;
      }
      SettingsSchema.Declared declared = schema.declared(key).orElse(null);
      if (declared == null) {
        problem(e.getValue().getKeyNode(), field, unknownSetting(key));
        continue;
      }
      switch (declared.type()) {
        case LIST -> values.put(key, stringList(e.getValue(), field, false));
        case TEXT -> {
          String s = scalar(value);
          if (s == null) {
            problem(value, field, "must be text");
          } else {
            values.put(key, s);
          }
        }
        case INTEGER -> {
          String s = scalar(value);
          try {
            values.put(key, Integer.parseInt(s == null ? "x" : s));
          } catch (NumberFormatException ex) {
            problem(value, field, "'" + s + "' is not a whole number");
          }
        }
        case DURATION -> {
          String s = scalar(value);
          if (s == null || !isDuration(s)) {
            problem(value, field, "'" + s + "' is not an ISO-8601 duration such as P90D or PT4H");
          } else {
            values.put(key, s);
          }
        }
        case PATTERNS -> {
          if (!(value instanceof MappingNode pm)) {
            problem(value, field, "must be a mapping from a name to an RE2 pattern");
            break;
          }
          Map<String, String> patterns = new LinkedHashMap<>();
          for (Map.Entry<String, NodeTuple> p : entries(pm, field, null).entrySet()) {
            String s = scalar(p.getValue().getValueNode());
            if (s == null) {
              problem(p.getValue().getValueNode(), field + "." + p.getKey(), "must be a pattern");
            } else {
              checkPattern(p.getValue().getValueNode(), field + "." + p.getKey(), s);
              patterns.put(p.getKey(), s);
            }
          }
          values.put(key, patterns);
        }
        case RECORDS -> values.put(key, records(value, field, declared));
      }
    }
    return new PackSettings(values, lines);
  }

  /** A list of records, each a mapping of the declared fields to text or a list of text. */
  private List<Map<String, Object>> records(Node value, String field, SettingsSchema.Declared declared) {
    List<Map<String, Object>> out = new ArrayList<>();
    String shape = "{ " + String.join(", ", declared.allFields()) + " }";
    if (!(value instanceof SequenceNode seq)) {
      problem(value, field, "must be a list of records " + shape);
      return out;
    }
    Set<String> allowed = declared.allFields();
    for (int i = 0; i < seq.getValue().size(); i++) {
      Node node = seq.getValue().get(i);
      String at = field + "[" + i + "]";
      if (!(node instanceof MappingNode rm)) {
        problem(node, at, "must be a record " + shape);
        continue;
      }
      Map<String, NodeTuple> r = entries(rm, at, allowed.isEmpty() ? null : allowed);
      Map<String, Object> record = new LinkedHashMap<>();
      for (String required : declared.requiredFields()) {
        if (!r.containsKey(required)) {
          problem(rm, at + "." + required, "is required");
        }
      }
      for (Map.Entry<String, NodeTuple> f : r.entrySet()) {
        Node v = f.getValue().getValueNode();
        if (scalar(v) != null) {
          String text = scalar(v);
          if (text.isBlank()) {
            problem(v, at + "." + f.getKey(), "must be non-empty text");
          }
          record.put(f.getKey(), text);
        } else {
          record.put(f.getKey(), stringList(f.getValue(), at + "." + f.getKey(), false));
        }
      }
      out.add(Map.copyOf(record));
    }
    return List.copyOf(out);
  }

  private String unknownSetting(String key) {
    String near = null;
    int best = 3;
    for (String known : schema.keys()) {
      int d = distance(key, known, best);
      if (d < best) {
        best = d;
        near = known;
      }
    }
    return "'" + key + "' is not a setting anything reads"
        + (near == null ? "" : " (did you mean " + near + "?)")
        + "; settings: " + String.join(", ", schema.keys())
        + (schema.keepsApplicationKeys() ? " (or any key under app.)" : "");
  }

  /** Levenshtein distance of two short keys, or {@code limit} once it reaches it. */
  private static int distance(String a, String b, int limit) {
    if (Math.abs(a.length() - b.length()) >= limit) {
      return limit;
    }
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return Math.min(prev[b.length()], limit);
  }

  private void checkCoverage(NodeTuple clausesTuple, List<PolicyClause> clauses, List<Rule> rules) {
    Set<String> served = new HashSet<>();
    rules.forEach(r -> served.add(r.clause()));
    for (PolicyClause c : clauses) {
      if (c.isChecked() && !served.contains(c.id())) {
        Node at = clausesTuple.getValueNode();
        if (at instanceof MappingNode m) {
          for (NodeTuple t : m.getValue()) {
            if (c.id().equals(scalar(t.getKeyNode()))) {
              at = t.getKeyNode();
            }
          }
        }
        problem(at, "clauses." + c.id(), "is of kind check but no rule serves it");
      }
    }
  }

  // --- node helpers -------------------------------------------------------------------------

  private Map<String, NodeTuple> entries(MappingNode map, String field, Set<String> allowed) {
    Map<String, NodeTuple> out = new LinkedHashMap<>();
    for (NodeTuple t : map.getValue()) {
      String key = scalar(t.getKeyNode());
      String path = field.isEmpty() ? String.valueOf(key) : field + "." + key;
      if (key == null) {
        problem(t.getKeyNode(), field, "keys must be plain text");
      } else if (out.containsKey(key)) {
        problem(t.getKeyNode(), path, "appears twice");
      } else if (allowed != null && !allowed.contains(key)) {
        problem(t.getKeyNode(), path, "unknown field; expected one of " + String.join(", ", new java.util.TreeSet<>(allowed)));
      } else {
        out.put(key, t);
      }
    }
    owners.put(out, map);
    return out;
  }

  private String requiredText(Map<String, NodeTuple> m, String key, String parent) {
    String field = parent.isEmpty() ? key : parent + "." + key;
    NodeTuple t = m.get(key);
    if (t == null) {
      problem(owners.get(m), field, "is required");
      return null;
    }
    String s = scalar(t.getValueNode());
    if (s == null || s.isBlank()) {
      problem(t.getValueNode(), field, "must be non-empty text");
      return null;
    }
    return s;
  }

  private String optionalText(Map<String, NodeTuple> m, String key, String parent, String fallback) {
    return m.containsKey(key) ? requiredText(m, key, parent) : fallback;
  }

  private LocalDate requiredDate(Map<String, NodeTuple> m, String key, String parent) {
    String s = requiredText(m, key, parent);
    if (s == null) {
      return null;
    }
    try {
      return LocalDate.parse(s);
    } catch (DateTimeParseException e) {
      problem(m.get(key).getValueNode(), parent.isEmpty() ? key : parent + "." + key, "'" + s + "' is not a date YYYY-MM-DD");
      return null;
    }
  }

  private List<String> stringList(Map<String, NodeTuple> m, String key, String field, boolean required) {
    if (!m.containsKey(key) && required) {
      problem(owners.get(m), field, "is required");
      return List.of();
    }
    return stringList(m.get(key), field, required);
  }

  private List<String> stringList(NodeTuple t, String field, boolean required) {
    if (t == null) {
      if (required) {
        problem(null, field, "is required");
      }
      return List.of();
    }
    Node n = t.getValueNode();
    String single = scalar(n);
    if (single != null) {
      return List.of(single);
    }
    if (!(n instanceof SequenceNode seq)) {
      problem(n, field, "must be a list of text");
      return List.of();
    }
    List<String> out = new ArrayList<>();
    for (int i = 0; i < seq.getValue().size(); i++) {
      String s = scalar(seq.getValue().get(i));
      if (s == null || s.isBlank()) {
        problem(seq.getValue().get(i), field + "[" + i + "]", "must be non-empty text");
      } else {
        out.add(s);
      }
    }
    if (required && out.isEmpty()) {
      problem(n, field, "must not be empty");
    }
    return out;
  }

  private Object free(Node n) {
    if (n instanceof ScalarNode s) {
      return s.getValue();
    }
    if (n instanceof SequenceNode seq) {
      List<Object> out = new ArrayList<>();
      seq.getValue().forEach(x -> out.add(free(x)));
      return List.copyOf(out);
    }
    Map<String, Object> out = new LinkedHashMap<>();
    for (NodeTuple t : ((MappingNode) n).getValue()) {
      out.put(String.valueOf(scalar(t.getKeyNode())), free(t.getValueNode()));
    }
    return Map.copyOf(out);
  }

  private static String scalar(Node n) {
    return n instanceof ScalarNode s && !"null".equals(s.getTag().getValue().replace("tag:yaml.org,2002:", "")) ? s.getValue() : null;
  }

  private static boolean oneLine(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isISOControl(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isDuration(String s) {
    try {
      if (s.startsWith("PT")) {
        Duration.parse(s);
      } else {
        Period.parse(s);
      }
      return true;
    } catch (DateTimeParseException e) {
      return false;
    }
  }

  private static int line(Node n) {
    return n == null ? 0 : n.getStartMark().getLine() + 1;
  }

  private void problem(Node at, String field, String message) {
    problems.add(new PackProblem(file, line(at), field, message));
  }

  private static String names(Enum<?>[] values) {
    List<String> out = new ArrayList<>();
    for (Enum<?> v : values) {
      out.add(v.name().toLowerCase(java.util.Locale.ROOT));
    }
    return String.join(", ", out);
  }
}
