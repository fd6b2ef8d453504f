package org.entente.brief;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
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
import org.apache.poi.xslf.usermodel.XSLFShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTable;
import org.apache.poi.xslf.usermodel.XSLFTableCell;
import org.apache.poi.xslf.usermodel.XSLFTableRow;
import org.apache.poi.xslf.usermodel.XSLFTextParagraph;
import org.apache.poi.xslf.usermodel.XSLFTextRun;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Nothing from an article runs in the brief. The articles (test resources {@code hostile/}) and their manifest are
 * made of markup and script: a title with a script element, evidence sentences that close the table and open a
 * script, outlets that are a script or break out of an attribute, and addresses that are {@code javascript:} (in two
 * spellings) or an https address with a script in its path. The brief shows all of it as text, and links only the
 * one plain https address.
 */
class BriefInjectionTest {
  @TempDir static Path tmp;
  static Path data;
  static Path pack;

  @BeforeAll
  static void makePack() throws Exception {
    data = Packs.hostileDataset(tmp);
    pack = tmp.resolve("brief");
    Packs.Result r = Packs.run("brief", "--focus", "NER", "--data", data.toString(), "--out", pack.toString(), "-q");
    assertThat(r.exitCode()).as(r.err()).isZero();
  }

  @Test
  void theDatasetReallyCarriesTheMarkup() throws Exception {
    String articles = Files.readString(data.resolve("articles.csv"));
    String events = Files.readString(data.resolve("events.csv"));
    assertThat(articles).contains("<script>alert(\"\"title\"\")</script>", "<script>alert('outlet')</script>",
        "onerror=alert(6)", "javascript:alert(1)", "JAVASCRIPT:alert(7)", "https://example.org/<script>");
    assertThat(events).contains("</td></tr></table><script>alert(5)</script>");
  }

  @Test
  void htmlHasNoElementOrAttributeFromTheArticles() throws Exception {
    Document doc = Packs.html(pack.resolve("ner.html"));
    Set<String> made = Set.of("html", "head", "meta", "title", "style", "body", "main", "header", "h1", "h2", "p",
        "nav", "ol", "li", "a", "section", "figure", "figcaption", "table", "thead", "tbody", "tr", "th", "td",
        "blockquote", "ul", "span", "br", "strong", "footer",
        "svg", "g", "defs", "clipPath", "path", "rect", "circle", "ellipse", "line", "polyline", "polygon", "text",
        "tspan", "linearGradient", "radialGradient", "stop", "use");
    for (Element e : Packs.elements(doc)) {
      assertThat(made).as("element <%s>", e.getTagName()).contains(e.getTagName());
      var attrs = e.getAttributes();
      for (int i = 0; i < attrs.getLength(); i++) {
        Node a = attrs.item(i);
        assertThat(a.getNodeName().toLowerCase()).as("attribute of <%s>", e.getTagName()).doesNotStartWith("on");
        assertThat(a.getNodeValue().toLowerCase()).doesNotContain("javascript:").doesNotContain("<script");
      }
    }
    assertThat(Packs.all(doc, "script")).isEmpty();
    assertThat(Packs.all(doc, "img")).isEmpty();
    assertThat(Packs.all(doc, "iframe")).isEmpty();
    assertThat(Packs.all(doc, "b")).isEmpty();
  }

  @Test
  void theMarkupIsShownAsText() throws Exception {
    Document doc = Packs.html(pack.resolve("ner.html"));
    Element table = Packs.all(doc, "table").get(0);
    String text = table.getTextContent();
    assertThat(text).contains("Mali and Niger signed a defence pact on 16 September 2023 "
        + "</td></tr></table><script>alert(5)</script>.");
    assertThat(text).contains("Niger expels French envoy <script>alert(\"title\")</script>");
    assertThat(text).contains("<script>alert('outlet')</script>", "\"><img src=x onerror=alert(6)>",
        "Agence <b>Bold</b>");
    // the table is still one table, with one row per event: the sentence closed nothing
    assertThat(Packs.all(doc, "table")).hasSize(1);
    assertThat(Packs.all(table, "td")).hasSize(5 * Packs.all(Packs.all(table, "tbody").get(0), "tr").size());
    String raw = Files.readString(pack.resolve("ner.html"));
    assertThat(raw).contains("&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;&lt;script&gt;alert(5)&lt;/script&gt;");
    assertThat(raw).doesNotContain("<script").doesNotContain("<img").doesNotContain("<iframe");
  }

  @Test
  void onlyTheHttpsAddressBecomesALink() throws Exception {
    Document doc = Packs.html(pack.resolve("ner.html"));
    Element table = Packs.all(doc, "table").get(0);
    List<String> hrefs = Packs.all(table, "a").stream().map(a -> a.getAttribute("href")).distinct().toList();
    assertThat(hrefs).containsExactly("https://example.org/niger?id=1&x=2");
    assertThat(Files.readString(pack.resolve("ner.html"))).contains("href=\"https://example.org/niger?id=1&amp;x=2\"");
    String text = table.getTextContent();
    assertThat(text).contains("(address not linked: javascript:alert(1))", "(address not linked: JAVASCRIPT:alert(7))",
        "(address not linked: https://example.org/<script>alert(8)</script>)");
  }

  @Test
  void pdfShowsTheMarkupAsTextAndLinksOnlyTheHttpsAddress() throws Exception {
    try (PDDocument pdf = Loader.loadPDF(pack.resolve("ner.pdf").toFile())) {
      String text = Packs.squash(new PDFTextStripper().getText(pdf));
      assertThat(text).contains("<script>alert('outlet')</script>", "</td></tr></table><script>alert(5)</script>");
      List<String> uris = new java.util.ArrayList<>();
      for (PDPage page : pdf.getPages()) {
        for (PDAnnotation a : page.getAnnotations()) {
          if (a instanceof PDAnnotationLink l && l.getAction() instanceof PDActionURI uri) uris.add(uri.getURI());
        }
      }
      assertThat(uris).isNotEmpty().allMatch(u -> u.equals("https://example.org/niger?id=1&x=2"));
    }
  }

  @Test
  void deckShowsTheMarkupAsTextAndLinksOnlyTheHttpsAddress() throws Exception {
    try (XMLSlideShow deck = new XMLSlideShow(Files.newInputStream(pack.resolve("ner.pptx")))) {
      StringBuilder text = new StringBuilder();
      List<String> links = new java.util.ArrayList<>();
      for (XSLFSlide slide : deck.getSlides()) {
        for (XSLFShape shape : slide.getShapes()) {
          if (!(shape instanceof XSLFTable t)) continue;
          for (XSLFTableRow row : t.getRows()) {
            for (XSLFTableCell cell : row.getCells()) {
              for (XSLFTextParagraph p : cell.getTextParagraphs()) {
                for (XSLFTextRun r : p.getTextRuns()) {
                  text.append(r.getRawText()).append(' ');
                  if (r.getHyperlink() != null) links.add(r.getHyperlink().getAddress());
                }
              }
            }
          }
        }
      }
      assertThat(text.toString()).contains("</td></tr></table><script>alert(5)</script>",
          "Niger expels French envoy <script>alert(\"title\")</script>");
      assertThat(links).isNotEmpty().allMatch(u -> u.equals("https://example.org/niger?id=1&x=2"));
    }
  }
}
