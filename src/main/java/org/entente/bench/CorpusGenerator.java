package org.entente.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.entente.dictionary.Dictionaries;
import org.entente.table.CsvTable;

/**
 * A deterministic archive of news-like articles for benchmarking: the same size, seed and share give the same
 * bytes, on any machine. Articles have 8–30 sentences in paragraphs of 1–4, a publication date, and the debris
 * of scraped pages (bylines, "Related:" lines, hard-wrapped lines). Most sentences are irrelevant (weather,
 * markets, sport, local politics, quotes, background); a share of them report state-to-state acts in varied
 * wording over the bundled party dictionary — visits, agreements, expulsions, withdrawals, alliances — and
 * some say what did not happen or is only planned or denied, which must not be coded.
 */
public final class CorpusGenerator {
  /** What was generated: counts of the sentences the generator wrote, before any cleaning. */
  public record Stats(int articles, long sentences, long relevant, long debrisLines) {
    public double relevantShare() { return sentences == 0 ? 0 : (double) relevant / sentences; }
  }

  private record State(String code, String name, String demonym) {}

  private static final LocalDate FIRST_DAY = LocalDate.of(2019, 1, 1);
  private static final int DAYS = 6 * 365;

  private final long seed;
  private final double relevantShare;
  private final List<State> states;

  /**
   * @param seed the same seed gives the same corpus
   * @param relevantShare the share of sentences, 0 to 1, that report (or deny, or plan) an act between states
   */
  public CorpusGenerator(long seed, double relevantShare) {
    if (relevantShare < 0 || relevantShare > 1) {
      throw new IllegalArgumentException("the relevant share must be between 0 and 1, not " + relevantShare);
    }
    this.seed = seed;
    this.relevantShare = relevantShare;
    this.states = loadStates();
  }

  /** Writes about {@code sentences} sentences (whole articles: the last may overshoot by a few) to {@code file}. */
  public Stats write(Path file, long sentences) {
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      return write(out, sentences);
    } catch (IOException e) {
      throw new UncheckedIOException(file + ": cannot write the corpus", e);
    }
  }

  /** As {@link #write(Path, long)}, to a writer, one JSON object a line. */
  public Stats write(Writer out, long sentences) throws IOException {
    SplittableRandom random = new SplittableRandom(seed);
    long written = 0;
    long relevant = 0;
    long debris = 0;
    int articles = 0;
    StringBuilder text = new StringBuilder(4096);
    while (written < sentences) {
      int n = (int) Math.min(8 + random.nextInt(23), Math.max(8, sentences - written));
      text.setLength(0);
      Article a = new Article(random, text);
      a.body(n);
      written += n;
      relevant += a.relevant;
      debris += a.debris;
      articles++;
      LocalDate published = FIRST_DAY.plusDays(random.nextInt(DAYS));
      out.write("{\"id\":\"bench-");
      out.write(String.format("%07d", articles));
      out.write("\",\"published\":\"");
      out.write(published.toString());
      out.write("\",\"outlet\":\"");
      out.write(pick(random, OUTLETS));
      out.write("\",\"title\":");
      json(out, a.title);
      out.write(",\"text\":");
      json(out, text);
      out.write("}\n");
    }
    return new Stats(articles, written, relevant, debris);
  }

  /** One article's text, built into {@code text}. */
  private final class Article {
    private final SplittableRandom random;
    private final StringBuilder text;
    private final State home;
    private final State other;
    private final String city;
    String title;
    int relevant;
    int debris;
    private int column;

    Article(SplittableRandom random, StringBuilder text) {
      this.random = random;
      this.text = text;
      this.home = pick(random, states);
      State o;
      do {
        o = pick(random, states);
      } while (o == home);
      this.other = o;
      this.city = pick(random, CITIES);
    }

    void body(int sentences) {
      boolean wrapped = random.nextInt(4) == 0; // a quarter of pages come hard-wrapped at ~90 columns
      title = fill(pick(random, TITLES));
      if (random.nextInt(3) == 0) {
        line(fill(pick(random, BYLINES)));
        debris++;
      }
      int inParagraph = 0;
      int paragraphLength = 1 + random.nextInt(4);
      for (int i = 0; i < sentences; i++) {
        String s;
        if (random.nextDouble() < relevantShare) {
          s = fill(pick(random, random.nextInt(5) == 0 ? NOT_CODED : RELEVANT));
          relevant++;
        } else {
          s = fill(pick(random, IRRELEVANT));
        }
        sentence(s, wrapped);
        if (++inParagraph == paragraphLength && i + 1 < sentences) {
          paragraph();
          inParagraph = 0;
          paragraphLength = 1 + random.nextInt(4);
          if (random.nextInt(12) == 0) {
            line(fill(pick(random, DEBRIS)));
            debris++;
          }
        }
      }
      if (random.nextInt(2) == 0) {
        paragraph();
        line("Related: " + fill(pick(random, TITLES)));
        debris++;
      }
    }

    private void sentence(String s, boolean wrapped) {
      if (column > 0) {
        text.append(' ');
        column++;
      }
      if (!wrapped) {
        text.append(s);
        column += s.length();
        return;
      }
      for (String word : s.split(" ")) {
        if (column > 0 && column + word.length() > 90) {
          // a line cut mid-sentence, as in a copied PDF or an e-mailed page
          text.setCharAt(text.length() - 1, '\n');
          column = 0;
        }
        text.append(word).append(' ');
        column += word.length() + 1;
      }
      text.setLength(text.length() - 1);
      column--;
    }

    private void paragraph() {
      text.append("\n\n");
      column = 0;
    }

    private void line(String s) {
      if (column > 0) paragraph();
      text.append(s).append("\n\n");
      column = 0;
    }

    /** Replaces the slots of a template: {A}/{B} names, {A's}, {Adem}/{Bdem} demonyms, {city}, {day}, ... */
    private String fill(String template) {
      StringBuilder b = new StringBuilder(template.length() + 40);
      int i = 0;
      while (i < template.length()) {
        char c = template.charAt(i);
        if (c != '{') {
          b.append(c);
          i++;
          continue;
        }
        int close = template.indexOf('}', i);
        b.append(slot(template.substring(i + 1, close)));
        i = close + 1;
      }
      b.setCharAt(0, Character.toUpperCase(b.charAt(0)));
      return b.toString();
    }

    private String slot(String name) {
      return switch (name) {
        case "A" -> home.name;
        case "B" -> other.name;
        case "Adem" -> home.demonym;
        case "Bdem" -> other.demonym;
        case "city" -> city;
        case "day" -> pick(random, DAYS_OF_WEEK);
        case "month" -> pick(random, MONTHS);
        case "n" -> Integer.toString(2 + random.nextInt(98));
        case "pct" -> random.nextInt(10) + "." + random.nextInt(10);
        case "person" -> pick(random, PEOPLE);
        case "team" -> pick(random, TEAMS);
        case "topic" -> pick(random, TOPICS);
        case "minister" -> pick(random, MINISTERS);
        default -> throw new IllegalStateException("unknown slot {" + name + "}");
      };
    }
  }

  private static <T> T pick(SplittableRandom random, List<T> list) {
    return list.get(random.nextInt(list.size()));
  }

  private static <T> T pick(SplittableRandom random, T[] array) {
    return array[random.nextInt(array.length)];
  }

  private static void json(Writer out, CharSequence s) throws IOException {
    out.write('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> out.write("\\\"");
        case '\\' -> out.write("\\\\");
        case '\n' -> out.write("\\n");
        case '\r' -> out.write("\\r");
        case '\t' -> out.write("\\t");
        default -> {
          if (c < 0x20) out.write(String.format("\\u%04x", (int) c));
          else out.write(c);
        }
      }
    }
    out.write('"');
  }

  /** The states of the bundled dictionary, each with its first demonym (or its name), in file order. */
  private static List<State> loadStates() {
    Dictionaries dictionaries = Dictionaries.bundled();
    Map<String, String> demonyms = new HashMap<>();
    for (CsvTable.Row row : dictionaries.table("aliases.csv").rows("alias", "code", "kind")) {
      if (row.get("kind").equals("demonym")) demonyms.putIfAbsent(row.get("code"), row.get("alias"));
    }
    List<State> out = new ArrayList<>();
    for (CsvTable.Row row : dictionaries.table("parties.csv").rows("code", "name", "kind")) {
      if (row.get("kind").equals("state")) {
        String code = row.get("code");
        out.add(new State(code, row.get("name"), demonyms.getOrDefault(code, row.get("name"))));
      }
    }
    if (out.size() < 2) throw new IllegalStateException("the bundled party dictionary has fewer than two states");
    return out;
  }

  // ---- templates -----------------------------------------------------------------------------------------

  /** Acts between two states, in the wording of wire copy. */
  private static final String[] RELEVANT = {
      "{A}'s foreign minister visited {B} on {day} for talks on security cooperation.",
      "The {Adem} president arrived in {B} on {day} for a two-day official visit.",
      "{A} and {B} signed an agreement on defence cooperation in {city} on {day}.",
      "{A} and {B} signed a memorandum of understanding on energy and mining, officials said.",
      "{A} expelled {B}'s ambassador on {day}, accusing him of interfering in its internal affairs.",
      "The government of {A} ordered the {Bdem} ambassador to leave the country within 72 hours.",
      "{A} announced on {day} that it would withdraw its troops from {B} by the end of the year.",
      "{A} has begun withdrawing its {n} troops from {B}, the defence ministry said.",
      "{A} recalled its ambassador to {B} for consultations on {day}.",
      "{A} and {B} agreed to strengthen military cooperation, according to a joint statement.",
      "{A} and {B} announced the creation of a defence alliance on {day}.",
      "{A} suspended all military cooperation with {B} after the {month} coup.",
      "{A} severed diplomatic relations with {B} on {day}.",
      "The {Adem} defence minister met his {Bdem} counterpart in {city} on {day} to discuss border security.",
      "{A} condemned {B} for the attack, calling it a violation of international law.",
      "{A} imposed sanctions on {B} on {day}, freezing assets and closing its borders.",
      "{A} delivered {n} armoured vehicles to {B} under the military cooperation agreement.",
      "{A} hosted {B}'s prime minister in {city} for talks on trade and security.",
  };

  /** Acts that did not happen, or not yet: plans, denials, conditions, questions. None must be coded. */
  private static final String[] NOT_CODED = {
      "{A} denied that it had expelled {B}'s ambassador.",
      "{A} plans to visit {B} next month, a spokesman said.",
      "{A} could sign an agreement with {B} if talks succeed, diplomats said.",
      "{A} has not yet decided whether to withdraw its troops from {B}.",
      "Analysts asked whether {A} would recall its ambassador to {B}.",
      "{A} rejected reports that it was about to sever relations with {B}.",
  };

  /** Everything else a news page holds. */
  private static final String[] IRRELEVANT = {
      // weather
      "Temperatures in {city} are expected to reach {n} degrees Celsius on {day}, forecasters said.",
      "Heavy rains flooded several neighbourhoods of {city} overnight, cutting power to thousands of homes.",
      "The dry season has arrived early this year, and farmers fear for their harvests.",
      "A dust storm reduced visibility to a few metres on the main road out of {city}.",
      "Forecasters expect scattered showers over the weekend, with cooler air from the north.",
      // markets
      "The central bank kept its benchmark rate at {pct} percent on {day}, citing persistent inflation.",
      "Shares in mining companies rose {pct} percent in early trading after gold prices climbed.",
      "The price of rice has risen by {n} percent since {month}, according to the statistics office.",
      "Inflation slowed to {pct} percent in {month}, the lowest level in two years.",
      "Oil futures fell for a third day as traders weighed weaker demand.",
      "The local currency lost ground against the dollar, trading at its weakest level since {month}.",
      "Investors are waiting for the quarterly figures due at the end of the month.",
      // sport
      "{team} beat their rivals 2-1 on {day} to move to the top of the league table.",
      "The national football team will play two friendly matches in {month} ahead of the qualifiers.",
      "{person} won the marathon in two hours and {n} minutes, a new course record.",
      "Thousands of fans gathered in {city} to welcome the players home after the tournament.",
      "The coach said his side had learned a lot from the defeat.",
      // local politics
      "The mayor of {city} opened a new market on {day}, promising more jobs for young people.",
      "Parliament adopted the budget by {n} votes to {n} after a long debate on {topic}.",
      "The opposition called for a protest in {city} on {day} against the rising cost of {topic}.",
      "Teachers in {city} went on strike for a third week over unpaid salaries.",
      "The {minister} announced a new plan to improve {topic} in rural areas.",
      "Local elections are scheduled for {month}, the electoral commission said.",
      "The council voted to rename the main avenue after a former schoolteacher.",
      // quotes
      "\"We are doing everything we can to restore services,\" said {person}, a spokesman for the utility.",
      "\"This is a difficult time for our families,\" one resident told reporters.",
      "\"The figures speak for themselves,\" {person} said in an interview on {day}.",
      "\"We need more support, not more promises,\" said a farmer near {city}.",
      "\"It is too early to say,\" an official said, speaking on condition of anonymity.",
      // background and colour
      "The region has been hit by a series of droughts over the past decade.",
      "More than {n} percent of the population lives in rural areas, according to the World Bank.",
      "The road between {city} and the capital was paved in the 1990s and has not been repaired since.",
      "{person}, {n}, has run a small shop in the old town for most of her life.",
      "The festival, held every year in {month}, draws visitors from across the region.",
      "Hospitals in {city} reported a rise in malaria cases after the rains.",
      "Schools will reopen on {day} after a two-week holiday, the {minister} said.",
      "The new bridge over the river is expected to cut travel times by half.",
      "Mobile phone use has grown rapidly, and most payments are now made by phone.",
      "The museum reopened after renovation works that lasted {n} months.",
      "A fire destroyed part of the central market in {city} on {day}; no one was hurt.",
      "Police said {n} people were arrested after clashes between rival groups of traders.",
      "The company said it would hire {n} workers for its new plant outside {city}.",
      "The report will be published in {month}, officials said.",
      "Prices at the pump have not changed since the start of the year.",
  };

  private static final String[] DEBRIS = {
      "Advertisement",
      "Share this article: Facebook Twitter WhatsApp Email",
      "Read more: {A} at a glance",
      "Photo: {person} / Reuters",
      "Subscribe to our newsletter for the latest news",
      "Continue reading below",
  };

  private static final String[] BYLINES = {
      "By {person}, Staff Reporter",
      "By {person} and {person} | {city}",
      "{person} | Updated {day}",
  };

  private static final String[] TITLES = {
      "{A} and {B}: what comes next",
      "Markets steady as inflation slows",
      "{team} clinch the title",
      "Floods hit {city}",
      "Budget vote delayed again",
      "{Adem} minister in {city}",
      "Teachers' strike enters third week",
  };

  private static final String[] OUTLETS = {"Wire Service", "The Daily Courier", "Sahel Monitor", "Evening Post"};
  private static final String[] CITIES = {"the capital", "Marsden", "Port Olive", "Kestrel Bay", "Northfield",
      "Amberly", "Lakeside", "Old Harbour"};
  private static final String[] DAYS_OF_WEEK = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
      "Saturday", "Sunday"};
  private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July",
      "August", "September", "October", "November", "December"};
  private static final String[] PEOPLE = {"Amadou Diallo", "Fatima Sow", "John Carter", "Maria Lopez",
      "Ibrahim Keita", "Anna Weber", "Samuel Okoro", "Claire Martin"};
  private static final String[] TEAMS = {"City Rovers", "Harbour United", "the Lions", "Northfield Athletic"};
  private static final String[] TOPICS = {"fuel", "bread", "electricity", "housing", "public transport",
      "water supply", "health care"};
  private static final String[] MINISTERS = {"health minister", "education minister", "finance minister",
      "minister of agriculture"};
}
