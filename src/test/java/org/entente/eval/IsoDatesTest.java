package org.entente.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** date.fromisoformat as CPython 3.11 answers (values printed by it; empty = ValueError). */
class IsoDatesTest {

  @ParameterizedTest
  @CsvSource({
      "2023-12-04, 2023-12-04", "20231204, 2023-12-04", "2023-W01, 2023-01-02", "2023W01, 2023-01-02",
      "2023W011, 2023-01-02", "2023-W01-1, 2023-01-02", "20231204xx, 2023-12-04", "2023120412, 2023-12-04",
      "20231204é, 2023-12-04", "2020-W53-7, 2021-01-03", "2004-W53-7, 2005-01-02", "2026-W53, 2026-12-28",
      "0001-W01-1, 0001-01-01", "2023-12-0x,", "2023-1204,", "2023-12-04T,", "2023W01-1,", "2023-W011,",
      "2023-W53-1,", "0000-01-01,", "2023-02-29,", "2023-W00,", "2023-W01-0,", "2023-W01-8,", "+023-01-01,",
      "'2023-12-4 ',", "2023-12,", "2023-01,", "0000-W52-7,", "9999-W52-7,", "00001010,"})
  void readsWhatPythonReads(String text, LocalDate expected) {
    assertThat(IsoDates.fromIsoFormat(text)).isEqualTo(Optional.ofNullable(expected));
  }
}
