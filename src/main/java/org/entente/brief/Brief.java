package org.entente.brief;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.entente.chart.RenderedChart;

/**
 * What a briefing pack says, once, for the three files that show it: the title, the charts (each with its finding,
 * the chart's own title, and its source line), the key events and the method and coverage note. The writers only lay
 * it out.
 *
 * @param charts the four charts, in the order {@code entente chart} draws them
 * @param from the window's first day, as asked (--from), or null
 * @param to the window's last day, as asked (--to), or null
 * @param partners the partners asked for by code (--partners FRA,RUS), or empty
 */
record Brief(BriefData data, List<Chart> charts, String version, Path dataDir, LocalDate from, LocalDate to,
    List<String> partners) {

  /** One chart, drawn in every form the pack needs. */
  record Chart(RenderedChart chart, String svg, byte[] pdf, byte[] png) {
    String name() { return chart.name(); }
    String finding() { return chart.title(); }
    String source() { return chart.source(); }
  }

  Brief {
    charts = List.copyOf(charts);
    partners = List.copyOf(partners);
  }

  String focus() { return data.focus(); }

  /** "Niger and its partners". */
  String title() {
    return data.focusName() + " and its partners";
  }

  /** "Jul 2023 – Feb 2024", or the window asked for. */
  String period() {
    BriefData.Coverage c = data.coverage();
    LocalDate a = from != null ? from : c.firstEvent();
    LocalDate b = to != null ? to : c.lastEvent();
    if (a == null || b == null) return "";
    if (from != null || to != null) return Dates.day(a) + " \u2013 " + Dates.day(b);
    String first = Dates.of(a, "month");
    String last = Dates.of(b, "month");
    return first.equals(last) ? first : first + " \u2013 " + last;
  }

  /** The line under the title. */
  String lede() {
    BriefData.Coverage c = data.coverage();
    return "A briefing on " + data.focusName() + "'s interactions with other states and organisations, "
        + period() + ", drawn from " + count(c.articles(), "news article") + " coded by Entente " + version
        + ": " + count(c.withFocus(), "event") + " with " + data.focusName() + ".";
  }

  String keyEventsIntro() {
    int n = data.keyEvents().size();
    int of = data.coverage().candidates();
    return (n == of ? "All " + count(n, "event") : "The " + count(n, "event") + " of " + of)
        + " with " + data.focusName()
        + (n == of ? "" : " reported by the most articles (ties: the larger absolute Goldstein weight)")
        + ", by date. Each gives the clearest sentence stating it and the articles that report it.";
  }

  /** The method and coverage note, paragraph by paragraph: a heading word and its text. */
  List<String[]> method() {
    BriefData.Coverage c = data.coverage();
    String name = data.focusName();
    List<String[]> p = new ArrayList<>();
    String published = c.firstPublished() == null ? ""
        : " published " + (c.firstPublished().equals(c.lastPublished()) ? "on " + Dates.day(c.firstPublished())
            : "between " + Dates.day(c.firstPublished()) + " and " + Dates.day(c.lastPublished()));
    String cover = count(c.articles(), "article") + published
        + (c.outlets() > 0 ? " by " + count(c.outlets(), "named outlet") : "")
        + " were coded into " + count(c.events(), "event") + "; " + c.withFocus() + " involve " + name + ".";
    if (!c.articlesFile()) cover = "The dataset has no articles.csv: sources are named by article id only. " + cover;
    if (c.undated() > 0) {
      cover += " " + count(c.undated(), "event") + " with " + name
          + (c.undated() == 1 ? " has" : " have") + " no known date and " + (c.undated() == 1 ? "is" : "are")
          + " not charted.";
    }
    if (c.analyst() > 0) {
      cover += " " + count(c.analyst(), "event") + " with " + name + (c.analyst() == 1 ? " was" : " were")
          + " corrected by an analyst (coded_by = analyst).";
    }
    p.add(new String[] {"Coverage", cover});
    if (from != null || to != null || !partners.isEmpty()) {
      String scope = "";
      if (from != null || to != null) {
        scope += "Only events whose date starts " + (from != null && to != null
            ? "between " + Dates.day(from) + " and " + Dates.day(to)
            : from != null ? "on or after " + Dates.day(from) : "on or before " + Dates.day(to)) + ".";
      }
      if (!partners.isEmpty()) {
        scope += (scope.isEmpty() ? "" : " ") + "Only events with " + String.join(", ", partners) + ".";
      }
      p.add(new String[] {"Scope", scope});
    }
    p.add(new String[] {"Coding",
        "Each event is one act between two parties (cooperation, alliance, withdrawal or expulsion, with a subtype) "
            + "merged from every sentence of every article that reports it. Dates are as precise as the articles: "
            + "a month or a year where no day is given, the publication day where the act is only reported. The "
            + "alignment chart adds up the Goldstein weight of each event's CAMEO code, from \u221210 (most hostile) "
            + "to +10 (most cooperative)."});
    p.add(new String[] {"Key events",
        "The events with " + name + " reported by the most articles, ties broken by the larger absolute Goldstein "
            + "weight, then by more mentions; at most " + BriefData.KEY_EVENTS + ", listed by date. The evidence "
            + "is the clearest sentence stating the act; mentions.csv gives every sentence behind an event and "
            + "where it stands in its article. A source is linked only when its address is an http or https one."});
    p.add(new String[] {"Limits",
        "The coding is automatic: it misses some acts, misreads a few, and dates are its weakest part. Read the "
            + "evidence before quoting an event. The charts show what the articles read report, not all that "
            + "happened; the codebook (docs/CODEBOOK.md) gives the rules and the measured accuracy."});
    p.add(new String[] {"Dataset", dataDir + " (events.csv SHA-256 " + c.eventsSha256().substring(0, 16)
        + "\u2026), Entente " + version + "."});
    return p;
  }

  static String count(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }
}
