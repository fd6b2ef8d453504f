package org.entente.spark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.entente.article.Manifest;
import org.entente.cli.Main;
import org.entente.table.CsvTable;
import org.entente.table.Schema;
import org.entente.table.Schemas;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Spark job in local mode on two cores gives what {@code entente code} gives on the same input: the same events
 * (ids, dates, parties, counts, article lists and evidence: every column), the same mentions with the same event
 * ids, the same article rows. The input is the seed articles and the development set ({@code ../shared/devset}
 * when it is there, else the copy in the test resources), once as a folder of text files with a manifest and once
 * as one JSONL file (with an id used twice, whose first line wins).
 */
class SparkCodeTest {
  private static final Path SHARED_DEVSET = Path.of("../shared/devset/articles");
  private static final Path BUNDLED_DEVSET = Path.of("src/test/resources/org/entente/eval/devset/articles");
  private static SparkSession spark;

  @BeforeAll
  static void start() {
    spark = SparkSession.builder().master("local[2]").appName("entente-test")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "4")
        .config("spark.driver.host", "127.0.0.1")
        .config("spark.driver.bindAddress", "127.0.0.1")
        .getOrCreate();
    spark.sparkContext().setLogLevel("WARN");
  }

  @AfterAll
  static void stop() {
    if (spark != null) spark.stop();
  }

  private static Path devset() {
    if (Files.isDirectory(SHARED_DEVSET)) return SHARED_DEVSET;
    System.err.println("SparkCodeTest: ../shared/devset is absent; using the development set in the test resources");
    return BUNDLED_DEVSET;
  }

  /** The seeds and the development set in one folder, with one manifest. */
  private static Path folder(Path tmp) throws IOException {
    Path dir = Files.createDirectories(tmp.resolve("articles"));
    StringBuilder manifest = new StringBuilder("file,published,outlet,url,language,note\n");
    for (Path set : List.of(Path.of("seeds"), devset())) {
      for (Path f : texts(set)) Files.copy(f, dir.resolve(f.getFileName()));
      List<String> lines = Files.readAllLines(set.resolve(Manifest.FILE_NAME), StandardCharsets.UTF_8);
      lines.stream().skip(1).filter(l -> !l.isBlank()).forEach(l -> manifest.append(l).append('\n'));
    }
    Files.writeString(dir.resolve(Manifest.FILE_NAME), manifest);
    return dir;
  }

  /** The same articles as JSONL, as ../shared/tools/make_corpus.py --jsonl writes them. */
  private static Path jsonl(Path tmp) throws IOException {
    ObjectMapper json = new ObjectMapper();
    StringBuilder out = new StringBuilder();
    for (Path set : List.of(Path.of("seeds"), devset())) {
      Map<String, String> published = new HashMap<>();
      for (CsvTable.Row r : Schemas.MANIFEST.rows(set.resolve(Manifest.FILE_NAME)).rows()) {
        published.put(r.get("file"), r.get("published"));
      }
      for (Path f : texts(set)) {
        String name = f.getFileName().toString();
        ObjectNode line = json.createObjectNode();
        line.put("id", "c00000_" + name.substring(0, name.length() - 4));
        line.put("published", published.getOrDefault(name, ""));
        line.put("text", Files.readString(f));
        out.append(json.writeValueAsString(line)).append('\n');
      }
    }
    // an id used again: entente code keeps its first line, and so must the job
    ObjectNode again = json.createObjectNode();
    again.put("id", "c00000_000_a5a7f391eb83de14");
    again.put("text", "Mali and Russia signed a defence pact in Bamako on Monday.");
    out.append(json.writeValueAsString(again)).append('\n');
    Path file = tmp.resolve("articles.jsonl");
    Files.writeString(file, out);
    return file;
  }

  private static List<Path> texts(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
  }

  private static void ententeCode(Path input, Path data) {
    StringWriter err = new StringWriter();
    int exit = Main.run(new String[] {"code", "--input", input.toString(), "--data", data.toString(), "--quiet"},
        new PrintWriter(new StringWriter()), new PrintWriter(err));
    assertThat(exit).as(err.toString()).isZero();
  }

  /** Every row of a table as its cells by column, read with the contract's own reader. */
  private static List<Map<String, String>> rows(Schema schema, List<Path> files, String key) {
    List<Map<String, String>> rows = new ArrayList<>();
    for (Path f : files) {
      for (CsvTable.Row r : schema.rows(f).rows()) rows.add(r.cells());
    }
    rows.sort(Comparator.comparing(r -> r.get(key)));
    return rows;
  }

  /** The CSV parts Spark wrote for one table, in every year=/month= folder. */
  private static List<Path> parts(Path dir) {
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(p -> p.getFileName().toString().startsWith("part-") && p.toString().endsWith(".csv"))
          .sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void assertSameDataset(Path cli, Path out) {
    List<Map<String, String>> events = rows(Schemas.EVENTS, List.of(cli.resolve("events.csv")), "event_id");
    assertThat(events).hasSizeGreaterThan(30);
    assertThat(rows(Schemas.EVENTS, parts(out.resolve("csv/events")), "event_id")).isEqualTo(events);
    assertThat(rows(Schemas.MENTIONS, parts(out.resolve("csv/mentions")), "mention_id"))
        .isEqualTo(rows(Schemas.MENTIONS, List.of(cli.resolve("mentions.csv")), "mention_id"));
    assertThat(rows(Schemas.ARTICLES, parts(out.resolve("csv/articles")), "article_id"))
        .isEqualTo(rows(Schemas.ARTICLES, List.of(cli.resolve("articles.csv")), "article_id"));

    // Parquet holds the same events, typed, partitioned by the year and month of their date
    var parquet = spark.read().parquet(out.resolve("parquet/events").toString());
    assertThat(parquet.count()).isEqualTo(events.size());
    for (var r : parquet.select("event_id", "date", "year", "month", "mentions").collectAsList()) {
      Map<String, String> e = events.stream().filter(x -> x.get("event_id").equals(r.getString(0))).findFirst()
          .orElseThrow();
      assertThat(String.valueOf(r.get(1) == null ? "" : r.get(1))).isEqualTo(e.get("date"));
      if (!e.get("date").isEmpty()) {
        assertThat(r.getInt(2)).isEqualTo(Integer.parseInt(e.get("date").substring(0, 4)));
        assertThat(r.getInt(3)).isEqualTo(Integer.parseInt(e.get("date").substring(5, 7)));
      }
      assertThat(r.getInt(4)).isEqualTo(Integer.parseInt(e.get("mentions")));
    }
  }

  @Test
  void aFolderOfTextFilesGivesTheEventsOfEntenteCode(@TempDir Path tmp) throws IOException {
    Path input = folder(tmp);
    ententeCode(input, tmp.resolve("cli"));
    SparkCode.Summary s = SparkCode.run(spark, new SparkCode.Settings(input.toString(), Inputs.Format.TEXT,
        tmp.resolve("out").toString(), null, 3, false));
    assertThat(s.articles()).isEqualTo(texts(input).size());
    assertSameDataset(tmp.resolve("cli"), tmp.resolve("out"));
  }

  @Test
  void aJsonlFileGivesTheEventsOfEntenteCode(@TempDir Path tmp) throws IOException {
    Path input = jsonl(tmp);
    ententeCode(input, tmp.resolve("cli"));
    SparkCode.run(spark, new SparkCode.Settings(input.toString(), Inputs.guess(spark, input.toString()),
        tmp.resolve("out").toString(), null, 4, false));
    assertSameDataset(tmp.resolve("cli"), tmp.resolve("out"));
  }
}
