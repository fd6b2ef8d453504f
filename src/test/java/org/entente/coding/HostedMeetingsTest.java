package org.entente.coding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.coding.Annotated.mentions;

import org.junit.jupiter.api.Test;

/**
 * Who hosts a meeting or a visit ("a meeting hosted by Qatar's emir", "a visit hosted by President Museveni"), and
 * lines on a map that "meet". Every sentence is written for this test.
 */
class HostedMeetingsTest {

  @Test
  void theHostOfAMeetingIsVisitedNotAPartyThatVisits() {
    assertThat(mentions("2024-06-14", "The presidents of Kenya and Somalia held talks in Abu Dhabi on Monday, at a "
        + "meeting hosted by the UAE's president.")).contains(
            "KEN->ARE cooperation/visit 2024-06-10 day", "SOM->ARE cooperation/visit 2024-06-10 day")
        .noneMatch(m -> m.startsWith("ARE->"));
  }

  @Test
  void aVisitHostedBySomeoneIsAVisitToThem() {
    assertThat(mentions("2024-06-14", "The Ethiopian prime minister was on a state visit hosted by President William "
        + "Ruto on Monday.")).containsExactly("ETH->KEN cooperation/visit 2024-06-10 day");
  }

  @Test
  void bordersThatMeetAreNoVisit() {
    assertThat(mentions("2024-06-14", "The attack took place near the point where the borders of Benin, Niger and "
        + "Nigeria meet.")).isEmpty();
  }
}
