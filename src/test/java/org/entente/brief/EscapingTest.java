package org.entente.brief;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The three guards of the page, one rule each: the escaper, the link check and the SVG sanitizer. */
class EscapingTest {

  @Test
  void textAndAttributesAreEscaped() {
    assertThat(Html.text("<script>alert('x')</script> & \"q\"").toString())
        .isEqualTo("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;q&quot;");
    assertThat(Html.el("p", List.of(Html.attr("title", "\"><img src=x onerror=alert(1)>")), Html.text("t")).toString())
        .isEqualTo("<p title=\"&quot;&gt;&lt;img src=x onerror=alert(1)&gt;\">t</p>");
    // characters a document may not hold
    assertThat(Html.escape("a\u0000b\u0007c\ud800d")).isEqualTo("a\ufffdb\ufffdc\ufffdd");
    assertThat(Html.escape("\ud83d\ude00 \u00e9")).isEqualTo("\ud83d\ude00 \u00e9");
  }

  @Test
  void theBuilderRefusesScriptsHandlersAndOtherLinks() {
    assertThatThrownBy(() -> Html.el("script", "x")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Html.attr("onclick", "x")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Html.attr("href", "javascript:alert(1)")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Html.attr("href", "data:text/html,x")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Html.attr("src", "x.js")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Html.attr("a b", "x")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Html.style("</style><script>")).isInstanceOf(IllegalArgumentException.class);
    assertThat(Html.link("https://example.org/a?b=1&c=2", Html.text("x")).toString())
        .isEqualTo("<a href=\"https://example.org/a?b=1&amp;c=2\" rel=\"noopener noreferrer\">x</a>");
    assertThat(Html.link(null, Html.text("<x>")).toString()).isEqualTo("&lt;x&gt;");
  }

  @Test
  void onlyHttpAndHttpsAddressesWithAHostAreLinks() {
    assertThat(WebLink.of("https://example.org/a")).contains("https://example.org/a");
    assertThat(WebLink.of(" http://example.org ")).contains("http://example.org");
    assertThat(WebLink.of("HTTPS://Example.org/x")).contains("HTTPS://Example.org/x");
    for (String bad : List.of("javascript:alert(1)", "JAVASCRIPT:alert(1)", " javascript:alert(1)",
        "java\tscript:alert(1)", "data:text/html,<script>", "vbscript:x", "file:///etc/passwd", "//example.org/x",
        "/relative", "https:///nohost", "https://example.org/<script>", "https://example.org/\"onmouseover=x",
        "mailto:a@example.org", "ftp://example.org", "", "   ")) {
      assertThat(WebLink.of(bad)).as(bad).isEmpty();
    }
  }

  @Test
  void theSvgKeepsItsDrawingAndLosesEverythingElse() {
    String svg = """
        <?xml version="1.0"?>
        <!DOCTYPE svg PUBLIC '-//W3C//DTD SVG 1.0//EN' 'http://www.w3.org/TR/2001/REC-SVG-20010904/DTD/svg10.dtd'>
        <svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="960pt"
             height="540pt" viewBox="0 0 960 540" onload="alert(1)">
          <!-- a comment </svg><script>alert(2)</script> -->
          <defs><clipPath id="clipPath1"><path d="M0 0 L9 9"/></clipPath></defs>
          <script>alert(3)</script>
          <foreignObject><div xmlns="http://www.w3.org/1999/xhtml">x</div></foreignObject>
          <image xlink:href="https://example.org/x.png"/>
          <a xlink:href="javascript:alert(4)"><text>link</text></a>
          <use xlink:href="https://example.org/x.svg#a"/>
          <use xlink:href="#clipPath1"/>
          <rect style="clip-path:url(#clipPath1); fill:url(https://example.org/p)" x="1"/>
          <g style="clip-path:url(#clipPath1); stroke:none;" onclick="alert(5)">
            <text x="1">France &amp; &lt;b&gt;Mali&lt;/b&gt;</text>
          </g>
        </svg>
        """;
    String out = SafeSvg.inline(svg, "mix-", "A \"title\" <b>").toString();
    assertThat(out).startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\"")
        .contains("aria-label=\"A &quot;title&quot; &lt;b&gt;\"")
        .contains("viewBox=\"0 0 960 540\"")
        .doesNotContain("width=\"960pt\"")
        .contains("<clipPath id=\"mix-clipPath1\">")
        .contains("<use xlink:href=\"#mix-clipPath1\" />")
        .contains("<g style=\"clip-path:url(#mix-clipPath1); stroke:none;\">")
        .contains("France &amp; &lt;b&gt;Mali&lt;/b&gt;")
        .doesNotContain("onload").doesNotContain("onclick").doesNotContain("<script").doesNotContain("alert(2)")
        .doesNotContain("alert(3)").doesNotContain("foreignObject").doesNotContain("<image")
        .doesNotContain("javascript").doesNotContain("example.org").doesNotContain("<!--")
        .doesNotContain("<a ").doesNotContain("link</text>");
    // the rect's style pointed outside the chart: dropped, the element kept
    assertThat(out).contains("<rect x=\"1\" />");
  }
}
