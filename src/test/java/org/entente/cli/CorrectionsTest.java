package org.entente.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The analyst's corrections on the seed articles: each action, re-coding, and bad rows. */
class CorrectionsTest {
  private static final String HEADER = "target,action,field,value,reason,by,date\n";
  /** The seeds' RUS-MLI visit (three mentions), and other events and mentions of the committed data. */
  private static final String VISIT_RUS_MLI = "ev-9f3a3b2fb160";

  @TempDir static Path tmp;
  static Path plain;

  @BeforeAll
  static void codeTheSeeds() {
    plain = tmp.resolve("plain");
    assertThat(Cli.run("code", "-q", "--input", "seeds", "--data", plain.toString(), "--no-corrections").exitCode())
        .isZero();
  }

  @Test
  void dropAnEventRemovesItAndItsMentions() throws IOException {
    Path data = code(HEADER + VISIT_RUS_MLI + ",drop,,,another trip,AB,2024-06-01\n");
    assertThat(events(data)).doesNotContain(VISIT_RUS_MLI);
    assertThat(Files.readString(data.resolve("mentions.csv"))).doesNotContain(VISIT_RUS_MLI);
    // the article's mention count drops by the event's mentions in it
    long dropped = Files.readAllLines(plain.resolve("mentions.csv")).stream()
        .filter(l -> l.startsWith("000_a5a7f391eb83de14-") && l.contains("," + VISIT_RUS_MLI + ",")).count();
    assertThat(dropped).isPositive();
    assertThat(mentionCount(data, "000_a5a7f391eb83de14"))
        .isEqualTo(mentionCount(plain, "000_a5a7f391eb83de14") - dropped);
  }

  /** The {@code mentions} cell of an article's row in articles.csv. */
  private static long mentionCount(Path data, String articleId) throws IOException {
    String row = line(data.resolve("articles.csv"), articleId);
    return Long.parseLong(row.split(",")[8]);
  }

  @Test
  void dropAMentionKeepsItsEventAsTheAnalystsWithOneMentionLess() throws IOException {
    Path data = code(HEADER + "003_238f7cd63fdac120-s5-m1,drop,,,not this visit,AB,\n");
    assertThat(line(data.resolve("events.csv"), VISIT_RUS_MLI)).contains(",cooperation,visit,")
        .contains(",2,2,000_a5a7f391eb83de14;004_57cecb3bfc805920,").endsWith(",analyst");
    assertThat(Files.readString(data.resolve("mentions.csv"))).doesNotContain("003_238f7cd63fdac120-s5-m1");
  }

  @Test
  void setChangesEveryMentionOfAnEventAndTheEventKeepsItsId() throws IOException {
    Path data = code(HEADER + VISIT_RUS_MLI + ",set,type,cooperation/economic,talks on energy,AB,2024-06-01\n"
        + VISIT_RUS_MLI + ",set,date,2023-12,the month only,AB,2024-06-01\n");
    assertThat(line(data.resolve("events.csv"), VISIT_RUS_MLI))
        .startsWith(VISIT_RUS_MLI + ",2023-12-01,month,MLI,Mali,RUS,Russia,false,cooperation,economic,061,")
        .endsWith(",analyst");
    assertThat(line(data.resolve("mentions.csv"), "000_a5a7f391eb83de14-s7-m1"))
        .contains(",MLI,RUS,cooperation,economic,2023-12-01,month,,").endsWith(",analyst");
  }

  @Test
  void setAPrecisionOrAPartyOfOneMention() throws IOException {
    Path data = code(HEADER + "002_3fc8066fde2d7518-s2-m1,set,date_precision,month,the day is uncertain,AB,\n"
        + "002_3fc8066fde2d7518-s7-m1,set,target,MLI,Mali not France,AB,\n");
    assertThat(line(data.resolve("mentions.csv"), "002_3fc8066fde2d7518-s2-m1"))
        .contains(",2024-01-01,month,").endsWith(",analyst");
    assertThat(line(data.resolve("mentions.csv"), "002_3fc8066fde2d7518-s7-m1"))
        .contains(",NER,MLI,withdrawal,relations,");
  }

  @Test
  void addAMentionTheCoderMissed() throws IOException {
    Path data = code(HEADER + "004_57cecb3bfc805920,add,source=RUS; target=MLI; type=cooperation/economic; "
        + "date=2023-12,\"to discuss development projects related to renewable energy\",missed,AB,2024-06-01\n");
    String added = line(data.resolve("mentions.csv"), "004_57cecb3bfc805920-s9-a1");
    assertThat(added).contains(",004_57cecb3bfc805920,9,1222,1475,MLI,RUS,cooperation,economic,2023-12-01,month,,,,,")
        .contains("renewable energy").endsWith(",analyst");
    String event = added.split(",")[1];
    assertThat(line(data.resolve("events.csv"), event)).endsWith(",analyst");
  }

  @Test
  void correctionsSurviveRecodingAndTheirEventsKeepTheirIds() throws IOException {
    String rows = HEADER + VISIT_RUS_MLI + ",set,date,2023-12-03,confirmed,AB,\n"
        + "004_57cecb3bfc805920,add,source=RUS; target=MLI; type=cooperation/economic,renewable energy,missed,AB,\n";
    Path first = code(rows);
    Path again = tmp.resolve("again");
    Files.writeString(tmp.resolve("again.csv"), rows);
    Cli.Result r = Cli.run("code", "-q", "--input", "seeds", "--data", again.toString(), "--corrections",
        tmp.resolve("again.csv").toString());
    assertThat(r.exitCode()).isZero();
    for (String f : List.of("articles.csv", "mentions.csv", "events.csv")) {
      assertThat(again.resolve(f)).hasSameBinaryContentAs(first.resolve(f));
    }
    // A correction may name the event by the id the corrected dataset shows.
    String added = line(first.resolve("mentions.csv"), "004_57cecb3bfc805920-s9-a1").split(",")[1];
    Path dropped = code(rows + added + ",drop,,,second thoughts,AB,\n");
    assertThat(Files.readString(dropped.resolve("mentions.csv"))).doesNotContain("-a1,");
  }

  @Test
  void aTargetThatIsGoneIsNamedAndTheRestApplied() throws IOException {
    Path file = Files.writeString(tmp.resolve("gone.csv"), HEADER + "ev-123456789abc,drop,,,old,AB,\n"
        + "gone_article,add,source=NER; target=RUS; type=cooperation/visit,Niger,old,AB,\n"
        + VISIT_RUS_MLI + ",drop,,,another trip,AB,\n");
    Path data = tmp.resolve("gone");
    Cli.Result r = Cli.run("code", "--input", "seeds", "--data", data.toString(), "--corrections", file.toString());
    assertThat(r.exitCode()).isZero();
    assertThat(r.err()).contains("entente: warning: " + file + ": row 2: target ev-123456789abc no longer exists;"
        + " not applied (drop)\n")
        .contains("entente: warning: " + file + ": row 3: article gone_article is not in the dataset; not applied"
            + " (add NER cooperation/visit RUS)\n");
    assertThat(r.out()).contains("corrections:   1 applied from " + file + ", 2 not applied (on stderr)");
    assertThat(events(data)).doesNotContain(VISIT_RUS_MLI);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      ev-1,delete,,,r,AB,            | row 2, column action: 'delete' is not one of drop, set, add
      ev-1,set,colour,red,r,AB,      | row 2, column field: 'colour' cannot be set; the fields are type, category, subtype, source, target, date, date_precision
      ev-1,set,date,2023-13,r,AB,    | row 2, column value: '2023-13' is not a date: YYYY-MM-DD (a day), YYYY-MM (a month) or YYYY
      ev-1,set,source,XXQ,r,AB,      | row 2, column value: 'XXQ' is not a party code of the dictionary (e.g. NER, RUS, ECOWAS)
      ev-1,set,type,visit,r,AB,      | row 2, column value: 'visit' is not a category/subtype pair of the codebook (e.g. cooperation/military)
      ev-1,drop,,,,AB,               | row 2, column reason: empty, but a value is required
      ev-1,drop,,,r,AB,2024-02-30    | row 2, column date: '2024-02-30' is not a date (YYYY-MM-DD)
      a,add,source=NER; type=cooperation/visit,x,r,AB, | row 2, column field: no target=CODE: an added mention needs source, target and type
      a,add,source=NER; target=RUS; type=cooperation/visit,,r,AB, | row 2, column value: empty: an add row quotes the sentence that states the act
      """)
  void aBadRowStopsTheRunWithOneLineAndLeavesTheDatasetAsItWas(String row, String problem) throws IOException {
    Path data = tmp.resolve("bad");
    copy(plain, data);
    Path file = Files.writeString(tmp.resolve("bad.csv"), HEADER + row.strip() + "\n");
    Cli.Result r = Cli.run("code", "--input", "seeds", "--data", data.toString(), "--corrections", file.toString());
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.err()).isEqualTo("entente: " + file + ": " + problem + "\n");
    for (String f : List.of("articles.csv", "mentions.csv", "events.csv")) {
      assertThat(data.resolve(f)).hasSameBinaryContentAs(plain.resolve(f));
    }
  }

  @Test
  void aCorrectionThatDoesNotFitItsTargetStopsTheRun() throws IOException {
    Path file = Files.writeString(tmp.resolve("unfit.csv"), HEADER
        + "001_2431f3128649eabd-s9-m1,set,date_precision,day,r,AB,\n");
    Cli.Result r = Cli.run("code", "--input", "seeds", "--data", tmp.resolve("unfit").toString(), "--corrections",
        file.toString());
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.err()).isEqualTo("entente: " + file + ": row 2, column value: the date is known to the month, not"
        + " to the day; set the field date (YYYY-MM-DD, YYYY-MM or YYYY) instead (mention"
        + " 001_2431f3128649eabd-s9-m1)\n");
    assertThat(tmp.resolve("unfit")).doesNotExist();
  }

  @Test
  void badOptions() {
    Cli.Result r = Cli.run("code", "--prune");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).startsWith("entente: --prune needs --update\n");
    r = Cli.run("code", "--corrections", "x.csv", "--no-corrections");
    assertThat(r.exitCode()).isEqualTo(2);
  }

  private static Path code(String corrections) throws IOException {
    Path dir = Files.createTempDirectory(tmp, "run");
    Path file = Files.writeString(dir.resolve("corrections.csv"), corrections);
    Path data = dir.resolve("data");
    Cli.Result r = Cli.run("code", "-q", "--input", "seeds", "--data", data.toString(), "--corrections",
        file.toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.err()).isEmpty();
    return data;
  }

  private static String events(Path data) throws IOException {
    return Files.readString(data.resolve("events.csv"));
  }

  private static String line(Path file, String id) throws IOException {
    return Files.readAllLines(file).stream().filter(l -> l.startsWith(id + ",")).findFirst()
        .orElseThrow(() -> new AssertionError(id + " not in " + file));
  }

  private static void copy(Path from, Path to) throws IOException {
    Files.createDirectories(to);
    try (var files = Files.list(from)) {
      for (Path f : files.toList()) {
        Files.copy(f, to.resolve(f.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      }
    }
  }
}
