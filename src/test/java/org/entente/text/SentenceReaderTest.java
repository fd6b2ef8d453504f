package org.entente.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.entente.article.PageCleaner;
import org.junit.jupiter.api.Test;

class SentenceReaderTest {
  private static final SentenceReader READER = new SentenceReader(SentenceReader.Models.load());

  private static List<String> sentences(String text) {
    return READER.read(new PageCleaner().clean(text, null).body()).stream().map(Sentence::text).toList();
  }

  @Test
  void monthAbbreviationsBeforeADayDoNotEndASentence() {
    assertThat(sentences("Mali and Niger announced on Jan. 28 that they were leaving. Chad stayed."))
        .containsExactly("Mali and Niger announced on Jan. 28 that they were leaving.", "Chad stayed.");
  }

  @Test
  void titlesBeforeANameDoNotEndASentence() {
    assertThat(sentences("The talks were led by Col. Assimi Goita in Bamako. They ended late."))
        .containsExactly("The talks were led by Col. Assimi Goita in Bamako.", "They ended late.");
  }

  @Test
  void initialsAndJuniorBeforeAWordThatOpensNoSentenceDoNotEndOne() {
    assertThat(sentences("U.S. President Joe Biden met Kenya's president. Ferdinand Marcos Jr. paid a state visit "
        + "to Tokyo. They talked."))
        .containsExactly("U.S. President Joe Biden met Kenya's president.",
            "Ferdinand Marcos Jr. paid a state visit to Tokyo.", "They talked.");
  }

  @Test
  void aFullStopAfterANumberEndsTheSentenceBeforeAWordThatOpensOne() {
    assertThat(sentences("The king arrived in Dakar on March 3. Later that day, the two signed a deal. It was "
        + "worth $2.5 million. Senegal welcomed it."))
        .containsExactly("The king arrived in Dakar on March 3.", "Later that day, the two signed a deal.",
            "It was worth $2.5 million.", "Senegal welcomed it.");
    assertThat(sentences("Kuwait cut ties with Iran on January 3. Bahrain and Sudan followed within days."))
        .containsExactly("Kuwait cut ties with Iran on January 3.", "Bahrain and Sudan followed within days.");
    assertThat(sentences("The force had 3. 5 battalions.")).hasSize(1);
  }

  @Test
  void possessivesAndHyphenatedPairsAreSplitIntoWords() {
    assertThat(READER.tokenize("Niger's envoys and Russia-Niger ties", 0)).extracting(Token::text)
        .containsExactly("Niger", "'s", "envoys", "and", "Russia", "-", "Niger", "ties");
  }

  @Test
  void aNameBeforeLedOrBackedIsAWordOfItsOwn() {
    // (the model keeps "Saudi-led" whole but cuts "French-led": both are cut the same way)
    assertThat(READER.tokenize("the Saudi-led coalition and French-led forces", 0)).extracting(Token::text)
        .containsExactly("the", "Saudi", "-", "led", "coalition", "and", "French", "-", "led", "forces");
    // (a lower-case word before it is no name: as the model leaves it)
    assertThat(READER.tokenize("a junta-led state", 0)).extracting(Token::text).doesNotContain("junta");
  }

  @Test
  void offsetsPointIntoTheOriginalText() {
    String original = "  Chad left\nthe bloc.\n\nMali stayed.";
    List<Sentence> s = READER.read(new PageCleaner().clean(original, null).body());
    assertThat(original.substring(s.get(0).originalStart(), s.get(0).originalEnd())).isEqualTo("Chad left\nthe bloc.");
    assertThat(original.substring(s.get(1).originalStart(), s.get(1).originalEnd())).isEqualTo("Mali stayed.");
  }
}
