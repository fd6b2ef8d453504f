package org.entente.brief;

import java.io.IOException;
import java.io.StringReader;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * A chart's SVG made fit to stand inside an HTML page. The chart writer's document is parsed as XML (no DTD or
 * entity is loaded) and written again element by element, keeping only what a chart is drawn with: the drawing
 * elements below, their geometry and style attributes, and references inside the chart itself. Comments,
 * processing instructions, scripts, foreign objects, images, event handlers and any reference out of the chart are
 * dropped; text is escaped again. Ids get the chart's prefix, so that four charts on one page do not take each
 * other's clip paths.
 */
final class SafeSvg {
  private static final String SVG_NS = "http://www.w3.org/2000/svg";
  private static final String XLINK_NS = "http://www.w3.org/1999/xlink";

  private static final Set<String> ELEMENTS = Set.of("svg", "g", "defs", "clipPath", "path", "rect", "circle",
      "ellipse", "line", "polyline", "polygon", "text", "tspan", "linearGradient", "radialGradient", "stop", "use");
  private static final Pattern ATTRIBUTE = Pattern.compile("[a-zA-Z][a-zA-Z0-9-]*");
  private static final Pattern URL_REF = Pattern.compile("url\\(\\s*#([A-Za-z0-9_.:-]+)\\s*\\)");
  private static final Pattern ANY_URL = Pattern.compile("url\\(", Pattern.CASE_INSENSITIVE);

  private SafeSvg() {}

  /**
   * The SVG element of {@code svg}, sanitized, with ids prefixed by {@code prefix} and labelled {@code label} for
   * screen readers; it scales to the width of its container.
   */
  static Html.Markup inline(String svg, String prefix, String label) {
    Document doc = parse(svg);
    Element root = doc.getDocumentElement();
    if (!"svg".equals(root.getLocalName()) || !SVG_NS.equals(root.getNamespaceURI())) {
      throw new IllegalStateException("a chart is not an SVG document");
    }
    StringBuilder b = new StringBuilder();
    b.append("<svg xmlns=\"").append(SVG_NS).append("\" xmlns:xlink=\"").append(XLINK_NS)
        .append("\" role=\"img\" aria-label=\"").append(Html.escape(label)).append('"');
    attributes(root, prefix, b, true);
    b.append('>');
    children(root, prefix, b);
    b.append("</svg>");
    return Html.trustedSvg(b.toString());
  }

  private static void element(Element e, String prefix, StringBuilder b) {
    String name = e.getLocalName();
    if (!SVG_NS.equals(e.getNamespaceURI()) || !ELEMENTS.contains(name) || name.equals("svg")) return;
    b.append('<').append(name);
    attributes(e, prefix, b, false);
    if (!e.hasChildNodes()) {
      b.append(" />");
      return;
    }
    b.append('>');
    children(e, prefix, b);
    b.append("</").append(name).append('>');
  }

  private static void children(Element e, String prefix, StringBuilder b) {
    for (Node c = e.getFirstChild(); c != null; c = c.getNextSibling()) {
      switch (c.getNodeType()) {
        case Node.ELEMENT_NODE -> element((Element) c, prefix, b);
        case Node.TEXT_NODE, Node.CDATA_SECTION_NODE -> b.append(Html.escape(c.getNodeValue()));
        default -> { } // comments, processing instructions: dropped
      }
    }
  }

  private static void attributes(Element e, String prefix, StringBuilder b, boolean root) {
    NamedNodeMap attrs = e.getAttributes();
    for (int i = 0; i < attrs.getLength(); i++) {
      Attr a = (Attr) attrs.item(i);
      String ns = a.getNamespaceURI();
      String local = a.getLocalName() == null ? a.getName() : a.getLocalName();
      String value = a.getValue();
      if (XMLConstants.XMLNS_ATTRIBUTE_NS_URI.equals(ns) || a.getName().startsWith("xmlns")) continue;
      boolean xlink = XLINK_NS.equals(ns);
      if (ns != null && !xlink) continue;
      if (!ATTRIBUTE.matcher(local).matches() || local.toLowerCase(Locale.ROOT).startsWith("on")) continue;
      if (root && (local.equals("width") || local.equals("height") || local.equals("role")
          || local.startsWith("aria"))) {
        continue; // the page sizes the chart
      }
      String out;
      if (local.equals("href")) {
        if (!value.startsWith("#")) continue;
        out = "#" + prefix + value.substring(1);
      } else if (local.equals("id")) {
        out = prefix + value;
      } else {
        out = references(value, prefix);
        if (out == null) continue;
      }
      b.append(' ').append(xlink ? "xlink:" + local : local).append("=\"").append(Html.escape(out)).append('"');
    }
  }

  /** The value with {@code url(#id)} pointing at the prefixed id; null when it refers to anything else. */
  private static String references(String value, String prefix) {
    String lower = value.toLowerCase(Locale.ROOT);
    if (lower.contains("javascript:") || lower.contains("expression(") || lower.contains("@import")
        || lower.contains("\\")) {
      return null;
    }
    Matcher m = URL_REF.matcher(value);
    StringBuilder out = new StringBuilder();
    int urls = 0;
    while (m.find()) {
      urls++;
      m.appendReplacement(out, Matcher.quoteReplacement("url(#" + prefix + m.group(1) + ")"));
    }
    m.appendTail(out);
    Matcher any = ANY_URL.matcher(value);
    int all = 0;
    while (any.find()) all++;
    return all == urls ? out.toString() : null;
  }

  private static Document parse(String svg) {
    try {
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setNamespaceAware(true);
      f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
      f.setFeature("http://xml.org/sax/features/external-general-entities", false);
      f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
      f.setExpandEntityReferences(false);
      f.setXIncludeAware(false);
      DocumentBuilder builder = f.newDocumentBuilder();
      builder.setEntityResolver((publicId, systemId) -> new InputSource(new StringReader("")));
      builder.setErrorHandler(new org.xml.sax.helpers.DefaultHandler());
      return builder.parse(new InputSource(new StringReader(svg)));
    } catch (ParserConfigurationException | SAXException | IOException e) {
      throw new IllegalStateException("a chart's SVG cannot be read back: " + e.getMessage(), e);
    }
  }
}
