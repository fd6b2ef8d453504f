package org.entente.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.MonthDay;
import org.junit.jupiter.api.Test;

class PageCleanerTest {
  private final PageCleaner cleaner = new PageCleaner();

  @Test
  void rejoinsHardWrappedLinesAndKeepsOffsets() {
    String original = "Officials from Chad met\nenvoys in Niamey on Monday.\n";
    Page page = cleaner.clean(original, null);
    CleanText body = page.body();
    assertThat(body.text()).isEqualTo("Officials from Chad met envoys in Niamey on Monday.");
    int at = body.text().indexOf("envoys");
    assertThat(original.substring(body.originalStart(at), body.originalEnd(at + 6))).isEqualTo("envoys");
  }

  @Test
  void joinsASentenceCutByADebrisLine() {
    String original = "The ministers signed a pact between the Republic of\n\nhttps://example.org/author/wire\n\n\n"
        + "Chad and the Sudanese government, officials said.\n";
    assertThat(cleaner.clean(original, null).body().text())
        .isEqualTo("The ministers signed a pact between the Republic of Chad and the Sudanese government, "
            + "officials said.");
  }

  @Test
  void dropsTeasersCreditsFootersAndReadingTimes() {
    String original = "Ghana recalls envoy\n\n4 min read\n\nBy Jane Doe\n\n![]() |\n|\n"
        + "Ghana recalled its ambassador on Friday.\n\nRelated article: Ghana and Togo sign a pact\n\n"
        + "Photo: Reuters\n\nAlso read: Another story\n\nCopyright 2024 Some Agency. All rights reserved.\n";
    Page page = cleaner.clean(original, null);
    assertThat(page.title()).isEqualTo("Ghana recalls envoy");
    assertThat(page.body().text()).isEqualTo("Ghana recalls envoy\n\nGhana recalled its ambassador on Friday.");
  }

  /** The quick check before the credit pattern looks for its phrases in any case, not only lower case. */
  @Test
  void dropsCreditLinesInAnyCaseAndKeepsSentencesThatOnlyMentionCopyrightLaw() {
    String original = "Mali expels envoy\n\nMali expelled the envoy on Friday.\n\nPHOTO: AFP PHOTO / ISSOUF SANOGO\n\n"
        + "(C) 2024 Some Agency\n\nSoldiers stand guard in Bamako. GETTY IMAGES\n\n"
        + "The two states discussed copyright rules for their broadcasters.\n";
    assertThat(cleaner.clean(original, null).body().text()).isEqualTo("Mali expels envoy\n\n"
        + "Mali expelled the envoy on Friday.\n\nThe two states discussed copyright rules for their broadcasters.");
  }

  @Test
  void readsPublishedLinesAndBylineDates() {
    Page page = cleaner.clean("Title here\n\nPublished on: March 3, 2024 – 9:04 p.m\n\nBody text.\n", null);
    assertThat(page.datelines()).extracting(Dateline::date).containsExactly(LocalDate.of(2024, 3, 3));
    Page pipes = cleaner.clean("Title\n\nMay 5, 2023 | News, Politics | 0 comments\n\nBody.\n", null);
    assertThat(pipes.datelines()).extracting(Dateline::date).containsExactly(LocalDate.of(2023, 5, 5));
    assertThat(pipes.body().text()).isEqualTo("Title\n\nBody.");
  }

  @Test
  void splitsAWireDatelineOutOfAGluedHeadline() {
    Page page = cleaner.clean("Mali and Togo sign a deal Bamako, Mar 2 (AFP) Mar 2, 2024 Mali and Togo signed.", null);
    assertThat(page.body().text()).isEqualTo("Mali and Togo sign a deal\n\nMali and Togo signed.");
    assertThat(page.datelines()).extracting(Dateline::date).containsExactly(LocalDate.of(2024, 3, 2));
    Page noYear = cleaner.clean("Head Bamako, Mar 2 (Reuters) - Body starts here.", null);
    assertThat(noYear.datelines()).extracting(Dateline::monthDay).containsExactly(MonthDay.of(3, 2));
  }
}
