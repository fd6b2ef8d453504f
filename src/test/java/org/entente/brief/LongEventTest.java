package org.entente.brief;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTable;
import org.entente.chart.ChartFormat;
import org.entente.chart.ChartJob;
import org.entente.chart.ChartSettings;
import org.entente.chart.ChartSize;
import org.entente.chart.RenderedChart;
import org.junit.jupiter.api.Test;

/**
 * An archive's key events are reported by dozens of articles, and a badly split page can make a sentence of a
 * paragraph: the PDF and the deck still fit every row on its page or slide.
 */
class LongEventTest {

  @Test
  void manySourcesAndALongSentenceStayOnThePageAndTheSlide() throws Exception {
    List<RenderedChart> rendered = new ChartJob(new ChartSettings(Path.of("data"), Path.of("unused"), "NER",
        Set.of(ChartFormat.SVG), ChartSize.SLIDE, 300, null, null, "test")).render();
    List<Brief.Chart> charts = new ArrayList<>();
    for (RenderedChart c : rendered) charts.add(new Brief.Chart(c, c.svg(), c.pdf(), c.png(100)));

    BriefData seeds = BriefData.load(Path.of("data"), "NER", null, null, List.of());
    List<KeyEvent.Source> sources = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      sources.add(new KeyEvent.Source("a" + i, "A rather long headline about the partnership, number " + i, "Wire",
          LocalDate.of(2023, 12, 1).plusDays(i), "https://example.org/" + i, "https://example.org/" + i));
    }
    String sentence = "Niger and Russia agreed to deepen their cooperation in every field they could name, "
        .repeat(40).strip();
    List<KeyEvent> events = new ArrayList<>();
    for (int i = 0; i < BriefData.KEY_EVENTS; i++) {
      events.add(new KeyEvent("ev-long" + i, LocalDate.of(2023, 12, 1 + i), "day", "NER", "Niger", "RUS", "Russia",
          false, "cooperation", "agreement", 8.0, 50, 40, sentence, "a0", sources));
    }
    BriefData data = new BriefData("NER", "Niger", events, seeds.coverage());
    Brief brief = new Brief(data, charts, "test", Path.of("data"), null, null, List.of());

    try (PDDocument pdf = Loader.loadPDF(PdfBrief.render(brief))) {
      PDFTextStripper stripper = new PDFTextStripper();
      String text = Packs.squash(stripper.getText(pdf));
      assertThat(text).contains("and 32 more articles (all in the web page)");
      for (int i = 0; i < events.size(); i++) assertThat(text).contains("ev-long" + i);
      // every text position lies on its page
      for (int p = 1; p <= pdf.getNumberOfPages(); p++) {
        List<Float> ys = new ArrayList<>();
        PDFTextStripper positions = new PDFTextStripper() {
          @Override
          protected void writeString(String s, List<org.apache.pdfbox.text.TextPosition> tps) {
            for (var t : tps) ys.add(t.getYDirAdj());
          }
        };
        positions.setStartPage(p);
        positions.setEndPage(p);
        positions.getText(pdf);
        assertThat(ys).allMatch(y -> y > 0 && y < pdf.getPage(0).getMediaBox().getHeight());
      }
    }

    try (XMLSlideShow deck = new XMLSlideShow(new ByteArrayInputStream(DeckBrief.render(brief)))) {
      int rows = 0;
      for (XSLFSlide s : deck.getSlides()) {
        for (var shape : s.getShapes()) {
          if (shape instanceof XSLFTable t) {
            rows += t.getNumberOfRows() - 1;
            assertThat(t.getAnchor().getMaxY()).as(s.getTitle()).isLessThanOrEqualTo(540);
          }
        }
      }
      assertThat(rows).isEqualTo(events.size());
    }
  }
}
