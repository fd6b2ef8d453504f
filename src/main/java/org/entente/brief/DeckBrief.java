package org.entente.brief;

import java.awt.Color;
import java.awt.Dimension;
import java.awt.geom.Rectangle2D;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.sl.usermodel.PictureData;
import org.apache.poi.sl.usermodel.TextParagraph;
import org.apache.poi.sl.usermodel.VerticalAlignment;
import org.apache.poi.xslf.usermodel.SlideLayout;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFPictureData;
import org.apache.poi.xslf.usermodel.XSLFPictureShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFSlideLayout;
import org.apache.poi.xslf.usermodel.XSLFSlideMaster;
import org.apache.poi.xslf.usermodel.XSLFTable;
import org.apache.poi.xslf.usermodel.XSLFTableCell;
import org.apache.poi.xslf.usermodel.XSLFTableRow;
import org.apache.poi.xslf.usermodel.XSLFTextBox;
import org.apache.poi.xslf.usermodel.XSLFTextParagraph;
import org.apache.poi.xslf.usermodel.XSLFTextRun;
import org.apache.poi.xslf.usermodel.XSLFTextShape;

/**
 * The brief as a 16:9 PowerPoint deck (Apache POI): a title slide; one slide per chart with the finding as the slide's
 * title, the chart as a picture and the chart's source line as text under it; the key events over as many slides as
 * they need (a long sentence cut, the first three sources of each); and the method note. Titles sit in the layouts' title placeholders, so an outline view or a screen
 * reader finds them. Text is set as text runs, which POI writes as XML text: nothing in it is read as markup.
 */
final class DeckBrief {
  private static final double W = 960;
  private static final double H = 540;
  private static final double M = 36;
  private static final Color INK = new Color(34, 34, 34);
  private static final Color MUTED = new Color(95, 95, 95);
  private static final Color LINK = new Color(11, 83, 148);
  /** Sources listed per event on a slide; the page and the PDF list more. */
  static final int MAX_SOURCES = 3;
  /** An evidence sentence longer than this is cut on a slide (with '…'). */
  static final int MAX_EVIDENCE = 280;
  /** Height of the table below the slide title, in points. */
  private static final double TABLE_ROOM = 420;

  /**
   * The key events in groups that fit a slide each, in order: a row's height is estimated from its evidence (about
   * 80 characters to a line at 11 pt) and its sources, at most four rows to a slide.
   */
  static List<List<KeyEvent>> slides(List<KeyEvent> events) {
    List<List<KeyEvent>> out = new java.util.ArrayList<>();
    List<KeyEvent> current = new java.util.ArrayList<>();
    double used = 24; // the header row
    for (KeyEvent e : events) {
      double h = 12 + 14.5 * Math.ceil(Math.min(e.evidence().length() + 2, MAX_EVIDENCE + 3) / 80.0)
          + 12 * (Math.min(e.sources().size(), MAX_SOURCES) + (e.sources().size() > MAX_SOURCES ? 1 : 0));
      if (!current.isEmpty() && (used + h > TABLE_ROOM || current.size() == 4)) {
        out.add(current);
        current = new java.util.ArrayList<>();
        used = 24;
      }
      current.add(e);
      used += h;
    }
    if (!current.isEmpty() || out.isEmpty()) out.add(current);
    return out;
  }

  private DeckBrief() {}

  static byte[] render(Brief b) {
    try (XMLSlideShow deck = new XMLSlideShow()) {
      deck.setPageSize(new Dimension((int) W, (int) H));
      XSLFSlideMaster master = deck.getSlideMasters().get(0);
      XSLFSlideLayout titleLayout = master.getLayout(SlideLayout.TITLE);
      XSLFSlideLayout titleOnly = master.getLayout(SlideLayout.TITLE_ONLY);

      XSLFSlide cover = deck.createSlide(titleLayout);
      title(cover, b.title(), new Rectangle2D.Double(M, 140, W - 2 * M, 130), 40);
      XSLFTextShape sub = cover.getPlaceholder(1);
      sub.setAnchor(new Rectangle2D.Double(M, 290, W - 2 * M, 150));
      sub.clearText();
      run(sub.addNewTextParagraph(), b.lede(), 20, MUTED, false);
      sub.setVerticalAlignment(VerticalAlignment.TOP);
      left(sub);

      for (Brief.Chart c : b.charts()) {
        XSLFSlide slide = deck.createSlide(titleOnly);
        title(slide, c.finding(), new Rectangle2D.Double(M, 14, W - 2 * M, 78), 24);
        XSLFPictureData png = deck.addPicture(c.png(), PictureData.PictureType.PNG);
        XSLFPictureShape pic = slide.createPicture(png);
        double top = 96;
        double bottom = H - 44;
        double h = bottom - top;
        double w = h * c.chart().widthPt() / c.chart().heightPt();
        if (w > W - 2 * M) {
          w = W - 2 * M;
          h = w * c.chart().heightPt() / c.chart().widthPt();
        }
        pic.setAnchor(new Rectangle2D.Double((W - w) / 2, top, w, h));
        pic.setName("Chart: " + c.name());
        XSLFTextBox source = slide.createTextBox();
        source.setAnchor(new Rectangle2D.Double(M, H - 42, W - 2 * M, 36));
        source.setWordWrap(true);
        run(source.addNewTextParagraph(), c.source(), 10, MUTED, false);
        source.setVerticalAlignment(VerticalAlignment.TOP);
        left(source);
      }

      List<List<KeyEvent>> parts = slides(b.data().keyEvents());
      for (int p = 0; p < parts.size(); p++) {
        XSLFSlide slide = deck.createSlide(titleOnly);
        title(slide, "Key events" + (parts.size() > 1 ? " (" + (p + 1) + " of " + parts.size() + ")" : ""),
            new Rectangle2D.Double(M, 14, W - 2 * M, 60), 26);
        keyEvents(slide, parts.get(p));
      }

      XSLFSlide method = deck.createSlide(titleOnly);
      title(method, "Method and coverage", new Rectangle2D.Double(M, 14, W - 2 * M, 60), 26);
      XSLFTextBox note = method.createTextBox();
      note.setAnchor(new Rectangle2D.Double(M, 80, W - 2 * M, H - 100));
      note.setWordWrap(true);
      for (String[] para : b.method()) {
        XSLFTextParagraph p = note.addNewTextParagraph();
        run(p, para[0] + ". ", 14, INK, true);
        run(p, para[1], 14, INK, false);
        p.setSpaceAfter(-8.0); // negative: points, not a share of the line
      }
      left(note);

      deck.getProperties().getCoreProperties().setTitle(b.title() + " \u2014 briefing");
      deck.getProperties().getCoreProperties().setCreator("Entente " + b.version());
      deck.getProperties().getCoreProperties().setCreated("2000-01-01T00:00:00Z");
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      deck.write(out);
      return reproducible(out.toByteArray());
    } catch (IOException | org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
      throw new BriefException("cannot make the deck (" + e.getMessage() + ")", e);
    }
  }

  private static void keyEvents(XSLFSlide slide, List<KeyEvent> events) {
    XSLFTable table = slide.createTable();
    double[] widths = {110, 150, 120, 508};
    String[] head = {"Date", "Parties", "Act", "Evidence and sources"};
    XSLFTableRow hr = table.addRow();
    for (String h : head) {
      XSLFTableCell cell = hr.addCell();
      cell.clearText();
      run(cell.addNewTextParagraph(), h, 12, INK, true);
      cell.setFillColor(new Color(235, 235, 235));
    }
    for (KeyEvent e : events) {
      XSLFTableRow row = table.addRow();
      cell(row, e.when(), e.precisionText().isEmpty() ? null : e.precisionText());
      cell(row, e.parties(), e.eventId());
      cell(row, e.act(), "Goldstein " + HtmlBrief.goldstein(e.goldstein()));
      XSLFTableCell ev = row.addCell();
      ev.clearText();
      XSLFTextParagraph q = ev.addNewTextParagraph();
      String evidence = e.evidence().length() <= MAX_EVIDENCE ? e.evidence()
          : e.evidence().substring(0, MAX_EVIDENCE).strip() + "\u2026";
      XSLFTextRun quote = run(q, "\u201c" + evidence + "\u201d", 11, INK, false);
      quote.setItalic(true);
      for (KeyEvent.Source s : e.sources().subList(0, Math.min(MAX_SOURCES, e.sources().size()))) {
        XSLFTextParagraph p = ev.addNewTextParagraph();
        XSLFTextRun label = run(p, s.label(), 9, s.link() == null ? INK : LINK, false);
        if (s.link() != null) label.createHyperlink().setAddress(s.link());
        String detail = s.detail();
        if (s.link() == null && !s.url().isBlank()) detail += (detail.isEmpty() ? "" : "; ") + "address not linked";
        if (!detail.isEmpty()) run(p, " \u2014 " + detail, 9, MUTED, false);
      }
      if (e.sources().size() > MAX_SOURCES) {
        run(ev.addNewTextParagraph(), "and " + Brief.count(e.sources().size() - MAX_SOURCES, "more article")
            + " (all in the web page)", 9, MUTED, false);
      }
    }
    for (int i = 0; i < widths.length; i++) table.setColumnWidth(i, widths[i]);
    table.setAnchor(new Rectangle2D.Double(M, 80, W - 2 * M, H - 110));
    table.updateCellAnchor();
  }

  private static void cell(XSLFTableRow row, String text, String muted) {
    XSLFTableCell cell = row.addCell();
    cell.clearText();
    run(cell.addNewTextParagraph(), text, 12, INK, false);
    if (muted != null) run(cell.addNewTextParagraph(), muted, 10, MUTED, false);
  }

  private static void title(XSLFSlide slide, String text, Rectangle2D anchor, double size) {
    XSLFTextShape t = slide.getPlaceholder(0);
    t.setAnchor(anchor);
    t.clearText();
    run(t.addNewTextParagraph(), text, size, INK, true);
    t.setVerticalAlignment(VerticalAlignment.MIDDLE);
    left(t);
  }

  private static void left(XSLFTextShape t) {
    for (XSLFTextParagraph p : t.getTextParagraphs()) p.setTextAlign(TextParagraph.TextAlign.LEFT);
  }

  private static XSLFTextRun run(XSLFTextParagraph p, String text, double size, Color color, boolean bold) {
    XSLFTextRun r = p.addNewTextRun();
    r.setText(clean(text));
    r.setFontSize(size);
    r.setFontColor(color);
    r.setBold(bold);
    return r;
  }

  /** Characters XML 1.0 cannot hold (controls, lone surrogates) would make the file unreadable: as U+FFFD. */
  static String clean(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
        b.append(c).append(s.charAt(++i));
      } else if (Character.isSurrogate(c) || (c < 0x20 && c != '\t') || c == 0xfffe || c == 0xffff) {
        b.append(c == '\n' || c == '\r' ? ' ' : '\ufffd');
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }

  /** The same entries with a fixed time: a zip records when each entry was written. */
  private static byte[] reproducible(byte[] zip) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream(zip.length);
    try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(zip));
         ZipOutputStream z = new ZipOutputStream(out)) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        ZipEntry copy = new ZipEntry(e.getName());
        copy.setTime(946684800000L); // 2000-01-01
        z.putNextEntry(copy);
        in.transferTo(z);
        z.closeEntry();
      }
    }
    return out.toByteArray();
  }
}
