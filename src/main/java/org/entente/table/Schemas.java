package org.entente.table;

import static org.entente.table.ColumnSchema.bool;
import static org.entente.table.ColumnSchema.date;
import static org.entente.table.ColumnSchema.integer;
import static org.entente.table.ColumnSchema.number;
import static org.entente.table.ColumnSchema.text;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The schema of every CSV file Entente reads or writes, by what the file is for. */
public final class Schemas {

  // ---- the dataset (DATASET.md): read back exactly as DatasetWriter writes it

  public static final Schema ARTICLES = Tables.ARTICLES.schema();
  public static final Schema MENTIONS = Tables.MENTIONS.schema();
  public static final Schema EVENTS = Tables.EVENTS.schema();

  // ---- the coder's dictionaries: the columns the coder reads (a file may add a note column); what the values
  // mean is checked by the classes that read them

  /** A state's UN M49 sub-region (Sub-Saharan Africa's by intermediate region); an organisation has none. */
  private static final List<String> M49_SUB_REGIONS = List.of("Northern Africa", "Western Africa", "Middle Africa",
      "Eastern Africa", "Southern Africa", "Caribbean", "Central America", "South America", "Northern America",
      "Central Asia", "Eastern Asia", "South-eastern Asia", "Southern Asia", "Western Asia", "Eastern Europe",
      "Northern Europe", "Southern Europe", "Western Europe", "Australia and New Zealand", "Melanesia", "Micronesia",
      "Polynesia");

  public static final Schema PARTIES = edited("parties.csv", text("code"), text("name"), text("kind"),
      text("region").oneOf(M49_SUB_REGIONS));
  public static final Schema ALIASES = edited("aliases.csv", text("alias"), text("code"), text("kind"),
      date("valid_from"), date("valid_to"), text("note").optional());
  public static final Schema ACTS = edited("acts.csv", text("trigger"), text("pos"), text("subject"),
      text("object"), text("type"), text("frame"), text("polarity"), text("note").optional());
  public static final Schema ACT_WORDS = edited("act-words.csv", text("class"), text("word"),
      text("note").optional());
  public static final Schema VERB_FORMS = edited("verb-forms.csv", text("lemma"), text("third"), text("past"),
      text("participle"), text("gerund"));

  public static final Schema NEWS_WORDS = edited("news-words.csv", text("class"), text("word"),
      text("note").optional());
  public static final Schema BACKGROUND_EVENTS = edited("background-events.csv", text("word"), text("event"),
      text("note").optional());
  /** An agreement news names without its parties ("the nuclear deal") and the ';'-separated codes of its parties. */
  public static final Schema AGREEMENTS = edited("agreements.csv", text("words").required(),
      text("parties").required(), text("note").optional());
  /** A regional phrase ("west african") and the ';'-separated M49 sub-regions and state codes it covers. */
  public static final Schema REGION_WORDS = edited("region-words.csv", text("words").required(),
      text("regions").required(), text("note").optional());
  /** A state's membership spell in an organisation (both party codes); an empty date is open, both are inclusive. */
  public static final Schema MEMBERS = edited("members.csv", text("organisation").required(),
      text("member").required(), date("valid_from"), date("valid_to"), text("note").optional());

  /** A spell of military rule over a state after a coup, both dates inclusive, an empty end still going on. */
  public static final Schema MILITARY_RULE = edited("military-rule.csv", text("state").required(),
      date("valid_from").required(), date("valid_to"), text("note").optional());

  /** A region, city or town inside one state (a state's code): the places gazetteer ({@code Places}). */
  public static final Schema PLACES = edited("places.csv", text("place").required(), text("party").required(),
      text("kind").required().oneOf(List.of("region", "city", "town")), text("note").optional());

  private static final Map<String, Schema> DICTIONARIES = Stream.of(PARTIES, ALIASES, ACTS, ACT_WORDS, VERB_FORMS,
      NEWS_WORDS, BACKGROUND_EVENTS, AGREEMENTS, REGION_WORDS, MEMBERS, MILITARY_RULE, PLACES)
      .collect(Collectors.toUnmodifiableMap(Schema::fileName, Function.identity()));

  // ---- input beside the articles, and the charts' key dates

  /** A bad date is a problem of one article, not of the file: it is read as text and checked row by row. */
  public static final Schema MANIFEST = edited("manifest.csv", text("file"), text("published").optional(),
      text("outlet").optional(), text("url").optional(), text("language").optional(), text("note").optional());
  public static final Schema KEY_DATES = edited("key-dates.csv", date("date").required(),
      text("label").required(), text("country"));

  // ---- evaluation (EVAL.md), read as score.py reads: every cell a string, dates checked by the scorer's rules

  public static final Schema GOLD = python("gold.csv", text("article"), text("event"), text("source"),
      text("target"), text("category"), text("subtype"), text("directed"), text("level"), text("date_min"),
      text("date_max"), text("evidence"));
  /** score.py's reading of mentions.csv: article_id, or else article, names the article; the rest may be absent. */
  public static final Schema PREDICTIONS = python("mentions.csv", text("article_id").optional(),
      text("article").optional(), text("source"), text("target"), text("category"), text("subtype").optional(),
      text("date").optional(), text("date_precision").optional(), text("event_id").optional());

  // ---- chart data: exactly what each chart plots, written beside it

  /** {@code lane}: the label of the lane the event is drawn in (its partner's name, or "Other partners (N)"). */
  public static final Schema TIMELINE = contract("timeline.csv", text("event_id"), text("partner"),
      text("partner_name"), date("start"), date("end"), text("date_precision"), text("acted"), text("category"),
      text("subtype"), number("goldstein"), integer("articles"), text("lane"));
  /** {@code line}: the label of the line the partner is drawn in; "Other partners (N)" sums its partners. */
  public static final Schema ALIGNMENT = contract("alignment.csv", text("partner"), text("partner_name"),
      date("date"), number("index"), text("line"));
  /** {@code period}: before, around (a month or year that holds the pivot) or after; {@code bar}: as lane. */
  public static final Schema MIX = contract("mix.csv", text("partner"), text("partner_name"), text("period"),
      date("pivot"), text("category"), integer("count"), text("bar"));
  /** One row per partner and period; one count column per category; {@code row}: as lane. */
  public static final Schema MATRIX = contract("matrix.csv", text("partner"), text("partner_name"),
      date("period_start"), date("period_end"), integer("events"), number("net_goldstein"), integer("cooperation"),
      integer("alliance"), integer("withdrawal"), integer("expulsion"), text("row"));

  // ---- the analyst's workflow: corrections to the coder, what an update changed, exports

  /** Kept by hand (docs/CODEBOOK.md section 13); what field and value must hold depends on the action. */
  public static final Schema CORRECTIONS = edited("corrections.csv", text("target").required(),
      text("action").required().oneOf(List.of("drop", "set", "add")), text("field"), text("value"),
      text("reason").required(), text("by").required(), date("date"));
  /** Written by {@code entente code --update}: the events added, changed, merged or removed since the run before. */
  public static final Schema CHANGES = contract("changes.csv", text("change").required()
          .oneOf(List.of("added", "changed", "merged", "removed")), text("event_id").required(),
      text("merged_into"), text("columns"), date("date"), text("date_precision"), text("source"), text("target"),
      text("category"), text("subtype"), integer("mentions"), integer("articles"));
  /** {@code entente export --unit dyad-month|dyad-year}: a balanced panel, one row per dyad and period. */
  public static final Schema DYAD_PANEL = contract("dyad-panel.csv", text("party_a").required(),
      text("party_b").required(), text("period").required(), integer("events").required(),
      number("net_goldstein").required(), integer("articles").required(), integer("cooperation").required(),
      integer("expulsion").required(), integer("withdrawal").required(), integer("alliance").required());
  /** {@code entente export --unit party-month|party-year}: a balanced panel, one row per party and period. */
  public static final Schema PARTY_PANEL = contract("party-panel.csv", text("party").required(),
      text("period").required(), integer("events").required(), number("net_goldstein").required(),
      integer("articles").required(), integer("cooperation").required(), integer("expulsion").required(),
      integer("withdrawal").required(), integer("alliance").required());

  private Schemas() {}

  /** The names of the dictionary files, sorted: the bundled ones and those a {@code --dictionary} folder may add. */
  public static List<String> dictionaryFiles() {
    return DICTIONARIES.keySet().stream().sorted().toList();
  }

  /** The schema of a dictionary file, by its name. */
  public static Schema dictionary(String fileName) {
    Schema s = DICTIONARIES.get(fileName);
    if (s == null) {
      throw new TableException(fileName + ": not a dictionary file (" + String.join(", ",
          DICTIONARIES.keySet().stream().sorted().toList()) + ")");
    }
    return s;
  }

  private static Schema edited(String fileName, ColumnSchema... columns) {
    return new Schema(fileName, Dialect.EDITED, List.of(columns));
  }

  private static Schema python(String fileName, ColumnSchema... columns) {
    return new Schema(fileName, Dialect.PYTHON, List.of(columns));
  }

  private static Schema contract(String fileName, ColumnSchema... columns) {
    return new Schema(fileName, Dialect.CONTRACT, List.of(columns));
  }
}
