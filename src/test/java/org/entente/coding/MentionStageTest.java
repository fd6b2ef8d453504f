package org.entente.coding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.coding.Annotated.last;
import static org.entente.coding.Annotated.mentions;

import org.junit.jupiter.api.Test;

/**
 * The mention layer: one mention per pair of parties and category in a sentence unless the sentence coordinates two
 * acts; directions kept, undirected pairs in alphabetical order; what each mention records.
 */
class MentionStageTest {

  private static final String DAY = "2024-05-10";

  @Test
  void anUndirectedPairIsWrittenInAlphabeticalOrder() {
    // rule: agreement is undirected: BEN before TGO whatever the word order
    assertThat(mentions(last(DAY, "Togo and Benin signed a border agreement on Monday.")))
        .containsExactly("BEN->TGO cooperation/agreement 2024-05-06 day");
  }

  @Test
  void aDirectedPairKeepsItsDirection() {
    // rule: a recall is directed: the recalling state first, even when it sorts after
    assertThat(mentions(last(DAY, "Zambia recalled its ambassador from Angola on Monday.")))
        .containsExactly("ZMB->AGO withdrawal/relations 2024-05-06 day");
  }

  @Test
  void oneActPerPairAndCategory() {
    // rule: "agreed to strengthen military cooperation" is one cooperation act, the agreement
    assertThat(mentions(last(DAY, "Romania agreed to strengthen military cooperation with Moldova on Tuesday.")))
        .containsExactly("MDA->ROU cooperation/agreement 2024-05-07 day");
  }

  @Test
  void aParticipleRestatingTheActAddsNothing() {
    // rule: ", boosting economic ties" restates the deal just coded for the pair
    assertThat(mentions(last(DAY, "Kenya and Uganda signed an oil deal, boosting economic ties.")))
        .containsExactly("KEN->UGA cooperation/agreement 2024-05-10 reported");
  }

  @Test
  void coordinatedActsOfOneCategoryAreTwo() {
    // rule: "met … and agreed to …", "signed agreements during a visit": two acts
    assertThat(mentions(last(DAY, "Uganda's president met his Kenyan counterpart in March and agreed to build a "
        + "pipeline.")))
        .containsExactly("UGA->KEN cooperation/visit 2024-03-01 month", "KEN->UGA cooperation/agreement 2024-03-01 month");
    assertThat(mentions(last(DAY, "Japan and India signed agreements during a visit by Modi to Tokyo.")))
        .containsExactly("IND->JPN cooperation/agreement 2024-05-10 reported", "IND->JPN cooperation/visit 2024-05-10 reported");
  }

  @Test
  void directedActsEachWayAreTwo() {
    // rule: "A recalled its ambassador after B recalled its own": one each way
    assertThat(mentions(last(DAY, "Kenya recalled its ambassador from Kampala after Uganda recalled its ambassador "
        + "from Nairobi.")))
        .containsExactly("KEN->UGA withdrawal/relations 2024-05-10 reported", "UGA->KEN withdrawal/relations 2024-05-10 reported");
  }

  @Test
  void aVisitIsOneWhicheverWayItsWordsRead() {
    // rule: "received Vucic, who visited Ankara": one visit of Serbia to Turkey
    assertThat(mentions(last(DAY, "Erdogan received Vucic, who visited Ankara on Monday.")))
        .hasSize(1).first().asString().startsWith("SRB->TUR cooperation/visit");
  }

  @Test
  void aMentionRecordsTheWordsThatNamedItsParties() {
    // rule: source and target as written, their kinds, the trigger words and the sentence
    SentenceAnnotation s = last(DAY, "Guinea has been ruled by a junta since 2021. The junta expelled the French "
        + "ambassador on Tuesday.");
    Mention m = s.mentions().get(0).mention();
    assertThat(m.sourceText()).isEqualTo("The junta");
    assertThat(m.sourceKind()).isEqualTo(ActorKind.RULER);
    assertThat(m.targetText()).isEqualTo("French");
    assertThat(m.targetKind()).isEqualTo(ActorKind.NAMED);
    assertThat(m.trigger()).isEqualTo("expelled");
    assertThat(m.sentence()).isEqualTo(2);
    assertThat(m.text()).isEqualTo("The junta expelled the French ambassador on Tuesday.");
    assertThat(m.date().text()).isEqualTo("on Tuesday");
  }

  @Test
  void aMentionPointsIntoTheOriginalText() {
    // rule: char_start/char_end are the sentence's offsets in the article's text; whitespace runs fold to one space
    String text = "Chad hosted Sudan.\n\nZambia   recalled its ambassador\nfrom Angola on Monday.";
    Mention m = last(DAY, text).mentions().get(0).mention();
    assertThat(text.substring(m.charStart(), m.charEnd())).isEqualTo("Zambia   recalled its ambassador\nfrom Angola on Monday.");
    assertThat(m.text()).isEqualTo("Zambia recalled its ambassador from Angola on Monday.");
  }
}
