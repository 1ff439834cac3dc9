package org.steward.engine.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.steward.engine.learn.Example;
import org.steward.engine.learn.ModeratorDecision;

/** The dataset readers on small files of the sets' own shapes (no shared data needed). */
class DatasetsTest {
  @TempDir
  Path dir;

  @Test
  void readsQuotedCsvFieldsAsTheSetsWriteThem() throws IOException {
    Path csv = dir.resolve("toxigen.csv");
    Files.writeString(csv, String.join("\n",
        "text,label,group",
        "plain statement,neutral,asian",
        "\"a comma, and \"\"quotes\"\"\",hate,women",
        "\"a line",
        "break\",neutral,jewish",
        "\"stray\"quote,hate,muslim",
        ""), StandardCharsets.UTF_8);
    List<Datasets.Row> rows = Datasets.toxigen(csv);
    assertThat(rows).extracting(r -> r.example().text())
        .containsExactly("plain statement", "a comma, and \"quotes\"", "a line\nbreak", "stray" + "quote");
    assertThat(rows).extracting(r -> r.example().id()).containsExactly("t0|asian", "t1|women", "t2|jewish", "t3|muslim");
    assertThat(rows.get(1).example().label(Datasets.SEXISM)).isEqualTo(1); // hate against women is sexism too
  }

  @Test
  void readsTheColumnsByName() throws IOException {
    Path csv = dir.resolve("davidson.csv");
    Files.writeString(csv, """
        ,count,hate_speech,offensive_language,neither,class,tweet
        0,3,0,0,3,2,"RT @someone: what a lovely day &amp; sun http://t.co/x"
        1,3,2,1,0,0,they are vermin
        """, StandardCharsets.UTF_8);
    List<Datasets.Row> rows = Datasets.davidson(csv);
    assertThat(rows).extracting(r -> r.example().id()).containsExactly("d0", "d1");
    assertThat(rows.get(0).example().text()).isEqualTo("what a lovely day & sun");
    assertThat(rows.get(0).originalText()).startsWith("RT @someone:");
    assertThat(rows.get(1).example().label(Datasets.HATE)).isEqualTo(1);
  }

  @Test
  void readsEveryPresidioSentenceInOrder() throws IOException {
    Path json = dir.resolve("presidio.json");
    Files.writeString(json, """
        [{"full_text": "Call Jo on 07700 900123", "spans": [{"entity_type": "PERSON", "entity_value": "Jo"}]},
         {"full_text": "Krisztián said \\"hi\\" \\u05d2", "masked": "{{PERSON}} said"}]
        """, StandardCharsets.UTF_8);
    assertThat(Datasets.presidio(json)).extracting(r -> r.example().text())
        .containsExactly("Call Jo on 07700 900123", "Krisztián said \"hi\" \u05d2");
  }

  @Test
  void moderatorDecisionsFeedAFullRetrain() throws IOException {
    Path file = dir.resolve("decisions.jsonl");
    Files.writeString(file, new ModeratorDecision("Sam is a \"goat-botherer\"", "hate.race", false).toJsonLine("d1") + "\n");
    List<Datasets.Row> rows = Datasets.jsonLines(file);
    assertThat(rows).hasSize(1);
    Example e = rows.get(0).example();
    assertThat(e.text()).isEqualTo("Sam is a \"goat-botherer\"");
    assertThat(e.label(Datasets.HATE)).isZero();
    assertThat(e.label(Datasets.HARASSMENT)).isEqualTo(Example.UNKNOWN);
  }

  @Test
  void aBrokenJsonLineNamesTheFileAndLine() throws IOException {
    Path file = dir.resolve("extra.jsonl");
    Files.writeString(file, "{\"text\": \"fine\", \"hate\": 1}\n{\"text\": \"broken\"\n");
    assertThatThrownBy(() -> Datasets.jsonLines(file)).isInstanceOf(IOException.class).hasMessageContaining("extra.jsonl:2: ");
  }
}
