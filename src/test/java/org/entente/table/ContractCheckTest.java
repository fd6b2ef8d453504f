package org.entente.table;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.entente.act.ActType;
import org.entente.article.ArticleSummary;
import org.entente.coding.ActorKind;
import org.entente.coding.Mention;
import org.entente.date.DatePrecision;
import org.entente.date.ResolvedDate;
import org.entente.event.Dataset;
import org.entente.event.Event;
import org.entente.event.LinkedMention;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The writer refuses rows that would make datapackage.json lie about the CSV. */
class ContractCheckTest {

  @TempDir Path dir;

  private void write(Dataset d) {
    Fixtures.writer().write(d, dir);
  }

  @Test
  void missingRequiredValue() {
    var events = new ArrayList<>(Fixtures.events());
    Event e = events.get(0);
    events.set(0, new Event(e.eventId(), e.date(), e.precision(), null, e.sourceName(), e.target(), e.targetName(),
        e.type(), e.mentions(), e.articleIds(), e.firstReported(), e.evidence(), e.evidenceArticle()));

    assertThatThrownBy(() -> write(new Dataset(Fixtures.articles(), Fixtures.mentions(), events)))
        .isInstanceOf(TableException.class)
        .hasMessage("events.csv: row 2, column source: empty, but a value is required (event_id e1)");
  }

  @Test
  void partyCodeOutsideTheVocabulary() {
    var mentions = new ArrayList<>(Fixtures.mentions());
    mentions.set(1, new LinkedMention("m2", "e1", new Mention("a1", 5, 200, 230, "NER", "Russia",
        ActType.COOPERATION_MILITARY, ResolvedDate.reported(LocalDate.of(2023, 12, 4)), "", "", "", "x", ActorKind.NAMED,
        ActorKind.NAMED)));

    assertThatThrownBy(() -> write(new Dataset(Fixtures.articles(), mentions, Fixtures.events())))
        .isInstanceOf(TableException.class)
        .hasMessageStartingWith(
            "mentions.csv: row 3, column target: 'Russia' is not a party code of the dictionary: it does not match");
  }

  @Test
  void publishedFromOutsideItsEnum() {
    var articles = List.of(new ArticleSummary("a1", "a1.txt", "t", LocalDate.of(2024, 1, 1), "dateline", "", "", 1,
        0, List.of()));

    assertThatThrownBy(() -> write(new Dataset(articles, List.of(), List.of())))
        .isInstanceOf(TableException.class)
        .hasMessage(
            "articles.csv: row 2, column published_from: 'dateline' is not one of manifest, text (article_id a1)");
  }

  @Test
  void duplicateId() {
    var articles = new ArrayList<>(Fixtures.articles());
    articles.add(articles.get(0));

    assertThatThrownBy(() -> write(new Dataset(articles, Fixtures.mentions(), Fixtures.events())))
        .isInstanceOf(TableException.class)
        .hasMessage("articles.csv: row 4, column article_id: repeats 'a1'");
  }

  @Test
  void referenceToAnUnknownArticle() {
    var events = new ArrayList<>(Fixtures.events());
    Event e = events.get(3);
    events.set(3, new Event(e.eventId(), e.date(), DatePrecision.YEAR, e.source(), e.sourceName(), e.target(),
        e.targetName(), e.type(), 1, List.of("zz"), null, e.evidence(), "zz"));

    assertThatThrownBy(() -> write(new Dataset(Fixtures.articles(), Fixtures.mentions(), events)))
        .isInstanceOf(TableException.class)
        .hasMessage(
            "events.csv: row 5, column evidence_article: 'zz' is not an article_id of articles.csv (event_id e4)");
  }

  @Test
  void nullRow() {
    var events = new ArrayList<Event>(Fixtures.events());
    events.add(null);

    assertThatThrownBy(() -> write(new Dataset(Fixtures.articles(), Fixtures.mentions(), events)))
        .isInstanceOf(TableException.class)
        .hasMessage("events.csv: row 6: no record (null)");
  }
}
