package org.steward.app.posts;

import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.steward.app.accounts.AccountPosting.PostingAccount;
import org.steward.app.audit.AuditTrail;
import org.steward.app.connectors.RemotePost;
import org.steward.app.connectors.imports.ArchiveImportException;
import org.steward.app.connectors.imports.ArchiveImports;
import org.steward.app.identity.Actor;
import org.steward.app.web.FieldProblem;
import org.steward.app.web.InvalidInput;
import org.steward.app.web.NotFound;

/**
 * Imports of platform archives into the archive: an X archive's {@code tweets.js}, a Mastodon
 * {@code outbox.json}, a Bluesky repository export. All or nothing: a broken file is reported with
 * where it broke and imports nothing; posts already in the archive are not imported twice. Each
 * imported post is checked and feeds the account's activity figures.
 */
@Service
public class PostImports {
  private final ArchiveImports imports;
  private final PostArchive archive;
  private final PostGuards guards;
  private final AuditTrail audit;
  private final Clock clock;

  PostImports(ArchiveImports imports, PostArchive archive, PostGuards guards, AuditTrail audit, Clock clock) {
    this.imports = imports;
    this.archive = archive;
    this.guards = guards;
    this.audit = audit;
    this.clock = clock;
  }

  /** The archive formats, as the form and the API name them. */
  public enum Format {
    X("x", "X (Twitter) archive: data/tweets.js"),
    MASTODON("mastodon", "Mastodon export: outbox.json"),
    BLUESKY("bluesky", "Bluesky repository export (.car)");

    final String code;
    final String label;

    Format(String code, String label) {
      this.code = code;
      this.label = label;
    }

    public String code() {
      return code;
    }

    public String label() {
      return label;
    }

    static Format of(String code) {
      for (Format f : values()) {
        if (f.code.equalsIgnoreCase(code == null ? "" : code.strip())) {
          return f;
        }
      }
      return null;
    }
  }

  /** What an import did. */
  public record Result(int read, int imported, int alreadyThere) {}

  /**
   * Imports the archive into the account's archive.
   *
   * @throws InvalidInput naming the account, the format or where the file broke (nothing imported)
   */
  @Transactional
  public Result importArchive(Actor actor, Long accountId, String format, InputStream file) {
    List<FieldProblem> problems = new java.util.ArrayList<>();
    PostingAccount account = null;
    if (accountId == null) {
      problems.add(new FieldProblem("account", "Choose the account the archive belongs to."));
    } else {
      try {
        account = guards.account(accountId);
      } catch (NotFound e) {
        problems.add(new FieldProblem("account", "There is no account " + accountId + "."));
      }
    }
    Format f = Format.of(format);
    if (f == null) {
      problems.add(new FieldProblem("format", "Choose the kind of archive: x, mastodon or bluesky."));
    }
    if (file == null) {
      problems.add(new FieldProblem("file", "Choose the archive file."));
    }
    if (account != null && !PostGuards.marketing(actor) && !actor.isSystem()
        && !(account.managers().contains(actor.personId()))) {
      throw guards.refuse(actor, 0, "import archive", "Only the account's staff managers and marketing import"
          + " its archive.");
    }
    if (!problems.isEmpty()) {
      throw new InvalidInput(problems);
    }
    List<RemotePost> read;
    try {
      String handle = account.handle().startsWith("@") ? account.handle().substring(1) : account.handle();
      read = switch (f) {
        case X -> imports.twitterArchive(file, handle);
        case MASTODON -> imports.mastodonOutbox(file);
        case BLUESKY -> imports.blueskyRepository(file, handle);
      };
    } catch (ArchiveImportException e) {
      throw new InvalidInput(List.of(new FieldProblem("file", e.getMessage())), "The archive was not imported",
          "The file is broken " + (e.where() == null ? "" : "at " + e.where()) + ". Nothing was imported.");
    }
    Instant now = clock.instant();
    int imported = 0;
    for (RemotePost r : read) {
      if (archive.keep(account, r, "import", now) > 0) {
        imported++;
      }
    }
    audit.record(actor, "post.archive-imported", "account", Long.toString(account.id()),
        f.code + ": " + imported + " of " + read.size() + " posts");
    return new Result(read.size(), imported, read.size() - imported);
  }

  static String lower(String s) {
    return s == null ? "" : s.toLowerCase(Locale.ROOT);
  }
}
