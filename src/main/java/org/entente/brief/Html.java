package org.entente.brief;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The only way the brief makes HTML: a tree of {@link Markup} built from elements whose tag and attribute names are
 * constants of the code, attribute values and text that are always escaped, and two kinds of trusted markup made
 * elsewhere in this package (the sanitized chart SVG, {@link SafeSvg}, and the page's fixed style sheet). Nothing
 * takes a string as markup, so text from an article (a sentence, a title, an outlet, an address) can only ever be
 * shown as text.
 *
 * <p>Links are checked here as well: an {@code href} is either a fragment of the page ({@code #key-events}) or an
 * address {@link WebLink} accepted ({@code http} or {@code https}); any other value, and any {@code on...}
 * attribute, is refused with an exception, whatever the caller passes.
 */
final class Html {
  private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]*");

  private Html() {}

  /** Markup that is safe to put in a page: only this class and {@link SafeSvg} make it. */
  static final class Markup {
    private final String html;

    private Markup(String html) {
      this.html = html;
    }

    @Override
    public String toString() {
      return html;
    }
  }

  /** An attribute: a constant name and a value that is escaped when written. */
  record Attr(String name, String value) {
    Attr {
      if (!NAME.matcher(name).matches() && !name.equals("http-equiv")) {
        throw new IllegalArgumentException("not an attribute name: " + name);
      }
      if (name.startsWith("on")) throw new IllegalArgumentException("no event handlers: " + name);
      if ((name.equals("href") || name.equals("src") || name.equals("action") || name.equals("formaction"))
          && !(value.startsWith("#") || WebLink.of(value).map(u -> u.equals(value)).orElse(false))) {
        throw new IllegalArgumentException("not a web address or a fragment: " + value);
      }
    }
  }

  static Attr attr(String name, String value) {
    return new Attr(name, value == null ? "" : value);
  }

  /** Text, escaped. */
  static Markup text(String s) {
    return new Markup(escape(s));
  }

  /** {@code <tag attrs>children</tag>}. */
  static Markup el(String tag, List<Attr> attrs, Markup... children) {
    return el(tag, attrs, Arrays.asList(children));
  }

  static Markup el(String tag, List<Attr> attrs, List<Markup> children) {
    StringBuilder b = open(tag, attrs);
    for (Markup c : children) b.append(c.html);
    return new Markup(b.append("</").append(tag).append('>').toString());
  }

  /** An element with text only: {@code <tag>text</tag>}. */
  static Markup el(String tag, String text) {
    return el(tag, List.of(), text(text));
  }

  static Markup el(String tag, Markup... children) {
    return el(tag, List.of(), children);
  }

  /** A void element, {@code <tag attrs />}: meta, br. */
  static Markup empty(String tag, List<Attr> attrs) {
    StringBuilder b = open(tag, attrs);
    return new Markup(b.insert(b.length() - 1, " /").toString());
  }

  /** A link to a web address (http or https only) or, when {@code link} is null, the label as plain text. */
  static Markup link(String href, Markup label) {
    if (href == null) return label;
    return el("a", List.of(attr("href", href), attr("rel", "noopener noreferrer")), label);
  }

  static Markup join(List<Markup> parts) {
    StringBuilder b = new StringBuilder();
    for (Markup m : parts) b.append(m.html);
    return new Markup(b.toString());
  }

  static Markup join(Markup... parts) {
    return join(Arrays.asList(parts));
  }

  /** A chart, sanitized: only {@link SafeSvg} calls this. */
  static Markup trustedSvg(String svg) {
    return new Markup(svg);
  }

  /** The page's own style sheet, a constant of the code. */
  static Markup style(String css) {
    if (css.contains("<")) throw new IllegalArgumentException("a style sheet holds no markup");
    return new Markup("<style>" + css + "</style>");
  }

  static List<Markup> list() {
    return new ArrayList<>();
  }

  private static StringBuilder open(String tag, List<Attr> attrs) {
    if (!NAME.matcher(tag).matches() || tag.equals("script") || tag.equals("style")) {
      throw new IllegalArgumentException("not an element the brief makes: " + tag);
    }
    StringBuilder b = new StringBuilder("<").append(tag);
    for (Attr a : attrs) b.append(' ').append(a.name()).append("=\"").append(escape(a.value())).append('"');
    return b.append('>');
  }

  /**
   * Text for an element or a quoted attribute: {@code & < > " '} as references, and characters that HTML does not
   * allow in a document (controls other than tab and line ends, lone surrogates, non-characters) as U+FFFD.
   */
  static String escape(String s) {
    if (s == null) return "";
    StringBuilder b = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> {
          if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
            b.append(c).append(s.charAt(++i));
          } else if (Character.isSurrogate(c) || (c < 0x20 && c != '\t' && c != '\n' && c != '\r')
              || (c >= 0x7f && c <= 0x9f) || c == 0xfffe || c == 0xffff) {
            b.append('\ufffd');
          } else {
            b.append(c);
          }
        }
      }
    }
    return b.toString();
  }
}
