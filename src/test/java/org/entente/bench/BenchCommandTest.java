package org.entente.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.entente.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code entente bench} on a tiny corpus, and the promises the benchmark relies on. No timing assertions. */
class BenchCommandTest {
  private record Run(int exit, String out, String err) {}

  private static Run entente(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = Main.run(args, new PrintWriter(out), new PrintWriter(err));
    return new Run(exit, out.toString(), err.toString());
  }

  @Test
  void printsOneJsonLineOnATinyCorpus(@TempDir Path work) throws IOException {
    Run r = entente("bench", "--sentences", "500", "--warmup", "100", "--threads", "2", "--json",
        "--work", work.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    JsonNode json = new ObjectMapper().readTree(r.out());
    assertThat(json.get("sentences").asLong()).isGreaterThan(400);
    assertThat(json.get("articles").asLong()).isPositive();
    assertThat(json.get("threads").asInt()).isEqualTo(2);
    assertThat(json.get("sentences_per_second").asDouble()).isPositive();
    assertThat(json.get("baseline_sentences_per_second").asDouble()).isPositive();
    assertThat(json.get("peak_heap_mb").asLong()).isPositive();
    assertThat(json.get("events").asLong()).isPositive();
    try (var left = Files.list(work)) {
      assertThat(left).as("nothing left behind without --keep").isEmpty();
    }
  }

  @Test
  void printsATable(@TempDir Path work) {
    Run r = entente("bench", "--sentences", "300", "--warmup", "0", "--threads", "1", "--work", work.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).contains("sentences/s", "baseline sentences/s", "ratio coder/baseline", "peak heap MB");
  }

  @Test
  void rejectsABadShare() {
    Run r = entente("bench", "--relevant", "1.5");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("--relevant");
  }

  /**
   * Issue 6, points 2 and 3: a generated JSONL archive is read with --input, and one or two threads write the
   * same bytes.
   */
  @Test
  void oneAndTwoThreadsWriteTheSameDataFromAJsonlCorpus(@TempDir Path dir) throws IOException {
    Path corpus = dir.resolve("corpus.jsonl");
    new CorpusGenerator(11, 0.3).write(corpus, 3000);
    for (String threads : new String[] {"1", "2"}) {
      Run r = entente("code", "--input", corpus.toString(), "--data", dir.resolve("t" + threads).toString(),
          "--threads", threads, "--quiet");
      assertThat(r.exit()).as(r.err()).isZero();
    }
    long events = Files.lines(dir.resolve("t1/events.csv")).count() - 1;
    assertThat(events).as("the corpus yields events").isGreaterThan(20);
    for (String file : new String[] {"articles.csv", "mentions.csv", "events.csv", "datapackage.json"}) {
      assertThat(Files.readAllBytes(dir.resolve("t2").resolve(file))).as(file)
          .isEqualTo(Files.readAllBytes(dir.resolve("t1").resolve(file)));
    }
  }
}
