package org.entente.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.entente.update.CoderState;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code entente code --update} gives the dataset a full run gives, byte for byte: the development set is split in
 * two (every other file), one half coded, then the rest added by an update, with a corrections file of every action
 * applied throughout.
 */
class UpdateTest {
  private static final Path DEVSET = Path.of("../shared/devset/articles");
  private static final List<String> DATASET = List.of("articles.csv", "mentions.csv", "events.csv",
      "datapackage.json", CoderState.FILE_NAME);
  /**
   * A correction of every action, written after a first run so that its targets are what the coder codes today:
   * the first event is dropped, the first mention re-dated, a mention added, and one target never existed.
   */
  static String corrections(String dropEvent, String setMention) {
    return "target,action,field,value,reason,by,date\n"
        + dropEvent + ",drop,,,a test of drop,tester,2024-06-01\n"
        + setMention + ",set,date,2023-10,a test of set,tester,2024-06-01\n"
        + "08_chad_deby_moscow_visit_moscowtimes,add,source=TCD; target=RUS; type=cooperation/diplomatic,"
        + "\"at the invitation of President Vladimir Putin\",a test of add,tester,2024-06-01\n"
        + "ev-000000000000,set,date,2023,a target that never existed,tester,2024-06-01\n";
  }

  static String dropped;
  static String redated;

  @TempDir static Path tmp;
  static Path all;
  static Path half;
  static Path rest;
  static Path corrections;
  static Path full;

  @BeforeAll
  static void splitTheDevset() throws IOException {
    assumeTrue(Files.isDirectory(DEVSET), "../shared/devset is not here: the update test needs it");
    all = Files.createDirectories(tmp.resolve("all"));
    half = Files.createDirectories(tmp.resolve("half"));
    rest = Files.createDirectories(tmp.resolve("rest"));
    List<Path> files;
    try (Stream<Path> list = Files.list(DEVSET)) {
      files = list.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
    List<String> manifest = Files.readAllLines(DEVSET.resolve("manifest.csv"), StandardCharsets.UTF_8);
    List<String> halfRows = new ArrayList<>(List.of(manifest.get(0)));
    List<String> restRows = new ArrayList<>(List.of(manifest.get(0)));
    for (int i = 0; i < files.size(); i++) {
      String name = files.get(i).getFileName().toString();
      Files.copy(files.get(i), all.resolve(name));
      Files.copy(files.get(i), (i % 2 == 0 ? half : rest).resolve(name));
      manifest.stream().filter(l -> l.startsWith(name + ",")).findFirst()
          .ifPresent((i % 2 == 0 ? halfRows : restRows)::add);
    }
    Files.copy(DEVSET.resolve("manifest.csv"), all.resolve("manifest.csv"));
    Files.write(half.resolve("manifest.csv"), halfRows, StandardCharsets.UTF_8);
    Files.write(rest.resolve("manifest.csv"), restRows, StandardCharsets.UTF_8);
    Path plain = tmp.resolve("plain");
    assertThat(Cli.run("code", "-q", "--input", all.toString(), "--data", plain.toString(), "--no-corrections")
        .exitCode()).isZero();
    List<String> events = Files.readAllLines(plain.resolve("events.csv"));
    List<String> mentions = Files.readAllLines(plain.resolve("mentions.csv"));
    dropped = events.get(1).split(",")[0];
    redated = mentions.stream().skip(1).map(l -> l.split(",")).filter(m -> !m[1].equals(dropped))
        .map(m -> m[0]).findFirst().orElseThrow();
    corrections = Files.writeString(tmp.resolve("corrections.csv"), corrections(dropped, redated));
    full = tmp.resolve("full");
    code(all, full);
  }

  @Test
  void anUpdateWithTheRestEqualsAFullRun() throws IOException {
    Path data = tmp.resolve("added");
    code(half, data);
    Cli.Result r = code(rest, data, "--update");
    assertThat(r.out()).contains("update:        20 articles coded, 0 as before, 20 kept from the dataset, 0 removed");
    sameDataset(data, full);

    List<String> changes = Files.readAllLines(data.resolve("changes.csv"));
    assertThat(changes.get(0)).isEqualTo("change,event_id,merged_into,columns,date,date_precision,source,target,"
        + "category,subtype,mentions,articles");
    assertThat(changes).anyMatch(l -> l.startsWith("added,"));
    for (String line : changes.subList(1, changes.size())) {
      String id = line.split(",")[1];
      boolean now = Files.readString(full.resolve("events.csv")).contains("\n" + id + ",");
      assertThat(now).as(line).isEqualTo(!line.startsWith("merged,") && !line.startsWith("removed,"));
    }
  }

  @Test
  void anUpdateOverTheWholeArchiveCodesOnlyWhatIsNew() throws IOException {
    Path data = tmp.resolve("archive");
    code(half, data);
    Cli.Result r = code(all, data, "--update", "--prune");
    assertThat(r.out()).contains("update:        20 articles coded, 20 as before, 0 kept from the dataset, 0 removed");
    sameDataset(data, full);

    // Nothing new: nothing coded, nothing changed.
    r = code(all, data, "--update");
    assertThat(r.out()).contains("update:        0 articles coded, 40 as before");
    assertThat(Files.readAllLines(data.resolve("changes.csv"))).hasSize(1);
    sameDataset(data, full);
  }

  @Test
  void aFullRunRemovesAStaleChangeLog() throws IOException {
    Path data = tmp.resolve("stale");
    code(half, data);
    code(rest, data, "--update");
    assertThat(data.resolve("changes.csv")).exists();
    code(all, data);
    assertThat(data.resolve("changes.csv")).doesNotExist();
    sameDataset(data, full);
  }

  @Test
  void theCorrectionsTookEffectAndTheMissingTargetIsNamed() throws IOException {
    Cli.Result r = code(all, tmp.resolve("again"));
    assertThat(r.err()).contains("row 5: target ev-000000000000 no longer exists; not applied (set date 2023)");
    assertThat(r.out()).contains("corrections:   3 applied from " + corrections + ", 1 not applied");
    String mentions = Files.readString(full.resolve("mentions.csv"));
    assertThat(mentions).contains("08_chad_deby_moscow_visit_moscowtimes-s")
        .containsPattern(java.util.regex.Pattern.quote(redated) + ",[^\\n]*,2023-10-01,month,[^\\n]*,analyst\\n")
        .contains("08_chad_deby_moscow_visit_moscowtimes-s2-a1,")
        .doesNotContain("," + dropped + ",");
  }

  @Test
  void anUpdateThatCannotReuseTheDatasetStopsWithOneLineAndLeavesItAsItWas() throws IOException {
    Path data = tmp.resolve("broken");
    code(half, data);
    Path state = data.resolve(CoderState.FILE_NAME);
    List<String> lines = Files.readAllLines(state);
    Path before = tmp.resolve("before");
    copy(data, before);

    // Another coder wrote it, and the update is not given the articles it holds.
    Files.write(state, replaceFirst(lines, lines.get(0).replaceFirst("\"coder\":\"[^\"]*\"",
        "\"coder\":\"0.0.1+0\"")));
    Cli.Result r = Cli.run("code", "--update", "--input", rest.toString(), "--data", data.toString(),
        "--no-corrections");
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.err()).matches("entente: article \\S+ is not in --input, and the dataset was coded by another "
        + "version of Entente or with other dictionaries, so it cannot be kept as it is; run 'entente code' over "
        + "all the articles, without --update\n");

    // A line that is not what Entente writes.
    Files.write(state, replaceFirst(lines, lines.get(0)).subList(0, 2));
    Files.writeString(state, "{\"article\": 1}\n", java.nio.file.StandardOpenOption.APPEND);
    r = Cli.run("code", "--update", "--input", rest.toString(), "--data", data.toString(), "--no-corrections");
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.err()).startsWith("entente: " + state + ": row 3: not an article as Entente writes it");

    // No state beside a dataset.
    Files.delete(state);
    r = Cli.run("code", "--update", "--input", rest.toString(), "--data", data.toString(), "--no-corrections");
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.err()).isEqualTo("entente: " + state + ": missing, so the coded articles of " + data
        + " cannot be reused; run 'entente code' without --update once\n");
    for (String f : List.of("articles.csv", "mentions.csv", "events.csv", "datapackage.json")) {
      assertThat(data.resolve(f)).hasSameBinaryContentAs(before.resolve(f));
    }
    assertThat(data.resolve("changes.csv")).doesNotExist();
  }

  private static List<String> replaceFirst(List<String> lines, String first) {
    List<String> out = new ArrayList<>(lines);
    out.set(0, first);
    return out;
  }

  private static void copy(Path from, Path to) throws IOException {
    Files.createDirectories(to);
    try (Stream<Path> files = Files.list(from)) {
      for (Path f : files.toList()) Files.copy(f, to.resolve(f.getFileName()));
    }
  }

  private static void sameDataset(Path data, Path expected) {
    for (String f : DATASET) {
      assertThat(data.resolve(f)).as(f).hasSameBinaryContentAs(expected.resolve(f));
    }
  }

  private static Cli.Result code(Path input, Path data, String... more) {
    List<String> args = new ArrayList<>(List.of("code", "--threads", "2", "--input", input.toString(),
        "--data", data.toString(), "--corrections", corrections.toString()));
    args.addAll(List.of(more));
    Cli.Result r = Cli.run(args.toArray(String[]::new));
    assertThat(r.exitCode()).as(r.err()).isZero();
    return r;
  }
}
