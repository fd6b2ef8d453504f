package org.entente.coding;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.entente.article.InputArticle;
import org.entente.dictionary.Dictionaries;

/** Runs the coder's stages on a text written for a test and shows a layer of one sentence as short strings. */
final class Annotated {
  private static CoderResources resources;

  private Annotated() {}

  static synchronized CoderResources resources() {
    if (resources == null) resources = CoderResources.load(Dictionaries.bundled());
    return resources;
  }

  /** Every layer of every sentence of {@code text}, published on {@code published} (or undated if null). */
  static ArticleAnnotation article(String published, String text) {
    InputArticle article = new InputArticle("t", "t.txt", text,
        published == null ? null : LocalDate.parse(published), "", "", "", List.of());
    return new Coder(resources()).annotate(article);
  }

  /** The last sentence of {@code text}: earlier sentences set the scene for references and dates. */
  static SentenceAnnotation last(String published, String text) {
    List<SentenceAnnotation> s = article(published, text).sentences();
    return s.get(s.size() - 1);
  }

  /** "CODE:words" per party name. */
  static List<String> names(SentenceAnnotation s) {
    return s.names().stream().map(m -> m.code() + ":" + m.text()).toList();
  }

  /** "words=DATE precision" per date expression that may date an act. */
  static List<String> dates(SentenceAnnotation s) {
    return s.dates().stream().map(d -> d.date().text() + "=" + d.date().date() + " " + d.date().precision().code())
        .toList();
  }

  /** "words=category/subtype,…" per trigger: the lexicon rows its words match, in order. */
  static List<String> triggers(SentenceAnnotation s) {
    return s.triggers().stream().map(t -> s.sentence().span(t.head(), t.end()) + "="
        + t.candidates().stream().map(e -> e.type().label()).distinct().collect(Collectors.joining(","))).toList();
  }

  /** "words=category/subtype" per trigger read as an act (its first row), "words=-" per trigger that is not. */
  static List<String> readings(SentenceAnnotation s) {
    return s.readings().stream().map(r -> s.sentence().span(r.trigger().head(), r.trigger().end()) + "="
        + (r.act() ? r.entries().get(0).type().label() : "-")).toList();
  }

  /** "SOURCE->TARGET category/subtype" per interaction, before dating and merging. */
  static List<String> interactions(SentenceAnnotation s) {
    return s.interactions().stream()
        .map(i -> i.source().code() + "->" + i.target().code() + " " + i.type().label()).toList();
  }

  /** "SOURCE->TARGET category/subtype DATE precision" per dated interaction. */
  static List<String> dated(SentenceAnnotation s) {
    return s.dated().stream().map(d -> d.interaction().source().code() + "->" + d.interaction().target().code() + " "
        + d.interaction().type().label() + " " + (d.date().date() == null ? "" : d.date().date()) + " "
        + d.date().precision().code()).toList();
  }

  /** "KIND{words}" per clause. */
  static List<String> clauses(SentenceAnnotation s) {
    return s.clauses().stream().map(c -> c.kind() + "{" + s.sentence().span(c.from(), c.to()) + "}").toList();
  }

  /** "KIND:CODE,CODE" per actor. */
  static List<String> actors(SentenceAnnotation s) {
    return s.actors().stream().map(a -> a.kind() + ":" + String.join(",", a.codes())).toList();
  }

  /** "SOURCE->TARGET category/subtype date precision" per mention. */
  static List<String> mentions(SentenceAnnotation s) {
    return s.mentions().stream().map(CodedMention::mention).map(Annotated::row).toList();
  }

  /** Every mention of the article. */
  static List<String> mentions(String published, String text) {
    return article(published, text).sentences().stream().flatMap(s -> mentions(s).stream())
        .collect(Collectors.toList());
  }

  static String row(Mention m) {
    return m.source() + "->" + m.target() + " " + m.type().label() + " "
        + (m.date().date() == null ? "" : m.date().date()) + " " + m.date().precision().code();
  }
}
