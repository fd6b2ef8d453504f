package org.entente.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A coded sentence that starts like a formula never reaches a spreadsheet as one, unless asked. */
class SpreadsheetSafetyTest {
  private static final String ARTICLE = "=HYPERLINK(\"http://x.example\",\"click\") Mali expelled the French "
      + "ambassador on Monday.\n";

  @Test
  void aFormulaLikeSentenceIsNeutralised(@TempDir Path dir) throws Exception {
    Path in = Files.createDirectories(dir.resolve("in"));
    Files.writeString(in.resolve("a.txt"), ARTICLE);
    Files.writeString(in.resolve("manifest.csv"), "file,published,outlet,url,language,note\na.txt,2024-03-05,,,en,\n");
    assertThat(Cli.run("code", "--input", in.toString(), "--data", dir.resolve("safe").toString(), "--quiet")
        .exitCode()).isZero();
    String safe = Files.readString(dir.resolve("safe/mentions.csv"));
    assertThat(safe).contains("MLI,FRA,expulsion,diplomat");
    java.util.List<String[]> rows = new com.univocity.parsers.csv.CsvParser(
        new com.univocity.parsers.csv.CsvParserSettings()).parseAll(new java.io.StringReader(safe));
    assertThat(rows).hasSize(2);
    assertThat(rows.stream().flatMap(java.util.Arrays::stream)).noneMatch(c -> c != null && c.startsWith("="));
    assertThat(safe).contains("\"'=HYPERLINK(");

    assertThat(Cli.run("code", "--input", in.toString(), "--data", dir.resolve("raw").toString(), "--raw-text",
        "--quiet").exitCode()).isZero();
    assertThat(Files.readString(dir.resolve("raw/mentions.csv"))).contains(",\"=HYPERLINK(");
  }
}
