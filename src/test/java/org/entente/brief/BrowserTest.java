package org.entente.brief;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The brief opened in a real browser: headless Chromium, driven through chromedriver (Debian's chromium and
 * chromium-driver packages; {@code .ci/run} installs them when it can). Skipped, with a message, where they are
 * absent: nothing is downloaded here.
 */
class BrowserTest {
  @TempDir static Path tmp;
  static WebDriver browser;

  private static final String SKIPPED = "no headless browser: " + WebDriver.CHROMIUM + " and "
      + WebDriver.CHROMEDRIVER + " are needed (apt-get install chromium chromium-driver); the brief was not opened "
      + "in a browser";

  @BeforeAll
  static void start() throws Exception {
    if (!WebDriver.available()) {
      System.err.println("BrowserTest skipped: " + SKIPPED);
      return;
    }
    browser = new WebDriver(tmp.resolve("profile"), tmp.resolve("chromedriver.log"));
  }

  @BeforeEach
  void needsABrowser() {
    assumeTrue(browser != null, SKIPPED);
  }

  @AfterAll
  static void stop() throws Exception {
    if (browser != null) browser.close();
  }

  /** What the page shows, measured by the browser. */
  private static final String MEASURE = """
      const charts = [...document.querySelectorAll('section.chart svg')].map(s => {
        const r = s.getBoundingClientRect();
        const drawn = s.querySelectorAll('path, rect, text').length;
        const style = getComputedStyle(s);
        return {width: r.width, height: r.height, drawn: drawn, visible: style.visibility === 'visible'
            && style.display !== 'none'};
      });
      const clipped = [...document.querySelectorAll('section.chart svg [clip-path], section.chart svg [style*="clip-path"]')]
          .filter(e => { const m = (e.getAttribute('style') || '').match(/url\\(#([^)]+)\\)/);
                         return m && !document.getElementById(m[1]); }).length;
      return {
        charts: charts,
        danglingClips: clipped,
        headings: [...document.querySelectorAll('section.chart h2')].map(h => h.textContent),
        rows: document.querySelectorAll('table.key-events tbody tr').length,
        scripts: document.scripts.length,
        images: document.images.length,
        frames: document.querySelectorAll('iframe, object, embed').length,
        handlers: [...document.querySelectorAll('*')].filter(e => [...e.attributes].some(a => a.name.startsWith('on'))).length,
        links: [...document.querySelectorAll('a[href]')].map(a => a.protocol),
        text: document.body.innerText
      };
      """;

  private static JsonNode open(Path page) throws Exception {
    browser.consoleLog(); // drop what an earlier page left
    browser.open(page);
    return browser.execute(MEASURE);
  }

  private static void assertNoConsoleErrors() throws Exception {
    List<String[]> log = browser.consoleLog();
    assertThat(log.stream().filter(e -> e[0].equals("SEVERE")).map(e -> e[1]).toList()).as("console errors").isEmpty();
  }

  @Test
  void theChecksSeeAConsoleErrorAndAnEmptyChart() throws Exception {
    Path page = tmp.resolve("broken.html");
    java.nio.file.Files.writeString(page, "<!DOCTYPE html><html><body><section class=\"chart\"><svg></svg></section>"
        + "<img src=\"missing.png\"><script>console.error('boom')</script></body></html>");
    JsonNode measured = open(page);
    List<String[]> log = browser.consoleLog();
    assertThat(log.stream().filter(e -> e[0].equals("SEVERE")).map(e -> e[1]).toList())
        .anyMatch(m -> m.contains("boom")).anyMatch(m -> m.contains("missing.png"));
    assertThat(measured.path("charts").get(0).path("drawn").asInt()).isZero();
  }

  @Test
  void theSeedBriefRendersEveryChartWithNoConsoleError() throws Exception {
    Path pack = Packs.seedPack(tmp.resolve("seeds"));
    JsonNode page = open(pack.resolve("ner.html"));
    assertNoConsoleErrors();
    assertThat(page.path("charts")).hasSize(4);
    for (JsonNode chart : page.path("charts")) {
      assertThat(chart.path("visible").asBoolean()).isTrue();
      assertThat(chart.path("width").asDouble()).isGreaterThan(600);
      // drawn at the chart's own 16:9
      assertThat(chart.path("height").asDouble()).isCloseTo(chart.path("width").asDouble() * 540 / 960,
          org.assertj.core.data.Offset.offset(3.0));
      assertThat(chart.path("drawn").asInt()).isGreaterThan(20);
    }
    assertThat(page.path("danglingClips").asInt()).isZero();
    assertThat(page.path("headings")).hasSize(4);
    assertThat(page.path("rows").asInt()).isEqualTo(BriefData.KEY_EVENTS);
    assertThat(page.path("scripts").asInt()).isZero();
  }

  @Test
  void markupFromTheArticlesIsShownAndNothingRuns() throws Exception {
    Path data = Packs.hostileDataset(tmp.resolve("hostile"));
    Path pack = tmp.resolve("hostile/brief");
    Packs.Result r = Packs.run("brief", "--focus", "NER", "--data", data.toString(), "--out", pack.toString(), "-q");
    assertThat(r.exitCode()).as(r.err()).isZero();
    // An alert from an injected script would be open now, and WebDriver would refuse to run the measuring script.
    JsonNode page = open(pack.resolve("ner.html"));
    assertNoConsoleErrors();
    assertThat(page.path("scripts").asInt()).isZero();
    assertThat(page.path("images").asInt()).isZero();
    assertThat(page.path("frames").asInt()).isZero();
    assertThat(page.path("handlers").asInt()).isZero();
    for (JsonNode p : page.path("links")) assertThat(p.asText()).isIn("https:", "http:", "file:");
    assertThat(page.path("text").asText()).contains("</td></tr></table><script>alert(5)</script>",
        "<script>alert('outlet')</script>", "\"><img src=x onerror=alert(6)>");
    for (JsonNode chart : page.path("charts")) assertThat(chart.path("width").asDouble()).isGreaterThan(600);
  }
}
