package org.entente.chart;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.font.LineMetrics;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The text of a chart's SVG as a reader sees it: every {@code <text>} element with its string and the box it
 * covers on the page (from its x, y, inherited font size and weight and the transforms above it, measured with the
 * same DejaVu faces the charts embed). What the checks "every lane is a text label" and "no label overlaps another"
 * read.
 */
record SvgText(String text, Rectangle2D box) {

  private static final Font REGULAR = load("fonts/DejaVuSans.ttf");
  private static final Font BOLD = load("fonts/DejaVuSans-Bold.ttf");

  static List<SvgText> read(Path svg) {
    try {
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setNamespaceAware(true);
      // The file names the SVG 1.0 DTD by URL: never fetch it.
      f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
      DocumentBuilder b = f.newDocumentBuilder();
      Element root = b.parse(Files.newInputStream(svg)).getDocumentElement();
      List<SvgText> out = new ArrayList<>();
      walk(root, new AffineTransform(), Map.of(), out);
      return out;
    } catch (Exception e) {
      throw new IllegalStateException(svg + ": " + e, e);
    }
  }

  private static void walk(Element e, AffineTransform parent, Map<String, String> inherited, List<SvgText> out) {
    AffineTransform at = new AffineTransform(parent);
    String transform = e.getAttribute("transform");
    if (!transform.isEmpty()) at.concatenate(parse(transform));
    Map<String, String> style = new HashMap<>(inherited);
    for (String decl : e.getAttribute("style").split(";")) {
      int colon = decl.indexOf(':');
      if (colon > 0) style.put(decl.substring(0, colon).strip(), decl.substring(colon + 1).strip());
    }
    if (e.getLocalName().equals("text")) {
      String text = e.getTextContent();
      double size = Double.parseDouble(style.getOrDefault("font-size", "12px").replace("px", ""));
      Font font = ("bold".equals(style.get("font-weight")) ? BOLD : REGULAR).deriveFont((float) size);
      FontRenderContext frc = new FontRenderContext(null, true, true);
      LineMetrics lm = font.getLineMetrics(text, frc);
      // A wrapped title line keeps its trailing space, which takes no ink.
      double w = font.getStringBounds(text.stripTrailing(), frc).getWidth();
      double x = Double.parseDouble(e.getAttribute("x"));
      double y = Double.parseDouble(e.getAttribute("y"));
      // The glyphs' own height (DejaVu's tallest letters reach 0.82 of its ascent), not the line's leading.
      Rectangle2D local = new Rectangle2D.Double(x, y - lm.getAscent() * 0.82, w,
          lm.getAscent() * 0.82 + lm.getDescent());
      out.add(new SvgText(text, at.createTransformedShape(local).getBounds2D()));
      return;
    }
    for (Node c = e.getFirstChild(); c != null; c = c.getNextSibling()) {
      if (c instanceof Element child) walk(child, at, style, out);
    }
  }

  /** Batik writes matrix(...) and translate(...). */
  private static AffineTransform parse(String t) {
    AffineTransform at = new AffineTransform();
    for (String part : t.split("\\)")) {
      String p = part.strip();
      if (p.isEmpty()) continue;
      String name = p.substring(0, p.indexOf('(')).strip();
      String[] v = p.substring(p.indexOf('(') + 1).split("[ ,]+");
      double[] n = new double[v.length];
      for (int i = 0; i < v.length; i++) n[i] = Double.parseDouble(v[i]);
      switch (name) {
        case "matrix" -> at.concatenate(new AffineTransform(n[0], n[1], n[2], n[3], n[4], n[5]));
        case "translate" -> at.translate(n[0], n.length > 1 ? n[1] : 0);
        case "scale" -> at.scale(n[0], n.length > 1 ? n[1] : n[0]);
        case "rotate" -> at.rotate(Math.toRadians(n[0]));
        default -> throw new IllegalArgumentException("transform " + name);
      }
    }
    return at;
  }

  /** Pairs of texts whose boxes overlap by more than a hair. */
  static List<String> overlaps(List<SvgText> texts) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < texts.size(); i++) {
      for (int j = i + 1; j < texts.size(); j++) {
        Rectangle2D a = texts.get(i).box;
        Rectangle2D b = texts.get(j).box;
        Rectangle2D x = a.createIntersection(b);
        if (x.getWidth() > 0.5 && x.getHeight() > 0.5) {
          out.add("'" + texts.get(i).text + "' " + fmt(a) + " overlaps '" + texts.get(j).text + "' " + fmt(b));
        }
      }
    }
    return out;
  }

  /** Texts that run off the page (the SVG's viewBox), by more than a hair. */
  static List<String> outside(List<SvgText> texts, Path svg) {
    String[] box;
    try {
      String head = Files.readString(svg);
      java.util.regex.Matcher m = java.util.regex.Pattern.compile("viewBox=\"([^\"]+)\"").matcher(head);
      if (!m.find()) throw new IllegalStateException(svg + ": no viewBox");
      box = m.group(1).split(" ");
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    Rectangle2D page = new Rectangle2D.Double(Double.parseDouble(box[0]) - 0.5, Double.parseDouble(box[1]) - 0.5,
        Double.parseDouble(box[2]) + 1, Double.parseDouble(box[3]) + 1);
    List<String> out = new ArrayList<>();
    for (SvgText t : texts) if (!page.contains(t.box)) out.add("'" + t.text + "' " + fmt(t.box));
    return out;
  }

  private static String fmt(Rectangle2D r) {
    return String.format(java.util.Locale.ROOT, "[%.1f,%.1f %.1fx%.1f]", r.getX(), r.getY(), r.getWidth(),
        r.getHeight());
  }

  private static Font load(String name) {
    try (InputStream in = Fonts.class.getResourceAsStream(name)) {
      return Font.createFont(Font.TRUETYPE_FONT, in);
    } catch (IOException | java.awt.FontFormatException e) {
      throw new IllegalStateException(e);
    }
  }
}
