package org.steward.app.privacy;

import java.time.Instant;
import java.util.List;
import org.steward.app.identity.PersonalRecord;

/**
 * Everything Steward holds about one person (Art. 15), feature by feature, as the page, the HTML
 * file and the JSON show it.
 */
public record SubjectExport(long personId, String name, Instant generatedAt, List<Section> sections) {
  /** One feature's records. */
  public record Section(String feature, List<PersonalRecord> records) {}

  public int recordCount() {
    return sections.stream().mapToInt(s -> s.records().size()).sum();
  }
}
