package org.entente.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RegexTest {

  @Test
  void matchesTheWholeTextAsStringMatchesDoes() {
    List<String> patterns = List.of("follow(ed|s)?|following", "[a-z]+ing|armed", "rule[sd]?|ruling", "");
    List<String> words = List.of("followed", "follows", "follow", "following", "followers", "peacekeeping", "armed",
        "disarmed", "ruled", "ruling", "rules", "overruled", "", "Following");
    for (String p : patterns) {
      for (String w : words) {
        assertThat(Regex.matches(w, p)).as(w + " ~ " + p).isEqualTo(w.matches(p));
      }
    }
  }
}
