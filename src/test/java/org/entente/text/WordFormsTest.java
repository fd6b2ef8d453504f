package org.entente.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WordFormsTest {
  @Test
  void regularInflections() {
    assertThat(WordForms.regularVerb("sign")).containsExactly("signs", "signed", "signed", "signing");
    assertThat(WordForms.regularVerb("revoke")).containsExactly("revokes", "revoked", "revoked", "revoking");
    assertThat(WordForms.regularVerb("deny")).containsExactly("denies", "denied", "denied", "denying");
    assertThat(WordForms.regularVerb("snub")).containsExactly("snubs", "snubbed", "snubbed", "snubbing");
    assertThat(WordForms.regularVerb("visit")).containsExactly("visits", "visited", "visited", "visiting");
    assertThat(WordForms.regularVerb("push")).containsExactly("pushes", "pushed", "pushed", "pushing");
    assertThat(WordForms.plural("ally")).isEqualTo("allies");
    assertThat(WordForms.plural("tie")).isEqualTo("ties");
  }

  @Test
  void irregularFormsComeFromTheDictionary() {
    WordForms forms = new WordForms(org.entente.dictionary.Dictionaries.bundled());
    forms.addVerb("withdraw");
    assertThat(forms.of("withdrew")).extracting(WordForm::lemma).containsExactly("withdraw");
    assertThat(forms.of("withdrawn")).extracting(WordForm::inflection).containsExactly(WordForm.Inflection.PARTICIPLE);
    forms.addVerb("travel");
    assertThat(forms.of("traveled")).isNotEmpty();
    assertThat(forms.of("travelled")).isNotEmpty();
  }
}
