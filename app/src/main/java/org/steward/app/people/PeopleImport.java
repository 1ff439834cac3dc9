package org.steward.app.people;

import org.steward.app.csv.CsvFile;
import org.steward.app.csv.ImportColumn;
import org.steward.app.csv.ImportResult;
import org.steward.app.web.FieldProblem;
import org.steward.app.identity.RoleGrant;
import org.steward.app.identity.Role;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.steward.app.audit.AuditTrail;
import org.steward.app.identity.Actor;

/**
 * Imports people from a CSV file, all or nothing: the whole file is read and checked first, and
 * people are added only when no line has a problem, in one transaction (so a failure part-way
 * through rolls every insert back). Each person added writes one {@code person.imported} audit
 * entry. Passwords are never imported: people sign in with their organisation account, or an
 * administrator sets a password later.
 */
@Service
public class PeopleImport {
  /** The most people one file may hold; larger files are split by the person uploading. */
  public static final int MAX_ROWS = 10_000;
  /** Reporting stops after this many problems: past that, the file is the wrong file. */
  static final int MAX_PROBLEMS = 500;
  /** The oldest plausible person, and the youngest plausible learner, in years. */
  static final int MAX_AGE = 120;
  static final int MIN_LEARNER_AGE = 10;

  /** The columns a file may have, documented on the import page. Header names ignore case. */
  public static final class Column {
    public static final ImportColumn KIND = ImportColumn.required("kind", "staff, learner or external");
    public static final ImportColumn GIVEN_NAME = ImportColumn.required("given_name", "Up to 100 characters");
    public static final ImportColumn FAMILY_NAME = ImportColumn.required("family_name",
        "Up to 100 characters");
    public static final ImportColumn EMAIL = ImportColumn.required("email",
        "Up to 254 characters; no two people may share one");
    public static final ImportColumn USERNAME = ImportColumn.required("username",
        "Up to 100 letters, numbers and . _ - @; no two people may share one");
    public static final ImportColumn DATE_OF_BIRTH = ImportColumn.optional("date_of_birth",
        "Year-month-day, like 2009-09-01. Needed for learners, so Steward knows who is under 18");
    public static final ImportColumn UNIT = ImportColumn.required("unit",
        "The code of the person's unit, as shown on the Organisation page");
    public static final ImportColumn ROLES = ImportColumn.optional("roles",
        "Role codes separated by ; like staff;tutor. Head of school or service"
        + " names its unit: head-of-unit@UNITCODE. Left empty: staff get staff, learners get"
        + " learner, external people get no role");
    /** Every column, in the order of the example. */
    public static final List<ImportColumn> ALL = List.of(KIND, GIVEN_NAME, FAMILY_NAME, EMAIL, USERNAME, DATE_OF_BIRTH,
        UNIT, ROLES);

    private Column() {}

    static Optional<ImportColumn> fromHeader(String text) {
      String name = text.strip().toLowerCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
      return ALL.stream().filter(c -> c.header().equals(name)).findFirst();
    }

    static String all() {
      return ALL.stream().map(ImportColumn::header).collect(Collectors.joining(","));
    }
  }

  private final People people;
  private final Units units;
  private final AuditTrail audit;
  private final Clock clock;
  private final JdbcClient jdbc;

  PeopleImport(People people, Units units, AuditTrail audit, Clock clock, JdbcClient jdbc) {
    this.people = people;
    this.units = units;
    this.audit = audit;
    this.clock = clock;
    this.jdbc = jdbc;
  }

  /** Checks the whole file and, only if every line is right, adds everyone in it. */
  @Transactional
  public ImportResult importCsv(Actor actor, byte[] file) {
    CsvFile.Result csv = CsvFile.read(file, MAX_ROWS + 1);
    if (!csv.problems().isEmpty()) {
      return ImportResult.rejected(csv.problems());
    }
    if (csv.tooMany()) {
      return ImportResult.rejected(String.format(
          "The file has more than %,d people. Split it into smaller files and upload each.",
          MAX_ROWS));
    }
    if (csv.rows().isEmpty()) {
      return ImportResult.rejected(
          "The file is empty. Its first line must name the columns: " + Column.all());
    }
    Problems problems = new Problems();
    Header header = Header.read(csv.rows().get(0), problems);
    if (!problems.isEmpty()) {
      return ImportResult.rejected(problems.list());
    }
    List<CsvFile.Row> rows = csv.rows().subList(1, csv.rows().size());
    if (rows.isEmpty()) {
      return ImportResult.rejected(
          "The file has a header line but no people. Add one line for each person.");
    }
    List<NewPerson> valid = new RowChecker(header, problems).check(rows);
    if (!problems.isEmpty()) {
      return ImportResult.rejected(problems.list());
    }
    for (NewPerson person : valid) {
      long id = people.insert(person, null);
      audit.record(actor, "person.imported", "person", Long.toString(id), null);
    }
    return ImportResult.imported(valid.size());
  }

  /** Collects problems up to {@link #MAX_PROBLEMS}, then says that it stopped. */
  private static final class Problems {
    private final List<FieldProblem> list = new ArrayList<>();
    private boolean full;

    void add(Integer line, String field, String message) {
      if (list.size() < MAX_PROBLEMS) {
        list.add(FieldProblem.onLine(line, field, message));
      } else if (!full) {
        full = true;
        list.add(FieldProblem.onLine(null, null, "There are more than " + MAX_PROBLEMS
            + " problems; only the first " + MAX_PROBLEMS + " are listed. Check this is the right"
            + " file."));
      }
    }

    boolean isEmpty() {
      return list.isEmpty();
    }

    List<FieldProblem> list() {
      return list;
    }
  }

  /** Where each column is in the file. */
  private record Header(Map<ImportColumn, Integer> positions, int width) {
    static Header read(CsvFile.Row first, Problems problems) {
      List<String> names = first.fields();
      if (names.stream().map(Column::fromHeader).allMatch(Optional::isEmpty)) {
        problems.add(first.line(), null, "The first line must be a header naming the columns,"
            + " like: " + Column.all());
        return null;
      }
      Map<ImportColumn, Integer> positions = new HashMap<>();
      for (int i = 0; i < names.size(); i++) {
        String name = names.get(i).strip();
        Optional<ImportColumn> column = Column.fromHeader(name);
        if (column.isEmpty()) {
          problems.add(first.line(), name.isEmpty() ? null : name, unknownColumn(name, i + 1));
        } else if (positions.putIfAbsent(column.get(), i) != null) {
          problems.add(first.line(), column.get().header(),
              "The column \u2018" + column.get().header() + "\u2019 appears twice. Keep one.");
        }
      }
      for (ImportColumn c : Column.ALL) {
        if (c.required() && !positions.containsKey(c)) {
          problems.add(first.line(), c.header(),
              "The header has no \u2018" + c.header() + "\u2019 column. Add it.");
        }
      }
      return new Header(positions, names.size());
    }

    private static String unknownColumn(String name, int position) {
      if (name.isEmpty()) {
        return "Column " + position + " of the header has no name. Name it or remove it.";
      }
      if (name.equalsIgnoreCase("password") || name.equalsIgnoreCase("password_hash")) {
        return "Passwords cannot be imported. Remove the password column: people sign in with"
            + " their organisation account, or an administrator sets a password later.";
      }
      return "There is no column called \u2018" + shorten(name) + "\u2019. The columns are: "
          + Column.all();
    }

    String value(CsvFile.Row row, ImportColumn column) {
      Integer at = positions.get(column);
      return at == null ? "" : row.fields().get(at).strip();
    }
  }

  /** Checks the data lines against each other and the database; one job, one file. */
  private final class RowChecker {
    private static final Pattern EMAIL = Pattern.compile(
        "[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?"
            + "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+");
    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._@-]+");
    private static final int LOOKUP_BATCH = 1000;

    private final Header header;
    private final Problems problems;
    private final Map<String, Unit> unitsByCode = new HashMap<>();
    private final Map<String, Integer> emailLines = new HashMap<>();
    private final Map<String, Integer> usernameLines = new HashMap<>();
    private Set<String> takenEmails = Set.of();
    private Set<String> takenUsernames = Set.of();
    private final LocalDate today = LocalDate.now(clock);

    RowChecker(Header header, Problems problems) {
      this.header = header;
      this.problems = problems;
      for (Unit u : units.findAll()) {
        unitsByCode.put(u.code().toLowerCase(Locale.ROOT), u);
      }
    }

    List<NewPerson> check(List<CsvFile.Row> rows) {
      List<CsvFile.Row> wellFormed =
          rows.stream().filter(r -> r.fields().size() == header.width()).toList();
      takenEmails = taken("email", values(wellFormed, Column.EMAIL));
      takenUsernames = taken("username", values(wellFormed, Column.USERNAME));
      List<NewPerson> valid = new ArrayList<>();
      for (CsvFile.Row row : rows) {
        if (row.fields().size() != header.width()) {
          problems.add(row.line(), null, "This line has " + row.fields().size() + " values but"
              + " the header has " + header.width() + " columns. Check for a missing or extra"
              + " comma; put values that contain a comma in quote marks.");
          continue;
        }
        NewPerson person = person(row);
        if (person != null) {
          valid.add(person);
        }
      }
      return valid;
    }

    /** The person on this line, or null (with the problems recorded) if anything is wrong. */
    private NewPerson person(CsvFile.Row row) {
      int before = problems.list().size();
      int line = row.line();
      PersonKind kind = kind(line, get(row, Column.KIND));
      String given = name(line, Column.GIVEN_NAME, get(row, Column.GIVEN_NAME));
      String family = name(line, Column.FAMILY_NAME, get(row, Column.FAMILY_NAME));
      String email = email(line, get(row, Column.EMAIL));
      String username = username(line, get(row, Column.USERNAME));
      LocalDate born = dateOfBirth(line, kind, get(row, Column.DATE_OF_BIRTH));
      Unit unit = unit(line, Column.UNIT.header(), get(row, Column.UNIT), "");
      List<RoleGrant> roles = roles(line, kind, get(row, Column.ROLES));
      if (problems.list().size() > before || kind == null || unit == null) {
        return null;
      }
      return new NewPerson(kind, given, family, email, username, born, unit.id(), roles);
    }

    private Set<String> values(List<CsvFile.Row> rows, ImportColumn column) {
      return rows.stream().map(r -> get(r, column).toLowerCase(Locale.ROOT))
          .filter(v -> !v.isEmpty()).collect(Collectors.toSet());
    }

    /**
     * Which of these values (lower case) someone in Steward already has. A few queries for the
     * whole file rather than one per line: People.findByEmail scans the table (lower() is not
     * indexed), which made a 10,000-line file against 10,000 people take minutes.
     */
    private Set<String> taken(String column, Set<String> values) {
      Set<String> taken = new HashSet<>();
      List<String> all = List.copyOf(values);
      for (int i = 0; i < all.size(); i += LOOKUP_BATCH) {
        taken.addAll(jdbc.sql("select lower(" + column + ") from people where lower(" + column
                + ") in (:values)")
            .param("values", all.subList(i, Math.min(all.size(), i + LOOKUP_BATCH)))
            .query(String.class).list());
      }
      return taken;
    }

    private String get(CsvFile.Row row, ImportColumn column) {
      return header.value(row, column);
    }

    private PersonKind kind(int line, String value) {
      if (value.isEmpty()) {
        problems.add(line, Column.KIND.header(), "Enter the kind of person: staff, learner or external.");
        return null;
      }
      Optional<PersonKind> kind = PersonKind.fromCode(value);
      if (kind.isEmpty()) {
        problems.add(line, Column.KIND.header(), "The kind must be staff, learner or external, not \u2018"
            + shorten(value) + "\u2019.");
      }
      return kind.orElse(null);
    }

    private String name(int line, ImportColumn column, String value) {
      String label = column == Column.GIVEN_NAME ? "given name" : "family name";
      if (value.isEmpty()) {
        problems.add(line, column.header(), "Enter a " + label + ".");
      } else if (value.length() > 100) {
        problems.add(line, column.header(), "The " + label + " must be 100 characters or fewer.");
      } else if (!org.steward.app.web.PlainText.isOneLine(value)) {
        problems.add(line, column.header(), "The " + label + " must be one line of plain text: no"
            + " line breaks, control characters or characters that change the text direction.");
      }
      return value;
    }

    private String email(int line, String value) {
      String field = Column.EMAIL.header();
      if (value.isEmpty()) {
        problems.add(line, field, "Enter an email address.");
      } else if (value.length() > 254) {
        problems.add(line, field, "The email address must be 254 characters or fewer.");
      } else if (!EMAIL.matcher(value).matches()) {
        problems.add(line, field,
            "Enter an email address in the correct format, like name@example.ac.uk.");
      } else {
        unique(line, field, "email address", value, emailLines, takenEmails);
      }
      return value;
    }

    private String username(int line, String value) {
      String field = Column.USERNAME.header();
      if (value.isEmpty()) {
        problems.add(line, field, "Enter a username.");
      } else if (value.length() > 100) {
        problems.add(line, field, "The username must be 100 characters or fewer.");
      } else if (!USERNAME.matcher(value).matches()) {
        problems.add(line, field, "The username can only contain letters, numbers, full stops,"
            + " hyphens, underscores and @.");
      } else {
        unique(line, field, "username", value, usernameLines, takenUsernames);
      }
      return value;
    }

    /** Usernames and email addresses are unique ignoring case, in the file and in Steward. */
    private void unique(int line, String field, String label, String value,
        Map<String, Integer> seen, Set<String> taken) {
      String key = value.toLowerCase(Locale.ROOT);
      Integer earlier = seen.putIfAbsent(key, line);
      if (earlier != null) {
        problems.add(line, field, "This " + label + " is also on line " + earlier
            + ". Each person needs their own.");
      } else if (taken.contains(key)) {
        problems.add(line, field, "Someone in Steward already has this " + label + ".");
      }
    }

    private LocalDate dateOfBirth(int line, PersonKind kind, String value) {
      String field = Column.DATE_OF_BIRTH.header();
      if (value.isEmpty()) {
        if (kind == PersonKind.LEARNER) {
          problems.add(line, field, "Enter the learner's date of birth, like 2009-09-01, so"
              + " Steward knows whether they are under 18.");
        }
        return null;
      }
      LocalDate born;
      try {
        born = LocalDate.parse(value); // ISO yyyy-mm-dd, and a real date: 2009-02-30 fails
      } catch (DateTimeParseException e) {
        problems.add(line, field, "The date of birth must be a real date written year-month-day,"
            + " like 2009-09-01.");
        return null;
      }
      if (born.isAfter(today)) {
        problems.add(line, field, "The date of birth must be in the past.");
      } else if (Period.between(born, today).getYears() >= MAX_AGE) {
        problems.add(line, field, "Check the date of birth: it makes this person " + MAX_AGE
            + " or older.");
      } else if (kind == PersonKind.LEARNER
          && Period.between(born, today).getYears() < MIN_LEARNER_AGE) {
        problems.add(line, field, "Check the date of birth: it makes this learner younger than "
            + MIN_LEARNER_AGE + ".");
      }
      return born;
    }

    private Unit unit(int line, String field, String code, String forWhat) {
      if (code.isEmpty()) {
        problems.add(line, field, "Enter the code of the unit" + forWhat + ", like CANDI-CREATIVE.");
        return null;
      }
      Unit unit = unitsByCode.get(code.toLowerCase(Locale.ROOT));
      if (unit == null) {
        problems.add(line, field, "There is no unit with the code \u2018" + shorten(code) + "\u2019"
            + forWhat + ". Unit codes are on the Organisation page.");
      }
      return unit;
    }

    /**
     * Role rules: learners hold only the learner role (no staff powers for learners), and only
     * learners hold it. External people may hold the other roles, such as an agency's marketing.
     * Empty means the usual role for the kind. Repeated roles count once.
     */
    private List<RoleGrant> roles(int line, PersonKind kind, String value) {
      String field = Column.ROLES.header();
      Set<RoleGrant> grants = new LinkedHashSet<>();
      for (String part : value.split(";")) {
        String text = part.strip();
        if (text.isEmpty()) {
          continue;
        }
        int at = text.indexOf('@');
        String code = at < 0 ? text : text.substring(0, at).strip();
        Optional<Role> role = Role.fromCode(code);
        if (role.isEmpty()) {
          problems.add(line, field, "There is no role \u2018" + shorten(code) + "\u2019. The roles are: "
              + Arrays.stream(Role.values()).map(Role::code).collect(Collectors.joining(", ")) + ".");
          continue;
        }
        Role r = role.get();
        if (r.scoped() && at < 0) {
          problems.add(line, field, r.code() + " needs the code of the unit it leads: write "
              + r.code() + "@UNITCODE.");
          continue;
        }
        if (!r.scoped() && at >= 0) {
          problems.add(line, field, r.code() + " applies to the whole organisation, not one unit:"
              + " remove \u2018" + shorten(text.substring(at)) + "\u2019.");
          continue;
        }
        Long unitId = null;
        if (r.scoped()) {
          Unit unit = unit(line, field, text.substring(at + 1).strip(), " for " + r.code());
          if (unit == null) {
            continue;
          }
          unitId = unit.id();
        }
        if (kind == PersonKind.LEARNER && r != Role.LEARNER) {
          problems.add(line, field, "A learner cannot hold the role " + r.code()
              + ". Learners hold only the learner role.");
          continue;
        }
        if (kind != null && kind != PersonKind.LEARNER && r == Role.LEARNER) {
          problems.add(line, field, "Only learners hold the learner role. Set the kind to"
              + " learner or remove the role.");
          continue;
        }
        grants.add(new RoleGrant(r, unitId));
      }
      if (value.replace(";", "").isBlank() && kind != null) {
        switch (kind) {
          case STAFF -> grants.add(RoleGrant.of(Role.STAFF));
          case LEARNER -> grants.add(RoleGrant.of(Role.LEARNER));
          case EXTERNAL -> { } // external people hold no role unless the file gives one
        }
      }
      return List.copyOf(grants);
    }
  }

  /** Echoes a value in a message without letting a long value swamp it. */
  private static String shorten(String value) {
    return value.length() <= 40 ? value : value.substring(0, 37) + "\u2026";
  }
}
