package org.entente.chart;

import java.awt.Dimension;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.batik.svggen.SVGGeneratorContext;
import org.apache.batik.svggen.SVGGraphics2D;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * SVG through Batik. Text stays text (editable in slide software) in DejaVu Sans. Batik numbers ids per
 * generator context, so each chart gets a fresh context; its {@code <defs>} come out of hash sets, so they are
 * sorted by id to make two renders byte-identical.
 */
record SvgWriter(ChartSize size, Fonts fonts) implements ChartWriter {

  @Override
  public void write(Drawn drawn, OutputStream out) throws IOException {
    Document doc;
    try {
      doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().getDOMImplementation()
          .createDocument("http://www.w3.org/2000/svg", "svg", null);
    } catch (ParserConfigurationException e) {
      throw new IOException("no XML DOM available: " + e.getMessage(), e);
    }
    SVGGeneratorContext ctx = SVGGeneratorContext.createDefault(doc);
    // "--" may not stand inside an XML comment; a party name from an edited dataset could hold it.
    ctx.setComment(" " + drawn.title().replace("--", "- -") + " ");
    ctx.setEmbeddedFontsOn(false);
    ctx.setPrecision(4);
    // Batik's root style would otherwise name the JVM's logical "Dialog" font as the default.
    SVGGeneratorContext.GraphicContextDefaults defaults = new SVGGeneratorContext.GraphicContextDefaults();
    defaults.setFont(fonts.plain(12f));
    ctx.setGraphicContextDefaults(defaults);
    SVGGraphics2D g2 = new SVGGraphics2D(ctx, false);
    g2.setSVGCanvasSize(new Dimension((int) Math.round(size.widthPt()), (int) Math.round(size.heightPt())));
    ChartWriter.draw(drawn.chart(), g2, size);

    Element root = g2.getRoot();
    String w = fmt(size.widthPt());
    String h = fmt(size.heightPt());
    root.setAttributeNS(null, "viewBox", "0 0 " + w + " " + h);
    root.setAttributeNS(null, "width", w + "pt");
    root.setAttributeNS(null, "height", h + "pt");
    sortDefs(root);
    addGenericFamily(root);
    Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    g2.stream(root, writer, true, false);
    writer.flush();
    g2.dispose();
  }

  /**
   * A viewer without DejaVu would fall back to its default serif; naming sans-serif after it keeps the
   * substitute close in look and width.
   */
  private static void addGenericFamily(Element root) {
    NodeList all = root.getElementsByTagNameNS("*", "*");
    fixStyle(root);
    for (int i = 0; i < all.getLength(); i++) fixStyle((Element) all.item(i));
  }

  /** Before streaming, Batik keeps fonts as presentation attributes; it folds them into CSS while streaming. */
  private static void fixStyle(Element e) {
    String family = e.getAttribute("font-family");
    if (family.equals("'" + Fonts.FAMILY + "'")) e.setAttribute("font-family", family + ", sans-serif");
  }

  private static String fmt(double v) {
    return v == Math.rint(v) ? Long.toString((long) v) : String.format(Locale.ROOT, "%.2f", v);
  }

  private static void sortDefs(Element root) {
    NodeList defsList = root.getElementsByTagNameNS("*", "defs");
    for (int i = 0; i < defsList.getLength(); i++) {
      Node defs = defsList.item(i);
      List<Node> children = new ArrayList<>();
      for (Node c = defs.getFirstChild(); c != null; c = c.getNextSibling()) children.add(c);
      children.sort(Comparator.comparing(SvgWriter::key));
      for (Node c : children) defs.removeChild(c);
      for (Node c : children) defs.appendChild(c);
    }
  }

  /** Batik ids are a prefix and a counter: sort "clipPath2" before "clipPath10". */
  private static String key(Node n) {
    String id = n instanceof Element e ? e.getAttribute("id") : "";
    String prefix = id.replaceAll("\\d+$", "");
    String digits = id.substring(prefix.length());
    return prefix + "|" + "0".repeat(Math.max(0, 12 - digits.length())) + digits + "|" + n.getNodeName();
  }
}
