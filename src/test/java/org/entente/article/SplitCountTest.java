package org.entente.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** PageCleaner counts words as {@code split("\\s+")} would, without splitting. */
class SplitCountTest {
  @Test
  void countsAsSplitDoes() {
    String alphabet = "ab \t\n\u000B\f\r\u00A0\u2009.";
    SplittableRandom random = new SplittableRandom(7);
    for (int i = 0; i < 20_000; i++) {
      StringBuilder b = new StringBuilder();
      int n = random.nextInt(12);
      for (int k = 0; k < n; k++) b.append(alphabet.charAt(random.nextInt(alphabet.length())));
      String t = b.toString();
      int limit = random.nextInt(6);
      int expected = t.split("\\s+").length;
      int counted = PageCleaner.splitCount(t, limit);
      assertThat(counted <= limit).as("'%s' limit %d", t, limit).isEqualTo(expected <= limit);
      if (expected <= limit + 1) assertThat(counted).as("'%s'", t).isEqualTo(expected);
    }
  }
}
