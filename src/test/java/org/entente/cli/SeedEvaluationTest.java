package org.entente.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.univocity.parsers.csv.CsvParser;
import com.univocity.parsers.csv.CsvParserSettings;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.entente.eval.EvalReport;
import org.entente.eval.Scorer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
  void theFourDecemberVisitIsOneEventReportedByAtLeastThreeArticles() throws Exception {
    List<String[]> events = rows(data.resolve("events.csv"));
    List<String> header = List.of(events.get(0));
    assertThat(events.subList(1, events.size())).anySatisfy(e -> {
      assertThat(e[header.indexOf("date")]).isEqualTo("2023-12-04");
      assertThat(e[header.indexOf("source")] + ">" + e[header.indexOf("target")]).isEqualTo("RUS>NER");
      assertThat(e[header.indexOf("subtype")]).isEqualTo("visit");
      assertThat(Integer.parseInt(e[header.indexOf("articles")])).isGreaterThanOrEqualTo(3);
    });
  }

  /** The original file between char_start and char_end, whitespace folded, is the mention's text. */
  @Test
  void everyMentionLeadsBackToItsSentence() throws Exception {
    List<String[]> mentions = rows(data.resolve("mentions.csv"));
    List<String> header = List.of(mentions.get(0));
    assertThat(mentions).hasSizeGreaterThan(10);
    for (String[] m : mentions.subList(1, mentions.size())) {
      String original = Files.readString(Path.of("seeds", m[header.indexOf("article_id")] + ".txt"));
      String span = original.substring(Integer.parseInt(m[header.indexOf("char_start")]),
          Integer.parseInt(m[header.indexOf("char_end")]));
      assertThat(span.replaceAll("\\s+", " ").trim()).as(m[header.indexOf("mention_id")])
          .isEqualTo(m[header.indexOf("text")]);
    }
  }

  private static List<String[]> rows(Path csv) throws Exception {
    CsvParserSettings settings = new CsvParserSettings();
    settings.setNullValue("");
    settings.setEmptyValue("");
    settings.setMaxCharsPerColumn(-1);
    try (Reader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
      return new CsvParser(settings).parseAll(reader);
    }
  }
}
