package org.entente.chart;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;

/**
 * Renders at the requested resolution by scaling the point-sized drawing (JFreeChart's own PNG export has no
 * scale), and records that resolution in a pHYs chunk so slide software places the image at its intended size.
 */
record PngWriter(ChartSize size, int dpi) implements ChartWriter {

  static final int MIN_WIDTH_PX = 1600;

  /** The dpi actually used: raised when needed so the image is never narrower than 1,600 px. */
  int effectiveDpi() {
    return Math.max(dpi, (int) Math.ceil(MIN_WIDTH_PX / size.widthInches()));
  }

  @Override
  public void write(Drawn drawn, OutputStream out) throws IOException {
    int d = effectiveDpi();
    double scale = d / 72.0;
    int w = (int) Math.round(size.widthPt() * scale);
    int h = (int) Math.round(size.heightPt() * scale);
    BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    Graphics2D g2 = image.createGraphics();
    try {
      g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g2.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      g2.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
      g2.setPaint(Color.WHITE);
      g2.fillRect(0, 0, w, h);
      g2.scale(scale, scale);
      ChartWriter.draw(drawn.chart(), g2, size);
    } finally {
      g2.dispose();
    }

    ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
    try (ImageOutputStream ios = ImageIO.createImageOutputStream(out)) {
      ImageWriteParam param = writer.getDefaultWriteParam();
      IIOMetadata meta = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(image), param);
      IIOMetadataNode phys = new IIOMetadataNode("pHYs");
      String perMetre = Integer.toString((int) Math.round(d / 0.0254));
      phys.setAttribute("pixelsPerUnitXAxis", perMetre);
      phys.setAttribute("pixelsPerUnitYAxis", perMetre);
      phys.setAttribute("unitSpecifier", "meter");
      IIOMetadataNode root = new IIOMetadataNode("javax_imageio_png_1.0");
      root.appendChild(phys);
      meta.mergeTree("javax_imageio_png_1.0", root);
      writer.setOutput(ios);
      writer.write(null, new IIOImage(image, null, meta), param);
    } finally {
      writer.dispose();
    }
  }
}
