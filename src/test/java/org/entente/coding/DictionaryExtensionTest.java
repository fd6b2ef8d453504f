package org.entente.coding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.entente.article.InputArticle;
import org.entente.dictionary.Dictionaries;
import org.entente.table.TableException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Analysts extend the coder with a folder of same-named CSV files, without recompiling. */
class DictionaryExtensionTest {
  private static final String TEXT = "General Ndiaye expelled the French ambassador on Monday.";

  private static List<String> code(Dictionaries files) {
    InputArticle a = new InputArticle("t", "t.txt", TEXT, LocalDate.of(2024, 5, 8), "", "", "", List.of());
    return new Coder(CoderResources.load(files)).code(a).mentions().stream()
        .map(m -> m.source() + "->" + m.target() + " " + m.type().label()).toList();
  }

  @Test
  void anAddedAliasIsFound(@TempDir Path dir) throws Exception {
    assertThat(code(Dictionaries.bundled())).isEmpty();
    Files.writeString(dir.resolve("aliases.csv"),
        "alias,code,kind,valid_from,valid_to,note\nGeneral Ndiaye,SEN,official,2024-01-01,,test officer\n");
    assertThat(code(new Dictionaries(dir))).containsExactly("SEN->FRA expulsion/diplomat");
  }

  @Test
  void anAddedTriggerIsRecognised(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("acts.csv"), "trigger,pos,subject,object,type,frame,polarity,note\n"
        + "snub,verb,,,withdrawal/relations,agent,,test\n");
    InputArticle a = new InputArticle("t", "t.txt", "Mali snubbed Algeria on Monday.", LocalDate.of(2024, 5, 8),
        "", "", "", List.of());
    assertThat(new Coder(CoderResources.load(new Dictionaries(dir))).code(a).mentions())
        .extracting(m -> m.source() + "->" + m.target() + " " + m.type().label())
        .containsExactly("MLI->DZA withdrawal/relations");
  }

  @Test
  void anAddedPlaceSuppliesTheHost(@TempDir Path dir) throws Exception {
    InputArticle a = new InputArticle("t", "t.txt", "Belgian paratroopers left their base in Kamina on Monday.",
        LocalDate.of(2024, 5, 8), "", "", "", List.of());
    assertThat(new Coder(CoderResources.load(Dictionaries.bundled())).code(a).mentions()).isEmpty();
    Files.writeString(dir.resolve("places.csv"), "place,party,kind,note\nKamina,COD,town,test base\n");
    assertThat(new Coder(CoderResources.load(new Dictionaries(dir))).code(a).mentions())
        .extracting(m -> m.source() + "->" + m.target() + " " + m.type().label())
        .containsExactly("BEL->COD withdrawal/forces");
  }

  @Test
  void aBadRowIsReportedWithFileAndLine(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("aliases.csv"),
        "alias,code,kind,valid_from,valid_to,note\nGeneral Ndiaye,XXX,official,,,\n");
    assertThatThrownBy(() -> CoderResources.load(new Dictionaries(dir)))
        .isInstanceOf(TableException.class)
        .hasMessage(dir.resolve("aliases.csv") + ": row 2: unknown party code 'XXX'");
  }

  @Test
  void anAddedAgreementSuppliesThePartnerOfWhoQuitsIt(@TempDir Path dir) throws Exception {
    InputArticle a = new InputArticle("t", "t.txt", "Australia quit the submarine accord in 2021.",
        LocalDate.of(2022, 5, 8), "", "", "", List.of());
    Files.writeString(dir.resolve("agreements.csv"), "words,parties,note\nsubmarine accord,FRA,test\n");
    assertThat(new Coder(CoderResources.load(new Dictionaries(dir))).code(a).mentions())
        .extracting(m -> m.source() + "->" + m.target() + " " + m.type().label())
        .containsExactly("AUS->FRA withdrawal/agreement");
    Files.writeString(dir.resolve("agreements.csv"), "words,parties,note\nsubmarine accord,XXX,test\n");
    assertThatThrownBy(() -> CoderResources.load(new Dictionaries(dir)))
        .isInstanceOf(TableException.class)
        .hasMessage(dir.resolve("agreements.csv") + ": row 2: unknown party code 'XXX'");
  }
}
