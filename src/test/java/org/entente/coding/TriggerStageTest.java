package org.entente.coding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.coding.Annotated.last;
import static org.entente.coding.Annotated.triggers;

import org.entente.act.Trigger;
import org.junit.jupiter.api.Test;

/** The trigger layer: which words match a row of acts.csv, and the rows they may be read through, in order. */
class TriggerStageTest {

  private static Trigger only(String text) {
    SentenceAnnotation s = last("2024-05-10", text);
    assertThat(s.triggers()).hasSize(1);
    return s.triggers().get(0);
  }

  @Test
  void aVerbMatchesInAnyInflection() {
    // rule: the head word is a lemma, matched in its inflected forms
    assertThat(triggers(last("2024-05-10", "Poland expels a Belarusian diplomat."))).containsExactly("expels=expulsion/diplomat");
    assertThat(triggers(last("2024-05-10", "Poland has been expelling Belarusian diplomats.")))
        .containsExactly("expelling=expulsion/diplomat");
  }

  @Test
  void upToTwoWordsMayStandInsideAPattern() {
    // rule: "sever tie" matches "severs all diplomatic ties", not with three words between ("cut tie" has no
    // one-word row that would find its object further on, as "sever" has)
    assertThat(triggers(last("2024-05-10", "Bolivia severs all diplomatic ties with Israel.")))
        .containsExactly("severs all diplomatic ties=withdrawal/relations");
    assertThat(triggers(last("2024-05-10", "Bolivia cuts all of its diplomatic ties with Israel."))).isEmpty();
  }

  @Test
  void aStarGapReachesAcrossTheObject() {
    // rule: "pull * out of" allows up to seven words between ("pulled its 1,500 troops out of")
    assertThat(triggers(last("2024-05-10", "Sweden pulled its 1,500 troops out of Mali.")))
        .containsExactly("pulled its 1,500 troops out of=withdrawal/forces,withdrawal/organization");
  }

  @Test
  void quotationMarksAndHyphensTakeNoRoomInAGap() {
    // rule: quotes and hyphenated words count as one word in a gap
    assertThat(triggers(last("2024-05-10", "Mali ordered the so-called French anti-terror special forces to leave.")))
        .containsExactly("ordered the so-called French anti-terror special forces to leave=expulsion/forces");
    assertThat(triggers(last("2024-05-10", "Mali ordered the \"illegal\" French troops to leave.")))
        .containsExactly("ordered the \"illegal\" French troops to leave=expulsion/forces");
  }

  @Test
  void theObjectDecidesTheRowsThatFit() {
    // rule: an object class (DIPLOMAT, FORCES, MISSION) selects the rows; the first row is the most specific
    assertThat(triggers(last("2024-05-10", "Mali expelled the Danish ambassador."))).containsExactly("expelled=expulsion/diplomat");
    assertThat(triggers(last("2024-05-10", "Mali expelled Danish troops."))).containsExactly("expelled=expulsion/forces,expulsion/diplomat");
    assertThat(triggers(last("2024-05-10", "Burundi expelled the UN human rights mission.")))
        .containsExactly("expelled=expulsion/mission,expulsion/diplomat");
  }

  @Test
  void theSubjectDecidesTheRowsThatFit() {
    // rule: a subject class (TROOPS) before the trigger: instructors arriving are military cooperation first
    assertThat(triggers(last("2024-05-10", "Turkish drone instructors arrived in Lome on Monday.")))
        .containsExactly("arrived=cooperation/military,cooperation/visit");
    assertThat(triggers(last("2024-05-10", "Ghana's foreign minister arrived in Lome on Monday.")))
        .containsExactly("arrived=cooperation/visit");
  }

  @Test
  void aPatternEndingInAPrepositionNeedsItsObjectRightAfter() {
    // rule: "withdraw from" + AGREEMENT only when the agreement word follows the preposition
    assertThat(triggers(last("2024-05-10", "Russia withdrew from the treaty with NATO.")))
        .containsExactly("withdrew from=withdrawal/agreement,withdrawal/organization,withdrawal/forces");
    assertThat(triggers(last("2024-05-10", "Russia withdrew from the Black Sea region.")))
        .containsExactly("withdrew from=withdrawal/organization,withdrawal/forces");
  }

  @Test
  void aNounTriggerIsANoun() {
    // rule: noun rows ("the expulsion of …") are matched as nouns
    Trigger t = only("The expulsion of the Dutch ambassador by Turkey angered Amsterdam.");
    assertThat(t.noun()).isTrue();
    assertThat(t.candidates().get(0).type().label()).isEqualTo("expulsion/diplomat");
  }

  @Test
  void aParticipleAfterANounIsPassive() {
    // rule: "documents signed by Japan and India", "was received by" are passives
    assertThat(only("The documents signed by Japan and India cover trade.").passive()).isTrue();
    assertThat(only("The Saudi delegation was received by Erdogan on Monday.").passive()).isTrue();
    assertThat(only("Erdogan received the Saudi delegation on Monday.").passive()).isFalse();
  }

  @Test
  void negatedRowsAreCandidatesToo() {
    // rule: "renew" carries both its plain row and its "negated" row; the modality layer picks one
    Trigger t = only("Panama will not renew its agreement with China.");
    assertThat(t.candidates()).anyMatch(e -> e.negated() && e.type().label().equals("withdrawal/agreement"))
        .anyMatch(e -> !e.negated() && e.type().label().equals("cooperation/agreement"));
  }
}
