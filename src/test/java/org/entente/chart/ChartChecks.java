package org.entente.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.entente.table.CsvTable;
import org.entente.table.Schemas;

/**
 * What a reviewer checks from the files alone, written once for every real-size test: each lane, bar, line and row
 * of a chart's CSV is a text label of its SVG (and its PDF) that overlaps no other text; each CSV counts what the
 * events of events.csv imply, recomputed here from events.csv, not by the chart code.
 */
final class ChartChecks {

  /** One dated event of events.csv with the focus, from the file's own columns. */
  record Event(String id, LocalDate start, LocalDate end, String partner, String category, double goldstein) {}

  private ChartChecks() {}

  /** The dated events with {@code focus} whose date starts in {@code from..to} (null: open) with these partners. */
  static List<Event> events(Path data, String focus, LocalDate from, LocalDate to, Set<String> partners) {
    List<Event> out = new ArrayList<>();
    CsvTable t = Schemas.EVENTS.rows(data.resolve("events.csv"));
    for (CsvTable.Row r : t.rows()) {
      String s = r.get("source");
      String g = r.get("target");
      if (s.equals(g) || !(s.equals(focus) || g.equals(focus))) continue;
      if (r.get("date").isEmpty() || r.get("date_precision").equals("unknown")) continue;
      LocalDate start = LocalDate.parse(r.get("date"));
      if ((from != null && start.isBefore(from)) || (to != null && start.isAfter(to))) continue;
      String partner = s.equals(focus) ? g : s;
      if (partners != null && !partners.contains(partner)) continue;
      LocalDate end = switch (r.get("date_precision")) {
        case "month" -> start.withDayOfMonth(start.lengthOfMonth());
        case "year" -> start.withDayOfYear(start.lengthOfYear());
        default -> start;
      };
      out.add(new Event(r.get("event_id"), start, end, partner, r.get("category"),
          Double.parseDouble(r.get("goldstein"))));
    }
    return out;
  }

  static List<Map<String, String>> csv(Path file) throws IOException {
    List<Map<String, String>> rows = new ArrayList<>();
    List<String> lines = Files.readAllLines(file);
    String[] header = lines.get(0).split(",", -1);
    for (String line : lines.subList(1, lines.size())) {
      List<String> cells = split(line);
      Map<String, String> row = new LinkedHashMap<>();
      for (int i = 0; i < header.length; i++) row.put(header[i], cells.get(i));
      rows.add(row);
    }
    return rows;
  }

  /** RFC 4180 cells of one line (the chart CSVs hold no line breaks). */
  private static List<String> split(String line) {
    List<String> out = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          cell.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          cell.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        out.add(cell.toString());
        cell.setLength(0);
      } else {
        cell.append(c);
      }
    }
    out.add(cell.toString());
    return out;
  }

  /** Every check, on the charts of {@code focus} in {@code charts}, against {@code expected} events. */
  static void all(Path charts, String focus, List<Event> expected) throws IOException {
    String prefix = focus.toLowerCase(Locale.ROOT) + "-";
    labels(charts.resolve(prefix + "timeline"), "lane", false);
    labels(charts.resolve(prefix + "mix"), "bar", false);
    labels(charts.resolve(prefix + "matrix"), "row", false);
    labels(charts.resolve(prefix + "alignment"), "line", true);
    timeline(charts.resolve(prefix + "timeline.csv"), expected);
    matrix(charts.resolve(prefix + "matrix.csv"), expected);
    mix(charts.resolve(prefix + "mix.csv"), expected);
    alignment(charts.resolve(prefix + "alignment.csv"), expected);
  }

  /**
   * Each value of the label column is a text of the SVG ({@code prefixed}: the start of one, as the alignment's
   * end labels carry the value after the name) and of the PDF; an "Other partners (N)" holds N partners; no two
   * texts of the SVG overlap.
   */
  static void labels(Path base, String column, boolean prefixed) throws IOException {
    Path svg = base.resolveSibling(base.getFileName() + ".svg");
    List<Map<String, String>> rows = csv(base.resolveSibling(base.getFileName() + ".csv"));
    Map<String, Set<String>> members = new LinkedHashMap<>();
    for (Map<String, String> r : rows) members.computeIfAbsent(r.get(column), k -> new HashSet<>()).add(r.get("partner"));
    List<SvgText> texts = SvgText.read(svg);
    Set<String> strings = new HashSet<>();
    for (SvgText t : texts) strings.add(t.text());
    for (var e : members.entrySet()) {
      String label = e.getKey();
      if (prefixed) {
        assertThat(strings).as(svg + " has a text starting with " + label).anyMatch(s -> s.startsWith(label + " "));
      } else {
        assertThat(strings).as(svg + " labels").contains(label);
      }
      if (label.startsWith("Other partners (")) {
        assertThat(label).isEqualTo("Other partners (" + e.getValue().size() + ")");
      } else {
        assertThat(e.getValue()).as(label).hasSize(1);
      }
    }
    assertThat(SvgText.overlaps(texts)).as(svg + ": overlapping texts").isEmpty();
    assertThat(SvgText.outside(texts, svg)).as(svg + ": texts off the page").isEmpty();
    Path pdf = base.resolveSibling(base.getFileName() + ".pdf");
    if (Files.exists(pdf)) {
      try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
        String text = new PDFTextStripper().getText(doc);
        for (String label : members.keySet()) assertThat(text).as(pdf + " labels").contains(label);
      }
    }
  }

  /** Each expected event once, in its partner's lane. */
  static void timeline(Path csv, List<Event> expected) throws IOException {
    List<Map<String, String>> rows = csv(csv);
    assertThat(rows).extracting(r -> r.get("event_id"))
        .containsExactlyInAnyOrderElementsOf(expected.stream().map(Event::id).toList());
  }

  /** Each expected event once, in the row of its partner and the period that holds its start. */
  static void matrix(Path csv, List<Event> expected) throws IOException {
    List<Map<String, String>> rows = csv(csv);
    assertThat(rows.get(0).keySet()).startsWith("partner", "partner_name", "period_start", "period_end", "events",
        "net_goldstein", "cooperation", "alliance", "withdrawal", "expulsion");
    Map<String, Integer> want = new TreeMap<>();
    Map<String, Double> net = new HashMap<>();
    for (Event e : expected) {
      Map<String, String> cell = rows.stream().filter(r -> r.get("partner").equals(e.partner())
          && !LocalDate.parse(r.get("period_start")).isAfter(e.start())
          && !LocalDate.parse(r.get("period_end")).isBefore(e.start())).findFirst()
          .orElseThrow(() -> new AssertionError("no matrix cell holds " + e));
      String key = e.partner() + " " + cell.get("period_start");
      want.merge(key, 1, Integer::sum);
      want.merge(key + " " + e.category(), 1, Integer::sum);
      net.merge(key, e.goldstein(), Double::sum);
    }
    Map<String, Integer> got = new TreeMap<>();
    int total = 0;
    for (Map<String, String> r : rows) {
      String key = r.get("partner") + " " + r.get("period_start");
      int n = Integer.parseInt(r.get("events"));
      total += n;
      if (n > 0) got.put(key, n);
      for (String c : List.of("cooperation", "alliance", "withdrawal", "expulsion")) {
        int k = Integer.parseInt(r.get(c));
        if (k > 0) got.put(key + " " + c, k);
      }
      assertThat(Double.parseDouble(r.get("net_goldstein"))).as(key)
          .isCloseTo(net.getOrDefault(key, 0.0), org.assertj.core.data.Offset.offset(0.051));
    }
    assertThat(got).isEqualTo(want);
    assertThat(total).isEqualTo(expected.size());
  }

  /** Before, around and after the pivot per partner and category, from each event's date span. */
  static void mix(Path csv, List<Event> expected) throws IOException {
    List<Map<String, String>> rows = csv(csv);
    LocalDate pivot = LocalDate.parse(rows.get(0).get("pivot"));
    Map<String, Integer> want = new TreeMap<>();
    for (Event e : expected) {
      String side = e.end().isBefore(pivot) ? "before" : !e.start().isBefore(pivot) ? "after" : "around";
      want.merge(e.partner() + " " + side + " " + e.category(), 1, Integer::sum);
    }
    Map<String, Integer> got = new TreeMap<>();
    for (Map<String, String> r : rows) {
      int n = Integer.parseInt(r.get("count"));
      if (n > 0) got.put(r.get("partner") + " " + r.get("period") + " " + r.get("category"), n);
    }
    assertThat(got).isEqualTo(want);
  }

  /** Each partner's last index is the sum of its events' Goldstein weights. */
  static void alignment(Path csv, List<Event> expected) throws IOException {
    Map<String, Double> last = new HashMap<>();
    for (Map<String, String> r : csv(csv)) last.put(r.get("partner"), Double.parseDouble(r.get("index")));
    Map<String, Double> sums = new HashMap<>();
    for (Event e : expected) sums.merge(e.partner(), e.goldstein(), Double::sum);
    assertThat(last.keySet()).isEqualTo(sums.keySet());
    for (var e : sums.entrySet()) {
      assertThat(last.get(e.getKey())).as(e.getKey()).isCloseTo(e.getValue(), org.assertj.core.data.Offset.offset(0.051));
    }
  }
}
