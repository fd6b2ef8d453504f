package org.entente.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.entente.table.ColumnSchema.date;
import static org.entente.table.ColumnSchema.integer;
import static org.entente.table.ColumnSchema.text;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.Table;

/** Every reader behaviour that matters, in each dialect, with the one error format: FILE: row N, column C: problem. */
class ReaderTest {

  private static final Schema CONTRACT = new Schema("t.csv", Dialect.CONTRACT,
      List.of(text("id").required(), date("day"), integer("n"), text("note").optional()));
  private static final Schema EDITED = new Schema("d.csv", Dialect.EDITED,
      List.of(text("code"), date("from"), text("note").optional()));
  private static final Schema PYTHON = new Schema("p.csv", Dialect.PYTHON, List.of(text("a"), text("b").optional()));

  @TempDir Path dir;

  private Path file(String text) throws IOException {
    return Files.writeString(dir.resolve("x.csv"), text, StandardCharsets.UTF_8);
  }

  private String name() {
    return dir.resolve("x.csv").toString();
  }

  @Test
  void typedColumnsWithTheRowEachRecordStartsOn() throws IOException {
    Table t = CONTRACT.read(file("id,day,n\na,2024-01-02,3\n\"b\nc\",,\nd,2024-02-29,-1\n"));

    assertThat(t.columnNames()).containsExactly("id", "day", "n", Schema.ROW);
    assertThat(t.dateColumn("day").get(0)).isEqualTo(LocalDate.of(2024, 1, 2));
    assertThat(t.dateColumn("day").isMissing(1)).isTrue();
    assertThat(t.intColumn("n").isMissing(1)).isTrue();
    assertThat(t.stringColumn("id").get(1)).isEqualTo("b\nc");
    assertThat(t.intColumn(Schema.ROW).asList()).containsExactly(2, 3, 5);
  }

  @Test
  void quotingAsRfc4180() throws IOException {
    Table t = CONTRACT.read(file("id,day,n\n\"x, \"\"y\"\"\",,\nhe said \"no\",,\n"));

    assertThat(t.stringColumn("id").asList()).containsExactly("x, \"y\"", "he said \"no\"");
    assertThatThrownBy(() -> CONTRACT.read(file("id,day,n\na,,\n\"b\"c,,\n")))
        .isInstanceOf(TableException.class)
        .hasMessage(name() + ": row 3: a quote inside a quoted cell must be doubled (\"\"), and nothing may follow "
            + "the closing quote");
  }

  @Test
  void byteOrderMarkAndCrlfAreTolerated() throws IOException {
    Table t = CONTRACT.read(file("\uFEFFid,day,n\r\na,2024-01-02,1\r\n\"b\r\nc\",,2\r\n"));

    assertThat(t.stringColumn("id").asList()).containsExactly("a", "b\nc");
    assertThat(t.intColumn("n").asList()).containsExactly(1, 2);
    assertThat(t.intColumn(Schema.ROW).asList()).containsExactly(2, 3);
  }

  @Test
  void missingColumn() throws IOException {
    assertThatThrownBy(() -> CONTRACT.read(file("id,date,n\n")))
        .isInstanceOf(TableException.class)
        .hasMessage(name() + ": column day: not in the header");
  }

  @Test
  void anOptionalColumnTheHeaderLacksIsAbsent() throws IOException {
    assertThat(CONTRACT.read(file("id,day,n,note\na,,,x\n")).stringColumn("note").get(0)).isEqualTo("x");
    assertThat(CONTRACT.read(file("id,day,n\na,,\n")).containsColumn("note")).isFalse();
  }

  @Test
  void badValues() throws IOException {
    assertThatThrownBy(() -> CONTRACT.read(file("id,day,n\na,2023-08-32,1\n")))
        .isInstanceOf(TableException.class)
        .hasMessage(name() + ": row 2, column day: '2023-08-32' is not a date (YYYY-MM-DD)");
    assertThatThrownBy(() -> CONTRACT.read(file("id,day,n\na,,1.5\n")))
        .hasMessage(name() + ": row 2, column n: '1.5' is not a whole number");
    assertThatThrownBy(() -> CONTRACT.read(file("id,day,n\n,,1\n")))
        .hasMessage(name() + ": row 2, column id: empty, but a value is required");
  }

  @Test
  void valuesOutsideTheSchemaVocabularyOrRepeatedKeys() throws IOException {
    Path events = Files.writeString(dir.resolve("events.csv"), String.join(",", Schemas.EVENTS.columnNames())
        + "\ne1,,unknown,MLI,Mali,FRA,France,true,sanction,diplomat,161,-4.0,SANCTION / expel,1,1,a,,x,a,coder\n");
    assertThatThrownBy(() -> Schemas.EVENTS.read(events))
        .hasMessage(events + ": row 2, column category: 'sanction' is not one of cooperation, expulsion, withdrawal,"
            + " alliance");
    Files.writeString(events, Files.readString(events).replace("sanction", "expulsion")
        + "e1,,unknown,MLI,Mali,FRA,France,true,expulsion,diplomat,161,-4.0,SANCTION / expel,1,1,a,,x,a,coder\n");
    assertThatThrownBy(() -> Schemas.EVENTS.read(events))
        .hasMessage(events + ": row 3, column event_id: repeats 'e1' of row 2");
  }

  @Test
  void aRecordOfTheWrongWidth() throws IOException {
    assertThatThrownBy(() -> CONTRACT.read(file("id,day,n\na,2024-01-02\n")))
        .isInstanceOf(TableException.class)
        .hasMessage(name() + ": row 2: 2 cells where the header has 3");
  }

  @Test
  void emptyMissingAndNonUtf8Files() throws IOException {
    assertThatThrownBy(() -> CONTRACT.read(file("")))
        .isInstanceOf(TableException.class)
        .hasMessage(name() + ": empty file, no header row");
    assertThatThrownBy(() -> CONTRACT.read(dir.resolve("none.csv")))
        .hasMessage(dir.resolve("none.csv") + ": no such file");
    Files.write(dir.resolve("x.csv"), new byte[] {'i', 'd', '\n', (byte) 0xC3, '\n'});
    assertThatThrownBy(() -> CONTRACT.read(dir.resolve("x.csv")))
        .hasMessage(name() + ": not valid UTF-8");
  }

  @Test
  void editedFilesHaveCommentsTrimmedCellsAndShortRows() throws IOException {
    CsvTable t = EDITED.rows(file("code , from,note\n# a comment, with a comma\n\n NER ,2024-01-02\n"
        + " \"Cote d'Ivoire, the\" ,,x\n,,\n"));

    assertThat(t.header()).containsExactly("code", "from", "note");
    assertThat(t.rows()).extracting(r -> r.get("code")).containsExactly("NER", "Cote d'Ivoire, the");
    assertThat(t.rows()).extracting(CsvTable.Row::row).containsExactly(4, 5);
    assertThat(t.rows().get(0).date("from")).isEqualTo(LocalDate.of(2024, 1, 2));
    assertThat(t.rows().get(0).get("note")).isEmpty();
    assertThat(t.rows().get(0).error("from", "too early")).hasMessage(name() + ": row 4, column from: too early");
  }

  @Test
  void editedFilesRefuseACellPastTheHeader() throws IOException {
    assertThatThrownBy(() -> EDITED.rows(file("code,from,note\nNER,,a note, with a comma\n")))
        .isInstanceOf(TableException.class)
        .hasMessage(name() + ": row 2: 4 cells where the header has 3; quote a cell that holds a comma");
    assertThatThrownBy(() -> EDITED.rows(file("code,from\nNER,1 Jan\n")))
        .hasMessage(name() + ": row 2, column from: '1 Jan' is not a date (YYYY-MM-DD)");
  }

  @Test
  void aBundledFileIsNamedAsTheCallerSays() {
    CsvTable t = EDITED.rows("bundled d.csv",
        new ByteArrayInputStream("code,from\nNER,\n".getBytes(StandardCharsets.UTF_8)));
    assertThat(t.rows().get(0).where()).isEqualTo("bundled d.csv: row 2");
  }

  @Test
  void addedRowsNeedTheSameHeader() {
    CsvTable bundled = EDITED.rows("d.csv", new ByteArrayInputStream("code,from\nNER,\n".getBytes()));
    CsvTable more = EDITED.rows("extra/d.csv", new ByteArrayInputStream("code,from\nBRICS,\n".getBytes()));
    CsvTable other = EDITED.rows("other/d.csv", new ByteArrayInputStream("code,from,note\nX,,\n".getBytes()));

    CsvTable all = bundled.plus(more);
    assertThat(all.name()).isEqualTo("d.csv+extra/d.csv");
    assertThat(all.rows()).extracting(CsvTable.Row::where).containsExactly("d.csv: row 2", "extra/d.csv: row 2");
    assertThatThrownBy(() -> bundled.plus(other))
        .isInstanceOf(TableException.class)
        .hasMessage("other/d.csv: row 1: the header must be code,from");
  }

  @Test
  void pythonDialectKeepsWhatCsvDictReaderKeeps() throws IOException {
    Table t = PYTHON.read(file("a,b,b\n x ,1,2,extra\n\n\"q\"r,,3\n"));

    assertThat(t.stringColumn("a").asList()).containsExactly(" x ", "qr");
    assertThat(t.stringColumn("b").asList()).as("a repeated name means its last column").containsExactly("2", "3");
    assertThatThrownBy(() -> PYTHON.read(file("a,b\nx\n")))
        .isInstanceOf(TableException.class)
        .hasMessage(name() + ": row 2, column b: no value: the record has 1 cells and the header 2");
    assertThatThrownBy(() -> PYTHON.read(file("\uFEFFa,b\n")))
        .hasMessage(name() + ": column a: not in the header (the file starts with a byte order mark)");
  }

  @Test
  void writtenAsTheContractSays() {
    byte[] csv = Schemas.MIX.csv(List.of(List.of("FRA", "France, the Republic", "before", "2023-07-26",
        "withdrawal", "2", "France"), List.of("X", "he said \"no\"", "after", "2023-07-26", "alliance", "0", "X")));

    assertThat(new String(csv, StandardCharsets.UTF_8))
        .isEqualTo("partner,partner_name,period,pivot,category,count,bar\n"
            + "FRA,\"France, the Republic\",before,2023-07-26,withdrawal,2,France\n"
            + "X,\"he said \"\"no\"\"\",after,2023-07-26,alliance,0,X\n");
  }
}
