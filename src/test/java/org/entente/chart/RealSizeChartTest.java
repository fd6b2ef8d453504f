package org.entente.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.entente.cli.Main;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The charts at the size of an analyst's corpus: the development set of real articles (coded here from
 * {@code ../shared/devset}, skipped when it is absent) and a generated set of 60 partners over 10 years. Every lane,
 * bar, line and row is labelled without overlap in the SVG and the PDF, and every CSV counts what events.csv
 * implies (see {@link ChartChecks}).
 */
class RealSizeChartTest {

  private static final Path DEVSET = Path.of("../shared/devset/articles");

  @TempDir static Path tmp;
  static Path synthetic;

  @BeforeAll
  static void generate() throws IOException {
    synthetic = tmp.resolve("synthetic");
    SyntheticEvents.write(synthetic, "NER", 60, LocalDate.of(2015, 1, 1), 10, 11);
  }

  private static ChartSettings settings(Path data, Path charts, String focus, ChartSize size, PartnerChoice partners,
      LocalDate from, LocalDate to, Set<ChartFormat> formats) {
    return new ChartSettings(data, charts, focus, formats, size, 300, null, null, "test", partners, null, from, to);
  }

  @ParameterizedTest
  @EnumSource(ChartSize.class)
  void sixtyPartnersOverTenYearsAreLabelledAndCounted(ChartSize size) throws IOException {
    Path charts = tmp.resolve("synthetic-" + size);
    new ChartJob(settings(synthetic, charts, "NER", size, null, null, null,
        EnumSet.of(ChartFormat.SVG, ChartFormat.PDF))).run();
    ChartChecks.all(charts, "NER", ChartChecks.events(synthetic, "NER", null, null, null));
    // Sixty partners do not fit: the least active share one lane, named with their number.
    assertThat(ChartChecks.csv(charts.resolve("ner-timeline.csv"))).anyMatch(r -> r.get("lane").startsWith("Other partners ("));
    assertThat(Files.readString(charts.resolve("ner-matrix.csv"))).contains(",2015-01-01,2015-12-31,");
  }

  @Test
  void aWindowLeavesOutWhatStartsOutsideItAndSaysSo() throws IOException {
    Path charts = tmp.resolve("synthetic-window");
    LocalDate from = LocalDate.of(2019, 3, 15);
    LocalDate to = LocalDate.of(2021, 6, 30);
    new ChartJob(settings(synthetic, charts, "NER", ChartSize.DOC, PartnerChoice.top(8), from, to,
        EnumSet.of(ChartFormat.SVG))).run();
    ChartChecks.all(charts, "NER", ChartChecks.events(synthetic, "NER", from, to, null));
    for (String chart : List.of("timeline", "alignment", "mix", "matrix")) {
      String text = String.join("", SvgText.read(charts.resolve("ner-" + chart + ".svg")).stream()
          .map(SvgText::text).toList());
      assertThat(text).as(chart).contains("15 Mar 2019 – 30 Jun 2021").contains("Window: 15 Mar 2019 – 30 Jun 2021.");
      // The title's claim is about the window, and says so.
      assertThat(text).as(chart).containsAnyOf("Between 15 Mar 2019 and 30 Jun 2021, ", "to 30 Jun 2021, most of");
    }
    // Eight partners by name, the rest in one lane.
    Set<String> lanes = ChartChecks.csv(charts.resolve("ner-timeline.csv")).stream().map(r -> r.get("lane"))
        .collect(Collectors.toSet());
    assertThat(lanes).hasSize(9).anyMatch(l -> l.startsWith("Other partners ("));
    // The matrix's first and last periods are cut to the window.
    List<Map<String, String>> matrix = ChartChecks.csv(charts.resolve("ner-matrix.csv"));
    assertThat(matrix).extracting(r -> r.get("period_start")).contains("2019-03-15").doesNotContain("2019-01-01");
    assertThat(matrix).extracting(r -> r.get("period_end")).contains("2021-06-30");
  }

  /** The development set, coded once. */
  private static Path devset() {
    assumeTrue(Files.isDirectory(DEVSET), "../shared/devset is absent: the development-set charts are not checked");
    Path data = tmp.resolve("devset-data");
    if (!Files.exists(data.resolve("events.csv"))) {
      StringWriter err = new StringWriter();
      int code = Main.run(new String[] {"code", "--input", DEVSET.toString(), "--data", data.toString(), "-q"},
          new PrintWriter(new StringWriter()), new PrintWriter(err));
      assertThat(code).as(err.toString()).isZero();
    }
    return data;
  }

  @ParameterizedTest
  @ValueSource(strings = {"NER", "MLI", "FRA", "RUS", "ECOWAS"})
  void devsetChartsOfEveryFocusAreLabelledAndCounted(String focus) throws IOException {
    Path data = devset();
    for (ChartSize size : ChartSize.values()) {
      Path charts = tmp.resolve("devset-" + focus + "-" + size);
      new ChartJob(settings(data, charts, focus, size, null, null, null,
          EnumSet.of(ChartFormat.SVG, ChartFormat.PDF))).run();
      ChartChecks.all(charts, focus, ChartChecks.events(data, focus, null, null, null));
    }
  }

  @Test
  void listedPartnersAreChartedExactly() throws IOException {
    Path data = devset();
    Path charts = tmp.resolve("devset-listed");
    new ChartJob(settings(data, charts, "NER", ChartSize.SLIDE, PartnerChoice.parse("FRA,RUS,USA"), null, null,
        EnumSet.of(ChartFormat.SVG))).run();
    Set<String> listed = Set.of("FRA", "RUS", "USA");
    ChartChecks.all(charts, "NER", ChartChecks.events(data, "NER", null, null, listed));
    // The matrix and the mix hold a row for every partner asked for; the timeline and the alignment hold events,
    // and the development set has none between Niger and Russia: Russia's lane is drawn, empty.
    for (String chart : List.of("mix", "matrix")) {
      List<Map<String, String>> rows = ChartChecks.csv(charts.resolve("ner-" + chart + ".csv"));
      assertThat(rows).extracting(r -> r.get("partner")).as(chart).containsOnly("FRA", "RUS", "USA");
    }
    for (String chart : List.of("timeline", "alignment")) {
      List<Map<String, String>> rows = ChartChecks.csv(charts.resolve("ner-" + chart + ".csv"));
      assertThat(rows).extracting(r -> r.get("partner")).as(chart).isSubsetOf("FRA", "RUS", "USA");
    }
    for (String chart : List.of("timeline", "mix", "matrix")) {
      assertThat(SvgText.read(charts.resolve("ner-" + chart + ".svg"))).extracting(SvgText::text).as(chart)
          .contains("France", "Russia", "United States").noneMatch(t -> t.startsWith("Other partners"));
    }
    assertThat(Files.readString(charts.resolve("ner-timeline.svg"))).contains("with other partners");
  }
}
