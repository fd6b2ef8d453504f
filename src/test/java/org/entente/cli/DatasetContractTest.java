package org.entente.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.entente.act.ActType;
import org.entente.article.ArticleSummary;
import org.entente.chart.ChartFormat;
import org.entente.chart.ChartJob;
import org.entente.chart.ChartSettings;
import org.entente.chart.ChartSize;
import org.entente.coding.ActorKind;
import org.entente.coding.CodedArticle;
import org.entente.coding.Mention;
import org.entente.date.DatePrecision;
import org.entente.date.ResolvedDate;
import org.entente.event.Dataset;
import org.entente.event.EventMerger;
import org.entente.party.TestParties;
import org.entente.table.DatasetWriter;
import org.entente.table.WriteOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The merger's output, without the coder, goes through the table writer's contract checks and the charts: every
 * date precision, directed and undirected types, an unreadable article.
 */
class DatasetContractTest {
  @TempDir Path tmp;

  @Test
  void mergedDataPassesTheTableContractAndCharts() throws IOException {
    Map<String, String> names = Map.of("NER", "Niger", "RUS", "Russia", "FRA", "France", "ECOWAS", "ECOWAS",
        "MLI", "Mali");
    Dataset d = new EventMerger(names::get).merge(List.of(
        article("a", "2023-12-04",
            mention("a", 1, ActType.COOPERATION_VISIT, "RUS", "NER", day("2023-12-03"), "Niger's leaders hosted"
                + " a Russian delegation on Sunday."),
            mention("a", 1, ActType.COOPERATION_MILITARY, "NER", "RUS", day("2023-12-03"), "They agreed to"
                + " strengthen military cooperation on Sunday."),
            mention("a", 2, ActType.WITHDRAWAL_FORCES, "FRA", "NER", ResolvedDate.reported(LocalDate.parse(
                "2023-12-04")), "=France has begun withdrawing its troops.")),
        article("b", null,
            mention("b", 1, ActType.WITHDRAWAL_ORGANIZATION, "NER", "ECOWAS", ResolvedDate.reported(null),
                "Niger left ECOWAS.")),
        article("c", "2024-01-29",
            mention("c", 3, ActType.ALLIANCE_FORMATION, "MLI", "NER", new ResolvedDate(LocalDate.parse(
                "2023-09-01"), DatePrecision.MONTH, "in September"), "Mali and Niger formed an alliance in "
                + "September.")),
        new CodedArticle(new ArticleSummary("d", "d.txt", "", null, "", "", "", 0, 0, List.of("not UTF-8")),
            List.of())));

    Path data = tmp.resolve("data");
    new DatasetWriter(new WriteOptions(false), TestParties.bundled()).write(d, data);
    assertThat(Files.readAllLines(data.resolve("events.csv"))).hasSize(6);
    assertThat(Files.readAllLines(data.resolve("mentions.csv"))).hasSize(6);

    List<Path> charts = new ChartJob(new ChartSettings(data, tmp.resolve("charts"), "NER", Set.of(ChartFormat.PNG),
        ChartSize.DOC, 100, null, null, "test")).run();
    assertThat(charts).isNotEmpty().allMatch(Files::isRegularFile);
  }

  private static CodedArticle article(String id, String published, Mention... mentions) {
    LocalDate pub = published == null ? null : LocalDate.parse(published);
    return new CodedArticle(new ArticleSummary(id, id + ".txt", "Title " + id, pub, pub == null ? "" : "manifest",
        "Wire", "", 5, mentions.length, List.of()), List.of(mentions));
  }

  private static Mention mention(String article, int sentence, ActType type, String source, String target,
      ResolvedDate date, String text) {
    return new Mention(article, sentence, sentence * 100, sentence * 100 + text.length(), source, target, type, date,
        source, target, "trigger", text, ActorKind.NAMED, ActorKind.NAMED);
  }

  private static ResolvedDate day(String d) {
    return new ResolvedDate(LocalDate.parse(d), DatePrecision.DAY, "on Sunday");
  }
}
