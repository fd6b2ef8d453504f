package org.entente.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import org.entente.table.TableException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad input fails with one line naming the file and the problem, and leaves no chart behind. */
class BadInputTest {

  @TempDir Path tmp;

  private ChartJob job(Path data, String focus) {
    return new ChartJob(ChartFixture.settings(data, tmp.resolve("charts"), focus, EnumSet.of(ChartFormat.SVG),
        ChartSize.DOC));
  }

  private Path fixtureWith(String from, String to) throws IOException {
    Path data = ChartFixture.dataDir(tmp);
    Path events = data.resolve("events.csv");
    String text = Files.readString(events);
    assertThat(text).contains(from);
    Files.writeString(events, text.replace(from, to));
    return data;
  }

  @Test
  void missingEventsFile() throws IOException {
    Path data = Files.createDirectories(tmp.resolve("empty"));
    assertThatThrownBy(() -> job(data, "NER").run())
        .isInstanceOf(TableException.class)
        .hasMessage(data.resolve("events.csv") + ": no such file");
    assertThat(tmp.resolve("charts")).doesNotExist();
  }

  @Test
  void missingColumn() throws IOException {
    Path data = fixtureWith("event_id,date,date_precision,", "event_id,day,date_precision,");
    assertThatThrownBy(() -> job(data, "NER").run())
        .isInstanceOf(TableException.class)
        .hasMessage(data.resolve("events.csv") + ": column date: not in the header");
  }

  @Test
  void badDate() throws IOException {
    Path data = fixtureWith("ev-0008,2023-08-25,", "ev-0008,2023-08-32,");
    assertThatThrownBy(() -> job(data, "NER").run())
        .isInstanceOf(TableException.class)
        .hasMessage(data.resolve("events.csv") + ": row 9, column date: '2023-08-32' is not a date (YYYY-MM-DD)");
  }

  @Test
  void badDateInAnEventOfOtherPartiesStillFails() throws IOException {
    Path data = fixtureWith("ev-0001,2022-01-31,", "ev-0001,31/01/2022,");
    assertThatThrownBy(() -> job(data, "NER").run())
        .isInstanceOf(TableException.class)
        .hasMessageContaining("row 2, column date: '31/01/2022' is not a date");
  }

  @Test
  void unknownCategory() throws IOException {
    Path data = fixtureWith("NER,Niger,FRA,France,true,expulsion,diplomat", "NER,Niger,FRA,France,true,sanction,diplomat");
    assertThatThrownBy(() -> job(data, "NER").run())
        .isInstanceOf(TableException.class)
        .hasMessageContaining("events.csv: row 9, column category: 'sanction' is not one of cooperation, expulsion, "
            + "withdrawal, alliance");
  }

  @Test
  void focusWithoutEvents() throws IOException {
    Path data = ChartFixture.dataDir(tmp);
    assertThatThrownBy(() -> job(data, "CHN").run())
        .isInstanceOf(ChartException.class)
        .hasMessage("no events involve CHN in " + data.resolve("events.csv"));
    assertThat(tmp.resolve("charts")).doesNotExist();
  }

  @Test
  void messagesAreOneLine() throws IOException {
    Path data = fixtureWith("ev-0008,2023-08-25,", "ev-0008,2023-08-32,");
    assertThatThrownBy(() -> job(data, "NER").run()).satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
  }

  @Test
  void missingKeyDatesFile() throws IOException {
    Path data = ChartFixture.dataDir(tmp);
    Path missing = tmp.resolve("nope.csv");
    ChartSettings s = new ChartSettings(data, tmp.resolve("charts"), "NER", EnumSet.of(ChartFormat.SVG),
        ChartSize.DOC, 300, null, missing, "0.1.0");
    assertThatThrownBy(() -> new ChartJob(s).run())
        .isInstanceOf(TableException.class)
        .hasMessage(missing + ": no such file");
  }

  @Test
  void articlesFileIsOptional() throws IOException {
    Path data = ChartFixture.dataDir(tmp);
    Files.delete(data.resolve("articles.csv"));
    List<Path> files = job(data, "NER").run();
    // The count falls back to the articles cited by events.
    assertThat(Files.readString(files.get(0))).contains("Source: 56 articles, 30 events");
  }
}
