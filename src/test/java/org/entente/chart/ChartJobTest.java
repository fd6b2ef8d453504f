package org.entente.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.stream.ImageInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Node;

/**
 * End-to-end checks on the fixture (Niger and its partners, 2022–2024): files, golden SVGs, PNG size and
 * resolution, byte-identical re-renders, titles worded from the data.
 *
 * <p>Golden files live in {@code src/test/resources/org/entente/chart/golden/}. After a deliberate change to the
 * charts, look at the new PNGs, then regenerate the goldens with
 * {@code mvn -o test -Dtest='org.entente.chart.**' -Dentente.updateGoldens=true} and review the diff.
 */
class ChartJobTest {

  private static final Path GOLDEN = Path.of("src/test/resources/org/entente/chart/golden");
  private static final List<String> CHARTS = List.of("timeline", "alignment", "mix", "matrix");

  @TempDir static Path tmp;
  static Path data;
  static Path charts;
  static List<Path> written;

  @BeforeAll
  static void render() throws IOException {
    data = ChartFixture.dataDir(tmp);
    charts = tmp.resolve("charts");
    written = new ChartJob(ChartFixture.settings(data, charts, "NER", EnumSet.allOf(ChartFormat.class),
        ChartSize.DOC)).run();
  }

  @Test
  void writesEveryChartInEveryFormatWithItsData() {
    Set<String> names = new HashSet<>();
    for (Path p : written) names.add(p.getFileName().toString());
    for (String c : CHARTS) {
      assertThat(names).contains("ner-" + c + ".png", "ner-" + c + ".svg", "ner-" + c + ".pdf", "ner-" + c + ".csv");
    }
    assertThat(written).hasSize(16).allSatisfy(p -> assertThat(p).isRegularFile().isNotEmptyFile());
    assertThat(charts.toFile().list()).as("no temp files left behind").hasSize(16);
  }

  @Test
  void svgMatchesGoldenFiles() throws IOException {
    boolean update = Boolean.getBoolean("entente.updateGoldens");
    for (String c : CHARTS) {
      String actual = Files.readString(charts.resolve("ner-" + c + ".svg"), StandardCharsets.UTF_8);
      Path golden = GOLDEN.resolve("ner-" + c + ".svg");
      if (update) {
        Files.createDirectories(GOLDEN);
        Files.writeString(golden, actual, StandardCharsets.UTF_8);
      }
      assertThat(golden).as("golden file; regenerate with -Dentente.updateGoldens=true").exists();
      assertThat(actual).as(c).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
    }
  }

  @Test
  void pngIsWideColouredAndRecords300Dpi() throws IOException {
    for (String c : CHARTS) {
      Path png = charts.resolve("ner-" + c + ".png");
      BufferedImage image = ImageIO.read(png.toFile());
      assertThat(image.getWidth()).isGreaterThanOrEqualTo(1600);
      assertThat(image.getWidth()).isEqualTo(1950); // 6.5 in at 300 dpi
      Set<Integer> colours = new HashSet<>();
      for (int y = 0; y < image.getHeight(); y += 3) {
        for (int x = 0; x < image.getWidth(); x += 3) colours.add(image.getRGB(x, y) & 0xFFFFFF);
      }
      assertThat(colours).as("not blank").hasSizeGreaterThan(20);
      // Okabe–Ito colours are present as solid fills (the matrix's cells are shades between its two ends).
      if (!c.equals("matrix")) assertThat(colours).containsAnyOf(0x009E73, 0x0072B2);
      assertThat(pixelsPerMetre(png)).isEqualTo(11811);
    }
  }

  @Test
  void rendersAreByteIdenticalInEveryFormat() throws IOException {
    Path again = tmp.resolve("again");
    new ChartJob(ChartFixture.settings(data, again, "NER", EnumSet.allOf(ChartFormat.class), ChartSize.DOC)).run();
    for (Path p : written) {
      assertThat(Files.readAllBytes(again.resolve(p.getFileName()))).as(p.getFileName().toString())
          .isEqualTo(Files.readAllBytes(p));
    }
  }

  @Test
  void outputDoesNotDependOnTheMachinesLocaleOrTimeZone() throws IOException {
    java.util.Locale locale = java.util.Locale.getDefault();
    java.util.TimeZone zone = java.util.TimeZone.getDefault();
    Path elsewhere = tmp.resolve("elsewhere");
    try {
      java.util.Locale.setDefault(java.util.Locale.FRANCE);
      java.util.TimeZone.setDefault(java.util.TimeZone.getTimeZone("Pacific/Auckland"));
      new ChartJob(ChartFixture.settings(data, elsewhere, "NER", EnumSet.of(ChartFormat.SVG), ChartSize.DOC)).run();
    } finally {
      java.util.Locale.setDefault(locale);
      java.util.TimeZone.setDefault(zone);
    }
    for (String c : CHARTS) assertThat(svg(elsewhere, c)).as(c).isEqualTo(svg(charts, c));
  }

  @Test
  void titlesAreWordedFromTheData() throws IOException {
    assertThat(svg(charts, "alignment")).contains("Niger's balance fell furthest with France, rose furthest with Russia");
    assertThat(svg(charts, "timeline"))
        .contains("Niger's ties worsened with France and the United States and improved with Russia and Mali");
    assertThat(svg(charts, "mix")).contains("From 22 Dec 2023, most of Niger's interactions with France were "
        + "breaks; with Russia, cooperation");
    assertThat(svg(charts, "matrix")).contains("Niger's balance with France stayed negative from Aug 2023, "
        + "with Russia positive from Dec 2023");

    Path fra = tmp.resolve("fra");
    new ChartJob(ChartFixture.settings(data, fra, "FRA", EnumSet.of(ChartFormat.SVG), ChartSize.DOC)).run();
    // France has only partners that fell away (Niger, Mali): the title says so rather than inventing a riser.
    assertThat(svg(fra, "fra", "alignment")).contains("France's balance fell furthest with Niger; it rose with none")
        .doesNotContain("rose furthest");
    assertThat(svg(fra, "fra", "timeline")).contains("France's ties worsened with Niger and Mali");
  }

  @Test
  void subtitleAndSourceLineStateMeasurePeriodAndCounts() throws IOException {
    String alignment = svg(charts, "alignment");
    assertThat(alignment).contains("Running sum of Goldstein weights of events with Niger, Jan 2023 – Jul 2024");
    assertThat(alignment).contains("Source: 56 articles, 30 events coded by Entente 0.1.0. Not shown: 1 undated "
        + "event with Niger.");
    // Seven partners: five lines by name, the other two as their mean.
    assertThat(alignment).contains("Other partners (3) mean");
    assertThat(text(charts, "ner", "alignment")).contains("Grey line: the mean of the other 3 partners' sums.");
  }

  @Test
  void dataFilesHoldWhatIsPlotted() throws IOException {
    List<String> alignment = Files.readAllLines(charts.resolve("ner-alignment.csv"));
    assertThat(alignment.get(0)).isEqualTo("partner,partner_name,date,index,line");
    assertThat(alignment).contains("RUS,Russia,2023-12-04,1.9,Russia", "FRA,France,2024-06-20,-25.6,France");
    List<String> timeline = Files.readAllLines(charts.resolve("ner-timeline.csv"));
    assertThat(timeline.get(0)).endsWith(",articles,lane");
    assertThat(timeline).contains(
        "ev-0022,MLI,Mali,2024-03-01,2024-03-31,month,mutual,cooperation,military,7.4,1,Mali",
        "ev-0009,FRA,France,2023-09-05,2023-09-05,reported,focus,expulsion,forces,-7.0,1,France");
    assertThat(timeline).noneMatch(l -> l.startsWith("ev-0001,")); // Mali–France does not involve Niger
    assertThat(timeline).noneMatch(l -> l.startsWith("ev-0030,")); // undated
    List<String> mix = Files.readAllLines(charts.resolve("ner-mix.csv"));
    assertThat(mix.get(0)).isEqualTo("partner,partner_name,period,pivot,category,count,bar");
    assertThat(mix).contains("FRA,France,after,2023-12-22,expulsion,1,France",
        "FRA,France,before,2023-12-22,expulsion,2,France");
    List<String> matrix = Files.readAllLines(charts.resolve("ner-matrix.csv"));
    assertThat(matrix.get(0)).isEqualTo("partner,partner_name,period_start,period_end,events,net_goldstein,"
        + "cooperation,alliance,withdrawal,expulsion,row");
    ChartChecks.all(charts, "NER", ChartChecks.events(data, "NER", null, null, null));
  }

  @Test
  void aMonthDatedEventThatHoldsThePivotIsOnNeitherSide() throws IOException {
    Path out = tmp.resolve("pivot-in-month");
    // ev-0022 is dated only to March 2024: a pivot inside March cannot put it before or after.
    new ChartJob(new ChartSettings(data, out, "NER", Set.of(ChartFormat.SVG), ChartSize.DOC, 300,
        java.time.LocalDate.of(2024, 3, 15), null, "t")).run();
    assertThat(Files.readAllLines(out.resolve("ner-mix.csv")))
        .contains("MLI,Mali,around,2024-03-15,cooperation,1,Mali")
        .contains("MLI,Mali,before,2024-03-15,cooperation,0,Mali", "MLI,Mali,after,2024-03-15,cooperation,0,Mali");
    assertThat(text(out, "ner", "mix")).contains("1 event dated only to a month or year that holds 15 Mar 2024 is in "
        + "neither panel (Mali 1).");
  }

  @Test
  void keyDatesShownAreTheFocusOwnInThePeriod() throws IOException {
    String timeline = svg(charts, "timeline");
    assertThat(timeline).contains("Niger coup, 26 Jul 2023", "AES charter, 16 Sep 2023",
        "AES confederation treaty, 6 Jul 2024");
    assertThat(timeline).doesNotContain("Mali coup").doesNotContain("Burkina Faso coup");
  }

  @Test
  void pivotAndKeyDatesCanBeSet() throws IOException {
    Path keyDates = tmp.resolve("my-key-dates.csv");
    Files.writeString(keyDates, "date,label,country\n2024-01-01,New year,NER\n");
    Path out = tmp.resolve("custom");
    new ChartJob(new ChartSettings(data, out, "ner", Set.of(ChartFormat.SVG), ChartSize.DOC, 300,
        java.time.LocalDate.of(2024, 1, 1), keyDates, "9.9")).run();
    String mix = svg(out, "mix");
    assertThat(mix).contains("Before 1 Jan 2024", "From 1 Jan 2024", "(New year)", "Entente 9.9");
    assertThat(svg(out, "timeline")).contains("New year, 1 Jan 2024").doesNotContain("Niger coup");
  }

  /** The chart's text as read, wrapped lines joined. */
  private static String text(Path dir, String focus, String chart) {
    return String.join("", SvgText.read(dir.resolve(focus + "-" + chart + ".svg")).stream().map(SvgText::text).toList());
  }

  private static String svg(Path dir, String chart) throws IOException {
    return svg(dir, "ner", chart);
  }

  private static String svg(Path dir, String focus, String chart) throws IOException {
    return Files.readString(dir.resolve(focus + "-" + chart + ".svg"), StandardCharsets.UTF_8);
  }

  private static int pixelsPerMetre(Path png) throws IOException {
    try (ImageInputStream in = ImageIO.createImageInputStream(png.toFile())) {
      ImageReader reader = ImageIO.getImageReadersByFormatName("png").next();
      reader.setInput(in);
      IIOMetadata meta = reader.getImageMetadata(0);
      Node root = meta.getAsTree("javax_imageio_png_1.0");
      for (Node n = root.getFirstChild(); n != null; n = n.getNextSibling()) {
        if (n.getNodeName().equals("pHYs")) {
          assertThat(n.getAttributes().getNamedItem("unitSpecifier").getNodeValue()).isEqualTo("meter");
          assertThat(n.getAttributes().getNamedItem("pixelsPerUnitYAxis").getNodeValue()).isEqualTo("11811");
          return Integer.parseInt(n.getAttributes().getNamedItem("pixelsPerUnitXAxis").getNodeValue());
        }
      }
      reader.dispose();
      return -1;
    }
  }
}
