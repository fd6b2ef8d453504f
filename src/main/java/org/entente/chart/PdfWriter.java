package org.entente.chart;

import de.rototor.pdfbox.graphics2d.IPdfBoxGraphics2DFontTextDrawer;
import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;
import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2DFontTextDrawer;
import java.awt.Font;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Vector PDF through PDFBox graphics2d, with the bundled DejaVu subset-embedded so the text is real, searchable
 * text. PDFBox would stamp the file with the current time (document id) and the info dictionary could carry dates:
 * the id is fixed and no dates are written, so two renders are byte-identical.
 */
record PdfWriter(ChartSize size, Fonts fonts, String version) implements ChartWriter {

  @Override
  public void write(Drawn drawn, OutputStream out) throws IOException {
    try (PDDocument doc = new PDDocument()) {
      float w = (float) size.widthPt();
      float h = (float) size.heightPt();
      PDPage page = new PDPage(new PDRectangle(w, h));
      doc.addPage(page);
      PdfBoxGraphics2D g2 = new PdfBoxGraphics2D(doc, w, h);
      g2.setFontTextDrawer(new EmbeddedDejaVu(doc, fonts));
      ChartWriter.draw(drawn.chart(), g2, size);
      g2.dispose();
      try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
        cs.drawForm(g2.getXFormObject());
      }
      PDDocumentInformation info = new PDDocumentInformation();
      info.setTitle(drawn.title());
      info.setCreator("Entente " + version);
      info.setProducer("Entente " + version);
      doc.setDocumentInformation(info);
      doc.setDocumentId(0L);
      doc.save(out);
    }
  }

  /** Maps both DejaVu faces to fonts embedded from the jar's bytes (no temp files, no system font lookup). */
  private static final class EmbeddedDejaVu extends PdfBoxGraphics2DFontTextDrawer {
    private final PDDocument doc;
    private final Fonts fonts;
    private PDFont regular;
    private PDFont bold;

    EmbeddedDejaVu(PDDocument doc, Fonts fonts) {
      this.doc = doc;
      this.fonts = fonts;
    }

    @Override
    protected boolean hasDynamicFontMapping() { return true; }

    @Override
    protected PDFont mapFont(Font font, IPdfBoxGraphics2DFontTextDrawer.IFontTextDrawerEnv env) throws IOException {
      boolean isBold = font.getFontName().contains("Bold") || font.isBold();
      if (isBold) {
        if (bold == null) bold = PDType0Font.load(doc, new ByteArrayInputStream(fonts.boldTtf()), true);
        return bold;
      }
      if (regular == null) regular = PDType0Font.load(doc, new ByteArrayInputStream(fonts.regularTtf()), true);
      return regular;
    }
  }
}
