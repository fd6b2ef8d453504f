package org.entente.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The reader that remembers how words were cut gives the tokens of the one that asks OpenNLP every time. */
class WordCacheTest {
  private static SentenceReader.Models models;

  @BeforeAll
  static void load() {
    models = SentenceReader.Models.load();
  }

  private static void assertSameTokens(List<String> texts) {
    assertSameTokens(texts, new SentenceReader(models));
  }

  private static void assertSameTokens(List<String> texts, SentenceReader cached) {
    SentenceReader bare = SentenceReader.uncached(models);
    for (int round = 0; round < 2; round++) { // the second time, every word comes from memory
      for (String text : texts) {
        assertThat(cached.tokenize(text, 7)).as(text).isEqualTo(bare.tokenize(text, 7));
      }
    }
  }

  @Test
  void awkwardWordsAreCutAsOpenNlpCutsThem() {
    assertSameTokens(List.of(
        "Niger's junta and the U.S. embassy in N'Djamena (Chad) said: \"No.\" Russia-Niger ties, Jan. 28, 2024.",
        "Mr. Tiani's visit -- the first since 2023 -- cost $1.5bn; e-mail: info@gov.ne, http://example.org/a?b=c.",
        "Les \u00e9tats-Unis\u2019 troops\u2019 withdrawal\u2026 \u201cdone\u201d \u2013 said Gen. Smith, Ph.D., at 10:30 a.m.",
        "  \u00a0leading and trailing spaces, tabs\tand\u2009thin spaces  ",
        "a b c d e f g . , ; : ! ? ' \" ( ) [ ] { }",
        ""));
  }

  @Test
  void aFullStopLeftOnTheLastWordIsSplitOnlyThere() {
    // the same words, last and not last: the cache keeps them unsplit and splits the last one where it stands
    List<String> texts = List.of(
        "He arrived in Egypt.", "Egypt. was the word", "troops, etc. left", "They left etc.", "They left etc.  \t",
        "They left Egypt.\u00a0", "Egypt.\u00a0 ", "ties with -Egypt.", "ties with Egypt.\"", "Niger's.", "U.S.",
        "in Egypt. Egypt.", "Idriss Deby Itno said", "Itno.", "ab.", "Qatar2.", "\u00e9tats.");
    assertSameTokens(texts);
    SentenceReader cached = new SentenceReader(models);
    assertThat(cached.tokenize("He arrived in Egypt.", 0)).extracting(Token::text)
        .containsExactly("He", "arrived", "in", "Egypt", ".");
    assertThat(cached.tokenize("Egypt. was the word", 0)).extracting(Token::text).startsWith("Egypt.");
    assertThat(cached.tokenize("Idriss Deby Itno said", 0)).extracting(Token::text)
        .containsExactly("Idriss", "Deby", "Itno", "said");
  }

  @Test
  void realArticlesGiveTheSameTokens() throws Exception {
    List<String> texts = new ArrayList<>();
    for (Path dir : List.of(Path.of("seeds"), Path.of("src/test/resources/org/entente/eval/devset/articles"))) {
      try (Stream<Path> files = Files.list(dir)) {
        for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
          texts.addAll(List.of(Files.readString(f).split("\n")));
        }
      }
    }
    assertThat(texts).hasSizeGreaterThan(100);
    assertSameTokens(texts);
  }

  @Test
  void moreWordsThanItKeepsAreStillCutRight() {
    // 5,000 distinct words and generations of 1,000: words are forgotten and cut again
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < 500; i++) {
      StringBuilder b = new StringBuilder();
      for (int k = 0; k < 10; k++) b.append("w").append(i * 10 + k).append(k % 3 == 0 ? "'s, " : k % 3 == 1 ? ". " : "-x ");
      texts.add(b.toString());
    }
    assertSameTokens(texts, new SentenceReader(models, 1_000));
  }
}
