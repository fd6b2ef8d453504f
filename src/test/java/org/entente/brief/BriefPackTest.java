package org.entente.brief;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFPictureShape;
import org.apache.poi.xslf.usermodel.XSLFShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.entente.chart.ChartFormat;
import org.entente.chart.ChartJob;
import org.entente.chart.ChartSettings;
import org.entente.chart.ChartSize;
import org.entente.chart.RenderedChart;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The pack of the committed seed dataset, read back: the HTML to the element, the PDF's text and links, the deck's
 * slides. The findings are the titles {@code entente chart} gives the same charts.
 */
class BriefPackTest {
  @TempDir static Path tmp;
  static Path pack;
  static List<RenderedChart> charts;

  @BeforeAll
  static void makePack() {
    pack = Packs.seedPack(tmp.resolve("brief"));
    charts = new ChartJob(new ChartSettings(Path.of("data"), tmp.resolve("unused"), "NER", Set.of(ChartFormat.SVG),
        ChartSize.SLIDE, 300, null, null, Packs.version())).render();
  }

  private static List<String> findings() {
    return charts.stream().map(RenderedChart::title).toList();
  }

  @Test
  void writesTheThreeFilesNamedAfterTheFocusInLowerCase() throws Exception {
    try (var files = Files.list(pack)) {
      assertThat(files.map(p -> p.getFileName().toString()).sorted())
          .containsExactly("ner.html", "ner.pdf", "ner.pptx");
    }
  }

  @Test
  void htmlHeadsEachChartWithItsFindingAndInlinesItsSvg() throws Exception {
    Document doc = Packs.html(pack.resolve("ner.html"));
    List<Element> sections = Packs.all(doc, "section").stream()
        .filter(s -> s.getAttribute("class").equals("chart")).toList();
    assertThat(sections).extracting(s -> s.getAttribute("id"))
        .containsExactly("chart-timeline", "chart-alignment", "chart-mix", "chart-matrix");
    List<String> headings = new ArrayList<>();
    for (Element s : sections) {
      headings.add(Packs.squash(Packs.all(s, "h2").get(0).getTextContent()));
      assertThat(Packs.all(s, "svg")).hasSize(1);
      Element svg = Packs.all(s, "svg").get(0);
      assertThat(svg.getAttribute("viewBox")).isEqualTo("0 0 960 540");
      assertThat(svg.getAttribute("role")).isEqualTo("img");
      assertThat(Packs.all(s, "figcaption").get(0).getTextContent()).startsWith("Source: 5 articles");
    }
    assertThat(headings).isEqualTo(findings());
    // The title is the heading, not drawn again in the chart.
    for (int i = 0; i < sections.size(); i++) {
      Element svg = Packs.all(sections.get(i), "svg").get(0);
      assertThat(Packs.squash(svg.getTextContent())).doesNotContain(findings().get(i));
    }
  }

  @Test
  void chartIdsArePrefixedSoThatTheFourChartsKeepTheirOwnClipPaths() throws Exception {
    Document doc = Packs.html(pack.resolve("ner.html"));
    List<String> ids = Packs.elements(doc).stream().map(e -> e.getAttribute("id")).filter(s -> !s.isEmpty()).toList();
    assertThat(ids).doesNotHaveDuplicates();
    String html = Files.readString(pack.resolve("ner.html"));
    assertThat(html).contains("url(#timeline-clipPath1)", "url(#matrix-clipPath1)").doesNotContain("url(#clipPath");
  }

  @Test
  void keyEventsTableHasOneRowPerEventWithDatePartiesActEvidenceAndSources() throws Exception {
    Document doc = Packs.html(pack.resolve("ner.html"));
    Element table = Packs.all(doc, "table").get(0);
    assertThat(Packs.all(table, "th")).extracting(Element::getTextContent)
        .containsExactly("Date", "Parties", "Act", "Evidence", "Sources");
    List<Element> rows = Packs.all(Packs.all(table, "tbody").get(0), "tr");
    BriefData data = BriefData.load(Path.of("data"), "NER", null, null, List.of());
    assertThat(data.coverage().candidates()).isGreaterThan(BriefData.KEY_EVENTS);
    assertThat(rows).hasSize(BriefData.KEY_EVENTS);
    assertThat(rows).extracting(r -> r.getAttribute("id"))
        .containsExactlyElementsOf(data.keyEvents().stream().map(KeyEvent::eventId).toList());
    // a quotation mark inside a CSV field is written twice
    String events = Files.readString(Path.of("data/events.csv")).replace("\"\"", "\"");
    for (Element row : rows) {
      List<Element> cells = Packs.all(row, "td");
      assertThat(cells).hasSize(5);
      assertThat(cells.get(0).getTextContent()).matches(".*\\d{4}.*");
      assertThat(cells.get(1).getTextContent()).contains("Niger");
      assertThat(cells.get(2).getTextContent()).matches("(cooperation|alliance|withdrawal|expulsion) / .*");
      String evidence = Packs.all(cells.get(3), "blockquote").get(0).getTextContent();
      assertThat(events).contains(evidence);
      assertThat(Packs.all(cells.get(4), "li")).isNotEmpty();
    }
  }

  @Test
  void keyEventsAreTheMostReportedListedByDate() {
    BriefData data = BriefData.load(Path.of("data"), "NER", null, null, List.of());
    List<KeyEvent> key = data.keyEvents();
    for (int i = 1; i < key.size(); i++) assertThat(key.get(i).date()).isAfterOrEqualTo(key.get(i - 1).date());
    Set<String> taken = new java.util.HashSet<>(key.stream().map(KeyEvent::eventId).toList());
    int least = key.stream().mapToInt(KeyEvent::articles).min().orElseThrow();
    int left = 0;
    for (var r : org.entente.table.Schemas.EVENTS.rows(Path.of("data/events.csv")).rows()) {
      boolean withNiger = r.get("source").equals("NER") || r.get("target").equals("NER");
      if (!withNiger || taken.contains(r.get("event_id"))) continue;
      left++;
      assertThat(Integer.parseInt(r.get("articles"))).as(r.get("event_id")).isLessThanOrEqualTo(least);
    }
    assertThat(left).isPositive();
  }

  @Test
  void linksAreOnlyWebAddressesOrPartsOfThePage() throws Exception {
    Document doc = Packs.html(pack.resolve("ner.html"));
    for (Element a : Packs.all(doc, "a")) {
      assertThat(a.getAttribute("href")).matches("(https?://.+|#[a-z-]+)");
    }
    assertThat(Packs.all(doc, "script")).isEmpty();
    Element csp = Packs.all(doc, "meta").stream()
        .filter(m -> m.getAttribute("http-equiv").equals("Content-Security-Policy")).findFirst().orElseThrow();
    assertThat(csp.getAttribute("content")).contains("default-src 'none'", "script-src 'none'");
  }

  @Test
  void hasTheMethodAndCoverageNote() throws Exception {
    Document doc = Packs.html(pack.resolve("ner.html"));
    Element method = Packs.all(doc, "section").stream().filter(s -> s.getAttribute("id").equals("method"))
        .findFirst().orElseThrow();
    String text = Packs.squash(method.getTextContent());
    assertThat(text).contains("Coverage.", "5 articles", "Coding.", "Goldstein", "Key events.", "Limits.",
        "Dataset.", "SHA-256");
  }

  @Test
  void pdfHoldsTheFindingsTheEventsAndTheNote() throws Exception {
    try (PDDocument pdf = Loader.loadPDF(pack.resolve("ner.pdf").toFile())) {
      String text = Packs.squash(new PDFTextStripper().getText(pdf));
      for (String finding : findings()) assertThat(text).contains(finding);
      assertThat(text).contains("Key events", "Method and coverage");
      BriefData data = BriefData.load(Path.of("data"), "NER", null, null, List.of());
      for (KeyEvent e : data.keyEvents()) assertThat(text).contains(e.eventId());
      assertThat(pdf.getNumberOfPages()).isGreaterThanOrEqualTo(1 + charts.size() + 1);
      // A4 landscape
      assertThat(pdf.getPage(0).getMediaBox().getWidth()).isEqualTo(842f, org.assertj.core.data.Offset.offset(1f));
      // each chart page carries the chart as a form, with its source line under it
      for (int i = 0; i < charts.size(); i++) {
        PDPage page = pdf.getPage(1 + i);
        assertThat(page.getResources().getXObjectNames()).isNotEmpty();
        PDFTextStripper one = new PDFTextStripper();
        one.setStartPage(2 + i);
        one.setEndPage(2 + i);
        assertThat(Packs.squash(one.getText(pdf))).contains(charts.get(i).title(), "Source: 5 articles");
      }
      for (PDPage page : pdf.getPages()) {
        for (PDAnnotation a : page.getAnnotations()) {
          if (a instanceof PDAnnotationLink l && l.getAction() instanceof PDActionURI uri) {
            assertThat(uri.getURI()).matches("https?://.+");
          }
        }
      }
    }
  }

  @Test
  void deckHasATitleSlideAChartSlidePerFindingKeyEventsAndTheNote() throws Exception {
    try (XMLSlideShow deck = new XMLSlideShow(Files.newInputStream(pack.resolve("ner.pptx")))) {
      List<XSLFSlide> slides = deck.getSlides();
      BriefData data = BriefData.load(Path.of("data"), "NER", null, null, List.of());
      int eventSlides = DeckBrief.slides(data.keyEvents()).size();
      assertThat(eventSlides).isBetween(3, 4);
      assertThat(slides).hasSize(1 + charts.size() + eventSlides + 1);
      assertThat(deck.getPageSize().getWidth()).isEqualTo(960);
      assertThat(deck.getPageSize().getHeight()).isEqualTo(540);
      // the title slide's title is a centred title placeholder, which getTitle() does not look for
      XSLFTextShape cover = slides.get(0).getPlaceholder(0);
      assertThat(cover.getTextType()).isEqualTo(org.apache.poi.sl.usermodel.Placeholder.CENTERED_TITLE);
      assertThat(cover.getText()).isEqualTo("Niger and its partners");
      for (int i = 0; i < charts.size(); i++) {
        XSLFSlide s = slides.get(1 + i);
        assertThat(Packs.squash(s.getTitle())).isEqualTo(charts.get(i).title());
        List<XSLFShape> shapes = s.getShapes();
        List<XSLFPictureShape> pictures = shapes.stream().filter(XSLFPictureShape.class::isInstance)
            .map(XSLFPictureShape.class::cast).toList();
        assertThat(pictures).hasSize(1);
        assertThat(pictures.get(0).getPictureData().getContentType()).isEqualTo("image/png");
        assertThat(pictures.get(0).getPictureData().getData().length).isGreaterThan(10_000);
        // the picture lies on the slide
        var box = pictures.get(0).getAnchor();
        assertThat(box.getMinX()).isGreaterThanOrEqualTo(0);
        assertThat(box.getMaxX()).isLessThanOrEqualTo(960);
        assertThat(box.getMaxY()).isLessThanOrEqualTo(540);
        List<String> texts = shapes.stream().filter(XSLFTextShape.class::isInstance)
            .map(t -> ((XSLFTextShape) t).getText()).toList();
        assertThat(texts).contains(charts.get(i).source());
      }
      int rows = 0;
      for (int i = 0; i < eventSlides; i++) {
        XSLFSlide s = slides.get(1 + charts.size() + i);
        assertThat(s.getTitle()).startsWith("Key events");
        var table = s.getShapes().stream().filter(org.apache.poi.xslf.usermodel.XSLFTable.class::isInstance)
            .map(org.apache.poi.xslf.usermodel.XSLFTable.class::cast).findFirst().orElseThrow();
        rows += table.getNumberOfRows() - 1;
        // the table ends on the slide
        assertThat(table.getAnchor().getMaxY()).isLessThanOrEqualTo(540);
      }
      assertThat(rows).isEqualTo(data.keyEvents().size());
      assertThat(slides.get(slides.size() - 1).getTitle()).isEqualTo("Method and coverage");
    }
  }

  /**
   * brief/ holds the pack of the committed dataset, for reading without building; after a change to data/ or to the
   * brief, {@code mvn -B -o test -Dtest=BriefPackTest -Dentente.golden.update=true} writes it again.
   */
  @Test
  void theCommittedPackIsTheOneTheCommittedDatasetGives() throws Exception {
    Path committed = Path.of("brief");
    if (Boolean.getBoolean("entente.golden.update")) {
      Files.createDirectories(committed);
      for (String name : List.of("ner.html", "ner.pdf", "ner.pptx")) {
        Files.copy(pack.resolve(name), committed.resolve(name), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      }
    }
    org.junit.jupiter.api.Assumptions.assumeTrue(Files.isDirectory(committed), "no brief/ committed");
    for (String name : List.of("ner.html", "ner.pdf", "ner.pptx")) {
      assertThat(pack.resolve(name)).as("brief/" + name + " (see the test's comment to regenerate)")
          .hasSameBinaryContentAs(committed.resolve(name));
    }
  }

  @Test
  void sameDatasetGivesTheSameBytes() throws Exception {
    Path again = Packs.seedPack(tmp.resolve("again"));
    for (String name : List.of("ner.html", "ner.pdf", "ner.pptx")) {
      assertThat(Files.readAllBytes(again.resolve(name))).as(name).isEqualTo(Files.readAllBytes(pack.resolve(name)));
    }
  }
}
