package org.entente.coding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.coding.Annotated.article;
import static org.entente.coding.Annotated.last;
import static org.entente.coding.Annotated.names;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The name layer: which party each name stands for, and the Nigeria/Niger translation rule. */
class NameStageTest {

  /** Every "Nigeria(n)" of each sentence, by code. */
  private static List<String> namesPerSentence(String published, String text) {
    return article(published, text).sentences().stream().map(s -> String.join(" ", names(s))).toList();
  }

  @Test
  void namesCapitalsAndDemonymsResolveToTheirState() {
    // rule: a state's name, its capital and its demonym all name the state
    assertThat(names(last("2024-06-05", "Kenyan officials flew from Nairobi to Addis Ababa to meet Ethiopia's leaders.")))
        .containsExactly("KEN:Kenyan", "KEN:Nairobi", "ETH:Addis Ababa", "ETH:Ethiopia");
  }

  @Test
  void aLeaderNamesHisStateOnlyWhileInOffice() {
    // rule: an alias of a person is valid only between its dates (Kishida was prime minister until October 2024)
    assertThat(names(last("2023-05-10", "Kishida flew to Seoul on Sunday."))).containsExactly("JPN:Kishida", "KOR:Seoul");
    assertThat(names(last("2025-05-10", "Kishida flew to Seoul on Sunday."))).containsExactly("KOR:Seoul");
  }

  @Test
  void nigerianTiedToANigerienOfficialIsNiger() {
    // rule: "Nigerian" in a sentence that also names a Nigerien person is a mistranslation of Niger
    assertThat(names(last("2024-02-10", "The Nigerian delegation, led by Interior Minister Mohamed Toumba, "
        + "arrived in Ankara on Thursday.")))
        .containsExactly("NER:Nigerian", "NER:Mohamed Toumba", "TUR:Ankara");
  }

  @Test
  void onceTiedEveryNigerianOfTheArticleIsNiger() {
    // rule: one sentence that ties "Nigerian" to Niamey makes every "Nigerian" of the article Niger, even where
    // its own sentence names nothing of Niger
    assertThat(namesPerSentence("2024-02-10", "A Nigerian minister landed in Rome on Monday. "
        + "The Nigerian delegation then returned to Niamey."))
        .containsExactly("NER:Nigerian ITA:Rome", "NER:Nigerian NER:Niamey");
  }

  @Test
  void aPersonOfNigeriaKeepsNigerianAsNigeria() {
    // rule: no rereading when the article names a person of Nigeria (Badaru, defence minister)
    assertThat(names(last("2024-03-05", "Nigerian Defence Minister Mohammed Badaru visited Niamey on Monday.")))
        .containsExactly("NGA:Nigerian", "NGA:Badaru", "NER:Niamey");
  }

  @Test
  void nigerianBeforeAnOfficeIsNigerInAnArticleThatNeverNamesNigeria() {
    // rule: the article names Niger and never Nigeria: "Nigerian Defence Minister" is Niger's
    assertThat(names(last("2024-03-05", "Niger's junta hosted the Iranian envoy. "
        + "The Nigerian Defence Minister later flew to Tehran.")))
        .containsExactly("NER:Nigerian", "IRN:Tehran");
  }

  @Test
  void nigerianBeforeAnOfficeStaysNigeriaWhenTheArticleNamesNigeria() {
    // rule: the office rule does not apply once "Nigeria" itself is named
    assertThat(names(last("2024-03-05", "Nigeria condemned the coup in Niger. "
        + "The Nigerian foreign minister travelled to Paris on Monday.")))
        .containsExactly("NGA:Nigerian", "FRA:Paris");
  }

  @Test
  void nigerianWithoutAnOfficeOrATieStaysNigeria() {
    // rule: a plain demonym in an article about Niger is not reread
    assertThat(names(last("2024-03-05", "Niger closed its border. Nigerian traders protested in Kano.")))
        .startsWith("NGA:Nigerian");
  }
}
