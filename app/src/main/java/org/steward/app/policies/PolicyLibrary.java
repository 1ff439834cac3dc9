package org.steward.app.policies;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.steward.app.audit.AuditTrail;
import org.steward.app.identity.Actor;
import org.steward.app.notifications.Notifications;
import org.steward.app.web.FieldProblem;
import org.steward.engine.pack.PolicyPack;
import org.steward.engine.pack.PolicyPacks;

/**
 * The policy files read at start-up: the packs shipped with Steward, then every {@code *.yaml} in
 * {@code STEWARD_POLICY_DIR}, in file-name order. A file that reads is registered as a version and
 * is in force from then on (a pack's first version from its approval date); when the institution
 * has published an upload of that pack since, a file's new version waits as a draft instead. A file
 * with problems is not enforced: every problem (file, line, field) goes to the log and to the
 * policies page, and Steward starts all the same. The first step of start-up (before demo data).
 */
@Component
@Order(0)
class PolicyLibrary implements ApplicationRunner {
  private static final Logger log = LoggerFactory.getLogger(PolicyLibrary.class);

  /** A file that is not enforced, with every problem found in it. */
  record FileProblems(String file, List<FieldProblem> problems) {}

  private final PackReader reader;
  private final PolicyVersions versions;
  private final PolicyPublishing publishing;
  private final AuditTrail audit;
  private final Notifications notifications;
  private final TransactionTemplate tx;
  private final Clock clock;
  private final String directory;
  private volatile List<FileProblems> broken = List.of();

  PolicyLibrary(PackReader reader, PolicyVersions versions, PolicyPublishing publishing, AuditTrail audit,
      Notifications notifications, PlatformTransactionManager transactions, Clock clock,
      @Value("${steward.policies.directory:}") String directory) {
    this.reader = reader;
    this.versions = versions;
    this.publishing = publishing;
    this.audit = audit;
    this.notifications = notifications;
    this.tx = new TransactionTemplate(transactions);
    this.clock = clock;
    this.directory = directory == null ? "" : directory.strip();
  }

  @Override
  public void run(ApplicationArguments args) {
    load();
  }

  /** The files read at start-up that are not enforced, with their problems. */
  List<FileProblems> broken() {
    return broken;
  }

  /** The policy folder, if one is configured. */
  Optional<String> directory() {
    return directory.isEmpty() ? Optional.empty() : Optional.of(directory);
  }

  void load() {
    List<FileProblems> out = new ArrayList<>();
    for (PolicyPacks.Source s : PolicyPacks.shippedSources()) {
      take(PolicyVersion.Source.SHIPPED, s.name(), s.yaml(), out);
    }
    if (!directory.isEmpty()) {
      Path dir = Path.of(directory);
      if (!Files.isDirectory(dir)) {
        out.add(new FileProblems(directory, List.of(new FieldProblem(null,
            "STEWARD_POLICY_DIR names " + directory + ", which is not a folder Steward can read."))));
      } else {
        List<Path> files;
        try (Stream<Path> list = Files.list(dir)) {
          files = list.filter(p -> p.getFileName().toString().endsWith(".yaml") && Files.isRegularFile(p)).sorted().toList();
        } catch (IOException e) {
          files = List.of();
          out.add(new FileProblems(directory, List.of(new FieldProblem(null, "The folder could not be read: " + e.getMessage()))));
        }
        for (Path file : files) {
          String name = file.getFileName().toString();
          try {
            if (Files.size(file) > PolicyPublishing.MAX_BYTES) {
              out.add(new FileProblems(name, List.of(new FieldProblem("file", "The file is larger than 1 MB: a policy pack is much smaller."))));
              continue;
            }
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(Files.readAllBytes(file))).toString();
            take(PolicyVersion.Source.DIRECTORY, name, text, out);
          } catch (CharacterCodingException e) {
            out.add(new FileProblems(name, List.of(new FieldProblem("file", "The file is not UTF-8 text."))));
          } catch (IOException e) {
            out.add(new FileProblems(name, List.of(new FieldProblem("file", "The file could not be read: " + e.getMessage()))));
          }
        }
      }
    }
    for (FileProblems f : out) {
      log.warn("Policy file {} is not enforced ({} problem(s)):", f.file(), f.problems().size());
      f.problems().forEach(p -> log.warn("  {}:{}: {}{}", f.file(), p.line() == null ? 0 : p.line(),
          p.field() == null ? "" : p.field() + ": ", p.message()));
    }
    broken = List.copyOf(out);
  }

  private void take(PolicyVersion.Source source, String name, String yaml, List<FileProblems> out) {
    PackReader.Read read = reader.read(yaml, name);
    if (!read.ok()) {
      out.add(new FileProblems(name, read.problems()));
      return;
    }
    String conflict = tx.execute(s -> register(source, name, yaml, read.pack()));
    if (conflict != null) {
      out.add(new FileProblems(name, List.of(FieldProblem.onLine(PolicyPublishing.lineOf(yaml, "version:"), "version", conflict))));
    }
  }

  /** Registers the file's version; returns a problem, or null. */
  private String register(PolicyVersion.Source source, String name, String yaml, PolicyPack pack) {
    versions.lockState();
    String sha = PolicyPublishing.sha256(yaml);
    Optional<PolicyVersion> existing = versions.find(pack.id(), pack.version());
    Instant now = clock.instant();
    if (existing.isPresent()) {
      PolicyVersion e = existing.get();
      if (e.sha256().equals(sha)) {
        return null;
      }
      if (e.source() == PolicyVersion.Source.SHIPPED && source == PolicyVersion.Source.SHIPPED) {
        // A Steward release corrected its own file without a new version: the shipped text is Steward's.
        versions.replaceSource(e.id(), pack.title(), yaml, sha);
        audit.record(Actor.SYSTEM, "policy.shipped-corrected", "policy-version", Long.toString(e.id()), name);
        versions.bump();
        return null;
      }
      return "Version " + pack.version() + " of " + pack.id() + " is already in Steward with other content ("
          + e.source().label().toLowerCase() + "). Give the changed file a new version number.";
    }
    long id = versions.insert(pack.id(), pack.version(), pack.title(), source, name, yaml, sha, null, now);
    audit.record(Actor.SYSTEM, "policy.loaded", "policy-version", Long.toString(id), name);
    versions.bump();
    Optional<PolicyVersion> current = publishing.inForce(pack.id(), now);
    PolicyVersion v = versions.find(id).orElseThrow();
    if (current.isPresent() && current.get().source() == PolicyVersion.Source.UPLOAD) {
      notifications.notify(publishing.ownersOf(pack.id()), "A policy file brings version " + pack.version() + " of "
          + pack.title() + ": compare it and publish it if it should be in force", "/policies/" + pack.id() + "/versions/" + id);
      return null;
    }
    Instant approved = pack.metadata().approvedOn().atStartOfDay(ZoneOffset.UTC).toInstant();
    Instant from = current.isEmpty() && approved.isBefore(now) ? approved : now;
    publishing.publish(Actor.SYSTEM, v, from, "Loaded at start-up from " + name);
    return null;
  }
}
