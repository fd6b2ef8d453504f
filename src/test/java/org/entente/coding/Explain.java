package org.entente.coding;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.entente.article.InputArticle;
import org.entente.dictionary.Dictionaries;

/**
 * A developer's look at every layer the stages add: {@code Explain FILE|TEXT [PUBLISHED] [SENTENCE-FILTER]}.
 * Run with the test classpath; prints one block per tokenized sentence that names a party or an act.
 */
public final class Explain {
  public static void main(String[] args) throws Exception {
    String text = Files.isRegularFile(Path.of(args[0])) ? Files.readString(Path.of(args[0])) : args[0];
    LocalDate published = args.length > 1 && !args[1].isEmpty() ? LocalDate.parse(args[1]) : null;
    String filter = args.length > 2 ? args[2] : null;
    Coder coder = new Coder(CoderResources.load(Dictionaries.bundled()));
    InputArticle article = new InputArticle("x", "x.txt", text, published, "", "", "", List.of());
    ArticleAnnotation a = coder.annotate(article);
    System.out.println("published " + a.published() + " anchors " + a.anchors() + " salience " + a.salience());
    for (SentenceAnnotation s : a.sentences()) {
      if (s.empty() || (s.names().isEmpty() && s.triggers().isEmpty())) continue;
      if (filter != null && !s.sentence().text().contains(filter)) continue;
      System.out.println("\n[" + s.sentence().index() + "] " + s.sentence().text());
      if (System.getenv("EXPLAIN_TOKENS") != null) {
        System.out.println("  tokens   " + s.sentence().tokens().stream().map(t -> t.norm())
            .collect(Collectors.joining("|")));
      }
      System.out.println("  clauses  " + s.clauses().stream()
          .map(c -> c.kind() + "{" + s.sentence().span(c.from(), c.to()) + "}").collect(Collectors.joining(" ")));
      System.out.println("  actors   " + s.actors().stream()
          .map(x -> x.kind() + ":" + x.codes() + "'" + x.text() + "'").collect(Collectors.joining(" "))
          + s.localities().stream().map(x -> " LOCALITY:" + x.codes() + "'" + x.text() + "'")
              .collect(Collectors.joining()));
      System.out.println("  dates    " + s.dates().stream().map(d -> d.date().text() + "=" + d.date().date()
          + "/" + d.date().precision()).collect(Collectors.joining(" ")));
      for (TriggerReading r : s.readings()) {
        System.out.println("  trigger  '" + s.sentence().span(r.trigger().head(), r.trigger().end()) + "' "
            + r.trigger().candidates().stream().map(c -> c.type().label() + "/" + c.frame() + (System.getenv("PATTERNS") != null ? ":" + String.join(" ", c.pattern()) + ":" + c.objectClass() : "")).toList()
            + (r.act() ? "" : " NOT-AN-ACT") + (r.announcedFuture() ? " ANNOUNCED" : "")
            + (r.trigger().passive() ? " PASSIVE" : ""));
      }
      for (CodedMention m : s.mentions()) {
        Mention x = m.mention();
        System.out.println("  MENTION  " + x.source() + "->" + x.target() + " " + x.type().label() + " "
            + x.date().date() + "/" + x.date().precision() + " '" + x.trigger() + "'");
      }
    }
  }
}
