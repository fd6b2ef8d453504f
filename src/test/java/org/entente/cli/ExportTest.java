package org.entente.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code entente export} on a small hand-made events.csv: each unit against its golden file
 * ({@code golden/<case>.csv} and {@code .json}; regenerate with {@code -Dentente.golden.update=true} and read the
 * diff), the workbook read back, and bad options.
 */
class ExportTest {
  static final Path DATA = Path.of("src/test/resources/org/entente/export/dataset");
  private static final Path GOLDEN = Path.of("src/test/resources/org/entente/export/golden");
  private static final boolean UPDATE = Boolean.getBoolean("entente.golden.update");

  @TempDir Path tmp;

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      events-ner        | --party NER
      events-recent     | --from 2023-03 --to 2024 --min-articles 2
      dyad-month-ner    | --unit dyad-month --party NER
      dyad-year-mli-rus | --unit dyad-year --dyad MLI,RUS --dyad FRA,MLI
      party-year        | --unit party-year
      party-month       | --unit party-month --party NER,MLI --from 2023-01 --to 2023-04 --category expulsion,withdrawal
      """)
  void eachUnitGivesItsGoldenTable(String name, String options) throws IOException {
    List<String> args = new ArrayList<>(List.of("export", "-q", "--data", DATA.toString()));
    args.addAll(List.of(options.split(" ")));
    args.addAll(List.of("--out", tmp.resolve(name + ".csv").toString()));
    Cli.Result r = Cli.run(args.toArray(String[]::new));
    assertThat(r.exitCode()).as(r.err()).isZero();
    for (String ext : List.of(".csv", ".json")) {
      Path made = tmp.resolve(name + ext);
      if (UPDATE) {
        Files.createDirectories(GOLDEN);
        Files.copy(made, GOLDEN.resolve(name + ext), StandardCopyOption.REPLACE_EXISTING);
      }
      assertThat(made).as(name + ext).hasSameBinaryContentAs(GOLDEN.resolve(name + ext));
    }
  }

  @Test
  void panelsAreBalancedAndReportUndatedEvents() {
    Cli.Result r = Cli.run("export", "--data", DATA.toString(), "--unit", "party-year", "--party", "BFA");
    assertThat(r.exitCode()).isZero();
    // BFA's only event is undated: one zero row per year of the window, which has no event to set it here.
    assertThat(r.out()).isEqualTo("party,period,events,net_goldstein,articles,cooperation,expulsion,withdrawal,"
        + "alliance\n");
    assertThat(r.err()).isEqualTo("entente: 1 undated event left out of the panel\n");

    r = Cli.run("export", "--data", DATA.toString(), "--unit", "party-year", "--party", "BFA", "--from", "2023",
        "--to", "2024");
    assertThat(r.out()).endsWith("BFA,2023,0,0.0,0,0,0,0,0\nBFA,2024,0,0.0,0,0,0,0,0\n");
  }

  @Test
  void theWorkbookHoldsTheTableItsCodebookAndWhatWasExported() throws IOException {
    Path out = tmp.resolve("events.xlsx");
    Cli.Result r = Cli.run("export", "-q", "--data", DATA.toString(), "--party", "MLI", "--out", out.toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
    byte[] first = Files.readAllBytes(out);
    assertThat(Cli.run("export", "-q", "--data", DATA.toString(), "--party", "MLI", "--out", out.toString())
        .exitCode()).isZero();
    assertThat(Files.readAllBytes(out)).as("the same export gives the same bytes").isEqualTo(first);

    try (InputStream in = Files.newInputStream(out); Workbook wb = new XSSFWorkbook(in)) {
      assertThat(wb.getSheetAt(0).getSheetName()).isEqualTo("events");
      assertThat(wb.getSheetAt(1).getSheetName()).isEqualTo("codebook");
      assertThat(wb.getSheetAt(2).getSheetName()).isEqualTo("export");
      Sheet events = wb.getSheetAt(0);
      assertThat(events.getRow(0).getCell(0).getStringCellValue()).isEqualTo("event_id");
      assertThat(events.getLastRowNum()).isEqualTo(2);
      var c = events.getRow(1);
      assertThat(c.getCell(0).getStringCellValue()).isEqualTo("ev-c");
      assertThat(c.getCell(10).getCellType()).as("cameo is text").isEqualTo(CellType.STRING);
      assertThat(c.getCell(10).getStringCellValue()).isEqualTo("166");
      assertThat(c.getCell(11).getNumericCellValue()).isEqualTo(-7.0);
      assertThat(c.getCell(14).getCellType()).isEqualTo(CellType.NUMERIC);
      assertThat(c.getCell(17).getCellType()).isEqualTo(CellType.STRING);
      assertThat(c.getCell(17).getStringCellValue()).as("a text cell needs no ' prefix")
          .isEqualTo("=Mali expelled French troops last year.");
      assertThat(c.getCell(1).getLocalDateTimeCellValue().toLocalDate()).hasToString("2023-01-01");
      Map<String, String> facts = new HashMap<>();
      for (var row : wb.getSheet("export")) facts.put(row.getCell(0).getStringCellValue(),
          row.getCell(1).getStringCellValue());
      assertThat(facts).containsEntry("unit", "event").containsEntry("filter party", "MLI")
          .containsEntry("dataset", DATA.toString()).containsEntry("rows", "2").containsKey("entente")
          .containsKey("events_sha256");
      assertThat(wb.getSheet("codebook").getRow(18).getCell(0).getStringCellValue()).isEqualTo("evidence");
    }
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      --unit week                      | --unit must be event, dyad-month, dyad-year, party-month or party-year, not 'week'
      --party ner                      | --party takes party codes in capitals (e.g. NER, ECOWAS), not 'ner'
      --party XYZ                      | 'XYZ' is not a party code of the dictionary or the dataset (e.g. NER, RUS, ECOWAS)
      --dyad NER                       | --dyad takes two party codes, A,B, not 'NER'
      --dyad NER,NER                   | --dyad takes two different parties, not 'NER,NER'
      --from 2024-13                   | --from takes a date, YYYY-MM-DD, YYYY-MM or YYYY, not '2024-13'
      --from 2024 --to 2023            | --from 2024 is after --to 2023
      --category war                   | --category must be among cooperation, expulsion, withdrawal, alliance, not 'war'
      --min-articles 0                 | --min-articles must be at least 1, not 0
      --out table.txt                  | --out must name a .csv or .xlsx file, not 'table.txt'
      """)
  void aBadOptionExitsWith2AndOneLine(String options, String message) {
    List<String> args = new ArrayList<>(List.of("export", "--data", DATA.toString()));
    args.addAll(List.of(options.split(" ")));
    Cli.Result r = Cli.run(args.toArray(String[]::new));
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err().lines().findFirst().orElseThrow()).isEqualTo("entente: " + message);
    assertThat(r.out()).isEmpty();
  }

  @Test
  void aBadDatasetExitsWith1NamingTheCellAndLeavesTheOutputAsItWas() throws IOException {
    Path data = Files.createDirectories(tmp.resolve("bad"));
    Files.writeString(data.resolve("events.csv"), Files.readString(DATA.resolve("events.csv"))
        .replace("ev-g,2023-03-05,", "ev-g,2023-03-35,"));
    Path out = Files.writeString(tmp.resolve("keep.csv"), "previous\n");
    Cli.Result r = Cli.run("export", "--data", data.toString(), "--unit", "dyad-year", "--out", out.toString());
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.err()).isEqualTo("entente: " + data.resolve("events.csv")
        + ": row 8, column date: '2023-03-35' is not a date (YYYY-MM-DD)\n");
    assertThat(out).hasContent("previous");
    assertThat(tmp.resolve("keep.json")).doesNotExist();
  }
}
