package org.entente.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What `entente code` does with bad input: one line on stderr, the right exit code, and no damage. */
class CodeErrorsTest {
  private static final String GOOD = """
      NIAMEY, Dec 5 (Wire) - Russia and Niger signed an agreement on military cooperation on Monday, \
      the Nigerien defence ministry said.
      """;

  @TempDir Path tmp;

  private Path input() throws IOException {
    return Files.createDirectories(tmp.resolve("in"));
  }

  private Cli.Result code(Path input, String... more) {
    List<String> args = new java.util.ArrayList<>(List.of("code", "--quiet", "--threads", "2",
        "--input", input.toString(), "--data", tmp.resolve("data").toString()));
    args.addAll(List.of(more));
    return Cli.run(args.toArray(String[]::new));
  }

  @Test
  void aMissingInputFolderFails() {
    Cli.Result r = code(tmp.resolve("nowhere"));
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.err()).isEqualTo("entente: " + tmp.resolve("nowhere") + ": no such file or folder\n");
    assertThat(tmp.resolve("data")).doesNotExist();
  }

  @Test
  void anEmptyFolderFails() throws IOException {
    Cli.Result r = code(input());
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.err()).startsWith("entente: ").contains("no .txt articles");
    assertThat(r.err().lines()).hasSize(1);
    assertThat(tmp.resolve("data")).doesNotExist();
  }

  @Test
  void aNonUtf8ArticleIsSkippedAndTheRestCoded() throws IOException {
    Path in = input();
    Files.writeString(in.resolve("a.txt"), GOOD);
    Files.write(in.resolve("b.txt"), "Le Niger et la Russie ont sign\u00e9 un accord.".getBytes(StandardCharsets.ISO_8859_1));
    Files.writeString(in.resolve("c.txt"), GOOD.replace("Russia", "Turkey"));

    Cli.Result r = code(in);

    assertThat(r.exitCode()).isZero();
    assertThat(r.err()).isEqualTo("entente: warning: " + in.resolve("b.txt") + ": not UTF-8; skipped\n");
    List<String> articles = Files.readAllLines(tmp.resolve("data/articles.csv"));
    assertThat(articles).hasSize(4);
    assertThat(articles.get(2)).startsWith("b,b.txt,").contains("not UTF-8");
    assertThat(Files.readString(tmp.resolve("data/mentions.csv"))).contains(",a,").contains(",c,");
  }

  @Test
  void theSummaryCountsSkippedArticles() throws IOException {
    Path in = input();
    Files.writeString(in.resolve("a.txt"), GOOD);
    Files.write(in.resolve("b.txt"), new byte[] {(byte) 0xff, (byte) 0xfe, 0x41});

    Cli.Result r = Cli.run("code", "--input", in.toString(), "--data", tmp.resolve("data").toString());

    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).contains("articles read: 2, coded: 1, skipped: 1 (not UTF-8: 1)");
  }

  @Test
  void aManifestRowNamingNoFileIsAWarning() throws IOException {
    Path in = input();
    Files.writeString(in.resolve("a.txt"), GOOD);
    Files.writeString(in.resolve("manifest.csv"), """
        file,published,outlet,url,language,note
        a.txt,2023-12-05,Wire,,en,
        gone.txt,2023-12-06,Wire,,en,
        """);

    Cli.Result r = code(in);

    assertThat(r.exitCode()).isZero();
    assertThat(r.err()).isEqualTo("entente: warning: " + in.resolve("manifest.csv")
        + ": row 3, column file: names no file ('gone.txt')\n");
    assertThat(Files.readAllLines(tmp.resolve("data/articles.csv"))).hasSize(2);
  }

  @Test
  void aManifestThatIsNoTableStopsTheRunWithOneLine() throws IOException {
    Path in = input();
    Files.writeString(in.resolve("a.txt"), GOOD);
    Files.writeString(in.resolve("manifest.csv"), """
        file,published,outlet,url,language,note
        a.txt,2023-12-05,Wire,,en,published Tuesday; 'on Monday' = 2023-12-04, 'last week' = late November
        """);

    Cli.Result r = code(in);

    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.err()).isEqualTo("entente: " + in.resolve("manifest.csv") + ": row 2: 7 cells where the header has "
        + "6; quote a cell that holds a comma; fix the manifest, or move it aside to code without dates\n");
    assertThat(tmp.resolve("data/articles.csv")).doesNotExist();
  }

  @Test
  void aBadManifestDateIsAWarningAndTheArticleIsCoded() throws IOException {
    Path in = input();
    Files.writeString(in.resolve("a.txt"), GOOD);
    Files.writeString(in.resolve("manifest.csv"), """
        file,published,outlet,url,language,note
        a.txt,05/12/2023,Wire,,en,
        """);

    Cli.Result r = code(in);

    assertThat(r.exitCode()).isZero();
    assertThat(r.err()).contains("manifest.csv: row 2, column published: bad date '05/12/2023' (expected YYYY-MM-DD)");
    assertThat(r.err().lines()).hasSize(1);
    assertThat(Files.readAllLines(tmp.resolve("data/articles.csv")).get(1)).contains("bad date");
  }

  @Test
  void aDataPathThatIsAFileFailsAndLeavesNothingBehind() throws IOException {
    Path in = input();
    Files.writeString(in.resolve("a.txt"), GOOD);
    Path file = Files.writeString(tmp.resolve("data.csv"), "keep me\n");

    Cli.Result r = Cli.run("code", "--input", in.toString(), "--data", file.toString());

    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.err()).isEqualTo("entente: " + file + ": not a folder but a file (--data)\n");
    assertThat(r.out()).isEmpty();
    assertThat(file).hasContent("keep me");
    try (Stream<Path> left = Files.list(tmp)) {
      assertThat(left).containsExactlyInAnyOrder(in, file);
    }
  }

  @Test
  void aMissingDictionaryFolderFails() throws IOException {
    Path in = input();
    Files.writeString(in.resolve("a.txt"), GOOD);
    Cli.Result r = code(in, "--dictionary", tmp.resolve("dict").toString());
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.err()).isEqualTo("entente: " + tmp.resolve("dict") + ": no such folder (--dictionary)\n");
  }

  @Test
  void aBadDictionaryCellFailsInOneLineNamingFileRowAndColumn() throws IOException {
    Path in = input();
    Files.writeString(in.resolve("a.txt"), GOOD);
    Path dict = Files.createDirectories(tmp.resolve("dict"));
    Files.writeString(dict.resolve("aliases.csv"), "alias,code,kind,valid_from,valid_to,note\n"
        + "# an officer\nGeneral Ndiaye,SEN,official,2024-13-01,,\n");

    Cli.Result r = code(in, "--dictionary", dict.toString());

    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.err()).isEqualTo("entente: " + dict.resolve("aliases.csv")
        + ": row 3, column valid_from: '2024-13-01' is not a date (YYYY-MM-DD)\n");
    assertThat(tmp.resolve("data")).doesNotExist();
  }

  @Test
  void aBadJsonlLineIsSkippedWithItsNumber() throws IOException {
    Path jsonl = tmp.resolve("articles.jsonl");
    Files.writeString(jsonl, """
        {"id": "a", "published": "2023-12-05", "text": "Russia and Niger signed an agreement on military cooperation on Monday."}
        not json
        """);
    Cli.Result r = code(jsonl);
    assertThat(r.exitCode()).isZero();
    assertThat(r.err()).isEqualTo("entente: warning: " + jsonl + " line 2: not valid JSON; skipped\n");
  }

  /** Regression: one non-UTF-8 line used to stop the whole run, naming the wrong line. */
  @Test
  void aJsonlLineThatIsNotUtf8IsSkippedWithItsNumber() throws IOException {
    Path jsonl = tmp.resolve("mixed.jsonl");
    byte[] good = "{\"id\": \"a\", \"published\": \"2023-12-05\", \"text\": \"Mali expelled the French ambassador.\"}\n"
        .getBytes(java.nio.charset.StandardCharsets.UTF_8);
    byte[] bad = {'{', '"', 'i', 'd', '"', ':', ' ', '"', (byte) 0xC3, (byte) 0x28, '"', '}', '\n'};
    java.io.ByteArrayOutputStream all = new java.io.ByteArrayOutputStream();
    all.write(good);
    all.write(bad);
    all.write(good);
    Files.write(jsonl, all.toByteArray());
    Cli.Result r = code(jsonl);
    assertThat(r.exitCode()).isZero();
    assertThat(r.err()).isEqualTo("entente: warning: " + jsonl + " line 2: not UTF-8; skipped\n"
        + "entente: warning: " + jsonl + " line 3: id 'a' was already used on line 1; skipped\n");
  }
}
