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
    Run r = entente("bench", "--corpus", "synthetic", "--sentences", "500", "--warmup", "100", "--threads", "2", "--json",
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
    Run r = entente("bench", "--corpus", "synthetic", "--sentences", "300", "--warmup", "0", "--threads", "1",
        "--work", work.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).contains("sentences/s", "baseline sentences/s", "ratio coder/baseline", "peak heap MB");
  }

  @Test
  void measuresRealTextCopied(@TempDir Path shared, @TempDir Path work) throws IOException {
    // a shared folder as ../shared has it: two sets of articles with their manifests
    Files.createDirectories(shared.resolve("devset/articles"));
    Files.createDirectories(shared.resolve("seeds"));
    for (String name : new String[] {"000_a5a7f391eb83de14.txt", "001_2431f3128649eabd.txt"}) {
      Files.copy(Path.of("seeds").resolve(name), shared.resolve("seeds").resolve(name));
    }
    Files.copy(Path.of("seeds/manifest.csv"), shared.resolve("seeds/manifest.csv"));
    Path devset = Path.of("src/test/resources/org/entente/eval/devset/articles");
    try (var files = Files.list(devset)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".txt")).limit(2).toList()) {
        Files.copy(f, shared.resolve("devset/articles").resolve(f.getFileName()));
      }
    }
    Run r = entente("bench", "--shared", shared.toString(), "--copies", "3", "--warmup", "50", "--threads", "2",
        "--json", "--work", work.toString(), "--keep");
    assertThat(r.exit()).as(r.err()).isZero();
    JsonNode json = new ObjectMapper().readTree(r.out());
    assertThat(json.get("corpus").asText()).startsWith("real");
    assertThat(json.get("articles").asLong()).isEqualTo(12);
    assertThat(json.get("sentences").asLong()).isEqualTo(json.get("sentences").asLong() / 3 * 3).isPositive();
    assertThat(json.get("baseline_sentences_per_second").asDouble()).isPositive();
    assertThat(Files.readAllLines(work.resolve("corpus.jsonl")).get(0)).startsWith("{\"id\":\"c00000_000_a5a7f391eb83de14\"");
  }

  @Test
  void refusesARealCorpusWithoutItsArticles(@TempDir Path empty) {
    Run r = entente("bench", "--corpus", "real", "--shared", empty.toString());
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err()).contains("--corpus synthetic");
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
