package org.entente.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Renders the fixture's charts in every format and size into {@code -Dentente.review=DIR} for a human to look at.
 * Skipped unless the property is set; {@code -Dentente.review.focus=NER,FRA,MLI} picks the focus codes.
 */
class ReviewRenderTest {

  @Test
  @EnabledIfSystemProperty(named = "entente.review", matches = ".+")
  void renderForReview() throws Exception {
    Path out = Path.of(System.getProperty("entente.review"));
    Path data = ChartFixture.dataDir(Files.createTempDirectory("entente-review"));
    for (ChartSize size : ChartSize.values()) {
      for (String focus : System.getProperty("entente.review.focus", "NER,FRA").split(",")) {
        var files = new ChartJob(ChartFixture.settings(data, out.resolve(size.name().toLowerCase()), focus,
            EnumSet.allOf(ChartFormat.class), size)).run();
        assertThat(files).isNotEmpty();
      }
    }
  }
}
