package org.entente.table;

import static org.assertj.core.api.Assertions.assertThat;

import org.entente.act.ActType;
import org.junit.jupiter.api.Test;

class CellFormatTest {

  @Test
  void neutralisesFormulaStartsFollowingOwasp() {
    assertThat(SpreadsheetSafety.neutralise("=1+2")).isEqualTo("'=1+2");
    assertThat(SpreadsheetSafety.neutralise("+33 1 23")).isEqualTo("'+33 1 23");
    assertThat(SpreadsheetSafety.neutralise("-5 soldiers")).isEqualTo("'-5 soldiers");
    assertThat(SpreadsheetSafety.neutralise("@SUM(A1)")).isEqualTo("'@SUM(A1)");
    assertThat(SpreadsheetSafety.neutralise("\tx")).isEqualTo("'\tx");
    assertThat(SpreadsheetSafety.neutralise("\rx")).isEqualTo("'\rx");
  }

  @Test
  void aLeadingApostropheIsDoubledSoTheChangeCanBeUndone() {
    assertThat(SpreadsheetSafety.neutralise("'Tis")).isEqualTo("''Tis");
    for (String original : new String[] {"=x", "'=x", "''", "plain", "'"}) {
      String cell = SpreadsheetSafety.neutralise(original);
      String undone = cell.startsWith("'") ? cell.substring(1) : cell;
      assertThat(undone).isEqualTo(original);
    }
  }

  @Test
  void leavesOrdinaryTextAlone() {
    assertThat(SpreadsheetSafety.neutralise("Niger and Russia")).isEqualTo("Niger and Russia");
    assertThat(SpreadsheetSafety.neutralise(" =not first")).isEqualTo(" =not first");
    assertThat(SpreadsheetSafety.neutralise("")).isEmpty();
    assertThat(SpreadsheetSafety.neutralise(null)).isNull();
  }

  @Test
  void goldsteinWeightsKeepExactlyOneDecimal() {
    for (ActType t : ActType.values()) {
      String s = Double.toString(RecordTable.oneDecimal(t.goldstein()));
      assertThat(s).as(t.label()).matches("-?\\d+\\.\\d");
    }
    assertThat(Double.toString(RecordTable.oneDecimal(-0.04))).isEqualTo("0.0");
    assertThat(Double.toString(RecordTable.oneDecimal(10))).isEqualTo("10.0");
    assertThat(Double.toString(RecordTable.oneDecimal(-7.44))).isEqualTo("-7.4");
  }
}
