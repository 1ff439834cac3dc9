package org.steward.app.cases;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import org.steward.engine.Finding;

/**
 * What was seen when a case was opened from a finding, a post or an inbox item: the text as it
 * was (the snapshot), where it was ({@code where}: "check", "post 12", "inbox item 4"), its address
 * on the platform, the SHA-256 of the snapshot and the findings at that moment. Captured once; a
 * later edit or deletion on the platform does not change it.
 */
public record Evidence(String text, String where, String platformUrl, String snapshotSha256,
    Instant capturedAt, List<EvidenceFinding> findings) {
  public Evidence {
    text = text == null ? "" : text;
    where = where == null ? "" : where;
    platformUrl = platformUrl == null ? "" : platformUrl;
    findings = findings == null ? List.of() : List.copyOf(findings);
  }

  /** Captures the evidence now: the snapshot's hash is computed here, from the text itself. */
  public static Evidence capture(String text, String where, String platformUrl, List<Finding> findings,
      Instant now) {
    return new Evidence(text, where, platformUrl, sha256(text == null ? "" : text), now,
        findings == null ? List.of() : findings.stream().map(EvidenceFinding::of).toList());
  }

  /**
   * Captures the evidence now from a record whose findings were stored with it (a post, an inbox
   * item): the hash is computed here, from the text itself.
   */
  public static Evidence of(String text, String where, String platformUrl, List<EvidenceFinding> findings,
      Instant now) {
    return new Evidence(text, where, platformUrl, sha256(text == null ? "" : text), now, findings);
  }

  /** Whether the snapshot still has the hash recorded when it was captured. */
  public boolean intact() {
    return sha256(text).equals(snapshotSha256);
  }

  static String sha256(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
          .digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** One finding as it was when the evidence was captured. */
  public record EvidenceFinding(String rule, String clause, String category, String action, int start,
      int end, String evidence, String message, double score) {
    public static EvidenceFinding of(Finding f) {
      return new EvidenceFinding(f.rule(), f.clause(), f.category(), f.severity().id(), f.start(), f.end(),
          f.evidence(), f.message(), f.score());
    }
  }
}
