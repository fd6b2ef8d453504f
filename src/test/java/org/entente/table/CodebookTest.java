package org.entente.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.entente.act.ActType;
import org.entente.party.TestParties;
import org.junit.jupiter.api.Test;

/** docs/CODEBOOK.md is written by hand for analysts; these checks keep it in step with the code. */
class CodebookTest {

  private static final Path CODEBOOK = Path.of("docs/CODEBOOK.md");

  @Test
  void documentsEveryColumnInOrderWithItsType() throws IOException {
    List<String> lines = Files.readAllLines(CODEBOOK, StandardCharsets.UTF_8);
    for (var table : List.of(Tables.ARTICLES, Tables.MENTIONS, Tables.EVENTS)) {
      List<String[]> rows = tableAfter(lines, "### `" + table.fileName() + "`");
      List<String> names = new ArrayList<>();
      for (String[] row : rows) {
        String name = row[0].replace("`", "");
        names.add(name);
        var column = table.column(name);
        assertThat(column).as(table.fileName() + " documents unknown column " + name).isPresent();
        assertThat(row[1]).as(table.fileName() + "." + name + " type").isEqualTo(column.get().type().schemaName());
        assertThat(row[2].contains("*Article text.*"))
            .as(table.fileName() + "." + name + " marked as article text")
            .isEqualTo(column.get().articleText());
      }
      assertThat(names).as(table.fileName()).isEqualTo(table.columnNames());
    }
  }

  @Test
  void vocabularyTableMatchesActType() throws IOException {
    List<String> lines = Files.readAllLines(CODEBOOK, StandardCharsets.UTF_8);
    List<String[]> rows = tableAfter(lines, "## 4. Categories and subtypes");

    assertThat(rows).hasSize(ActType.values().length);
    for (int i = 0; i < rows.size(); i++) {
      ActType t = ActType.values()[i];
      String[] row = rows.get(i);
      assertThat(row[0]).isEqualTo(t.category());
      assertThat(row[1]).isEqualTo(t.subtype());
      assertThat(row[3].startsWith("undirected")).as(t.label() + " direction").isEqualTo(!t.directed());
      assertThat(row[4]).as(t.label()).isEqualTo(t.cameo());
      assertThat(row[5]).as(t.label()).isEqualTo(Double.toString(RecordTable.oneDecimal(t.goldstein())));
      assertThat(row[6]).as(t.label()).isEqualTo(t.plover());
    }
  }

  @Test
  void namesTheRawTextFlagAndEveryPartyOrganisation() throws IOException {
    String text = Files.readString(CODEBOOK, StandardCharsets.UTF_8);

    assertThat(text).contains("--raw-text").contains(PartyCodes.of(TestParties.bundled()).pattern());
    for (String org : List.of("EU", "ECOWAS", "G5SAHEL", "AES", "UN", "AU", "NATO", "OIF")) {
      assertThat(text).contains("`" + org + "`");
    }
  }

  /** The body rows of the first Markdown table after the heading, as trimmed cells. */
  private static List<String[]> tableAfter(List<String> lines, String heading) {
    int i = lines.indexOf(heading);
    assertThat(i).as("heading " + heading).isNotNegative();
    while (!lines.get(i).startsWith("|")) {
      i++;
    }
    i += 2; // header and separator
    List<String[]> rows = new ArrayList<>();
    for (; i < lines.size() && lines.get(i).startsWith("|"); i++) {
      String line = lines.get(i);
      String[] cells = line.substring(1, line.length() - 1).split("\\|", -1);
      for (int c = 0; c < cells.length; c++) {
        cells[c] = cells[c].strip();
      }
      rows.add(cells);
    }
    return rows;
  }
}
