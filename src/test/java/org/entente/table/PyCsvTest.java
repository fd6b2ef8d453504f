package org.entente.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Records as Python's csv.reader splits them (expected values printed by Python 3.11). */
class PyCsvTest {

  private static List<List<String>> fields(String text) {
    return PyCsv.parse(text).stream().map(PyCsv.Row::fields).toList();
  }

  @Test
  void quotedFieldsKeepCommasQuotesAndLineBreaks() {
    assertThat(fields("a,\"b, \"\"c\"\"\nd\"\r\nx")).containsExactly(List.of("a", "b, \"c\"\nd"), List.of("x"));
  }

  @Test
  void lineEndsAndEmptyLines() {
    assertThat(fields("a\rb\r\n\nc")).containsExactly(List.of("a"), List.of("b"), List.of(), List.of("c"));
    assertThat(fields("a,b,\n")).containsExactly(List.of("a", "b", ""));
  }

  @Test
  void lenientLikePython() {
    assertThat(fields("a,\"b\"c,d\n")).containsExactly(List.of("a", "bc", "d"));
    assertThat(fields("\"abc")).containsExactly(List.of("abc"));
    assertThat(fields("a,\"")).containsExactly(List.of("a", ""));
    assertThat(fields("x,\"\"\"\"")).containsExactly(List.of("x", "\""));
  }

  @Test
  void recordsKnowTheLineTheyStartOn() {
    assertThat(PyCsv.parse("h\n\"a\nb\"\nc\n").stream().map(PyCsv.Row::line)).containsExactly(1, 2, 4);
  }
}
