package org.steward.app.accounts;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
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
import org.steward.app.audit.RefusalAudit;
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
  public enum Column {
    PLATFORM("platform", true, "facebook, instagram, linkedin, x, tiktok, youtube, … (see the list)"),
    HANDLE("handle", true, "the account's handle or name on the platform, like @CandiCreative"),
    NAME("name", true, "what people call the account"),
    UNIT("unit", true, "the code of the school, department or service"),
    PURPOSE("purpose", true, "what the account is for"),
    AUDIENCE("audience", true, "who it is for, like prospective learners"),
    VISIBILITY("visibility", true, "public, private or closed-group"),
    TEACHING_GROUP("teaching_group", false, "yes for a teaching group (must then be private or closed-group)"),
    URL("url", false, "the web address, starting with https://"),
    MANAGERS("managers", false, "usernames or e-mails of the people who run it, separated by ;"),
    LAST_POST("last_post", false, "date of the last post, yyyy-mm-dd"),
    STATUS("status", false, "active (the default) or dormant");

    private final String header;
    private final boolean required;
    private final String description;

    Column(String header, boolean required, String description) {
      this.header = header;
      this.required = required;
      this.description = description;
    }

    public String header() {
      return header;
    }

    public boolean required() {
      return required;
    }

    public String description() {
      return description;
    }
  }

  /** One line-numbered problem (line 1 is the header). */
  public record Problem(Integer line, String field, String message) {
    public String where() {
      if (line == null) {
        return "The file";
      }
      return field == null ? "Line " + line : "Line " + line + ", " + field;
    }
  }

  public record Result(int imported, List<Problem> problems) {
    public boolean accepted() {
      return problems.isEmpty();
    }
  }

  private final AccountService service;
  private final AccountDirectory directory;
  private final AuditTrail audit;
  private final RefusalAudit refusals;

  AccountImport(AccountService service, AccountDirectory directory, AuditTrail audit,
      RefusalAudit refusals) {
    this.service = service;
    this.directory = directory;
    this.audit = audit;
    this.refusals = refusals;
  }

  private record Row(int line, NewAccount account, List<Long> managers, Instant lastPost,
      boolean dormant) {}

  @Transactional
  public Result importCsv(Actor actor, byte[] bytes) {
    if (!actor.isSystem() && (actor.holds(Role.LEARNER)
        || !actor.holdsAny(Role.MARKETING, Role.HEAD_OF_DIGITAL_MARKETING))) {
      throw refuse(actor, "import accounts", 0, "Only the marketing team can import accounts.");
    }
    List<Problem> problems = new ArrayList<>();
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      return new Result(0, List.of(new Problem(null, null, "The file is not UTF-8 text. Save it as"
          + " CSV UTF-8 and upload it again.")));
    }
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    int control = org.steward.app.web.PlainText.firstControlCharacterLine(text);
    if (control > 0) {
      return new Result(0, List.of(new Problem(control, null, "Line " + control + " contains a"
          + " control character (such as NUL), so the file is not plain CSV text. Save it as CSV"
          + " UTF-8 and upload it again. Nothing was imported.")));
    }
    List<List<String>> records;
    try {
      records = Csv.parse(text);
    } catch (IllegalArgumentException e) {
      return new Result(0, List.of(new Problem(null, null, e.getMessage())));
    }
    if (records.isEmpty() || records.get(0).stream().allMatch(String::isBlank)) {
      return new Result(0, List.of(new Problem(null, null, "The file is empty. The first line must"
          + " name the columns.")));
    }
    Map<Column, Integer> index = new HashMap<>();
    List<String> header = records.get(0);
    for (int i = 0; i < header.size(); i++) {
      String h = header.get(i).trim().toLowerCase(Locale.ROOT);
      for (Column c : Column.values()) {
        if (c.header.equals(h)) {
          index.put(c, i);
        }
      }
    }
    for (Column c : Column.values()) {
      if (c.required && !index.containsKey(c)) {
        problems.add(new Problem(1, c.header, "The column " + c.header + " is missing."));
      }
    }
    if (!problems.isEmpty()) {
      return new Result(0, problems);
    }
    if (records.size() - 1 > MAX_ROWS) {
      return new Result(0, List.of(new Problem(null, null, "The file has more than " + MAX_ROWS
          + " accounts. Split it into smaller files.")));
    }
    List<Row> rows = new ArrayList<>();
    Set<String> handlesInFile = new HashSet<>();
    for (int r = 1; r < records.size(); r++) {
      List<String> rec = records.get(r);
      int line = r + 1;
      if (rec.stream().allMatch(String::isBlank)) {
        continue;
      }
      List<Problem> lp = new ArrayList<>();
      Platform platform = Platform.fromCode(cell(rec, index, Column.PLATFORM)).orElse(null);
      if (platform == null) {
        lp.add(new Problem(line, "platform", "Use one of the platform codes in the list."));
      }
      Unit unit = directory.unitByCode(cell(rec, index, Column.UNIT)).orElse(null);
      if (unit == null) {
        lp.add(new Problem(line, "unit", "There is no unit with the code '"
            + cell(rec, index, Column.UNIT) + "'."));
      }
      String vis = cell(rec, index, Column.VISIBILITY);
      Visibility visibility = Visibility.fromCode(vis).orElse(null);
      if (visibility == null) {
        lp.add(new Problem(line, "visibility", "Use public, private or closed-group."));
      }
      String tg = cell(rec, index, Column.TEACHING_GROUP).toLowerCase(Locale.ROOT);
      if (!tg.isEmpty() && !Set.of("yes", "no", "true", "false", "y", "n").contains(tg)) {
        lp.add(new Problem(line, "teaching_group", "Use yes or no."));
      }
      boolean teaching = Set.of("yes", "true", "y").contains(tg);
      String st = cell(rec, index, Column.STATUS).toLowerCase(Locale.ROOT);
      AccountStatus status = st.isEmpty() ? AccountStatus.ACTIVE
          : "active".equals(st) ? AccountStatus.ACTIVE : "dormant".equals(st) ? AccountStatus.DORMANT : null;
      if (status == null) {
        lp.add(new Problem(line, "status", "Use active or dormant."));
      }
      Instant lastPost = null;
      String lastPostText = cell(rec, index, Column.LAST_POST);
      if (!lastPostText.isEmpty()) {
        try {
          lastPost = LocalDate.parse(lastPostText).atTime(12, 0).atZone(ZoneId.of("Europe/London")).toInstant();
        } catch (DateTimeParseException e) {
          lp.add(new Problem(line, "last_post", "Write the date as yyyy-mm-dd, like 2026-09-30."));
        }
      }
      List<Long> managers = new ArrayList<>();
      for (String m : cell(rec, index, Column.MANAGERS).split(";")) {
        if (m.isBlank()) {
          continue;
        }
        Person p = directory.find(m.trim()).orElse(null);
        if (p == null) {
          lp.add(new Problem(line, "managers", "There is nobody with the username or e-mail '"
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
      for (AccountProblem p : service.validate(n, true)) {
        boolean reported = ("unit".equals(p.field()) && unit == null)
            || ("platform".equals(p.field()) && platform == null)
            || ("visibility".equals(p.field()) && visibility == null);
        if (!reported) {
          lp.add(new Problem(line, column(p.field()), p.message()));
        }
      }
      if (platform != null && !n.handle().isBlank()
          && !handlesInFile.add(platform.code() + "|" + Account.handleKey(n.handle()))) {
        lp.add(new Problem(line, "handle", "This handle appears twice in the file for "
            + platform.label() + "."));
      }
      problems.addAll(lp);
      if (lp.isEmpty()) {
        rows.add(new Row(line, n, managers, lastPost, status == AccountStatus.DORMANT));
      }
    }
    if (!problems.isEmpty()) {
      return new Result(0, problems);
    }
    if (rows.isEmpty()) {
      return new Result(0, List.of(new Problem(null, null, "The file has no accounts after the"
          + " header line.")));
    }
    for (Row row : rows) {
      long id = service.insertExisting(row.account(), actor.isSystem() ? firstAdmin() : actor.personId(),
          row.managers(), row.lastPost(), row.dormant());
      audit.record(actor, "account.imported", "account", Long.toString(id), null);
    }
    return new Result(rows.size(), List.of());
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

  private static String cell(List<String> rec, Map<Column, Integer> index, Column c) {
    Integer i = index.get(c);
    return i == null || i >= rec.size() ? "" : rec.get(i).trim();
  }

  private static String emptyToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }

  /** The smallest RFC 4180 reader that does the job: quotes, doubled quotes, CRLF or LF. */
  static final class Csv {
    private Csv() {}

    static List<List<String>> parse(String text) {
      List<List<String>> out = new ArrayList<>();
      List<String> row = new ArrayList<>();
      StringBuilder cell = new StringBuilder();
      boolean quoted = false;
      boolean any = false;
      for (int i = 0; i < text.length(); i++) {
        char ch = text.charAt(i);
        any = true;
        if (quoted) {
          if (ch == '"') {
            if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
              cell.append('"');
              i++;
            } else {
              quoted = false;
            }
          } else {
            cell.append(ch);
          }
        } else if (ch == '"' && cell.length() == 0) {
          quoted = true;
        } else if (ch == ',') {
          row.add(cell.toString());
          cell.setLength(0);
        } else if (ch == '\n' || ch == '\r') {
          if (ch == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
            i++;
          }
          row.add(cell.toString());
          cell.setLength(0);
          out.add(row);
          row = new ArrayList<>();
          any = false;
        } else {
          cell.append(ch);
        }
      }
      if (quoted) {
        throw new IllegalArgumentException("A quoted value is not closed: check the quote marks.");
      }
      if (any) {
        row.add(cell.toString());
        out.add(row);
      }
      return out;
    }
  }

  /** Records the refusal (in its own transaction) and returns the 403 to throw. */
  private org.steward.app.security.AuditedRefusal refuse(Actor actor, String attempted, long id,
      String why) {
    return refusals.refuse(actor, "account", "account", Long.toString(id), attempted, why);
  }
}
