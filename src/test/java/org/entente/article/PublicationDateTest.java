package org.entente.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PublicationDateTest {
  private final PublicationDate rule = new PublicationDate();

  @Test
  void manifestWinsOverADateline() {
    PublicationDate.Decision d = rule.decide(LocalDate.of(2024, 2, 1),
        List.of(new Dateline(LocalDate.of(2024, 2, 1), null, "Feb 1, 2024")), "Body.");
    assertThat(d.published()).isEqualTo(LocalDate.of(2024, 2, 1));
    assertThat(d.from()).isEqualTo("manifest");
    assertThat(d.warnings()).isEmpty();
  }

  @Test
  void datelineIsUsedWithoutAManifest() {
    PublicationDate.Decision d = rule.decide(null,
        List.of(new Dateline(LocalDate.of(2024, 2, 1), null, "Feb 1, 2024")), "The talks ended on Tuesday.");
    assertThat(d.published()).isEqualTo(LocalDate.of(2024, 2, 1));
    assertThat(d.from()).isEqualTo("text");
  }

  @Test
  void datelineContradictedByTheBodysWeekdaysIsReportedAndNotUsed() {
    // published 03/09/2024 (3 September) and printed as March 9
    String body = "The delegation arrived on Monday September 2nd in Bamako.";
    PublicationDate.Decision d = rule.decide(null,
        List.of(new Dateline(LocalDate.of(2024, 3, 9), null, "Published: March 9, 2024")), body);
    assertThat(d.published()).isNull();
    assertThat(d.from()).isEmpty();
    assertThat(d.warnings()).singleElement().asString()
        .contains("contradicts the body's dates (Monday September 2nd)")
        .contains("day/month swap of 2024-09-03");
  }

  @Test
  void datelineBeforeDatesTheBodyStatesWithYearsIsContradicted() {
    PublicationDate.Decision d = rule.decide(LocalDate.of(2024, 6, 1),
        List.of(new Dateline(LocalDate.of(2023, 1, 5), null, "Jan 5, 2023")), "On May 30, 2024, Chad left.");
    assertThat(d.published()).isEqualTo(LocalDate.of(2024, 6, 1));
    assertThat(d.warnings()).singleElement().asString().contains("contradicts");
  }
}
