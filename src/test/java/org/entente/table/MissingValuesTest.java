package org.entente.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What Tablesaw writes for a missing value of each column type: always an empty field. */
class MissingValuesTest {

  record Row(String s, Integer i, Double d, Boolean b, LocalDate date) {}

  private static final TableSpec<Row> SPEC = new TableSpec<>("t", "T", "test table", List.of(
      Field.<Row>code("s", "s", "", Row::s),
      Field.<Row>integer("i", "i", "", Row::i),
      Field.<Row>number("d", "d", "", Row::d),
      Field.<Row>bool("b", "b", "", Row::b),
      Field.<Row>date("date", "date", "", Row::date)), "s", List.of());

  @Test
  void missingCellsAreEmptyNeverNullOrNaN() {
    var table = new RecordTable<>(SPEC, List.of(
        new Row(null, null, null, null, null),
        new Row("x", 2, -4.0, false, LocalDate.of(2024, 1, 16)),
        new Row("", 0, 0.0, true, LocalDate.of(999, 12, 31))));

    String csv = new String(table.toCsv(WriteOptions.defaults()), StandardCharsets.UTF_8);

    assertThat(csv).isEqualTo("s,i,d,b,date\n,,,,\nx,2,-4.0,false,2024-01-16\n,0,0.0,true,0999-12-31\n");
  }
}
