package org.entente.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.entente.eval.EvalReport;
import org.entente.eval.Scorer;
import org.entente.table.Schemas;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.Row;
import tech.tablesaw.api.Table;

/**
 * The seed articles coded as a user would code them, measured against the hand-coded gold: the bars of the
 * coder (F1, dates) and of the merge (dedup), and the provenance of every mention.
 */
class SeedEvaluationTest {
  private static final Path GOLD = Path.of("src/test/resources/org/entente/eval/seeds-gold.csv");
  @TempDir static Path data;

  @BeforeAll
  static void codeTheSeeds() {
    Cli.Result r = Cli.run("code", "--input", "seeds", "--data", data.toString(), "--raw-text", "--quiet");
    assertThat(r.exitCode()).as(r.err()).isZero();
  }

  @Test
  void codingMeetsTheBar() throws Exception {
    EvalReport report = new Scorer().score(GOLD, data.resolve("mentions.csv"));
    assertThat(report.f1()).as(report.toJson()).isGreaterThanOrEqualTo(0.95);
    assertThat(report.dateAcc()).as(report.toJson()).isGreaterThanOrEqualTo(0.90);
  }

  @Test
  void mergingMeetsTheBar() throws Exception {
    EvalReport report = new Scorer().score(GOLD, data.resolve("mentions.csv"));
    assertThat(report.dedupBcubedF1()).as(report.toJson()).isGreaterThanOrEqualTo(0.95);
  }

  @Test
  void theFourDecemberVisitIsOneEventReportedByAtLeastThreeArticles() {
    Table events = Schemas.EVENTS.read(data.resolve("events.csv"));
    Table visits = events.where(events.dateColumn("date").isEqualTo(LocalDate.of(2023, 12, 4))
        .and(events.stringColumn("source").isEqualTo("RUS"))
        .and(events.stringColumn("target").isEqualTo("NER"))
        .and(events.stringColumn("subtype").isEqualTo("visit")));
    assertThat(visits.rowCount()).isOne();
    assertThat(visits.intColumn("articles").getInt(0)).isGreaterThanOrEqualTo(3);
  }

  /** The original file between char_start and char_end, whitespace folded, is the mention's text. */
  @Test
  void everyMentionLeadsBackToItsSentence() throws Exception {
    Table mentions = Schemas.MENTIONS.read(data.resolve("mentions.csv"));
    assertThat(mentions.rowCount()).isGreaterThan(10);
    for (Row m : mentions) {
      String original = Files.readString(Path.of("seeds", m.getString("article_id") + ".txt"));
      String span = original.substring(m.getInt("char_start"), m.getInt("char_end"));
      assertThat(span.replaceAll("\\s+", " ").trim()).as(m.getString("mention_id")).isEqualTo(m.getString("text"));
    }
  }
}
