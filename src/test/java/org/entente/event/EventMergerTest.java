package org.entente.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.entente.act.ActType;
import org.entente.article.ArticleSummary;
import org.entente.coding.ActorKind;
import org.entente.coding.CodedArticle;
import org.entente.coding.Mention;
import org.entente.date.DatePrecision;
import org.entente.date.ResolvedDate;
import org.junit.jupiter.api.Test;

class EventMergerTest {
  private static final Map<String, String> NAMES = Map.of("RUS", "Russia", "NER", "Niger", "MLI", "Mali",
      "FRA", "France", "USA", "United States");
  private final EventMerger merger = new EventMerger(code -> NAMES.getOrDefault(code, code));

  @Test
  void fourArticlesReportingOneVisitAreOneEvent() {
    Dataset d = merger.merge(List.of(
        article("a1", "2023-12-04", visit("a1", 1, day("2023-12-04"), "Russian delegation", "Niger's leaders")),
        article("a2", "2023-12-04", visit("a2", 2, day("2023-12-04"), "A Russian delegation", "Niger")),
        article("a3", "2023-12-05", visit("a3", 1, day("2023-12-04"), "Russia", "Niger")),
        article("a4", "2024-01-16", visit("a4", 3, reported("2024-01-16"), "Russia", "Niger"))));

    assertThat(d.events()).hasSize(1);
    Event e = d.events().get(0);
    assertThat(e.date()).isEqualTo("2023-12-04");
    assertThat(e.precision()).isEqualTo(DatePrecision.DAY);
    assertThat(e.mentions()).isEqualTo(4);
    assertThat(e.articleIds()).containsExactly("a1", "a2", "a3", "a4");
    assertThat(e.firstReported()).isEqualTo("2023-12-04");
    assertThat(e.sourceName()).isEqualTo("Russia");
    assertThat(e.targetName()).isEqualTo("Niger");
    assertThat(d.mentions()).extracting(LinkedMention::eventId).containsOnly(e.eventId());
    assertThat(d.mentions()).extracting(LinkedMention::mentionId)
        .containsExactly("a1-s1-m1", "a2-s2-m1", "a3-s1-m1", "a4-s3-m1");
  }

  @Test
  void aMonthContainsItsDays() {
    Dataset d = merger.merge(List.of(
        article("a1", "2023-12-20", visit("a1", 1, month("2023-12-01"), "Russia", "Niger")),
        article("a2", "2023-12-05", visit("a2", 1, day("2023-12-03"), "Russia", "Niger"))));

    assertThat(d.events()).singleElement().satisfies(e -> {
      assertThat(e.date()).isEqualTo("2023-12-03");
      assertThat(e.precision()).isEqualTo(DatePrecision.DAY);
      assertThat(e.articleIds()).containsExactly("a1", "a2");
      assertThat(e.firstReported()).isEqualTo("2023-12-05");
    });
  }

  @Test
  void aYearJoinsTheEarliestEventInside() {
    Dataset d = merger.merge(List.of(
        article("a1", "2024-01-20", visit("a1", 1, year("2023-01-01"), "Russia", "Niger")),
        article("a2", "2023-12-05", visit("a2", 1, day("2023-12-03"), "Russia", "Niger")),
        article("a3", "2023-10-20", visit("a3", 1, month("2023-09-01"), "Russia", "Niger"))));

    assertThat(d.events()).hasSize(2);
    assertThat(eventOf(d, "a1")).isEqualTo(eventOf(d, "a3"));
  }

  @Test
  void aMonthOutsideTheDayIsAnotherEvent() {
    Dataset d = merger.merge(List.of(
        article("a1", "2024-01-20", visit("a1", 1, month("2024-01-01"), "Russia", "Niger")),
        article("a2", "2023-12-05", visit("a2", 1, day("2023-12-03"), "Russia", "Niger"))));

    assertThat(d.events()).extracting(Event::precision).containsExactly(DatePrecision.DAY, DatePrecision.MONTH);
  }

  @Test
  void aReportedMentionJoinsTheNearestEarlierDatedEvent() {
    Dataset d = merger.merge(List.of(
        article("a1", "2023-09-10", visit("a1", 1, day("2023-09-08"), "Russia", "Niger")),
        article("a2", "2023-12-05", visit("a2", 1, day("2023-12-03"), "Russia", "Niger")),
        article("a3", "2024-01-16", visit("a3", 1, reported("2024-01-16"), "Russia", "Niger"))));

    assertThat(d.events()).hasSize(2);
    assertThat(eventOf(d, "a3")).isEqualTo(eventOf(d, "a2"));
    assertThat(d.events().get(1).articleIds()).containsExactly("a2", "a3");
  }

  @Test
  void aReportedMentionDoesNotJoinAnEventReportedLater() {
    Dataset d = merger.merge(List.of(
        article("a1", "2023-11-30", visit("a1", 1, reported("2023-11-30"), "Russia", "Niger")),
        article("a2", "2023-12-05", visit("a2", 1, day("2023-12-03"), "Russia", "Niger"))));

    assertThat(d.events()).hasSize(2);
    assertThat(d.events()).extracting(Event::date, Event::precision).containsExactly(
        org.assertj.core.groups.Tuple.tuple(LocalDate.parse("2023-11-30"), DatePrecision.REPORTED),
        org.assertj.core.groups.Tuple.tuple(LocalDate.parse("2023-12-03"), DatePrecision.DAY));
  }

  @Test
  void undatedReportsOfOneActWithinWeeksAreOneEvent() {
    Dataset d = merger.merge(List.of(
        article("a3", "2024-03-01", visit("a3", 1, reported("2024-03-01"), "Russia", "Niger")),
        article("a2", "2023-12-20", visit("a2", 1, reported("2023-12-20"), "Russia", "Niger")),
        article("a1", "2023-12-04", visit("a1", 1, reported("2023-12-04"), "Russia", "Niger"))));

    assertThat(d.events()).extracting(Event::date, Event::articleIds).containsExactly(
        org.assertj.core.groups.Tuple.tuple(LocalDate.parse("2023-12-04"), List.of("a2", "a1")),
        org.assertj.core.groups.Tuple.tuple(LocalDate.parse("2024-03-01"), List.of("a3")));
  }

  @Test
  void differentSubtypesOrPartiesDoNotMerge() {
    Mention agreement = mention("a1", 1, ActType.COOPERATION_AGREEMENT, "NER", "RUS", day("2023-12-04"),
        "Niger", "Russia", "Niger and Russia signed documents on December 4.");
    Mention military = mention("a1", 1, ActType.COOPERATION_MILITARY, "NER", "RUS", day("2023-12-04"),
        "Niger", "Russia", "Niger and Russia signed documents on military cooperation on December 4.");
    Mention otherHost = visit("a1", 2, day("2023-12-04"), "Russia", "Mali");
    otherHost = new Mention("a1", 2, 0, 10, "RUS", "MLI", otherHost.type(), otherHost.date(), "Russia", "Mali",
        "visited", "Russia visited Mali.", ActorKind.NAMED, ActorKind.NAMED);
    Dataset d = merger.merge(List.of(article("a1", "2023-12-05", agreement, military, otherHost)));

    assertThat(d.events()).hasSize(3);
    assertThat(d.mentions()).extracting(LinkedMention::mentionId).containsExactly("a1-s1-m1", "a1-s1-m2", "a1-s2-m1");
    assertThat(d.mentions()).extracting(LinkedMention::eventId).doesNotHaveDuplicates();
  }

  @Test
  void unknownDatesJoinTheOnlyEventOfTheirKind() {
    Dataset one = merger.merge(List.of(
        article("a1", "2023-12-05", visit("a1", 1, day("2023-12-03"), "Russia", "Niger")),
        article("a2", null, visit("a2", 1, unknown(), "Russia", "Niger"))));
    assertThat(one.events()).singleElement().satisfies(e -> assertThat(e.mentions()).isEqualTo(2));

    Dataset two = merger.merge(List.of(
        article("a1", "2023-12-05", visit("a1", 1, day("2023-12-03"), "Russia", "Niger")),
        article("a3", "2023-09-10", visit("a3", 1, day("2023-09-08"), "Russia", "Niger")),
        article("a2", null, visit("a2", 1, unknown(), "Russia", "Niger"))));
    assertThat(two.events()).hasSize(3);
    assertThat(two.events().get(2).date()).isNull();
    assertThat(two.events().get(2).precision()).isEqualTo(DatePrecision.UNKNOWN);
  }

  @Test
  void idsAreStableWhenAnUnrelatedArticleIsAdded() {
    List<CodedArticle> base = List.of(
        article("a1", "2023-12-05", visit("a1", 1, day("2023-12-03"), "Russia", "Niger")),
        article("a2", "2024-01-16", visit("a2", 1, reported("2024-01-16"), "Russia", "Niger")));
    Mention unrelated = new Mention("z9", 4, 0, 10, "USA", "FRA", ActType.COOPERATION_VISIT, day("2023-12-04"),
        "Washington", "Paris", "visited", "The US envoy visited Paris on Monday.", ActorKind.PLACE, ActorKind.PLACE);
    List<CodedArticle> more = new ArrayList<>(List.of(article("z9", "2023-12-05", unrelated)));
    more.addAll(base);

    Dataset before = merger.merge(base);
    Dataset after = merger.merge(more);

    assertThat(merger.merge(base)).isEqualTo(before);
    assertThat(after.events()).hasSize(2);
    assertThat(after.events()).containsAll(before.events());
    assertThat(after.mentions()).containsAll(before.mentions());
    assertThat(before.events().get(0).eventId()).matches("ev-[0-9a-f]{12}");
  }

  @Test
  void evidenceIsTheClearestSentence() {
    Mention pronounDated = visit("a1", 1, day("2023-12-03"), "They", "Niger");
    Mention explicitUndated = visit("a2", 1, reported("2023-12-06"), "Russia", "Niger");
    ResolvedDate sunday = new ResolvedDate(LocalDate.parse("2023-12-03"), DatePrecision.DAY, "on Sunday");
    Mention explicitDatedLong = withText(visit("a3", 5, sunday, "Russia", "Niger"),
        "A Russian delegation led by the deputy defence minister visited Niger on Sunday, officials said.");
    Mention explicitDatedShort = withText(visit("a4", 2, sunday, "Russia", "the junta"),
        "Russia visited the junta on Sunday.");
    Dataset d = merger.merge(List.of(article("a1", "2023-12-05", pronounDated),
        article("a2", "2023-12-06", explicitUndated), article("a3", "2023-12-05", explicitDatedLong),
        article("a4", "2023-12-05", explicitDatedShort)));

    assertThat(d.events()).singleElement().satisfies(e -> {
      assertThat(e.evidence()).isEqualTo(explicitDatedLong.text());
      assertThat(e.evidenceArticle()).isEqualTo("a3");
    });
  }

  @Test
  void eventsAreSortedByDateWithUnknownLast() {
    Dataset d = merger.merge(List.of(
        article("a1", null, visit("a1", 1, unknown(), "Russia", "Mali")),
        article("a2", "2024-01-16", visit("a2", 1, day("2024-01-16"), "Russia", "Niger")),
        article("a3", "2023-12-05", visit("a3", 1, day("2023-12-03"), "Russia", "Niger"))));
    assertThat(d.events()).extracting(Event::date).containsExactly(LocalDate.parse("2023-12-03"),
        LocalDate.parse("2024-01-16"), null);
    assertThat(d.articles()).extracting(ArticleSummary::articleId).containsExactly("a1", "a2", "a3");
  }

  @Test
  void anEventIsNamedAfterItsFirstReportedMentionSoLaterArticlesKeepItsId() {
    CodedArticle monthReport = article("a1", "2023-12-20", visit("a1", 2, month("2023-12-01"), "Russia", "Niger"));
    String before = merger.merge(List.of(monthReport)).events().get(0).eventId();
    assertThat(before).isEqualTo(EventIds.eventId("a1-s2-m1"));

    // A later article dates the act to a day: the event's date changes, its id does not.
    Dataset after = merger.merge(List.of(monthReport,
        article("a0", "2023-12-22", visit("a0", 1, day("2023-12-03"), "Russia", "Niger")),
        article("a9", "2024-02-01", visit("a9", 4, day("2024-02-01"), "Russia", "Mali"))));
    assertThat(after.events()).extracting(Event::eventId).contains(before);
    assertThat(after.events()).filteredOn(e -> e.eventId().equals(before)).singleElement()
        .satisfies(e -> assertThat(e.precision()).isEqualTo(DatePrecision.DAY));
  }

  @Test
  void theCodersMentionsAnchorAnEventBeforeAnAnalysts() {
    List<LinkedMention> mentions = List.of(
        new LinkedMention("a0-s1-a1", null, visit("a0", 1, day("2023-12-03"), "Russia", "Niger"), CodedBy.ANALYST),
        new LinkedMention("a1-s2-m1", null, visit("a1", 2, day("2023-12-03"), "Russia", "Niger")));
    Dataset d = merger.merge(List.of(article("a0", "2023-12-03").summary(), article("a1", "2023-12-20").summary()),
        mentions);
    assertThat(d.events()).singleElement().satisfies(e -> {
      assertThat(e.eventId()).isEqualTo(EventIds.eventId("a1-s2-m1"));
      assertThat(e.codedBy()).isEqualTo(CodedBy.ANALYST);
    });
  }

  private static String eventOf(Dataset d, String articleId) {
    return d.mentions().stream().filter(m -> m.mention().articleId().equals(articleId))
        .map(LinkedMention::eventId).collect(Collectors.joining());
  }

  static CodedArticle article(String id, String published, Mention... mentions) {
    LocalDate pub = published == null ? null : LocalDate.parse(published);
    return new CodedArticle(new ArticleSummary(id, id + ".txt", "", pub, pub == null ? "" : "manifest", "", "",
        10, mentions.length, List.of()), List.of(mentions));
  }

  @Test
  void aSentenceThatStatesTheDateIsBetterEvidenceThanAHeadlineDatedFromTheLead() {
    ResolvedDate sunday = new ResolvedDate(LocalDate.parse("2023-12-03"), DatePrecision.DAY, "on Sunday");
    Mention headline = withText(visit("a1", 1, sunday, "Russia", "Niger"), "Russian minister visits Niger");
    Mention lead = withText(visit("a1", 2, sunday, "Russia", "Niger"),
        "Russia's deputy defence minister visited Niger on Sunday to discuss military cooperation.");
    Dataset d = merger.merge(List.of(article("a1", "2023-12-05", headline, lead)));

    assertThat(d.events()).singleElement().satisfies(e -> assertThat(e.evidence()).isEqualTo(lead.text()));
  }

  private static Mention visit(String article, int sentence, ResolvedDate date, String sourceText,
      String targetText) {
    return mention(article, sentence, ActType.COOPERATION_VISIT, "RUS", "NER", date, sourceText, targetText,
        sourceText + " visited " + targetText + (date.text().isEmpty() ? "." : " " + date.text() + "."));
  }

  private static Mention mention(String article, int sentence, ActType type, String source, String target,
      ResolvedDate date, String sourceText, String targetText, String text) {
    return new Mention(article, sentence, sentence * 100, sentence * 100 + text.length(), source, target, type,
        date, sourceText, targetText, "visited", text, kind(sourceText), kind(targetText));
  }

  /** How the coder would have named a party with these words: outright, or by a pronoun or reference. */
  private static ActorKind kind(String text) {
    if (text.equalsIgnoreCase("they")) return ActorKind.PRONOUN;
    return text.startsWith("the junta") ? ActorKind.RULER : ActorKind.NAMED;
  }

  private static Mention withText(Mention m, String text) {
    return new Mention(m.articleId(), m.sentence(), m.charStart(), m.charStart() + text.length(), m.source(),
        m.target(), m.type(), m.date(), m.sourceText(), m.targetText(), m.trigger(), text, m.sourceKind(),
        m.targetKind());
  }

  private static ResolvedDate day(String d) {
    return new ResolvedDate(LocalDate.parse(d), DatePrecision.DAY, "on " + d);
  }

  private static ResolvedDate month(String d) {
    return new ResolvedDate(LocalDate.parse(d), DatePrecision.MONTH, "in " + d.substring(0, 7));
  }

  private static ResolvedDate year(String d) {
    return new ResolvedDate(LocalDate.parse(d), DatePrecision.YEAR, "last year");
  }

  private static ResolvedDate reported(String d) { return ResolvedDate.reported(LocalDate.parse(d)); }

  private static ResolvedDate unknown() { return ResolvedDate.reported(null); }
}
