package org.entente.act;

import static org.assertj.core.api.Assertions.assertThat;

import org.entente.dictionary.Dictionaries;
import org.junit.jupiter.api.Test;

/**
 * The words that keep a sentence after one naming a party: not "said", which stands in almost every sentence of
 * news and whose visits ("said in Rabat") name their place anyway; the rarer word of a pattern where it has one.
 */
class ActLexiconCueTest {
  private final java.util.Set<String> cues = new ActLexicon(Dictionaries.bundled()).cueForms();

  @Test
  void verbsOfSayingAreNoCues() {
    assertThat(cues).doesNotContain("said", "say", "says", "speaking", "announced");
  }

  @Test
  void aPatternsRarerWordIsItsCue() {
    assertThat(cues).contains("airspace", "withdrawal").doesNotContain("policing", "completed");
  }

  @Test
  void actVerbsStayCues() {
    assertThat(cues).contains("expelled", "visited", "withdrew", "recalled");
  }
}
