package org.entente.brief;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad input to {@code entente brief}: one line on stderr naming the file, row and problem, a non-zero exit, and the
 * dataset and the pack that were there before left as they were.
 */
class BriefErrorsTest {
  @TempDir static Path shared;
  static Path firstPack;
  @TempDir Path tmp;
  Path data;
  Path out;
  Map<String, byte[]> before;

  @BeforeAll
  static void packOfTheSeeds() {
    firstPack = Packs.seedPack(shared.resolve("brief"));
  }

  /** Each test starts from a copy of the seed dataset and its pack. */
  @BeforeEach
  void copies() throws IOException {
    data = tmp.resolve("data");
    out = tmp.resolve("brief");
    Files.createDirectories(data);
    Files.createDirectories(out);
    for (String f : List.of("events.csv", "articles.csv", "mentions.csv")) {
      Files.copy(Path.of("data", f), data.resolve(f));
    }
    for (String f : List.of("ner.html", "ner.pdf", "ner.pptx")) Files.copy(firstPack.resolve(f), out.resolve(f));
    before = snapshot();
  }

  private Packs.Result brief(String... args) {
    List<String> all = new ArrayList<>(List.of("brief", "--data", data.toString(), "--out", out.toString(), "-q"));
    all.addAll(List.of(args));
    return Packs.run(all.toArray(String[]::new));
  }

  /** Every file of the dataset and the pack, by path. */
  private Map<String, byte[]> snapshot() throws IOException {
    Map<String, byte[]> files = new TreeMap<>();
    for (Path dir : List.of(data, out)) {
      try (var s = Files.list(dir)) {
        for (Path p : s.toList()) files.put(tmp.relativize(p).toString(), Files.readAllBytes(p));
      }
    }
    return files;
  }

  private void assertOneLineAndNothingChanged(Packs.Result r, int exit, String... parts) throws IOException {
    assertThat(r.exitCode()).isEqualTo(exit);
    String err = r.err().strip();
    if (exit == 1) assertThat(err.lines()).hasSize(1);
    assertThat(err.lines().findFirst().orElse("")).startsWith("entente: ").contains(parts);
    Map<String, byte[]> after = snapshot();
    assertThat(after.keySet()).isEqualTo(before.keySet());
    after.forEach((k, v) -> assertThat(v).as(k).isEqualTo(before.get(k)));
  }

  private void replaceInEvents(String from, String to) throws IOException {
    Path events = data.resolve("events.csv");
    String s = Files.readString(events, StandardCharsets.UTF_8);
    assertThat(s).contains(from);
    Files.writeString(events, s.replaceFirst(java.util.regex.Pattern.quote(from), to), StandardCharsets.UTF_8);
    before = snapshot();
  }

  @Test
  void aBadDateNamesTheFileRowAndColumn() throws IOException {
    replaceInEvents("2023-12-04,day", "2023-12-34,day");
    assertOneLineAndNothingChanged(brief("--focus", "NER"), 1, "events.csv: row ", ", column date: ",
        "'2023-12-34'");
  }

  @Test
  void anUnknownCategoryNamesTheFileRowAndColumn() throws IOException {
    replaceInEvents(",cooperation,", ",friendship,");
    assertOneLineAndNothingChanged(brief("--focus", "NER"), 1, "events.csv: row ", ", column category: ");
  }

  @Test
  void anArticleTheEventsNameButArticlesCsvLacks() throws IOException {
    Path articles = data.resolve("articles.csv");
    List<String> lines = new ArrayList<>(Files.readAllLines(articles));
    String gone = lines.remove(1).split(",")[0];
    Files.write(articles, lines);
    before = snapshot();
    assertOneLineAndNothingChanged(brief("--focus", "NER"), 1, "events.csv: row ", ", column article_ids: ",
        "article " + gone + " is not in articles.csv");
  }

  @Test
  void aMissingDataset() throws IOException {
    Files.delete(data.resolve("events.csv"));
    before = snapshot();
    assertOneLineAndNothingChanged(brief("--focus", "NER"), 1, "events.csv");
  }

  @Test
  void aFocusWithoutEvents() throws IOException {
    assertOneLineAndNothingChanged(brief("--focus", "JPN"), 1, "no events involve JPN", "events.csv");
  }

  @Test
  void aFocusThatIsNoCode() throws IOException {
    assertOneLineAndNothingChanged(brief("--focus", "N<E>"), 2, "--focus must be a party code");
  }

  @Test
  void aWindowThatEndsBeforeItStarts() throws IOException {
    assertOneLineAndNothingChanged(brief("--focus", "NER", "--from", "2024-01-01", "--to", "2023-01-01"), 2,
        "--from 2024-01-01 is after --to 2023-01-01");
  }

  @Test
  void partnersThatAreNoCodesOrTheFocusItself() throws IOException {
    assertOneLineAndNothingChanged(brief("--focus", "NER", "--partners", "FR A"), 2, "--partners takes a number");
    assertOneLineAndNothingChanged(brief("--focus", "NER", "--partners", "FRA,ner"), 2,
        "--partners lists NER, the --focus party itself");
  }

  @Test
  void anOutputFolderThatIsAFile() throws IOException {
    Path file = tmp.resolve("file");
    Files.writeString(file, "x");
    Packs.Result r = Packs.run("brief", "--focus", "NER", "--data", data.toString(), "--out", file.toString());
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.err().strip()).startsWith("entente: ").contains("not a folder but a file (--out)");
    assertThat(Files.readString(file)).isEqualTo("x");
  }

  @Test
  void aPackIsReplacedWholeWhenTheInputIsGood() throws IOException {
    Packs.Result r = brief("--focus", "NER", "--from", "2023-12-01");
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(Files.readAllBytes(out.resolve("ner.html"))).isNotEqualTo(before.get("brief/ner.html"));
    try (var s = Files.list(out)) {
      assertThat(s.map(p -> p.getFileName().toString()).sorted()).containsExactly("ner.html", "ner.pdf", "ner.pptx");
    }
  }
}
