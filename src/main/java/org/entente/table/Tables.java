package org.entente.table;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.entente.act.ActType;
import org.entente.article.ArticleSummary;
import org.entente.coding.Mention;
import org.entente.date.DatePrecision;
import org.entente.date.ResolvedDate;
import org.entente.event.CodedBy;
import org.entente.event.Event;
import org.entente.event.LinkedMention;

/**
 * The three tables of DATASET.md, column by column, in CSV order. This is the only list of columns: the CSV
 * header, the cell values, the checks, datapackage.json and the schemas the dataset is read back with are all
 * derived from it. Vocabularies come from where the facts live: categories and subtypes from {@link ActType},
 * precisions from {@link DatePrecision}, party codes from the run's party dictionary ({@link PartyCodes}).
 */
final class Tables {

  static final List<String> CATEGORIES = distinct(ActType::category);
  static final List<String> SUBTYPES = distinct(ActType::subtype);
  static final List<String> CAMEO_CODES = distinct(ActType::cameo);
  static final List<String> PLOVER_CODES = distinct(ActType::plover);
  static final List<String> PRECISIONS = Arrays.stream(DatePrecision.values()).map(DatePrecision::code).toList();
  static final List<String> PUBLISHED_FROM = List.of("manifest", "text");
  static final List<String> CODED_BY = Arrays.stream(CodedBy.values()).map(CodedBy::code).toList();

  static final TableSpec<ArticleSummary> ARTICLES = new TableSpec<>(
      "articles",
      "Articles",
      "One row per input article: where it came from, when it was published and how much of it was coded.",
      List.of(
          Field.<ArticleSummary>code("article_id",
                  "Identifier of the article: its file name without the extension.", "002_3fc8066fde2d7518",
                  ArticleSummary::articleId)
              .key(),
          Field.<ArticleSummary>text("file", "File name of the article in the input folder.",
                  "002_3fc8066fde2d7518.txt", ArticleSummary::file)
              .required(),
          Field.text("title", "Title of the article as read from the input, unchanged.",
              "Niger, Russia sign military cooperation deal", ArticleSummary::title),
          Field.date("published",
              "Publication date (yyyy-MM-dd); empty when neither the manifest nor the text gives one.",
              "2023-12-04", ArticleSummary::published),
          Field.<ArticleSummary>code("published_from",
                  "Where the publication date came from: manifest (manifest.csv, which wins) or text "
                      + "(a dateline in the article); empty when there is no date.",
                  "manifest", ArticleSummary::publishedFrom)
              .oneOf(PUBLISHED_FROM),
          Field.text("outlet", "News outlet, from the manifest; empty if unknown.", "AFP",
              ArticleSummary::outlet),
          Field.text("url", "Address of the article, from the manifest; empty if unknown.",
              "https://example.org/news/niger-russia", ArticleSummary::url),
          Field.<ArticleSummary>integer("sentences", "Number of sentences the article was split into.",
                  "18", a -> a.sentences())
              .required(),
          Field.<ArticleSummary>integer("mentions", "Number of coded mentions (rows of mentions.csv) from "
                      + "this article; 0 when it contains no interaction.",
                  "3", a -> a.mentions())
              .required(),
          Field.text("warnings",
              "Problems found while reading the article, ';'-joined (e.g. a dateline that contradicts the "
                  + "dates in the body); empty when none.",
              "dateline 2023-12-05 disagrees with the body", a -> joined(a.warnings())),
          Field.<ArticleSummary>code("content_hash",
                  "What 'entente code --update' knows the article by: 16 hex digits of SHA-256 over its text and "
                      + "what the manifest or JSONL record says about it. A changed article gets another hash and "
                      + "is coded again. Empty for a dataset not written by 'entente code'.",
                  "9f2c4e1a0b7d3c55", ArticleSummary::contentHash)
              .addedAfterContract()),
      "article_id",
      List.of());

  static final TableSpec<LinkedMention> MENTIONS = new TableSpec<>(
      "mentions",
      "Mentions",
      "One row per coded mention: one interaction as one sentence of one article states it. The audit "
          + "trail behind every event.",
      List.of(
          Field.<LinkedMention>code("mention_id",
                  "Stable identifier of the mention (the same input always gives the same id).",
                  "", LinkedMention::mentionId)
              .key(),
          Field.<LinkedMention>code("event_id", "The event (row of events.csv) this mention was merged into.",
                  "", LinkedMention::eventId)
              .required(),
          Field.<LinkedMention>code("article_id", "The article (row of articles.csv) the sentence is from.",
                  "002_3fc8066fde2d7518", m -> mention(m).articleId())
              .required(),
          Field.<LinkedMention>integer("sentence", "1-based index of the sentence in the article.", "7",
                  m -> mention(m).sentence())
              .required(),
          Field.<LinkedMention>integer("char_start",
                  "Offset where the sentence starts in the original file's text, in UTF-16 code units "
                      + "(as Java and JavaScript count), 0-based.",
                  "1234", m -> mention(m).charStart())
              .required(),
          Field.<LinkedMention>integer("char_end",
                  "Offset just after the sentence ends, in UTF-16 code units (exclusive).", "1391",
                  m -> mention(m).charEnd())
              .required(),
          Field.<LinkedMention>code("source", "Code of the party that acts (see the codebook).", "NER",
                  m -> mention(m).source())
              .required()
              .partyCode(),
          Field.<LinkedMention>code("target", "Code of the party acted upon.", "RUS",
                  m -> mention(m).target())
              .required()
              .partyCode(),
          Field.<LinkedMention>code("category", "Category of the act.", "cooperation",
                  m -> actType(m) == null ? null : actType(m).category())
              .required()
              .oneOf(CATEGORIES),
          Field.<LinkedMention>code("subtype",
                  "Subtype of the act; only the category/subtype pairs listed in the codebook occur.",
                  "military", m -> actType(m) == null ? null : actType(m).subtype())
              .required()
              .oneOf(SUBTYPES),
          Field.date("date",
              "Date of the act as this sentence gives it: the first day of the period for month and "
                  + "year precision, the article's publication date for reported; empty when unknown.",
              "2023-12-04", m -> date(m) == null ? null : date(m).date()),
          Field.<LinkedMention>code("date_precision", "How precisely the date is known.", "day",
                  m -> date(m) == null ? null : precisionCode(date(m).precision()))
              .required()
              .oneOf(PRECISIONS),
          Field.text("date_text", "The expression the date was read from; empty if none.", "on Monday",
              m -> date(m) == null ? null : date(m).text()),
          Field.text("source_text", "The words in the sentence that name the source party.", "Niamey",
              m -> mention(m).sourceText()),
          Field.text("target_text", "The words in the sentence that name the target party.", "Moscow",
              m -> mention(m).targetText()),
          Field.text("trigger", "The words that decided the category and subtype.", "signed",
              m -> mention(m).trigger()),
          Field.<LinkedMention>text("text",
                  "The sentence as it stands in the article, whitespace runs folded to one space.",
                  "Niger and Russia signed a military cooperation agreement on Monday.",
                  m -> mention(m).text())
              .required(),
          Field.<LinkedMention>code("coded_by",
                  "coder: as the rules coded it; analyst: added or changed by a row of the corrections file.",
                  "coder", m -> m.codedBy() == null ? null : m.codedBy().code())
              .required()
              .oneOf(CODED_BY)
              .addedAfterContract()),
      "mention_id",
      List.of(
          new ForeignKey("event_id", "events", "event_id"),
          new ForeignKey("article_id", "articles", "article_id")));

  static final TableSpec<Event> EVENTS = new TableSpec<>(
      "events",
      "Events",
      "One row per distinct interaction after merging all the mentions of the same act across articles.",
      List.of(
          Field.<Event>code("event_id", "Stable identifier of the event (the same input always gives the same id).",
                  "", Event::eventId)
              .key(),
          Field.date("date",
              "Date of the act: the first day of the period for month and year precision, the earliest "
                  + "publication date among its articles for reported; empty when unknown.",
              "2023-12-04", Event::date),
          Field.<Event>code("date_precision", "How precisely the date is known.", "day",
                  e -> precisionCode(e.precision()))
              .required()
              .oneOf(PRECISIONS),
          Field.<Event>code("source",
                  "Code of the party that acts; for an undirected act, the alphabetically first code.",
                  "NER", Event::source)
              .required()
              .partyCode(),
          Field.code("source_name", "Name of the source party.", "Niger", Event::sourceName),
          Field.<Event>code("target",
                  "Code of the party acted upon; for an undirected act, the alphabetically second code.",
                  "RUS", Event::target)
              .required()
              .partyCode(),
          Field.code("target_name", "Name of the target party.", "Russia", Event::targetName),
          Field.<Event>bool("directed",
                  "true if the act goes from source to target; false if it is mutual (pair in "
                      + "alphabetical order).",
                  "false", e -> e.type() == null ? null : e.directed())
              .required(),
          Field.<Event>code("category", "Category of the act.", "cooperation",
                  e -> e.type() == null ? null : e.type().category())
              .required()
              .oneOf(CATEGORIES),
          Field.<Event>code("subtype", "Subtype of the act.", "military",
                  e -> e.type() == null ? null : e.type().subtype())
              .required()
              .oneOf(SUBTYPES),
          Field.<Event>code("cameo", "CAMEO event code of the category/subtype (a string: keeps its leading zero).",
                  "062", e -> e.type() == null ? null : e.type().cameo())
              .required()
              .oneOf(CAMEO_CODES),
          Field.<Event>number("goldstein",
                  "Goldstein conflict-cooperation weight of the CAMEO code, from GDELT's "
                      + "CAMEO.goldsteinscale.txt (-10 to +10, one decimal).",
                  "7.4", e -> e.type() == null ? null : e.type().goldstein())
              .required(),
          Field.<Event>code("plover", "PLOVER event type (and mode) of the category/subtype.",
                  "COOPERATE / military", e -> e.type() == null ? null : e.type().plover())
              .required()
              .oneOf(PLOVER_CODES),
          Field.<Event>integer("mentions", "Number of mentions merged into this event.", "4",
                  e -> e.mentions())
              .required(),
          Field.<Event>integer("articles", "Number of distinct articles that report it.", "2",
                  e -> e.articleIds() == null ? null : e.articles())
              .required(),
          Field.<Event>code("article_ids", "The articles that report it, ';'-joined.",
                  "002_3fc8066fde2d7518;003_238f7cd63fdac120", e -> joined(e.articleIds()))
              .required(),
          Field.date("first_reported", "Earliest publication date among its articles; empty if none has one.",
              "2023-12-04", Event::firstReported),
          Field.text("evidence", "The clearest sentence stating the act, as in the article.",
              "Niger and Russia signed a military cooperation agreement on Monday.", Event::evidence),
          Field.<Event>code("evidence_article", "The article the evidence sentence is from.",
                  "002_3fc8066fde2d7518", Event::evidenceArticle)
              .required(),
          Field.<Event>code("coded_by",
                  "coder: exactly as the rules coded and merged it; analyst: a correction added, changed or "
                      + "dropped one of its mentions.",
                  "coder", e -> e.codedBy() == null ? null : e.codedBy().code())
              .required()
              .oneOf(CODED_BY)
              .addedAfterContract()),
      "event_id",
      List.of(new ForeignKey("evidence_article", "articles", "article_id")));

  private Tables() {}

  // The records are built by other stages; a null in them must end up as a clear "missing required value"
  // error naming the column, not a NullPointerException.
  private static final Mention EMPTY_MENTION =
      new Mention(null, 0, 0, 0, null, null, null, null, null, null, null, null, null, null);

  private static List<String> distinct(Function<ActType, String> f) {
    return Arrays.stream(ActType.values()).map(f).distinct().toList();
  }

  private static String joined(List<String> values) {
    return values == null ? null : String.join(";", values);
  }

  private static Mention mention(LinkedMention m) {
    return m.mention() == null ? EMPTY_MENTION : m.mention();
  }

  private static ActType actType(LinkedMention m) {
    return mention(m).type();
  }

  private static ResolvedDate date(LinkedMention m) {
    return mention(m).date();
  }

  private static String precisionCode(DatePrecision p) {
    return p == null ? null : p.code();
  }
}
