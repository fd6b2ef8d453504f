package org.entente.brief;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.multipdf.LayerUtility;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDBorderStyleDictionary;
import org.apache.pdfbox.util.Matrix;

/**
 * The brief as a PDF, made without a browser: A4 landscape pages with the title and findings, one chart per page (the
 * chart's own vector PDF placed as a form, fonts embedded), the key events as a table whose sources are links (only
 * http and https addresses), and the method and coverage note. Text is real text in the bundled DejaVu Sans.
 */
final class PdfBrief {
  private static final float W = PDRectangle.A4.getHeight();
  private static final float H = PDRectangle.A4.getWidth();
  private static final float M = 42f;
  private static final float TEXT_W = W - 2 * M;
  private static final Color INK = new Color(34, 34, 34);
  private static final Color MUTED = new Color(95, 95, 95);
  private static final Color LINK = new Color(11, 83, 148);
  private static final Color RULE = new Color(200, 200, 200);

  /** Key-events columns: date, parties, act, evidence, sources. */
  private static final float[] COLUMNS = {72, 112, 98, 300, 176};
  private static final float CELL_PAD = 4f;
  private static final float TABLE_SIZE = 8.5f;
  private static final float TABLE_LEADING = 11f;
  /** Sources listed per event; the page lists them all. */
  static final int MAX_SOURCES = 8;
  /** Lines of one cell: a row is at most 30 lines high, well within a page. */
  private static final int MAX_LINES = 30;

  private final PDDocument doc;
  private final PDFont regular;
  private final PDFont bold;
  private final PDFont italic;
  private final Map<PDFont, Map<Integer, Boolean>> glyphs = new HashMap<>();
  private PDPageContentStream cs;
  private PDPage page;
  private float y;

  private PdfBrief(PDDocument doc) throws IOException {
    this.doc = doc;
    this.regular = font("DejaVuSans.ttf");
    this.bold = font("DejaVuSans-Bold.ttf");
    this.italic = regular;
  }

  static byte[] render(Brief b) {
    List<PDDocument> charts = new ArrayList<>();
    try (PDDocument doc = new PDDocument()) {
      PdfBrief w = new PdfBrief(doc);
      w.cover(b);
      for (Brief.Chart c : b.charts()) {
        PDDocument chart = Loader.loadPDF(c.pdf());
        charts.add(chart);
        w.chart(c, chart);
      }
      w.keyEvents(b);
      w.method(b);
      w.finish(b);
      PDDocumentInformation info = new PDDocumentInformation();
      info.setTitle(b.title() + " \u2014 briefing");
      info.setCreator("Entente " + b.version());
      info.setProducer("Entente " + b.version());
      doc.setDocumentInformation(info);
      doc.setDocumentId(0L);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new BriefException("cannot make the PDF (" + e.getMessage() + ")", e);
    } finally {
      for (PDDocument d : charts) {
        try {
          d.close();
        } catch (IOException ignored) {
          // nothing is left to write
        }
      }
    }
  }

  // ---- pages

  private void cover(Brief b) throws IOException {
    newPage();
    y -= 30;
    paragraph(b.title(), bold, 28, M, TEXT_W, 34, INK);
    y -= 6;
    paragraph(b.lede(), regular, 13, M, TEXT_W, 18, MUTED);
    y -= 22;
    paragraph("Findings", bold, 16, M, TEXT_W, 22, INK);
    y -= 4;
    int i = 1;
    for (Brief.Chart c : b.charts()) {
      String n = (i++) + ".";
      float top = y;
      text(n, regular, 13, M, y - 13, INK);
      y = top;
      paragraph(c.finding(), regular, 13, M + 22, TEXT_W - 22, 18, INK);
      y -= 6;
    }
    y -= 12;
    paragraph("Pages 2\u2013" + (1 + b.charts().size()) + ": the charts. Then the key events, with the sentence "
        + "that states each and its sources, and the method and coverage note.", regular, 10, M, TEXT_W, 14, MUTED);
  }

  private void chart(Brief.Chart c, PDDocument chartDoc) throws IOException {
    newPage();
    paragraph(c.finding(), bold, 17, M, TEXT_W, 22, INK);
    y -= 8;
    PDFormXObject form = new LayerUtility(doc).importPageAsForm(chartDoc, 0);
    PDRectangle box = chartDoc.getPage(0).getMediaBox();
    float footer = 40;
    float room = y - M - footer;
    float scale = Math.min(TEXT_W / box.getWidth(), room / box.getHeight());
    float w = box.getWidth() * scale;
    float h = box.getHeight() * scale;
    float x = M + (TEXT_W - w) / 2;
    cs.saveGraphicsState();
    cs.transform(new Matrix(scale, 0, 0, scale, x, y - h));
    cs.drawForm(form);
    cs.restoreGraphicsState();
    cs.setStrokingColor(RULE);
    cs.setLineWidth(0.5f);
    cs.addRect(x, y - h, w, h);
    cs.stroke();
    y -= h + 6;
    paragraph(c.source(), regular, 8.5f, M, TEXT_W, 11, MUTED);
  }

  private void keyEvents(Brief b) throws IOException {
    newPage();
    paragraph("Key events", bold, 17, M, TEXT_W, 22, INK);
    y -= 2;
    paragraph(b.keyEventsIntro(), regular, 10, M, TEXT_W, 14, MUTED);
    y -= 8;
    tableHeader();
    for (KeyEvent e : b.data().keyEvents()) row(e);
  }

  private void method(Brief b) throws IOException {
    if (y < H / 2) {
      newPage();
    } else {
      y -= 24;
    }
    paragraph("Method and coverage", bold, 17, M, TEXT_W, 22, INK);
    y -= 4;
    for (String[] p : b.method()) {
      ensure(15 * (1 + wrap(clean(p[1], regular), regular, 10.5f, TEXT_W).size()));
      paragraph(p[0], bold, 10.5f, M, TEXT_W, 15, INK);
      paragraph(p[1], regular, 10.5f, M, TEXT_W, 15, INK);
      y -= 6;
    }
  }

  /** Page numbers, once the number of pages is known. */
  private void finish(Brief b) throws IOException {
    cs.close();
    int n = doc.getNumberOfPages();
    for (int i = 0; i < n; i++) {
      try (PDPageContentStream s = new PDPageContentStream(doc, doc.getPage(i), PDPageContentStream.AppendMode.APPEND,
          true, true)) {
        String footer = clean(b.title() + " \u2014 Entente " + b.version() + " \u2014 page " + (i + 1) + " of " + n,
            regular);
        s.beginText();
        s.setFont(regular, 8);
        s.setNonStrokingColor(MUTED);
        s.newLineAtOffset(M, 22);
        s.showText(footer);
        s.endText();
      }
    }
  }

  // ---- the key-events table

  private void tableHeader() throws IOException {
    String[] head = {"Date", "Parties", "Act", "Evidence", "Sources"};
    float x = M;
    float top = y;
    for (int i = 0; i < head.length; i++) {
      text(head[i], bold, 9, x + CELL_PAD, top - 12, INK);
      x += COLUMNS[i];
    }
    y = top - 17;
    rule(y, 1f, MUTED);
  }

  private void row(KeyEvent e) throws IOException {
    List<List<Line>> cells = new ArrayList<>();
    List<Line> date = new ArrayList<>(lines(e.when(), regular, INK, null, 0));
    if (!e.precisionText().isEmpty()) date.addAll(lines(e.precisionText(), regular, MUTED, null, 0));
    cells.add(date);
    List<Line> parties = new ArrayList<>(lines(e.parties(), regular, INK, null, 1));
    parties.addAll(lines(e.eventId(), regular, MUTED, null, 1));
    cells.add(parties);
    List<Line> act = new ArrayList<>(lines(e.act(), regular, INK, null, 2));
    act.add(new Line("Goldstein " + HtmlBrief.goldstein(e.goldstein()), regular, MUTED, null));
    cells.add(act);
    cells.add(lines("\u201c" + e.evidence() + "\u201d", italic, INK, null, 3));
    List<Line> sources = new ArrayList<>();
    for (KeyEvent.Source s : e.sources().subList(0, Math.min(MAX_SOURCES, e.sources().size()))) {
      sources.addAll(lines(s.label(), regular, s.link() == null ? INK : LINK, s.link(), 4));
      if (!s.detail().isEmpty()) sources.addAll(lines(s.detail(), regular, MUTED, null, 4));
      if (s.link() == null && !s.url().isBlank()) {
        sources.addAll(lines("(address not linked: " + s.url() + ")", regular, MUTED, null, 4));
      }
    }
    if (e.sources().size() > MAX_SOURCES) {
      sources.addAll(lines("and " + Brief.count(e.sources().size() - MAX_SOURCES, "more article")
          + " (all in the web page)", regular, MUTED, null, 4));
    }
    cells.add(sources);
    for (int i = 0; i < cells.size(); i++) cells.set(i, cut(cells.get(i)));
    int most = cells.stream().mapToInt(List::size).max().orElse(1);
    float height = most * TABLE_LEADING + 2 * CELL_PAD;
    if (y - height < M + 20) {
      newPage();
      tableHeader();
    }
    float top = y;
    float x = M;
    for (int i = 0; i < cells.size(); i++) {
      float ly = top - CELL_PAD - TABLE_SIZE;
      for (Line l : cells.get(i)) {
        text(l.text, l.font, TABLE_SIZE, x + CELL_PAD, ly, l.color);
        if (l.link != null) link(l.link, x + CELL_PAD, ly - 2, l.font.getStringWidth(l.text) / 1000 * TABLE_SIZE,
            TABLE_LEADING);
        ly -= TABLE_LEADING;
      }
      x += COLUMNS[i];
    }
    y = top - height;
    rule(y, 0.5f, RULE);
  }

  private record Line(String text, PDFont font, Color color, String link) {}

  /** A cell of at most {@link #MAX_LINES} lines, so that a row always fits on a page; a cut cell ends in '…'. */
  private static List<Line> cut(List<Line> cell) {
    if (cell.size() <= MAX_LINES) return cell;
    List<Line> kept = new ArrayList<>(cell.subList(0, MAX_LINES - 1));
    Line last = cell.get(MAX_LINES - 1);
    kept.add(new Line(last.text + " \u2026", last.font, last.color, last.link));
    return kept;
  }

  private List<Line> lines(String text, PDFont font, Color color, String link, int column) throws IOException {
    List<Line> out = new ArrayList<>();
    for (String l : wrap(clean(text, font), font, TABLE_SIZE, COLUMNS[column] - 2 * CELL_PAD)) {
      out.add(new Line(l, font, color, link));
    }
    return out;
  }

  private void link(String uri, float x, float y0, float w, float h) throws IOException {
    PDAnnotationLink a = new PDAnnotationLink();
    a.setRectangle(new PDRectangle(x, y0, w, h - 1));
    PDBorderStyleDictionary border = new PDBorderStyleDictionary();
    border.setWidth(0);
    a.setBorderStyle(border);
    PDActionURI action = new PDActionURI();
    action.setURI(uri);
    a.setAction(action);
    page.getAnnotations().add(a);
  }

  // ---- text

  private void newPage() throws IOException {
    if (cs != null) cs.close();
    page = new PDPage(new PDRectangle(W, H));
    doc.addPage(page);
    cs = new PDPageContentStream(doc, page);
    y = H - M;
  }

  private void ensure(float room) throws IOException {
    if (y - room < M + 20) newPage();
  }

  /** Wrapped lines from the current height down, on new pages as needed. */
  private void paragraph(String s, PDFont font, float size, float x, float width, float leading, Color color)
      throws IOException {
    for (String line : wrap(clean(s, font), font, size, width)) {
      ensure(leading);
      text(line, font, size, x, y - size, color);
      y -= leading;
    }
  }

  private void text(String s, PDFont font, float size, float x, float baseline, Color color) throws IOException {
    cs.beginText();
    cs.setFont(font, size);
    cs.setNonStrokingColor(color);
    cs.newLineAtOffset(x, baseline);
    cs.showText(clean(s, font));
    cs.endText();
  }

  private void rule(float at, float width, Color color) throws IOException {
    cs.setStrokingColor(color);
    cs.setLineWidth(width);
    cs.moveTo(M, at);
    cs.lineTo(M + TEXT_W, at);
    cs.stroke();
  }

  /** Lines of at most {@code width} points, broken at spaces (a word longer than a line is cut). */
  static List<String> wrap(String s, PDFont font, float size, float width) throws IOException {
    List<String> out = new ArrayList<>();
    String line = "";
    for (String word : s.split(" ")) {
      if (word.isEmpty()) continue;
      String candidate = line.isEmpty() ? word : line + " " + word;
      if (width(candidate, font, size) <= width) {
        line = candidate;
        continue;
      }
      if (!line.isEmpty()) out.add(line);
      line = word;
      while (width(line, font, size) > width && line.length() > 1) {
        int cut = line.length() - 1;
        while (cut > 1 && width(line.substring(0, cut), font, size) > width) cut--;
        out.add(line.substring(0, cut));
        line = line.substring(cut);
      }
    }
    if (!line.isEmpty() || out.isEmpty()) out.add(line);
    return out;
  }

  private static float width(String s, PDFont font, float size) throws IOException {
    return font.getStringWidth(s) / 1000 * size;
  }

  /** One line of text the font can show: white space as single spaces, characters it lacks as '?'. */
  private String clean(String s, PDFont font) {
    Map<Integer, Boolean> known = glyphs.computeIfAbsent(font, f -> new HashMap<>());
    StringBuilder b = new StringBuilder(s.length());
    s.codePoints().forEach(cp -> {
      if (Character.isWhitespace(cp) || Character.isISOControl(cp) || Character.isSpaceChar(cp)) {
        if (b.length() > 0 && b.charAt(b.length() - 1) != ' ') b.append(' ');
        return;
      }
      boolean ok = known.computeIfAbsent(cp, c -> {
        try {
          font.encode(new String(Character.toChars(c)));
          return true;
        } catch (IOException | IllegalArgumentException e) {
          return false;
        }
      });
      if (ok) {
        b.appendCodePoint(cp);
      } else {
        b.append('?');
      }
    });
    return b.toString().strip();
  }

  private PDFont font(String file) throws IOException {
    try (InputStream in = org.entente.chart.RenderedChart.class.getResourceAsStream("fonts/" + file)) {
      if (in == null) throw new IOException("bundled font " + file + " is missing");
      return PDType0Font.load(doc, in, true);
    }
  }
}
