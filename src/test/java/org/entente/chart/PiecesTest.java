package org.entente.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The small pieces the charts rest on. */
class PiecesTest {

  @TempDir Path tmp;

  @Test
  void alignmentIndexSumsGoldsteinWeightsPerPartner() throws Exception {
    FocusData data = EventLoader.load(ChartFixture.dataDir(tmp), "NER");
    AlignmentIndex index = AlignmentIndex.of(data);
    assertThat(index.fin("FRA")).isEqualTo(-25.6);
    assertThat(index.fin("RUS")).isEqualTo(25.0);
    assertThat(index.order()).startsWith("RUS", "MLI", "BFA").endsWith("USA", "FRA");
    assertThat(index.fallers()).first().isEqualTo("FRA");
    assertThat(index.risers()).first().isEqualTo("RUS");
    // Same-day events are one step: Russia on 4 Dec 2023 (visit) only.
    assertThat(index.steps().get("RUS")).first()
        .isEqualTo(new AlignmentIndex.Step(LocalDate.of(2023, 12, 4), 1.9));
  }

  @Test
  void loaderKeepsCodesAsStringsAndSkipsUndatedEvents() throws Exception {
    FocusData data = EventLoader.load(ChartFixture.dataDir(tmp), "NER");
    assertThat(data.events()).hasSize(28);
    assertThat(data.undated()).isEqualTo(1);
    assertThat(data.articleCount()).isEqualTo(56);
    assertThat(data.eventCount()).isEqualTo(30);
    assertThat(data.partners()).containsExactly("BFA", "ECOWAS", "EU", "FRA", "G5SAHEL", "MLI", "RUS", "USA");
    assertThat(data.events()).filteredOn(e -> e.eventId().equals("ev-0009")).singleElement()
        .satisfies(e -> assertThat(e.direction()).isEqualTo(Direction.FOCUS_ACTS));
  }

  @Test
  void keyDatesShownAreThoseOfTheFocusWithinThePeriod() {
    List<KeyDate> all = KeyDate.load(null);
    List<KeyDate> shown = KeyDate.relevant(all, "NER", LocalDate.of(2023, 1, 1), LocalDate.of(2024, 12, 31));
    assertThat(shown).extracting(KeyDate::label).containsExactly("Niger coup", "AES charter",
        "Last French troops leave Niger", "AES states announce ECOWAS exit", "AES confederation treaty");
    // Mali's coups are Mali's: France's charts do not mark them, even with Mali among France's partners.
    assertThat(KeyDate.relevant(all, "FRA", LocalDate.of(2020, 1, 1), LocalDate.of(2021, 12, 31))).isEmpty();
    assertThat(KeyDate.relevant(all, "MLI", LocalDate.of(2020, 1, 1), LocalDate.of(2021, 12, 31)))
        .extracting(KeyDate::label).containsExactly("Mali coup", "Mali's second coup");
    assertThat(KeyDate.relevant(all, "ECOWAS", LocalDate.of(2023, 1, 1), LocalDate.of(2025, 12, 31)))
        .extracting(KeyDate::label).containsExactly("AES states announce ECOWAS exit",
            "AES exit from ECOWAS takes effect");
  }

  @Test
  void wording() {
    assertThat(Theme.list(List.of("A"))).isEqualTo("A");
    assertThat(Theme.list(List.of("A", "B", "C"))).isEqualTo("A, B and C");
    assertThat(Theme.prose("United States")).isEqualTo("the United States");
    assertThat(Theme.subject("European Union")).isEqualTo("The European Union");
    assertThat(Theme.prose("Russia")).isEqualTo("Russia");
    assertThat(Theme.day(LocalDate.of(2023, 7, 26))).isEqualTo("26 Jul 2023");
    assertThat(Theme.period(LocalDate.of(2023, 7, 26), LocalDate.of(2024, 1, 3))).isEqualTo("Jul 2023 – Jan 2024");
    assertThat(AlignmentChart.signed(-25.6)).isEqualTo("−25.6");
  }

  @Test
  void countTicksAreWholeNumbers() {
    assertThat(Axes.niceStep(3, 6, true)).isEqualTo(1);
    assertThat(Axes.niceStep(30, 6, true)).isEqualTo(5);
    assertThat(Axes.niceStep(50, 7, false)).isEqualTo(10);
  }

  @Test
  void pngIsNeverNarrowerThan1600Pixels() {
    assertThat(new PngWriter(ChartSize.DOC, 72).effectiveDpi() * ChartSize.DOC.widthInches())
        .isGreaterThanOrEqualTo(1600);
    assertThat(new PngWriter(ChartSize.SLIDE, 300).effectiveDpi()).isEqualTo(300);
  }

  @Test
  void settingsDefaults() {
    ChartSettings s = new ChartSettings(tmp, tmp, " ner ", null, null, 0, null, null, null);
    assertThat(s.focus()).isEqualTo("NER");
    assertThat(s.formats()).containsExactly(ChartFormat.PNG);
    assertThat(s.size()).isEqualTo(ChartSize.SLIDE);
    assertThat(s.dpi()).isEqualTo(300);
    assertThatThrownBy(() -> new ChartSettings(tmp, tmp, "NER", null, null, 5000, null, null, "1"))
        .isInstanceOf(ChartException.class);
  }

  @Test
  void endLabelsArePushedApartAndKeptAboveTheBottom() {
    double[] y = {100, 101, 102, 300, 395, 396};
    KeyDatePlot.spread(y, 20, 400);
    for (int i = 1; i < y.length; i++) assertThat(y[i] - y[i - 1]).isGreaterThanOrEqualTo(20 - 1e-9);
    assertThat(y[y.length - 1]).isLessThanOrEqualTo(400);
    assertThat(y[0]).isEqualTo(100);
    assertThat(y[3]).isEqualTo(300);
  }
}
