package org.entente.eval;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.entente.table.TableException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Input score.py would crash on, or read as None, is refused with a one-line message naming the file. */
class ScorerInputErrorsTest {

  private static final String HEADER = "mention_id,event_id,article_id,sentence,char_start,char_end,source,target,"
      + "category,subtype,date,date_precision,date_text,source_text,target_text,trigger,text\n";

  @TempDir
  Path dir;

  private final Scorer scorer = new Scorer();

  @Test
  void missingMentionsFile() {
    Path missing = dir.resolve("mentions.csv");

    assertThatThrownBy(() -> scorer.score(Fixtures.gold(), missing))
        .isInstanceOf(TableException.class)
        .hasMessage(missing + ": no such file");
  }

  @Test
  void missingGoldColumn() throws IOException {
    Path gold = write("gold.csv", "article,event,source,target,category,subtype,directed,date_min,date_max,evidence\n");

    assertThatThrownBy(() -> scorer.score(gold, Fixtures.predictions("perfect")))
        .isInstanceOf(TableException.class)
        .hasMessage(gold + ": column level: not in the header");
  }

  @Test
  void missingMentionsColumn() throws IOException {
    Path pred = write("mentions.csv", HEADER.replace(",category,", ",kind,"));

    assertThatThrownBy(() -> scorer.score(Fixtures.gold(), pred))
        .isInstanceOf(TableException.class)
        .hasMessage(pred + ": column category: not in the header");
  }

  @Test
  void emptyFile() throws IOException {
    Path pred = write("mentions.csv", "");

    assertThatThrownBy(() -> scorer.score(Fixtures.gold(), pred))
        .isInstanceOf(TableException.class)
        .hasMessage(pred + ": empty file, no header row");
  }

  @Test
  void recordCutShort() throws IOException {
    Path pred = write("mentions.csv", HEADER + "m1,E1,000_a,1,0,10,RUS,NER\n");

    assertThatThrownBy(() -> scorer.score(Fixtures.gold(), pred))
        .isInstanceOf(TableException.class)
        .hasMessage(pred + ": row 2, column category: no value: the record has 8 cells and the header 17");
  }

  @Test
  void unreadableGoldDateIsOneLine() throws IOException {
    Path gold = write("gold.csv",
        "article,event,source,target,category,subtype,directed,level,date_min,date_max,evidence\n"
        + "a,E1,RUS,NER,cooperation,visit,yes,required,\"4 Dec\n2023\",,x\n");

    assertThatThrownBy(() -> scorer.score(gold, Fixtures.predictions("empty")))
        .isInstanceOf(TableException.class)
        .hasMessage(gold + ": row 2, column date_min: '4 Dec 2023' is not an ISO date");
  }

  @Test
  void invalidUtf8() throws IOException {
    Path pred = dir.resolve("mentions.csv");
    Files.write(pred, new byte[] {'a', ',', (byte) 0xC3, '\n'});

    assertThatThrownBy(() -> scorer.score(Fixtures.gold(), pred))
        .isInstanceOf(TableException.class)
        .hasMessage(pred + ": not valid UTF-8");
  }

  private Path write(String name, String content) throws IOException {
    return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
  }
}
