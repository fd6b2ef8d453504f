package org.entente;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.entente.article.ArticleSource;
import org.entente.article.InputArticle;
import org.entente.coding.CodedArticle;
import org.entente.coding.Mention;
import org.entente.event.Dataset;
import org.entente.event.Event;
import org.entente.event.EventMerger;
import org.entente.event.LinkedMention;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The library entry point: thread-safe coding, and the per-kind merge giving the whole merge's events. */
class EntenteTest {
  private static Entente entente;
  private static List<InputArticle> articles;

  @BeforeAll
  static void load() {
    entente = Entente.load();
    articles = new ArrayList<>();
    for (Path dir : List.of(Path.of("seeds"), Path.of("src/test/resources/org/entente/eval/devset/articles"))) {
      ArticleSource.open(dir, w -> {}).forEach(articles::add);
    }
  }

  @Test
  void codesAnArticleFromText() {
    CodedArticle coded = entente.code(InputArticle.of("visit",
        "Niger's Prime Minister Ali Lamine Zeine arrived in Moscow on Tuesday for talks with Russian officials.",
        LocalDate.of(2024, 1, 16)));
    assertThat(coded.summary().articleId()).isEqualTo("visit");
    assertThat(coded.mentions()).extracting(Mention::source, Mention::target)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("NER", "RUS"));
  }

  @Test
  void manyThreadsAtOnceGiveWhatOneThreadGives() throws Exception {
    List<CodedArticle> sequential = articles.stream().map(entente::code).toList();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      // every article coded four times, interleaved on four threads
      List<Future<CodedArticle>> futures = new ArrayList<>();
      for (int round = 0; round < 4; round++) {
        for (InputArticle a : articles) futures.add(pool.submit(() -> entente.code(a)));
      }
      for (int i = 0; i < futures.size(); i++) {
        assertThat(futures.get(i).get()).isEqualTo(sequential.get(i % articles.size()));
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void mergingKindByKindGivesTheSameEventsAsMergingAll() {
    List<CodedArticle> coded = articles.stream().map(entente::code).toList();
    Dataset all = entente.merge(coded);
    assertThat(all.events()).hasSizeGreaterThan(10);

    Map<String, LocalDate> published = new HashMap<>();
    coded.forEach(a -> {
      if (a.summary().published() != null) published.put(a.summary().articleId(), a.summary().published());
    });
    Map<List<Object>, List<LinkedMention>> byKind = new LinkedHashMap<>();
    for (LinkedMention m : Entente.identify(coded)) {
      Mention x = m.mention();
      byKind.computeIfAbsent(List.of(x.type(), x.source(), x.target()), k -> new ArrayList<>()).add(m);
    }
    List<Event> events = new ArrayList<>();
    Map<String, String> eventOf = new HashMap<>();
    for (List<LinkedMention> kind : byKind.values()) {
      EventMerger.KindMerge merged = entente.mergeKind(kind, published);
      events.addAll(merged.events());
      for (int k = 0; k < kind.size(); k++) eventOf.put(kind.get(k).mentionId(), merged.eventIds().get(k));
    }
    events.sort(Entente.eventOrder());
    assertThat(events).isEqualTo(all.events());
    for (LinkedMention m : all.mentions()) assertThat(eventOf.get(m.mentionId())).isEqualTo(m.eventId());
  }

  @Test
  void aMergeOfTwoKindsIsRefused() {
    List<LinkedMention> all = Entente.identify(articles.stream().map(entente::code).toList());
    LinkedMention niger = all.stream().filter(m -> m.mention().source().equals("NER")).findFirst().orElseThrow();
    LinkedMention other = all.stream().filter(m -> !m.mention().source().equals("NER")).findFirst().orElseThrow();
    assertThatThrownBy(() -> entente.mergeKind(List.of(niger, other), Map.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void writesWhatTheCliWrites(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
    List<CodedArticle> coded = new ArrayList<>();
    ArticleSource.open(Path.of("seeds"), w -> {}).forEach(a -> coded.add(entente.code(a)));
    entente.write(entente.merge(coded), dir.resolve("lib"), org.entente.table.WriteOptions.defaults());
    org.entente.cli.Main.run(new String[] {"code", "--input", "seeds", "--data", dir.resolve("cli").toString(), "-q"},
        new java.io.PrintWriter(new java.io.StringWriter()), new java.io.PrintWriter(new java.io.StringWriter()));
    for (String f : List.of("articles.csv", "mentions.csv", "events.csv", "datapackage.json")) {
      assertThat(Files.readString(dir.resolve("lib").resolve(f))).isEqualTo(Files.readString(dir.resolve("cli").resolve(f)));
    }
  }
}
