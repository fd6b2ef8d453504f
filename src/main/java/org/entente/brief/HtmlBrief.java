package org.entente.brief;

import static org.entente.brief.Html.attr;
import static org.entente.brief.Html.el;
import static org.entente.brief.Html.text;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.entente.brief.Html.Markup;

/**
 * The brief as one self-contained HTML page: no script, no external file (the charts are inline SVG, the style is in
 * the page), and a Content-Security-Policy that forbids scripts and every load, so that even a mistake could not run
 * anything. Every value is written through {@link Html}, which escapes it.
 */
final class HtmlBrief {
  private HtmlBrief() {}

  static final String CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; "
      + "script-src 'none'; object-src 'none'; base-uri 'none'; form-action 'none'";

  private static final String CSS = """
      :root { color-scheme: light; }
      body { margin: 0; background: #fff; color: #222; font: 16px/1.5 'DejaVu Sans', 'Segoe UI', Arial, sans-serif; }
      main { max-width: 1040px; margin: 0 auto; padding: 24px 28px 48px; }
      h1 { font-size: 2em; line-height: 1.2; margin: 0.4em 0 0.2em; }
      h2 { font-size: 1.35em; line-height: 1.3; margin: 1.6em 0 0.4em; }
      .lede { font-size: 1.1em; color: #444; margin: 0 0 1em; }
      nav ol { padding-left: 1.4em; }
      nav a, td a { color: #0b5394; }
      figure { margin: 0; }
      figure svg { display: block; width: 100%; height: auto; border: 1px solid #e3e3e3; }
      figcaption { font-size: 0.8em; color: #555; margin-top: 0.4em; }
      table { border-collapse: collapse; width: 100%; font-size: 0.85em; }
      th, td { text-align: left; vertical-align: top; padding: 6px 8px; border-bottom: 1px solid #ddd; }
      th { border-bottom: 2px solid #888; }
      td.date { white-space: nowrap; }
      .muted { color: #666; font-size: 0.9em; }
      .id { white-space: nowrap; font-family: 'DejaVu Sans Mono', monospace; font-size: 0.8em; }
      blockquote { margin: 0; font-style: italic; }
      td ul { margin: 0; padding-left: 1.1em; }
      .unlinked { color: #666; overflow-wrap: anywhere; }
      footer { margin-top: 2.5em; font-size: 0.8em; color: #666; }
      @media print {
        @page { size: A4 landscape; margin: 14mm; }
        main { max-width: none; padding: 0; }
        section.chart { break-before: page; }
        figure { break-inside: avoid; }
        figure svg { width: 240mm; height: 135mm; max-width: 100%; margin: 0 auto; }
        tr { break-inside: avoid; }
      }
      """;

  static byte[] render(Brief b) {
    List<Markup> body = Html.list();
    body.add(el("header", el("h1", b.title()), el("p", List.of(attr("class", "lede")), text(b.lede()))));

    List<Markup> findings = Html.list();
    for (Brief.Chart c : b.charts()) {
      findings.add(el("li", Html.link("#" + id(c), text(c.finding()))));
    }
    findings.add(el("li", Html.link("#key-events", text("Key events"))));
    findings.add(el("li", Html.link("#method", text("Method and coverage"))));
    body.add(el("nav", List.of(attr("aria-label", "Findings")), el("h2", "Findings"), el("ol", List.of(),
        findings)));

    for (Brief.Chart c : b.charts()) {
      Markup svg = SafeSvg.inline(c.svg(), c.name() + "-", c.finding());
      body.add(el("section", List.of(attr("class", "chart"), attr("id", id(c))),
          el("h2", c.finding()),
          el("figure", List.of(attr("class", "chart-" + c.name())), svg, el("figcaption", c.source()))));
    }

    body.add(el("section", List.of(attr("id", "key-events")),
        el("h2", "Key events"), el("p", b.keyEventsIntro()), keyEvents(b)));

    List<Markup> method = Html.list();
    method.add(el("h2", "Method and coverage"));
    for (String[] p : b.method()) method.add(el("p", el("strong", p[0] + ". "), text(p[1])));
    body.add(el("section", List.of(attr("id", "method")), method));
    body.add(el("footer", "Made by Entente " + b.version() + " with 'entente brief --focus " + b.focus() + "'."));

    Markup head = el("head",
        Html.empty("meta", List.of(attr("charset", "utf-8"))),
        Html.empty("meta", List.of(attr("http-equiv", "Content-Security-Policy"), attr("content", CSP))),
        Html.empty("meta", List.of(attr("name", "viewport"), attr("content", "width=device-width, initial-scale=1"))),
        Html.empty("meta", List.of(attr("name", "generator"), attr("content", "Entente " + b.version()))),
        el("title", b.title() + " \u2014 briefing"),
        Html.style(CSS));
    Markup html = el("html", List.of(attr("lang", "en")), head, el("body", el("main", List.of(), body)));
    return ("<!DOCTYPE html>\n" + html + "\n").getBytes(StandardCharsets.UTF_8);
  }

  private static String id(Brief.Chart c) {
    return "chart-" + c.name().toLowerCase(Locale.ROOT);
  }

  private static Markup keyEvents(Brief b) {
    List<Markup> rows = Html.list();
    for (KeyEvent e : b.data().keyEvents()) {
      List<Markup> sources = Html.list();
      for (KeyEvent.Source s : e.sources()) {
        List<Markup> item = Html.list();
        item.add(Html.link(s.link(), text(s.label())));
        if (!s.detail().isEmpty()) item.add(el("span", List.of(attr("class", "muted")), text(" \u2014 " + s.detail())));
        if (s.link() == null && !s.url().isBlank()) {
          item.add(el("span", List.of(attr("class", "unlinked")), text(" (address not linked: " + s.url() + ")")));
        }
        sources.add(el("li", List.of(), item));
      }
      rows.add(el("tr", List.of(attr("id", e.eventId())),
          el("td", List.of(attr("class", "date")), text(e.when()), Html.empty("br", List.of()),
              el("span", List.of(attr("class", "muted")), text(e.precisionText()))),
          el("td", List.of(), text(e.parties()), Html.empty("br", List.of()),
              el("span", List.of(attr("class", "muted id")), text(e.eventId()))),
          el("td", List.of(), text(e.act()), Html.empty("br", List.of()),
              el("span", List.of(attr("class", "muted")), text("Goldstein " + goldstein(e.goldstein())))),
          el("td", el("blockquote", e.evidence())),
          el("td", el("ul", List.of(), sources))));
    }
    Markup head = el("thead", el("tr", el("th", "Date"), el("th", "Parties"), el("th", "Act"),
        el("th", "Evidence"), el("th", "Sources")));
    return el("table", List.of(attr("class", "key-events")), head, el("tbody", List.of(), rows));
  }

  static String goldstein(double g) {
    return String.format(Locale.ROOT, "%+.1f", g).replace('-', '\u2212');
  }
}
