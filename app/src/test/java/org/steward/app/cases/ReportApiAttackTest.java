package org.steward.app.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import jakarta.servlet.http.Cookie;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.steward.engine.Clause;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Attacks on the anonymous report API and form, written before the code they test: guessing
 * receipts, telling a near miss from a wrong code, flooding, oversized bodies, riding a session,
 * and anything of the reporter's connection left behind. Each test comes from its own address, so
 * the per-client budgets of one do not spill into another.
 */
@SpringBootTest(properties = "steward.demo-data=true")
@AutoConfigureMockMvc
@ExtendWith(OutputCaptureExtension.class)
class ReportApiAttackTest {
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final AtomicInteger ADDRESSES = new AtomicInteger(10);
  static final String BULLYING = "{\"concern\":\"bullying\",\"about\":\"comment\",\"summary\":\"They post about me every day.\"}";

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;

  /** A client of its own: a documentation address (RFC 5737) no other test uses. */
  static RequestPostProcessor from(String address) {
    return (MockHttpServletRequest r) -> {
      r.setRemoteAddr(address);
      return r;
    };
  }

  static String fresh() {
    return "198.51.100." + ADDRESSES.incrementAndGet();
  }

  MvcResult send(String body, String address) throws Exception {
    return mvc.perform(post("/api/v1/reports").with(from(address)).contentType(MediaType.APPLICATION_JSON)
        .content(body)).andReturn();
  }

  @Test
  @Clause({"SAF-7", "SAF-8"})
  void aReportAnswers201WithAReceiptThatReadsItBackAndTakesMessages() throws Exception {
    String me = fresh();
    MvcResult sent = send(BULLYING, me);
    assertThat(sent.getResponse().getStatus()).isEqualTo(201);
    JsonNode receipt = JSON.readTree(sent.getResponse().getContentAsString());
    String code = receipt.path("receipt").asString();
    assertThat(code).matches("\\d{20}");
    assertThat(receipt.path("routedTo").asString()).isEqualTo("the designated safeguarding lead");
    assertThat(sent.getResponse().getHeader("Cache-Control")).isEqualTo("no-store");
    MvcResult read = mvc.perform(get("/api/v1/reports/" + code).with(from(me))).andReturn();
    assertThat(read.getResponse().getStatus()).isEqualTo(200);
    assertThat(JSON.readTree(read.getResponse().getContentAsString()).path("summary").asString())
        .isEqualTo("They post about me every day.");
    MvcResult message = mvc.perform(post("/api/v1/reports/" + code + "/messages").with(from(me))
        .contentType(MediaType.APPLICATION_JSON).content("{\"text\":\"It happened again today.\"}")).andReturn();
    assertThat(message.getResponse().getStatus()).isEqualTo(201);
    JsonNode after = JSON.readTree(mvc.perform(get("/api/v1/reports/" + code).with(from(me))).andReturn()
        .getResponse().getContentAsString());
    assertThat(after.path("messages").get(0).path("text").asString()).isEqualTo("It happened again today.");
  }

  @Test
  void guessedNearMissedAndMalformedReceiptsAllGetTheSameAnswer() throws Exception {
    String me = fresh();
    String code = JSON.readTree(send(BULLYING, me).getResponse().getContentAsString()).path("receipt").asString();
    char last = code.charAt(19);
    String nearMiss = code.substring(0, 19) + (char) (last == '9' ? '0' : last + 1);
    String firstWrong = (char) (code.charAt(0) == '9' ? '0' : code.charAt(0) + 1) + code.substring(1);
    List<String> bodies = new ArrayList<>();
    for (String guess : List.of(nearMiss, firstWrong, "00000000000000000000", "1234", "abc", "1".repeat(64),
        code.substring(0, 16))) {
      MvcResult r = mvc.perform(get("/api/v1/reports/" + guess).with(from(me))).andReturn();
      assertThat(r.getResponse().getStatus()).as(guess).isEqualTo(404);
      bodies.add(JSON.readTree(r.getResponse().getContentAsString()).path("detail").asString());
    }
    // One answer for every wrong code: nothing tells a near miss (or a prefix) from a wild guess.
    assertThat(bodies).containsOnly(Reports.NOT_FOUND);
    // The database holds only the hash: a code can be checked, not read back or searched by prefix.
    assertThat(jdbc.sql("select count(*) from cases where receipt_hash like ?").param(code.substring(0, 6) + "%")
        .query(Long.class).single()).isZero();
  }

  @Test
  void receiptsCannotBeGuessedByTryingBecauseLookUpsAreRateLimited() throws Exception {
    String me = fresh();
    int refused = 0;
    for (int i = 0; i < 15; i++) {
      MvcResult r = mvc.perform(get("/api/v1/reports/" + String.format("%020d", i)).with(from(me))).andReturn();
      if (r.getResponse().getStatus() == 429) {
        refused++;
        assertThat(r.getResponse().getHeader("Retry-After")).matches("\\d+");
        assertThat(r.getResponse().getContentType()).startsWith("application/problem+json");
      } else {
        assertThat(r.getResponse().getStatus()).isEqualTo(404);
      }
    }
    assertThat(refused).isEqualTo(5);
    // Someone else is not held up by them.
    assertThat(mvc.perform(get("/api/v1/reports/" + String.format("%020d", 99)).with(from(fresh()))).andReturn()
        .getResponse().getStatus()).isEqualTo(404);
  }

  @Test
  void aFloodOfReportsFromOneClientIsRefusedWithoutWritingAnything() throws Exception {
    String me = fresh();
    long before = count();
    int created = 0;
    int refused = 0;
    for (int i = 0; i < 12; i++) {
      int status = send(BULLYING, me).getResponse().getStatus();
      if (status == 201) {
        created++;
      } else if (status == 429) {
        refused++;
      }
    }
    assertThat(created).isEqualTo(10);
    assertThat(refused).isEqualTo(2);
    assertThat(count()).isEqualTo(before + 10);
  }

  @Test
  void oversizedAndBrokenBodiesAreRefusedBeforeAnythingIsSaved() throws Exception {
    String me = fresh();
    long before = count();
    String huge = "{\"concern\":\"bullying\",\"about\":\"post\",\"summary\":\"" + "x".repeat(5 * 1024 * 1024) + "\"}";
    assertThat(send(huge, me).getResponse().getStatus()).isEqualTo(413);
    MvcResult tooLong = send("{\"concern\":\"bullying\",\"about\":\"post\",\"summary\":\"" + "x".repeat(5001) + "\"}", me);
    assertThat(tooLong.getResponse().getStatus()).isEqualTo(422);
    assertThat(tooLong.getResponse().getContentAsString()).contains("summary");
    MvcResult bad = send("{\"concern\":\"nope\",\"about\":\"x\",\"summary\":\"\",\"link\":\"ftp://x\"}", me);
    assertThat(bad.getResponse().getStatus()).isEqualTo(422);
    JsonNode errors = JSON.readTree(bad.getResponse().getContentAsString()).path("errors");
    List<String> fields = new ArrayList<>();
    errors.forEach(e -> fields.add(e.path("field").asString()));
    assertThat(fields).containsExactlyInAnyOrder("concern", "about", "summary", "link");
    assertThat(send("not json", me).getResponse().getStatus()).isEqualTo(400);
    assertThat(mvc.perform(post("/api/v1/reports").with(from(me)).contentType(MediaType.TEXT_PLAIN).content(BULLYING))
        .andReturn().getResponse().getStatus()).isEqualTo(415);
    assertThat(count()).isEqualTo(before);
  }

  @Test
  @Clause("SAF-8")
  void nothingOfTheReportersConnectionIsStoredOrLogged(CapturedOutput output) throws Exception {
    String address = "203.0.113.77";
    String browser = "ReporterBrowser/9.9 (Unique-Agent-7731)";
    MvcResult sent = mvc.perform(post("/api/v1/reports").with(from(address)).header("User-Agent", browser)
        .header("X-Forwarded-For", "203.0.113.78").header("Referer", "https://referrer.example/unique-7731")
        .cookie(new Cookie("STEWARD_SESSION", "c2Vzc2lvbi1yaWRl"))
        .contentType(MediaType.APPLICATION_JSON).content(BULLYING)).andReturn();
    assertThat(sent.getResponse().getStatus()).isEqualTo(201);
    // No session is read or made: no cookie comes back.
    assertThat(sent.getResponse().getHeader("Set-Cookie")).isNull();
    List<String> found = new ArrayList<>();
    List<String> tables = jdbc.sql("select lower(table_name) from information_schema.tables"
        + " where lower(table_schema) = 'public'").query(String.class).list();
    assertThat(tables).contains("cases", "case_entries", "audit_entries", "spring_session_attributes");
    for (String table : tables) {
      jdbc.sql("select * from " + table).query(rs -> {
        for (int c = 1; c <= rs.getMetaData().getColumnCount(); c++) {
          String v = rs.getString(c);
          if (v != null && (v.contains("203.0.113.7") || v.contains("Unique-Agent-7731") || v.contains("unique-7731"))) {
            found.add(table + "." + rs.getMetaData().getColumnName(c));
          }
        }
      });
    }
    assertThat(found).as("columns holding the reporter's address or browser").isEmpty();
    assertThat(output.getAll()).doesNotContain("203.0.113.7").doesNotContain("Unique-Agent-7731");
  }

  @Test
  void theReportFormNeedsItsCsrfTokenButNoSignIn() throws Exception {
    String me = fresh();
    var noToken = mvc.perform(post("/report").with(from(me)).param("concern", "bullying").param("about", "post")
        .param("summary", "x")).andReturn();
    assertThat(noToken.getResponse().getStatus()).isEqualTo(403);
    var withToken = mvc.perform(post("/report").with(from(me)).with(csrf()).param("concern", "bullying")
        .param("about", "post").param("summary", "Someone keeps messaging me.")).andReturn();
    assertThat(withToken.getResponse().getStatus()).isEqualTo(200);
    assertThat(withToken.getResponse().getContentAsString()).contains("Your receipt code");
    var bad = mvc.perform(post("/report").with(from(me)).with(csrf()).param("concern", "")).andReturn();
    assertThat(bad.getResponse().getStatus()).isEqualTo(422);
    assertThat(bad.getResponse().getContentAsString()).contains("Choose what your concern is").contains("Say what happened");
  }

  private long count() {
    return jdbc.sql("select count(*) from cases").query(Long.class).single();
  }
}
