package org.entente.date;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.entente.text.Normalizer;
import org.entente.text.Token;
import org.junit.jupiter.api.Test;

class DateFinderTest {
  private final DateFinder finder = new DateFinder();

  /** Whitespace tokens are enough here: the finder reads words, not offsets. */
  private static List<Token> tokens(String text) {
    List<Token> out = new ArrayList<>();
    int at = 0;
    for (String w : text.split(" ")) {
      out.add(new Token(w, Normalizer.norm(w), at, at + w.length()));
      at += w.length() + 1;
    }
    return out;
  }

  private List<String> dates(String text, String published) {
    return finder.dates(tokens(text), LocalDate.parse(published)).stream()
        .map(d -> d.date().date() + " " + d.date().precision().code() + " '" + d.date().text() + "'").toList();
  }

  @Test
  void weekdayIsTheMostRecentOnOrBeforePublication() {
    assertThat(dates("talks on Monday", "2023-12-04")).containsExactly("2023-12-04 day 'on Monday'");
    assertThat(dates("talks on Sunday", "2023-12-04")).containsExactly("2023-12-03 day 'on Sunday'");
    assertThat(dates("talks last Monday", "2023-12-04")).containsExactly("2023-11-27 day 'last Monday'");
  }

  @Test
  void explicitDatesWithAndWithoutYear() {
    assertThat(dates("on Sunday December 3rd in Bamako", "2023-12-04")).containsExactly("2023-12-03 day 'Sunday December 3rd'");
    assertThat(dates("on Jan. 28 , 2024 the bloc", "2024-02-01")).containsExactly("2024-01-28 day 'Jan. 28 , 2024'");
    assertThat(dates("on 6 July 2024 in Niamey", "2024-07-08")).containsExactly("2024-07-06 day '6 July 2024'");
    assertThat(dates("since July 26", "2024-01-16")).containsExactly("2023-07-26 day 'July 26'");
  }

  @Test
  void aDayOfLastYearOrThisYear() {
    assertThat(dates("on July 22 last year in Istanbul", "2023-07-17"))
        .containsExactly("2022-07-22 day 'July 22 last year'");
    assertThat(dates("on 3 March this year", "2023-07-17")).containsExactly("2023-03-03 day '3 March this year'");
    assertThat(dates("on July 22 this week", "2023-07-24")).startsWith("2023-07-22 day 'July 22'");
  }

  @Test
  void monthsAndYears() {
    assertThat(dates("in January", "2024-03-05")).containsExactly("2024-01-01 month 'January'");
    assertThat(dates("last December", "2024-01-16")).containsExactly("2023-12-01 month 'last December'");
    assertThat(dates("in March", "2024-03-05")).containsExactly("2024-03-01 month 'March'");
    assertThat(dates("in January this year", "2024-03-05")).containsExactly("2024-01-01 month 'January this year'");
    assertThat(dates("last month", "2024-01-16")).containsExactly("2023-12-01 month 'last month'");
    assertThat(dates("last year", "2024-01-16")).containsExactly("2023-01-01 year 'last year'");
    assertThat(dates("in 2022", "2024-01-16")).containsExactly("2022-01-01 year '2022'");
    assertThat(dates("in August 2024", "2024-03-05")).containsExactly("2024-08-01 month 'August 2024'");
  }

  @Test
  void mayTheModalIsNoMonth() {
    assertThat(dates("Niger may leave", "2024-03-05")).isEmpty();
    assertThat(dates("in May", "2024-06-05")).containsExactly("2024-05-01 month 'May'");
  }

  @Test
  void offsets() {
    OffsetMention o = finder.offsets(tokens("just over two months after securing")).get(0);
    assertThat(o.amount()).isEqualTo(2);
    assertThat(o.unit()).isEqualTo(OffsetMention.Unit.MONTH);
    assertThat(o.from(new ResolvedDate(LocalDate.of(2023, 7, 26), DatePrecision.DAY, ""), "x"))
        .isEqualTo(new ResolvedDate(LocalDate.of(2023, 9, 1), DatePrecision.MONTH, "x"));
    OffsetMention days = finder.offsets(tokens("Just days after the coup")).get(0);
    assertThat(days.from(new ResolvedDate(LocalDate.of(2023, 7, 26), DatePrecision.DAY, ""), "x").date())
        .isEqualTo(LocalDate.of(2023, 7, 1));
  }
}
