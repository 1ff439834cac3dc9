package org.steward.app.accounts;

import org.steward.app.web.FieldProblem;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.steward.app.audit.AuditTrail;
import org.steward.app.csv.CsvFile;
import org.steward.app.csv.ImportColumn;
import org.steward.app.csv.ImportResult;
import org.steward.app.people.PersonKind;
import org.steward.app.people.Person;
import org.steward.app.identity.Role;
import org.steward.app.people.Unit;
import org.steward.app.identity.Actor;

/**
 * Imports an existing spreadsheet of accounts (the 2018 audit's list) as CSV. The whole file is
 * checked first; any problem rejects it whole with line-numbered messages, and nothing is written.
 */
@Service
public class AccountImport {
  public static final int MAX_ROWS = 5000;

  /** The columns, in the order of the example. */
  public static final class Column {
    public static final ImportColumn PLATFORM = ImportColumn.required("platform",
        "facebook, instagram, linkedin, x, tiktok, youtube, … (see the list)");
    public static final ImportColumn HANDLE = ImportColumn.required("handle",
        "the account's handle or name on the platform, like @CandiCreative");
    public static final ImportColumn NAME = ImportColumn.required("name", "what people call the account");
    public static final ImportColumn UNIT = ImportColumn.required("unit",
        "the code of the school, department or service");
    public static final ImportColumn PURPOSE = ImportColumn.required("purpose", "what the account is for");
    public static final ImportColumn AUDIENCE = ImportColumn.required("audience",
        "who it is for, like prospective learners");
    public static final ImportColumn VISIBILITY = ImportColumn.required("visibility",
        "public, private or closed-group");
    public static final ImportColumn TEACHING_GROUP = ImportColumn.optional("teaching_group",
        "yes for a teaching group (must then be private or closed-group)");
    public static final ImportColumn URL = ImportColumn.optional("url",
        "the web address, starting with https://");
    public static final ImportColumn MANAGERS = ImportColumn.optional("managers",
        "usernames or e-mails of the people who run it, separated by ;");
    public static final ImportColumn LAST_POST = ImportColumn.optional("last_post",
        "date of the last post, yyyy-mm-dd");
    public static final ImportColumn STATUS = ImportColumn.optional("status",
        "active (the default) or dormant");
    /** Every column, in the order of the example. */
    public static final List<ImportColumn> ALL = List.of(PLATFORM, HANDLE, NAME, UNIT, PURPOSE, AUDIENCE,
        VISIBILITY, TEACHING_GROUP, URL, MANAGERS, LAST_POST, STATUS);

    private Column() {}
  }


  private final AccountRequests requests;
  private final Accounts accounts;
  private final AccountDirectory directory;
  private final AccountGuards guards;
  private final AuditTrail audit;
  private final Clock clock;
  private final AccountPolicy policy;

  AccountImport(AccountRequests requests, Accounts accounts, AccountDirectory directory,
      AccountGuards guards, AuditTrail audit, Clock clock, AccountPolicy policy) {
    this.requests = requests;
    this.accounts = accounts;
    this.directory = directory;
    this.guards = guards;
    this.audit = audit;
    this.clock = clock;
    this.policy = policy;
  }

  private record Row(int line, NewAccount account, List<Long> managers, Instant lastPost,
      boolean dormant) {}

  @Transactional
  public ImportResult importCsv(Actor actor, byte[] bytes) {
    if (!actor.isSystem() && (actor.holds(Role.LEARNER)
        || !actor.holdsAny(Role.MARKETING, Role.HEAD_OF_DIGITAL_MARKETING))) {
      throw guards.refuse(actor, "import accounts", 0, "Only the marketing team can import accounts.");
    }
    List<FieldProblem> problems = new ArrayList<>();
    CsvFile.Result csv = CsvFile.read(bytes, MAX_ROWS + 1);
    if (!csv.problems().isEmpty()) {
      return ImportResult.rejected(csv.problems());
    }
    if (csv.rows().isEmpty()) {
      return ImportResult.rejected("The file is empty. The first line must name the columns.");
    }
    List<CsvFile.Row> records = csv.rows();
    Map<ImportColumn, Integer> index = new HashMap<>();
    List<String> header = records.get(0).fields();
    for (int i = 0; i < header.size(); i++) {
      String h = header.get(i).trim().toLowerCase(Locale.ROOT);
      for (ImportColumn c : Column.ALL) {
        if (c.header().equals(h)) {
          index.put(c, i);
        }
      }
    }
    for (ImportColumn c : Column.ALL) {
      if (c.required() && !index.containsKey(c)) {
        problems.add(FieldProblem.onLine(1, c.header(), "The column " + c.header() + " is missing."));
      }
    }
    if (!problems.isEmpty()) {
      return ImportResult.rejected(problems);
    }
    if (csv.tooMany()) {
      return ImportResult.rejected("The file has more than " + MAX_ROWS
          + " accounts. Split it into smaller files.");
    }
    List<Row> rows = new ArrayList<>();
    Set<String> handlesInFile = new HashSet<>();
    List<Platform> platforms = policy.platformsAnywhere();
    for (int r = 1; r < records.size(); r++) {
      List<String> rec = records.get(r).fields();
      int line = records.get(r).line();
      List<FieldProblem> lp = new ArrayList<>();
      Platform platform = Platform.in(platforms, cell(rec, index, Column.PLATFORM)).orElse(null);
      if (platform == null) {
        lp.add(FieldProblem.onLine(line, "platform", "Use one of the platform codes in the list."));
      }
      Unit unit = directory.unitByCode(cell(rec, index, Column.UNIT)).orElse(null);
      if (unit == null) {
        lp.add(FieldProblem.onLine(line, "unit", "There is no unit with the code '"
            + cell(rec, index, Column.UNIT) + "'."));
      }
      String vis = cell(rec, index, Column.VISIBILITY);
      Visibility visibility = Visibility.fromCode(vis).orElse(null);
      if (visibility == null) {
        lp.add(FieldProblem.onLine(line, "visibility", "Use public, private or closed-group."));
      }
      String tg = cell(rec, index, Column.TEACHING_GROUP).toLowerCase(Locale.ROOT);
      if (!tg.isEmpty() && !Set.of("yes", "no", "true", "false", "y", "n").contains(tg)) {
        lp.add(FieldProblem.onLine(line, "teaching_group", "Use yes or no."));
      }
      boolean teaching = Set.of("yes", "true", "y").contains(tg);
      String st = cell(rec, index, Column.STATUS).toLowerCase(Locale.ROOT);
      AccountStatus status = st.isEmpty() ? AccountStatus.ACTIVE
          : "active".equals(st) ? AccountStatus.ACTIVE : "dormant".equals(st) ? AccountStatus.DORMANT : null;
      if (status == null) {
        lp.add(FieldProblem.onLine(line, "status", "Use active or dormant."));
      }
      Instant lastPost = null;
      String lastPostText = cell(rec, index, Column.LAST_POST);
      if (!lastPostText.isEmpty()) {
        try {
          lastPost = LocalDate.parse(lastPostText).atTime(12, 0).atZone(ZoneId.of("Europe/London")).toInstant();
        } catch (DateTimeParseException e) {
          lp.add(FieldProblem.onLine(line, "last_post", "Write the date as yyyy-mm-dd, like 2026-09-30."));
        }
      }
      List<Long> managers = new ArrayList<>();
      for (String m : cell(rec, index, Column.MANAGERS).split(";")) {
        if (m.isBlank()) {
          continue;
        }
        Person p = directory.find(m.trim()).orElse(null);
        if (p == null) {
          lp.add(FieldProblem.onLine(line, "managers", "There is nobody with the username or e-mail '"
              + m.trim() + "'."));
        } else {
          managers.add(p.id());
        }
      }
      NewAccount n = new NewAccount(platform, cell(rec, index, Column.HANDLE),
          emptyToNull(cell(rec, index, Column.URL)), cell(rec, index, Column.NAME),
          unit == null ? 0 : unit.id(), cell(rec, index, Column.PURPOSE),
          cell(rec, index, Column.AUDIENCE), visibility, teaching, null, null, null,
          AccountStatus.ACTIVE);
      for (FieldProblem p : requests.validate(n, true)) {
        boolean reported = ("unit".equals(p.field()) && unit == null)
            || ("platform".equals(p.field()) && platform == null)
            || ("visibility".equals(p.field()) && visibility == null);
        if (!reported) {
          lp.add(FieldProblem.onLine(line, column(p.field()), p.message()));
        }
      }
      if (platform != null && !n.handle().isBlank()
          && !handlesInFile.add(platform.code() + "|" + Account.handleKey(n.handle()))) {
        lp.add(FieldProblem.onLine(line, "handle", "This handle appears twice in the file for "
            + platform.label() + "."));
      }
      problems.addAll(lp);
      if (lp.isEmpty()) {
        rows.add(new Row(line, n, managers, lastPost, status == AccountStatus.DORMANT));
      }
    }
    if (!problems.isEmpty()) {
      return ImportResult.rejected(problems);
    }
    if (rows.isEmpty()) {
      return ImportResult.rejected("The file has no accounts after the header line.");
    }
    for (Row row : rows) {
      long id = insertExisting(row.account(), actor.isSystem() ? firstAdmin() : actor.personId(),
          row.managers(), row.lastPost(), row.dormant());
      audit.record(actor, "account.imported", "account", Long.toString(id), null);
    }
    return ImportResult.imported(rows.size());
  }

  private long firstAdmin() {
    return directory.holders(Role.ADMINISTRATOR).stream().findFirst().orElseThrow(() ->
        new IllegalStateException("An import by the system needs an administrator to record"));
  }

  private static String column(String field) {
    return switch (field == null ? "" : field) {
      case "teachingGroup" -> "teaching_group";
      default -> field;
    };
  }

  private static String cell(List<String> rec, Map<ImportColumn, Integer> index, ImportColumn c) {
    Integer i = index.get(c);
    return i == null || i >= rec.size() ? "" : rec.get(i).trim();
  }

  private static String emptyToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }

  /** For tests and the import: the raw insert with managers, no approval (existing accounts). */
  private long insertExisting(NewAccount n, long importedBy, List<Long> managerIds, Instant lastPost,
      boolean dormant) {
    Instant now = clock.instant();
    long id = accounts.insert(n, importedBy, now);
    Map<Long, Boolean> seen = new HashMap<>();
    for (Long m : managerIds) {
      if (seen.putIfAbsent(m, true) == null) {
        Person p = directory.person(m).orElseThrow();
        accounts.addManager(id, m, p.kind() != PersonKind.STAFF, false, now);
      }
    }
    if (n.initialStatus() == AccountStatus.ACTIVE) {
      accounts.setUp(id, importedBy, null, null, now);
    }
    if (lastPost != null) {
      accounts.recordPost(id, lastPost, "import", importedBy);
    }
    if (dormant) {
      accounts.markDormant(id, now);
      accounts.openTask(id, AccountTask.CLOSE_OR_JUSTIFY, now);
    }
    return id;
  }
}
