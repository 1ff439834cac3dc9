package org.steward.app.audit;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.steward.app.web.FieldProblem;
import org.steward.app.web.InvalidInput;
import org.steward.app.web.Page;

/**
 * The readable audit trail (issue #14): entries with the names of the people who acted, a
 * plain label for each action and a link to each record whose feature has a page for it, filtered
 * by who, what, which record and when. Names come from {@link AuditVocabulary} beans; the trail
 * keeps ids only.
 */
@Service
public class AuditReading {
  /** An object id that may go into a link as it is: a number, or a code such as a pack id (cccg-policy). */
  static final java.util.regex.Pattern LINKABLE = java.util.regex.Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,99}");

  private final AuditEntries entries;
  private final List<AuditVocabulary> vocabularies;

  AuditReading(AuditEntries entries, List<AuditVocabulary> vocabularies) {
    this.entries = entries;
    this.vocabularies = List.copyOf(vocabularies);
  }

  /** One entry as people read it. */
  public record Row(AuditEntry entry, String who, String whoLink, String what, String record, String recordLink) {}

  /** The filter as typed on the page. */
  public record Query(String who, String action, String type, String object, String from, String to) {
    public static final Query NONE = new Query("", "", "", "", "", "");
  }

  /**
   * Turns what was typed into a filter.
   *
   * @throws InvalidInput naming an unknown person or a date that is not one
   */
  public AuditFilter filter(Query q) {
    List<FieldProblem> problems = new ArrayList<>();
    Long actor = null;
    if (q.who() != null && !q.who().isBlank()) {
      actor = vocabularies.stream().map(v -> v.personCalled(q.who().strip())).flatMap(Optional::stream).findFirst().orElse(null);
      if (actor == null) {
        problems.add(new FieldProblem("who", "There is nobody with that username or e-mail address"));
      }
    }
    LocalDate from = date(q.from(), "from", problems);
    LocalDate to = date(q.to(), "to", problems);
    if (from != null && to != null && to.isBefore(from)) {
      problems.add(new FieldProblem("to", "The last day must be the same as or after the first day"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInput(problems);
    }
    return new AuditFilter(actor, q.action(), q.type(), q.object(), from, to);
  }

  @Transactional(readOnly = true)
  public Page<Row> page(AuditFilter filter, int page, int size) {
    Page<AuditEntry> p = entries.search(filter, page, size);
    return new Page<>(rows(p.items()), p.page(), p.size(), p.total());
  }

  List<String> objectTypes() {
    return entries.objectTypes();
  }

  List<Row> rows(List<AuditEntry> list) {
    Set<Long> ids = list.stream().map(AuditEntry::actorId).filter(java.util.Objects::nonNull).collect(Collectors.toSet());
    list.stream().filter(e -> e.objectType().equals("person") && e.objectId().matches("\\d{1,18}"))
        .forEach(e -> ids.add(Long.parseLong(e.objectId())));
    Map<Long, String> names = new HashMap<>();
    Map<String, String> links = new HashMap<>();
    for (AuditVocabulary v : vocabularies) {
      names.putAll(v.names(ids));
      links.putAll(v.links());
    }
    List<Row> out = new ArrayList<>();
    for (AuditEntry e : list) {
      String who = e.actorId() == null ? "Steward (system)" : names.getOrDefault(e.actorId(), "Person " + e.actorId());
      String whoLink = e.actorId() == null ? null : links.getOrDefault("person", "").replace("{id}", e.actorId().toString());
      String template = links.get(e.objectType());
      String record = label(e.objectType()) + " " + e.objectId();
      if (e.objectType().equals("person") && e.objectId().matches("\\d{1,18}")) {
        record = names.containsKey(Long.parseLong(e.objectId())) ? names.get(Long.parseLong(e.objectId())) : record;
      }
      out.add(new Row(e, who, whoLink == null || whoLink.isEmpty() ? null : whoLink, label(e.action()), record,
          template == null || !LINKABLE.matcher(e.objectId()).matches() ? null : template.replace("{id}", e.objectId())));
    }
    return out;
  }

  /** {@code account.manager-removed} → "Account manager removed". */
  static String label(String code) {
    String s = code.replace('.', ' ').replace('-', ' ');
    return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
  }

  private static LocalDate date(String value, String field, List<FieldProblem> problems) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      problems.add(new FieldProblem(field, "Enter a date, for example 2026-12-01"));
      return null;
    }
  }
}
