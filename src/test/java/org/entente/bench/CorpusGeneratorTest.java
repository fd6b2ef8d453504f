package org.entente.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class CorpusGeneratorTest {
  private static String corpus(long seed, double share, long sentences) throws IOException {
    StringWriter out = new StringWriter();
    new CorpusGenerator(seed, share).write(out, sentences);
    return out.toString();
  }

  @Test
  void theSameSeedGivesTheSameCorpus() throws IOException {
    assertThat(corpus(7, 0.12, 3000)).isEqualTo(corpus(7, 0.12, 3000));
    assertThat(corpus(7, 0.12, 3000)).isNotEqualTo(corpus(8, 0.12, 3000));
  }

  @Test
  void theRelevantShareIsAboutWhatWasAsked() throws IOException {
    for (double share : new double[] {0.0, 0.12, 0.5}) {
      StringWriter out = new StringWriter();
      CorpusGenerator.Stats stats = new CorpusGenerator(3, share).write(out, 20000);
      assertThat(stats.sentences()).isBetween(20000L, 20030L);
      assertThat(stats.relevantShare()).isCloseTo(share, org.assertj.core.data.Offset.offset(0.02));
    }
  }

  @Test
  void articlesAreJsonLinesOfEightToThirtySentencesWithADate() throws IOException {
    ObjectMapper json = new ObjectMapper();
    StringWriter out = new StringWriter();
    CorpusGenerator.Stats stats = new CorpusGenerator(5, 0.12).write(out, 5000);
    List<String> lines = out.toString().lines().toList();
    assertThat(lines).hasSize(stats.articles());
    assertThat(stats.articles()).isBetween(5000 / 30, 5000 / 8 + 1);
    for (String line : lines) {
      JsonNode node = json.readTree(line);
      assertThat(node.get("id").asText()).startsWith("bench-");
      assertThat(LocalDate.parse(node.get("published").asText())).isAfter(LocalDate.of(2018, 12, 31));
      assertThat(node.get("text").asText()).isNotBlank();
    }
    assertThat(stats.debrisLines()).isPositive();
    assertThat(out.toString()).contains("Related: ").contains("\\n\\n");
  }
}
