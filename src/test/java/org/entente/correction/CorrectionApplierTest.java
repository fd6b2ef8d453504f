package org.entente.correction;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.entente.act.ActType;
import org.entente.article.ArticleSummary;
import org.entente.coding.ActorKind;
import org.entente.coding.Mention;
import org.entente.date.DatePrecision;
import org.entente.date.ResolvedDate;
import org.entente.event.CodedBy;
import org.entente.event.Dataset;
import org.entente.event.Event;
import org.entente.event.EventIds;
import org.entente.event.EventMerger;
import org.entente.event.LinkedMention;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each action on a small made-up dataset: what it does to mentions, events, ids and coded_by. */
class CorrectionApplierTest {
  private static final String HEADER = "target,action,field,value,reason,by,date\n";
  private final EventMerger merger = new EventMerger(code -> code);
  private final CorrectionApplier applier = new CorrectionApplier(merger);

  @TempDir Path tmp;

  // a1 (published first) reports a Niger-Russia military deal in December; a2 dates it to 3 December.
  private final List<ArticleSummary> articles = List.of(article("a1", "2023-12-20"), article("a2", "2023-12-22"));
  private final List<LinkedMention> coded = List.of(
      mention("a1-s2-m1", "a1", 2, new ResolvedDate(LocalDate.parse("2023-12-01"), DatePrecision.MONTH, "in December")),
      mention("a2-s1-m1", "a2", 1, new ResolvedDate(LocalDate.parse("2023-12-03"), DatePrecision.DAY, "on Sunday")));
  private final String deal = EventIds.eventId("a1-s2-m1");

  @Test
  void withoutCorrectionsTheCodersDataset() {
    Dataset d = apply("").dataset();
    assertThat(d.events()).singleElement().satisfies(e -> {
      assertThat(e.eventId()).isEqualTo(deal);
      assertThat(e.codedBy()).isEqualTo(CodedBy.CODER);
    });
  }

  @Test
  void setOnAnEventChangesEveryMentionAndKeepsTheId() {
    Dataset d = apply(deal + ",set,type,cooperation/economic,r,AB,\n").dataset();
    assertThat(d.events()).singleElement().satisfies(e -> {
      assertThat(e.eventId()).isEqualTo(deal);
      assertThat(e.type()).isEqualTo(ActType.COOPERATION_ECONOMIC);
      assertThat(e.codedBy()).isEqualTo(CodedBy.ANALYST);
    });
    assertThat(d.mentions()).extracting(LinkedMention::codedBy).containsOnly(CodedBy.ANALYST);
  }

  @Test
  void dropAMentionLeavesTheEventTheAnalysts() {
    Dataset d = apply("a2-s1-m1,drop,,,r,AB,\n").dataset();
    Event e = d.events().get(0);
    assertThat(e.eventId()).isEqualTo(deal);
    assertThat(e.precision()).isEqualTo(DatePrecision.MONTH);
    assertThat(e.codedBy()).isEqualTo(CodedBy.ANALYST);
    assertThat(d.mentions()).extracting(LinkedMention::codedBy).containsExactly(CodedBy.CODER);
    assertThat(d.articles()).extracting(ArticleSummary::mentions).containsExactly(1, 0);
  }

  @Test
  void aRowAppliesToTheDatasetAsTheRowsBeforeItLeftIt() {
    // Row 1 moves a1's mention to January: the December event is now named after a2's mention, as the analyst
    // sees it; row 2 names it so and changes only it.
    String decemberNow = EventIds.eventId("a2-s1-m1");
    Dataset d = apply("a1-s2-m1,set,date,2024-01,r,AB,\n" + decemberNow + ",set,subtype,economic,r,AB,\n")
        .dataset();
    assertThat(d.events()).extracting(Event::eventId, Event::type, Event::date).containsExactlyInAnyOrder(
        org.assertj.core.groups.Tuple.tuple(decemberNow, ActType.COOPERATION_ECONOMIC, LocalDate.parse("2023-12-03")),
        org.assertj.core.groups.Tuple.tuple(deal, ActType.COOPERATION_MILITARY, LocalDate.parse("2024-01-01")));
  }

  @Test
  void anEventIsFoundThroughTheMentionItsIdWasMadeFrom() {
    // The id of an event that does not exist as such (a2's mention anchors nothing before the corrections).
    Dataset d = apply(EventIds.eventId("a2-s1-m1") + ",drop,,,r,AB,\n").dataset();
    assertThat(d.events()).isEmpty();
  }

  @Test
  void addPlacesTheMentionInItsSentenceAndAMissingTargetIsNamed() throws Exception {
    Path file = Files.writeString(tmp.resolve("c.csv"), HEADER
        + "a1,add,source=RUS; target=NER; type=cooperation/visit,Russia visited,r,AB,\n"
        + "zz,add,source=RUS; target=NER; type=cooperation/visit,Russia visited,r,AB,\n"
        + "ev-000000000000,drop,,,r,AB,\n");
    List<Correction> rows = CorrectionsFile.read(file, code -> Set.of("NER", "RUS").contains(code));
    Located at = new Located("Russia visited", 5, 300, 360, "Russia visited Niger, then signed a deal.");
    CorrectionApplier.Result r = applier.apply(articles, coded, rows,
        new SentenceLocator(Map.of(), Map.of("a1", Map.of("Russia visited", at))));
    assertThat(r.dataset().mentions()).extracting(LinkedMention::mentionId)
        .containsExactly("a1-s2-m1", "a1-s5-a1", "a2-s1-m1");
    LinkedMention added = r.dataset().mentions().get(1);
    assertThat(added.codedBy()).isEqualTo(CodedBy.ANALYST);
    assertThat(added.mention().date()).isEqualTo(ResolvedDate.reported(LocalDate.parse("2023-12-20")));
    assertThat(added.mention().charStart()).isEqualTo(300);
    assertThat(r.applied()).isEqualTo(1);
    assertThat(r.notApplied()).containsExactly(
        file + ": row 3: article zz is not in the dataset; not applied (add RUS cooperation/visit NER)",
        file + ": row 4: target ev-000000000000 no longer exists; not applied (drop)");
  }

  private CorrectionApplier.Result apply(String rows) {
    try {
      Path file = Files.writeString(tmp.resolve("corrections.csv"), HEADER + rows);
      return applier.apply(articles, coded, CorrectionsFile.read(file, code -> true),
          new SentenceLocator(Map.of(), Map.of()));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static ArticleSummary article(String id, String published) {
    return new ArticleSummary(id, id + ".txt", "", LocalDate.parse(published), "manifest", "", "", 10, 1, List.of());
  }

  private static LinkedMention mention(String id, String article, int sentence, ResolvedDate date) {
    return new LinkedMention(id, null, new Mention(article, sentence, sentence * 100, sentence * 100 + 40, "NER",
        "RUS", ActType.COOPERATION_MILITARY, date, "Niger", "Russia", "deal", "Niger and Russia agreed a deal.",
        ActorKind.NAMED, ActorKind.NAMED));
  }
}
