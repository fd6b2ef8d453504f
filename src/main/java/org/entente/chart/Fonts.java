package org.entente.chart;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * DejaVu Sans, loaded from the jar rather than looked up by name: a name lookup would fall back to whatever the
 * machine has (the JVM's "Dialog"), and the same chart would differ from one computer to the next. The raw bytes
 * are kept because the PDF writer embeds the font.
 */
record Fonts(Font regular, Font bold, byte[] regularTtf, byte[] boldTtf) {

  static final String FAMILY = "DejaVu Sans";

  static Fonts load() {
    byte[] regular = resource("fonts/DejaVuSans.ttf");
    byte[] bold = resource("fonts/DejaVuSans-Bold.ttf");
    return new Fonts(create(regular), create(bold), regular, bold);
  }

  Font plain(float size) { return regular.deriveFont(Font.PLAIN, size); }

  /**
   * The bold face, flagged bold: Java draws it the same either way (the face is bold already, so nothing is
   * emboldened twice), but the SVG writer only writes font-weight:bold for a font flagged so.
   */
  Font bold(float size) { return bold.deriveFont(Font.BOLD, size); }

  private static Font create(byte[] ttf) {
    try {
      return Font.createFont(Font.TRUETYPE_FONT, new ByteArrayInputStream(ttf));
    } catch (FontFormatException | IOException e) {
      throw new ChartException("bundled font is unreadable: " + e.getMessage(), e);
    }
  }

  private static byte[] resource(String name) {
    try (InputStream in = Fonts.class.getResourceAsStream(name)) {
      if (in == null) throw new ChartException("bundled font " + name + " is missing from the jar");
      return in.readAllBytes();
    } catch (IOException e) {
      throw new ChartException("bundled font " + name + " is unreadable: " + e.getMessage(), e);
    }
  }
}
