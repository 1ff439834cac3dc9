package org.steward.app.posts;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.steward.app.StewardApplication;
import org.steward.app.checks.CheckRequest;
import org.steward.app.checks.CheckService;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The archive re-scan benchmark (docs/benchmarks.md, "Archive re-scan"): not a test. Starts Steward
 * on the embedded H2 with the demo data, writes N published posts (the texts of a JSON-lines corpus,
 * e.g. the one {@code ScanThroughput} writes) to one demo account, then times (1) the plain check of
 * the same texts through {@code CheckService} in this JVM, no database, and (2) the re-scan of the
 * whole archive as a new pack version triggers it (batches of 500, each read, checked, stored and
 * committed). Run:
 * {@code java -Xms1g -Xmx1g -cp app/target/test-classes:app/target/classes:$(cat app/target/cp.txt)
 * org.steward.app.posts.ArchiveRescanBenchmark /tmp/corpus.jsonl 100000}
 */
public final class ArchiveRescanBenchmark {
  private ArchiveRescanBenchmark() {}

  public static void main(String[] args) throws IOException {
    Path corpus = Path.of(args[0]);
    int n = Integer.parseInt(args[1]);
    JsonMapper json = JsonMapper.builder().build();
    List<String> texts = new ArrayList<>(n);
    try (var lines = Files.lines(corpus)) {
      lines.limit(n).forEach(l -> {
        JsonNode node = json.readTree(l);
        String t = node.get("text").asString();
        texts.add(t.length() > PostInput.MAX_TEXT ? t.substring(0, PostInput.MAX_TEXT) : t);
      });
    }
    // System properties, so that they win over the application's own files.
    Map.of("steward.demo-data", "true", "db-scheduler.enabled", "false",
        "steward.vault.master-key", "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=",
        "logging.level.root", "WARN").forEach(System::setProperty);
    try (ConfigurableApplicationContext ctx = new SpringApplicationBuilder(StewardApplication.class).run()) {
      JdbcTemplate jdbc = ctx.getBean(JdbcTemplate.class);
      long account = jdbc.queryForObject("select id from accounts where handle = '@CandiCreativeTok'", Long.class);
      Timestamp now = Timestamp.from(Instant.now());
      long t0 = System.nanoTime();
      List<Object[]> rows = new ArrayList<>();
      for (int i = 0; i < texts.size(); i++) {
        rows.add(new Object[] {account, texts.get(i), "bench-" + i, now, now, now, now});
        if (rows.size() == 5000 || i == texts.size() - 1) {
          jdbc.batchUpdate("insert into posts (account_id, text, state, origin, verdict, findings, pack_id, checked_at,"
              + " platform_id, published_at, publish_verdict, created_at, updated_at) values (?, ?, 'published', 'import',"
              + " 'pass', '[]', 'cccg-policy', ?, ?, ?, 'pass', ?, ?)", rows.stream()
              .map(r -> new Object[] {r[0], r[1], r[3], r[2], r[4], r[5], r[6]}).toList());
          rows.clear();
        }
      }
      System.out.printf("archive: %,d posts written in %.1f s%n", texts.size(), (System.nanoTime() - t0) / 1e9);

      CheckService checks = ctx.getBean(CheckService.class);
      for (int round = 1; round <= 2; round++) {
        long p0 = System.nanoTime();
        int failing = 0;
        for (String t : texts) {
          if (t.isBlank()) {
            continue;
          }
          var r = checks.check(org.steward.app.identity.Actor.SYSTEM, new CheckRequest(t, "post", "cccg-policy", new CheckRequest.Account("official", "staff", List.of())));
          if (r.result().verdict().ordinal() >= 2) {
            failing++;
          }
        }
        double s = (System.nanoTime() - p0) / 1e9;
        System.out.printf("plain check (CheckService, no database), round %d: %,d texts in %.1f s = %,.0f texts/s;"
            + " %,d review or block%n", round, texts.size(), s, texts.size() / s, failing);
      }

      PostRescan rescan = ctx.getBean(PostRescan.class);
      for (int round = 1; round <= 2; round++) {
        jdbc.update("delete from post_reviews");
        long r0 = System.nanoTime();
        long id = rescan.start("cccg-policy", "bench-" + round);
        int flagged = rescan.run(id);
        double s = (System.nanoTime() - r0) / 1e9;
        int total = rescan.latest().orElseThrow().total();
        System.out.printf("archive re-scan, round %d: %,d posts in %.1f s = %,.0f posts/s; %,d review tasks opened%n",
            round, total, s, total / s, flagged);
        jdbc.update("update posts set verdict = 'pass', findings = '[]' where platform_id like 'bench-%'");
      }
    }
  }
}
