package org.entente.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.entente.article.ArticleSummary;
import org.entente.coding.Mention;
import org.entente.event.Dataset;
import org.entente.event.Event;
import org.entente.event.LinkedMention;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The dataset written row by row is the dataset written whole, byte for byte, with the same checks. */
class DatasetStreamTest {
  private static final List<String> FILES = List.of("articles.csv", "mentions.csv", "events.csv", "datapackage.json");

  private static void stream(Dataset d, Path dir) {
    stream(d, dir, 1);
  }

  private static void stream(Dataset d, Path dir, int threads) {
    try (DatasetStream out = Fixtures.writer().open(dir, threads)) {
      d.articles().forEach(out::article);
      out.events(d.events());
      d.mentions().forEach(out::mention);
      out.finish();
    }
  }

  private static void assertSameFiles(Dataset d, Path tmp) throws Exception {
    assertSameFiles(d, tmp, 1);
  }

  private static void assertSameFiles(Dataset d, Path tmp, int threads) throws Exception {
    Fixtures.writer().write(d, tmp.resolve("whole"));
    stream(d, tmp.resolve("rows"), threads);
    for (String f : FILES) {
      assertThat(Files.readAllBytes(tmp.resolve("rows").resolve(f))).as(f)
          .isEqualTo(Files.readAllBytes(tmp.resolve("whole").resolve(f)));
    }
    try (Stream<Path> left = Files.list(tmp.resolve("rows"))) {
      assertThat(left.map(p -> p.getFileName().toString()).sorted()).containsExactlyInAnyOrderElementsOf(FILES);
    }
  }

  @Test
  void awkwardCellsComeOutAsTheWholeFileWriterWritesThem(@TempDir Path tmp) throws Exception {
    assertSameFiles(Fixtures.dataset(), tmp);
  }

  @Test
  void anEmptyDatasetIsTheHeadersAlone(@TempDir Path tmp) throws Exception {
    assertSameFiles(new Dataset(List.of(), List.of(), List.of()), tmp);
  }

  @Test
  void partsJoinSeamlessly(@TempDir Path tmp) throws Exception {
    assertSameFiles(large(3 * DatasetStream.PART + 7), tmp);
  }

  @Test
  void partsRenderedOnThreeThreadsJoinInOrder(@TempDir Path tmp) throws Exception {
    assertSameFiles(large(7 * DatasetStream.PART + 3), tmp, 3);
  }

  @Test
  void withThreadsTheFirstBadPartIsTheOneReported(@TempDir Path tmp) {
    Dataset d = large(6 * DatasetStream.PART);
    List<LinkedMention> mentions = new ArrayList<>(d.mentions());
    for (int bad : new int[] {5 * DatasetStream.PART + 1, 2 * DatasetStream.PART + 9}) {
      LinkedMention m = mentions.get(bad);
      mentions.set(bad, new LinkedMention(m.mentionId(), "ev-nowhere", m.mention()));
    }
    try (DatasetStream out = Fixtures.writer().open(tmp, 3)) {
      d.articles().forEach(out::article);
      out.events(d.events());
      assertThatThrownBy(() -> {
        mentions.forEach(out::mention);
        out.finish();
      }).isInstanceOf(TableException.class)
          .hasMessageStartingWith("mentions.csv: row " + (2 * DatasetStream.PART + 9 + 2) + ", column event_id");
    }
    assertThat(tmp.toFile().list()).isEmpty();
  }

  @Test
  void aRepeatedArticleInALaterPartNamesItsRow(@TempDir Path tmp) {
    Dataset d = large(DatasetStream.PART + 5);
    List<ArticleSummary> articles = new ArrayList<>(d.articles());
    articles.add(articles.get(0));
    try (DatasetStream out = Fixtures.writer().open(tmp)) {
      articles.forEach(out::article);
      assertThatThrownBy(() -> out.events(d.events())).isInstanceOf(TableException.class)
          .hasMessage("articles.csv: row " + (articles.size() + 1) + ", column article_id: repeats 'a1-0'");
    }
    assertThat(tmp.toFile().list()).isEmpty();
  }

  @Test
  void aMentionOfAnUnknownEventIsRefusedAndNothingIsPublished(@TempDir Path tmp) throws Exception {
    Fixtures.writer().write(Fixtures.dataset(), tmp);
    byte[] before = Files.readAllBytes(tmp.resolve("mentions.csv"));
    Dataset d = Fixtures.dataset();
    LinkedMention m = d.mentions().get(0);
    try (DatasetStream out = Fixtures.writer().open(tmp)) {
      d.articles().forEach(out::article);
      out.events(d.events());
      out.mention(new LinkedMention(m.mentionId(), "ev-nowhere", m.mention()));
      assertThatThrownBy(out::finish).isInstanceOf(TableException.class)
          .hasMessageContaining("mentions.csv: row 2, column event_id: 'ev-nowhere' is not an event_id of events.csv");
    }
    assertThat(Files.readAllBytes(tmp.resolve("mentions.csv"))).isEqualTo(before);
    assertThat(tmp.toFile().list()).containsExactlyInAnyOrderElementsOf(FILES);
  }

  @Test
  void callsOutOfOrderAreRefused(@TempDir Path tmp) {
    Dataset d = Fixtures.dataset();
    try (DatasetStream out = Fixtures.writer().open(tmp)) {
      assertThatThrownBy(() -> out.mention(d.mentions().get(0))).isInstanceOf(IllegalStateException.class);
      d.articles().forEach(out::article);
      out.events(d.events());
      assertThatThrownBy(() -> out.article(d.articles().get(0))).isInstanceOf(IllegalStateException.class);
    }
  }

  /** The fixture's articles, mentions and events repeated under new ids until there are {@code n} mentions. */
  private static Dataset large(int n) {
    Dataset f = Fixtures.dataset();
    List<ArticleSummary> articles = new ArrayList<>();
    List<LinkedMention> mentions = new ArrayList<>();
    List<Event> events = new ArrayList<>();
    for (int copy = 0; mentions.size() < n; copy++) {
      String c = "-" + copy;
      for (ArticleSummary a : f.articles()) {
        articles.add(new ArticleSummary(a.articleId() + c, a.file(), a.title(), a.published(), a.publishedFrom(),
            a.outlet(), a.url(), a.sentences(), a.mentions(), a.warnings()));
      }
      for (Event e : f.events()) {
        events.add(new Event(e.eventId() + c, e.date(), e.precision(), e.source(), e.sourceName(), e.target(),
            e.targetName(), e.type(), e.mentions(), e.articleIds().stream().map(id -> id + c).toList(),
            e.firstReported(), e.evidence(), e.evidenceArticle() + c));
      }
      for (LinkedMention lm : f.mentions()) {
        Mention m = lm.mention();
        mentions.add(new LinkedMention(lm.mentionId() + c, lm.eventId() + c, new Mention(m.articleId() + c,
            m.sentence(), m.charStart(), m.charEnd(), m.source(), m.target(), m.type(), m.date(), m.sourceText(),
            m.targetText(), m.trigger(), m.text(), m.sourceKind(), m.targetKind())));
      }
    }
    return new Dataset(articles, mentions, events);
  }
}
