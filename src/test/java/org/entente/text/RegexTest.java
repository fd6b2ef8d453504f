package org.entente.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
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

  /** The patterns the coder's rules use, read as sets of words where they can be, answer as the patterns do. */
  @Test
  void wordSetsAnswerAsThePatterns() {
    List<String> patterns = List.of("did|do|does", "the|likewise", "not|n't|never|expected|likely|may|to",
        "\\d{1,2}(st|nd|rd|th)?", "(19|20)\\d\\d", "[a-z][a-z-]*", "[a-z-]+", "[a-z]+", "\\d[\\d,.]*",
        "[a-z]+(s|ed)", "[a-z]+(ed|ing)", "[a-z]+(est|er|al|ic|ive|ous|ful|ible|able)", "[ivx]+|jr|sr",
        ".*(junta|military)-?(led|ruled|run)", "-?(led|ruled|run|dominated|controlled)", "(military|junta|army)-",
        "'s|the|a|an|its|their|his|her|s'", "and|but|,", "\\.", "a\\.b|c", "(?:ab|c)d?", "x{2,3}", "[^a]+", "a.c",
        "(a|b)*", "[a-c]?x", "\\w+", ".*", ".*a", "a+b+", "[a-z]+ing|armed", ".*ab|c", "[ab]+c|d");
    List<String> words = new ArrayList<>(List.of("", "did", "do", "does", "done", "the", "likewise", "n't", "may",
        "1", "12", "123", "1st", "22nd", "3rd", "4th", "31th", "1999", "2024", "2100", "1899", "a", "a-b", "-ab",
        "ab-", "abc", "ABC", "Abc", "1,200.5", ",1", "1.", "talks", "signed", "s", "ed", "ruled", "ing", "meeting",
        "greatest", "er", "military", "iv", "xiv", "jr", "sr", "ivy", "junta-led", "thejuntaled", "military-run",
        "militaryrun", "x\njunta-led", "junta-led\n", "led", "-led", "-ruled", "controlled", "army-", "army",
        "'s", "s'", "its", ",", ".", "a.b", "c", "abd", "cd", "d", "xx", "xxx", "xxxx", "bbb", "ax", "cx", "dx",
        "x", "ab", "aabb", "armed", "disarmed", "peacekeeping", "zab", "zc", "abc", "bac", "\u00e9t\u00e9", "caf\u00e9s", "\u2028a"));
    for (String p : patterns) {
      for (String w : words) {
        assertThat(Regex.matches(w, p)).as(w + " ~ " + p).isEqualTo(w.matches(p));
      }
    }
    assertThat(Regex.kinds(List.of("did|do|does", "\\d{1,2}(st|nd|rd|th)?", ".*(junta|military)-?(led|ruled|run)",
        "[a-z]+(ed|ing)", "\\d[\\d,.]*", "[^a]+", "\\w+"))).containsExactly("words", "words", "ending", "run", "run",
            "pattern", "pattern");
  }
}
