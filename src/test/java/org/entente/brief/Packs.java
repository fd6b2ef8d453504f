package org.entente.brief;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.entente.cli.Main;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Makes packs as a user would ({@code entente code}, {@code entente brief}) and reads them back. */
final class Packs {
  private Packs() {}

  record Result(int exitCode, String out, String err) {}

  static Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
    return new Result(code, out.toString(), err.toString());
  }

  /** The version the CLI prints, as Maven wrote it. */
  static String version() {
    java.util.Properties p = new java.util.Properties();
    try (InputStream in = Main.class.getResourceAsStream("version.properties")) {
      p.load(in);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return p.getProperty("version");
  }

  /** The brief of the committed seed dataset (data/), for NER, in {@code out}. */
  static Path seedPack(Path out) {
    Result r = run("brief", "--focus", "NER", "--data", "data", "--out", out.toString(), "-q");
    assertThat(r.exitCode()).as(r.err()).isZero();
    return out;
  }

  /** The articles of test resource folder {@code hostile}, coded into {@code tmp/data}. */
  static Path hostileDataset(Path tmp) throws IOException {
    Path in = tmp.resolve("in");
    Files.createDirectories(in);
    for (String name : List.of("a1.txt", "a2.txt", "a3.txt", "a4.txt", "manifest.csv")) {
      try (InputStream s = Packs.class.getResourceAsStream("hostile/" + name)) {
        Files.copy(s, in.resolve(name));
      }
    }
    Path data = tmp.resolve("data");
    Result r = run("code", "--input", in.toString(), "--data", data.toString(), "--no-corrections", "-q",
        "--threads", "1");
    assertThat(r.exitCode()).as(r.err()).isZero();
    return data;
  }

  /** The page as XML: the brief writes HTML that is well-formed XML, so that it can be checked to the element. */
  static Document html(Path file) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(false);
    f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    return f.newDocumentBuilder().parse(new ByteArrayInputStream(Files.readAllBytes(file)));
  }

  static List<Element> all(Document doc, String tag) {
    NodeList nodes = doc.getElementsByTagName(tag);
    List<Element> out = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) out.add((Element) nodes.item(i));
    return out;
  }

  static List<Element> all(Element e, String tag) {
    NodeList nodes = e.getElementsByTagName(tag);
    List<Element> out = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) out.add((Element) nodes.item(i));
    return out;
  }

  /** Every element of the page. */
  static List<Element> elements(Document doc) {
    return all(doc, "*");
  }

  static String squash(String s) {
    return s.replaceAll("\\s+", " ").strip();
  }
}
