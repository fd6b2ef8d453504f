package org.entente.coding;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.entente.article.InputArticle;
import org.entente.dictionary.Dictionaries;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Pages as they come: empty, all debris, one endless line, no publication date. */
class CoderRobustnessTest {
  private static CoderResources resources;

  @BeforeAll
  static void load() {
    resources = CoderResources.load(Dictionaries.bundled());
  }

  private static CodedArticle code(String text, LocalDate published) {
    return new Coder(resources).code(new InputArticle("t", "t.txt", text, published, "", "", "", List.of()));
  }

  @Test
  void anEmptyPageHasNoSentences() {
    assertThat(code("", null).summary().sentences()).isZero();
    assertThat(code(" \n\n\t\n", null).summary().sentences()).isZero();
  }

  @Test
  void aPageOfDebrisHasNoSentences() {
    CodedArticle a = code("![]() |\n|\nhttps://example.org/x\n\nRelated: Something\n\n© AFP 2024\n", null);
    assertThat(a.summary().sentences()).isZero();
    assertThat(a.mentions()).isEmpty();
  }

  @Test
  void withoutAPublicationDateRelativeDatesAreUnknown() {
    CodedArticle a = code("Mali expelled the French ambassador on Monday. Chad quit the G5 Sahel in 2022.", null);
    assertThat(a.mentions()).extracting(m -> m.date().precision().code() + " " + m.date().date())
        .containsExactly("unknown null", "year 2022-01-01");
  }

  @Test
  void aVeryLongLineIsCoded() {
    String sentence = "Officials met in the capital and discussed the weather at length, ";
    String text = sentence.repeat(2000) + "and Mali expelled the French ambassador.";
    CodedArticle a = code(text, LocalDate.of(2024, 1, 1));
    assertThat(a.mentions()).extracting(m -> m.source() + "->" + m.target()).contains("MLI->FRA");
  }
}
