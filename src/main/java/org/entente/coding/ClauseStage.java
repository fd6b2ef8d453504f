package org.entente.coding;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.entente.date.DateMention;
import org.entente.date.MonthNames;
import org.entente.dictionary.NewsWords;
import org.entente.dictionary.NewsWords.WordClass;
import org.entente.text.Grammar;
import org.entente.text.Regex;
import org.entente.text.Token;
import org.entente.text.WordSet;

/**
 * Adds the clauses: cuts the sentence into clause-like segments at commas and clause words, and says what each
 * segment is (main clause, fronted phrase, relative clause, apposition, attribution, …). Parties in an
 * apposition or attribution take part in no act; a trigger in a clause with no subject borrows one.
 */
final class ClauseStage implements SentenceStage {
  private final NewsWords words;

  ClauseStage(NewsWords words) { this.words = words; }

  @Override
  public SentenceAnnotation annotate(SentenceAnnotation sentence, ArticleAnnotation article, Discourse discourse) {
    int size = sentence.sentence().tokens().size();
    Heads verbs = new Heads(size);
    Heads acts = new Heads(size);
    // "cut diplomatic, trade and transport links": a comma or a conjunction inside an act's own words cuts nothing
    boolean[] insideAct = new boolean[size + 1];
    for (org.entente.act.Trigger t : sentence.triggers()) {
      if (!t.noun()) verbs.mark(t.head());
      acts.mark(t.head());
      for (int k = t.head() + 1; k < t.end(); k++) insideAct[k] = true;
    }
    int frontDate = frontDateEnd(sentence.sentence().tokens(), sentence.dates());
    List<Segment> clauses = segments(sentence.sentence().tokens(), sentence.actors(), verbs, acts, insideAct,
        frontDate, sentence.dates());
    return sentence.withClauses(frontedOffset(frontedDate(clauses, sentence.dates()), sentence.offsets()));
  }

  /**
   * The token indices where triggers stand (of verbal triggers, or of all), as a flag per token: the clause rules
   * ask at every token whether one stands there, or anywhere in a stretch, and a set of boxed indices with a
   * stream per question cost more than the rule.
   */
  private static final class Heads {
    private final boolean[] marked;

    Heads(int tokens) { marked = new boolean[tokens]; }

    void mark(int token) { marked[token] = true; }

    boolean contains(int token) { return token >= 0 && token < marked.length && marked[token]; }

    /** Whether a trigger stands in tokens [from, to). */
    boolean anyIn(int from, int to) {
      for (int k = Math.max(0, from); k < Math.min(to, marked.length); k++) if (marked[k]) return true;
      return false;
    }
  }

  /** "Two weeks after the coup, France withdrew …": an opening clause that starts with an offset is fronted. */
  private static List<Segment> frontedOffset(List<Segment> clauses, List<org.entente.date.OffsetMention> offsets) {
    if (clauses.size() < 2 || clauses.get(0).kind() != Segment.Kind.MAIN) return clauses;
    Segment first = clauses.get(0);
    boolean offsetFirst = false;
    for (org.entente.date.OffsetMention o : offsets) offsetFirst |= o.from() == first.from();
    if (!offsetFirst) return clauses;
    List<Segment> out = new ArrayList<>(clauses);
    out.set(0, new Segment(first.from(), first.to(), Segment.Kind.FRONT));
    return out;
  }

  /** "Late Monday evening, the ministry announced …": an opening clause that is only a date is a fronted phrase. */
  private static List<Segment> frontedDate(List<Segment> clauses, List<DateMention> dates) {
    if (clauses.size() < 2 || clauses.get(0).kind() != Segment.Kind.MAIN) return clauses;
    Segment first = clauses.get(0);
    for (DateMention d : dates) {
      if (first.contains(d.from()) && (first.to() - first.from()) - (d.to() - d.from()) <= 2) {
        List<Segment> out = new ArrayList<>(clauses);
        out.set(0, new Segment(first.from(), first.to(), Segment.Kind.FRONT));
        return out;
      }
    }
    return clauses;
  }

  /**
   * "On 6 November the National Assembly approved …": a date that opens the sentence without a comma is a
   * fronted phrase of its own; the end of that date, or -1.
   */
  private static int frontDateEnd(List<Token> tokens, List<DateMention> dates) {
    for (DateMention d : dates) {
      boolean opens = d.from() == 0 || d.from() == 1 && Grammar.PREPOSITIONS.contains(tokens.get(0).norm());
      if (opens && d.to() < tokens.size() && !tokens.get(d.to()).isPunctuation()) return d.to();
    }
    return -1;
  }

  /**
   * "In the northeast its troops fight …", "At the summit the two leaders signed …": a short phrase of place or
   * circumstance that opens the sentence without a comma ends where the subject of a verb starts — an article or
   * a possessive, or a party, after the phrase's own noun; that start, or -1. A preposition that may take a
   * clause ("after the troops left") is not read here.
   */
  private static int frontPhraseEnd(List<Token> tokens, boolean[] actorStart, Heads verbs, Heads acts) {
    if (tokens.size() < 5 || !FRONT_PREPOSITIONS.contains(tokens.get(0).norm())) return -1;
    boolean noun = false;
    for (int k = 1; k < Math.min(tokens.size(), 10); k++) {
      String w = tokens.get(k).norm();
      if (tokens.get(k).isPunctuation()) return -1;
      boolean subject = Grammar.ARTICLES.contains(w) || Grammar.POSSESSIVES.contains(w) || actorStart[k];
      // ("During the visit India said …": a phrase that names an act is left whole, as it was written)
      if (noun && subject) return verbs.anyIn(k, clauseEnd(tokens, k)) && !acts.anyIn(0, k) ? k : -1;
      noun = !(Grammar.DETERMINERS.contains(w) || Grammar.PREPOSITIONS.contains(w) || w.equals("of"));
    }
    return -1;
  }

  private static final Set<String> FRONT_PREPOSITIONS = WordSet.of("in", "at", "on", "under", "during", "across",
      "throughout", "within", "amid", "despite", "among", "for", "with", "through", "over", "from");

  /** The first comma, semicolon or colon from {@code k}, or the end of the sentence. */
  private static int clauseEnd(List<Token> tokens, int k) {
    for (int j = k; j < tokens.size(); j++) {
      String w = tokens.get(j).norm();
      if (w.equals(",") || w.equals(";") || w.equals(":")) return j;
    }
    return tokens.size();
  }

  /**
   * {@code verbs}: token indices of verbal triggers, which no apposition contains; {@code acts}: of all
   * triggers, which no attribution contains.
   */
  private List<Segment> segments(List<Token> tokens, List<Actor> actors, Heads verbs, Heads acts,
      boolean[] insideAct, int frontDate, List<DateMention> dates) {
    boolean[] inActor = new boolean[tokens.size() + 1];
    boolean[] actorStart = new boolean[tokens.size() + 1];
    for (Actor a : actors) {
      actorStart[a.from()] = true;
      for (int k = a.from(); k < a.to(); k++) inActor[k] = true;
    }
    int front = frontDate >= 0 ? frontDate : frontPhraseEnd(tokens, actorStart, verbs, acts);
    List<int[]> spans = new ArrayList<>();
    int start = 0;
    int brackets = 0;
    for (int i = 0; i < tokens.size(); i++) {
      String w = tokens.get(i).norm();
      if (w.equals("(") || w.equals("[")) brackets++;
      if ((w.equals(")") || w.equals("]")) && brackets > 0) brackets--;
      // "(Burkina Faso, Mali, Niger)", "(October 14, 2024)": an aside in brackets is part of its clause
      if (brackets > 0 || insideAct[i]) continue;
      boolean punctuation = w.equals(",") || w.equals(";") || w.equals(":") || w.equals("--") || w.equals("-")
          && i > 0 && tokens.get(i).start() > tokens.get(i - 1).end();
      // "signed the Pukpuk treaty – named after the word for crocodile – at Parliament House": a pair of dashes
      // sets an aside inside its clause, as brackets do
      int closing = punctuation && !w.equals(",") && !w.equals(";") && !w.equals(":") ? closingDash(tokens, i) : -1;
      if (closing > 0) {
        i = closing;
        continue;
      }
      // 'revoked, "with immediate effect," an agreement': an aside between a verb and its object, as in brackets
      int aside = w.equals(",") ? Grammar.asideEnd(tokens, i) : -1;
      if (aside > 0) {
        i = aside;
        continue;
      }
      // "Norway, together with Spain and Ireland, recognised Palestine": company that shares the act is part of
      // its clause, up to the comma that closes it
      if (w.equals(",") && companyAfter(tokens, inActor, i)) {
        i = companyEnd(tokens, i);
        continue;
      }
      if (punctuation) {
        if (w.equals(",") && (isListComma(tokens, inActor, actorStart, i) || isSeriesComma(tokens, verbs, i)
            || insideDate(tokens, i) || insideDateMention(dates, i) || continuesNounPhrase(tokens, i)
            || locatesThePlaceBefore(tokens, inActor, i) || namesThePlaceBefore(tokens, inActor, i)
            || isDatedListComma(tokens, inActor, dates, i))) {
          continue;
        }
        if (i > start) spans.add(new int[] {start, i});
        start = i + 1;
        // 'held two rounds of "exploratory talks," in Cairo in May': the quotation mark after the comma closes the
        // quotation before it and opens nothing
        if (closesQuotation(tokens, i + 1)) start = ++i + 1;
      } else if (i > start && (i == front || startsClause(tokens, inActor, i) && !beforeDate(tokens, dates, i)
          || newConjunct(tokens, inActor, verbs, start, i))) {
        spans.add(new int[] {start, i});
        start = i;
      }
    }
    if (start < tokens.size()) spans.add(new int[] {start, tokens.size()});
    List<Segment> out = new ArrayList<>();
    for (int s = 0; s < spans.size(); s++) {
      int[] span = spans.get(s);
      Segment.Kind previous = out.isEmpty() ? null : out.get(out.size() - 1).kind();
      out.add(new Segment(span[0], span[1], kind(tokens, span, s, spans, inActor, verbs, acts, previous)));
    }
    return out;
  }

  /**
   * "Japan since last month has provided", "Mali after March 2022 turned to": a preposition before a date is a
   * time adverbial inside its clause, not a clause of its own.
   */
  private static boolean beforeDate(List<Token> tokens, List<DateMention> dates, int i) {
    if (!Regex.matches(tokens.get(i).norm(), "since|after|before|following") || i + 1 >= tokens.size()) return false;
    for (DateMention d : dates) {
      if (d.from() == i || d.from() == i + 1) return true;
    }
    // a bound ("since last month") is no date of the act, so the date stage leaves it out: read its words
    Token next = tokens.get(i + 1);
    // ("after then-President Trump visited": a title held then, no time)
    boolean title = next.is("then") && i + 2 < tokens.size() && tokens.get(i + 2).is("-");
    return !title && (Regex.matches(next.norm(), "last|early|late|mid|then") || MonthNames.isDateWord(next));
  }

  /** The dash that closes an aside opened by the dash at {@code open}, a few words on and not ending the sentence. */
  private static int closingDash(List<Token> tokens, int open) {
    String dash = tokens.get(open).norm();
    // "– which stretches back to the Napoleonic Wars –" is a relative clause of its own
    if (open + 1 < tokens.size() && (isRelative(tokens.get(open + 1))
        || Grammar.SUBORDINATORS.contains(tokens.get(open + 1).norm()))) {
      return -1;
    }
    for (int k = open + 2; k < Math.min(tokens.size() - 2, open + 16); k++) {
      if (tokens.get(k).is(dash) && tokens.get(k).start() > tokens.get(k - 1).end()) return k;
      if (tokens.get(k).is(";") || tokens.get(k).is(".")) return -1;
    }
    return -1;
  }

  /**
   * "Mali, Niger and Burkina Faso": a comma between two parties lists them when an "and" or "or" closes the
   * list; "… with France, Senegal says …" is two clauses.
   */
  private static boolean isListComma(List<Token> tokens, boolean[] inActor, boolean[] actorStart, int i) {
    if (inActor[i]) return true;
    if (i == 0 || !inActor[i - 1]) return false;
    int j = i + 1;
    if (j < tokens.size() && (tokens.get(j).is("and") || tokens.get(j).is("or"))) {
      return j + 1 < tokens.size() && inActor[j + 1];
    }
    // "Peru, Panama, the Dominican Republic, and Uruguay"
    if (j + 1 < tokens.size() && tokens.get(j).is("the") && actorStart[j + 1]) j++;
    if (j >= tokens.size() || !(actorStart[j] || inActor[j])) return false;
    int k = j;
    while (k < tokens.size() && inActor[k]) k++;
    // "Senegal's Faye, Chad's Deby and Gabon's Oligui": an item may be a state's person
    while (k + 1 < tokens.size() && tokens.get(k).is("'s") && inActor[k + 1]) {
      k++;
      while (k < tokens.size() && inActor[k]) k++;
    }
    // "Merz, Macron, British Prime Minister Keir Starmer and Tusk": an item may be a state's titled person
    int title = k;
    while (title < Math.min(tokens.size(), k + 4) && !inActor[title] && tokens.get(title).isCapitalised()) title++;
    if (title > k && title < tokens.size() && inActor[title]) {
      k = title;
      while (k < tokens.size() && inActor[k]) k++;
    }
    // "Ethiopia, Somalia agree to end row": a headline lists without "and", from its first word ("In Niamey, the
    // junta is …" is a fronted place)
    int first = i - 1;
    while (first > 0 && inActor[first - 1]) first--;
    boolean headline = k < tokens.size() && first == 0 && !tokens.get(k).isCapitalised()
        && Regex.matches(tokens.get(k).norm(), "[a-z]+") && !Grammar.PREPOSITIONS.contains(tokens.get(k).norm());
    return k < tokens.size() && (tokens.get(k).is(",") || tokens.get(k).is("and") || tokens.get(k).is("or")
        || headline);
  }

  /** "from Mali in August 2022, Burkina Faso in February 2023 and Niger in December": each item dated. */
  private static boolean isDatedListComma(List<Token> tokens, boolean[] inActor, List<DateMention> dates, int i) {
    DateMention before = null;
    for (DateMention d : dates) {
      if (d.to() == i) {
        before = d;
        break;
      }
    }
    if (before == null) return false;
    int k = before.from() - 1;
    if (k >= 0 && (tokens.get(k).is("in") || tokens.get(k).is("on"))) k--;
    if (k < 0 || !inActor[k]) return false;
    int j = i + 1;
    if (j < tokens.size() && tokens.get(j).is("and")) j++;
    if (j < tokens.size() && tokens.get(j).is("the")) j++;
    if (j >= tokens.size() || !inActor[j]) return false;
    // "During a visit to Tehran in June 2022, Maduro signed …": the next item is dated or ends a list, not the
    // subject of a verb
    while (j < tokens.size() && inActor[j]) j++;
    if (j == tokens.size()) return true;
    // ("On a state visit to China in January, Marcos and President Xi Jinping agreed …": past an "and", the last
    // item is dated or ends the list too, and is no subject of a verb)
    if (tokens.get(j).is("and")) {
      j++;
      while (j < tokens.size() && !inActor[j] && (tokens.get(j).isCapitalised() || tokens.get(j).is("the"))) j++;
      if (j >= tokens.size() || !inActor[j]) return false;
      while (j < tokens.size() && inActor[j]) j++;
      if (j == tokens.size()) return true;
    }
    int next = j;
    return Regex.matches(tokens.get(next).norm(), "in|on|,|\\.|;")
        || dates.stream().anyMatch(d -> d.from() == next);
  }

  /** "military equipment, weapons, ammunition and attack helicopters": a comma inside a list of short items. */
  private boolean isSeriesComma(List<Token> tokens, Heads verbs, int i) {
    // the item before the comma must look like one too: "According to diplomats, Washington and …" is no list
    for (int k = Math.max(0, i - 3); k < i; k++) {
      String w = tokens.get(k).norm();
      if (Grammar.PREPOSITIONS.contains(w) || words.is(WordClass.REPORTING, w) || verbs.contains(k)
          || w.equals("according")) {
        return false;
      }
    }
    int item = 0;
    for (int k = i + 1; k < tokens.size() && k <= i + 10; k++) {
      String w = tokens.get(k).norm();
      // ('accusing Rabat of "hostile actions," and recalled': a quotation mark that closes a quote is no item)
      if (Grammar.closesQuotation(tokens.get(k))) continue;
      if (w.equals("and") || w.equals("or")) return item > 0 && item <= 3;
      if (w.equals(",")) {
        if (item == 0 || item > 3) return false;
        item = 0;
        continue;
      }
      if (verbs.contains(k) || Grammar.PREPOSITIONS.contains(w) || Grammar.RELATIVES.contains(w)
          || Grammar.SUBORDINATORS.contains(w) || w.equals("the") || w.equals("that")) {
        return false;
      }
      item++;
    }
    return false;
  }

  /** "who", "which", but not "WHO" (the World Health Organization). */
  private static boolean isRelative(Token t) {
    return Grammar.RELATIVES.contains(t.norm()) && !(t.text().length() > 1 && t.text().equals(t.text().toUpperCase()));
  }

  /** "on June 3 and 4, 2015": a comma the date finder read as part of a date. */
  private static boolean insideDateMention(List<DateMention> dates, int comma) {
    for (DateMention d : dates) if (d.from() < comma && comma < d.to() - 1) return true;
    return false;
  }

  /** "Thursday, April 26", "Sunday, 9th March", "April 26, 2024": the comma of a written date. */
  private static boolean insideDate(List<Token> tokens, int comma) {
    if (comma == 0 || comma + 1 >= tokens.size()) return false;
    Token before = tokens.get(comma - 1);
    Token after = tokens.get(comma + 1);
    boolean dayAfter = MonthNames.isCalendarWord(after) || Regex.matches(after.norm(), "\\d{1,2}(st|nd|rd|th)?");
    if (MonthNames.weekday(before.norm()).isPresent() && dayAfter) return true;
    boolean dayBefore = Regex.matches(before.norm(), "\\d{1,2}(st|nd|rd|th)?") && comma > 1
        && MonthNames.isCalendarWord(tokens.get(comma - 2));
    return dayBefore && Regex.matches(after.norm(), "(19|20)\\d\\d");
  }

  /**
   * "…, together with Spain", "…, along with the leaders of Chad": a party's company that does the same (not
   * "together with a deal easing visa rules").
   */
  private static boolean companyAfter(List<Token> tokens, boolean[] inActor, int comma) {
    if (comma + 2 >= tokens.size()) return false;
    String next = tokens.get(comma + 1).norm();
    // ("marched on Red Square, alongside troops from China": "alongside" is as often where one stood)
    boolean company = (next.equals("together") || next.equals("along")) && tokens.get(comma + 2).is("with");
    if (!company) return false;
    for (int k = comma + 2; k < Math.min(tokens.size(), comma + 8); k++) {
      if (inActor[k]) return true;
      if (tokens.get(k).isPunctuation()) return false;
    }
    return false;
  }

  /** The comma that closes the company opened at {@code comma}, or the last token before other punctuation. */
  private static int companyEnd(List<Token> tokens, int comma) {
    for (int k = comma + 2; k < Math.min(tokens.size(), comma + 14); k++) {
      if (tokens.get(k).is(",")) return k;
      if (tokens.get(k).isPunctuation() && !tokens.get(k).is("-") && !tokens.get(k).is("'s")) return k - 1;
    }
    return comma + 1;
  }

  /** ", including drones from Türkiye", ", particularly with Niger": the list goes on inside the clause. */
  private static boolean continuesNounPhrase(List<Token> tokens, int comma) {
    if (comma + 1 >= tokens.size()) return false;
    String next = tokens.get(comma + 1).norm();
    return next.equals("including") || next.equals("particularly") || next.equals("notably")
        || next.equals("especially") || next.equals("namely");
  }

  /**
   * "attended the ceremony at the dam site in Guba, in the western Benishangul-Gumuz region": a second "in" phrase
   * that only says where a place the dictionary does not know lies is part of the first.
   */
  private static boolean locatesThePlaceBefore(List<Token> tokens, boolean[] inActor, int comma) {
    if (comma + 2 >= tokens.size() || !tokens.get(comma + 1).is("in")) return false;
    int k = comma - 1;
    int names = 0;
    while (k >= 0 && names < 3 && tokens.get(k).isCapitalised() && !inActor[k]) {
      k--;
      names++;
    }
    if (names == 0 || k < 0 || !Regex.matches(tokens.get(k).norm(), "in|at")) return false;
    int end = comma + 2;
    while (end < tokens.size() && !tokens.get(end).isPunctuation()) {
      Token t = tokens.get(end);
      boolean placeWord = t.isCapitalised() || PlacePhrase.MODIFIERS.contains(t.norm())
          || PlacePhrase.NOUNS.contains(t.norm());
      if (!placeWord || end - comma > 7) return false;
      end++;
    }
    return end > comma + 2;
  }

  /**
   * "met in the Angolan capital, Luanda, on July 6 and agreed": the commas around the name of a city a noun before
   * them describes, at either of the two.
   */
  private static boolean namesThePlaceBefore(List<Token> tokens, boolean[] inActor, int comma) {
    if (comma < 1 || comma + 1 >= tokens.size()) return false;
    if (PlacePhrase.CITY_NOUNS.contains(tokens.get(comma - 1).norm()) && inActor[comma + 1]) {
      int end = comma + 1;
      while (end < tokens.size() && inActor[end]) end++;
      return end < tokens.size() && end - comma <= 5 && tokens.get(end).is(",");
    }
    int k = comma - 1;
    while (k >= 0 && inActor[k]) k--;
    return k > 0 && k < comma - 1 && comma - k <= 5 && tokens.get(k).is(",")
        && PlacePhrase.CITY_NOUNS.contains(tokens.get(k - 1).norm());
  }

  private boolean startsClause(List<Token> tokens, boolean[] inActor, int i) {
    String w = tokens.get(i).norm();
    // "the WHO", "the following day": a name or an adjective, not a clause word
    if (inActor[i] || (i > 0 && Grammar.ARTICLES.contains(tokens.get(i - 1).norm()))) return false;
    // "as he arrived in Belgrade", "as China looms": a subordinate clause with its own subject
    // ("when Egypt became a member": after "when", an irregular past is a verb too)
    // ("cheered as Saudi Arabia, the UAE and Egypt cut ties": after "as" too)
    if ((w.equals("as") || w.equals("when") || w.equals("once"))
        && hasOwnSubject(tokens, inActor, i + 1, w.equals("when") || w.equals("as"))) {
      return true;
    }
    if (w.equals("as") && asClauseWithAnAside(tokens, inActor, i + 1)) return true;
    // "… and that its mission will have six months to leave", "reports that Niamey was discussing …":
    // a reported clause with a subject of its own
    // "the force that the bloc deployed": a relative "that" with a subject of its own
    // ("the relations that Chad broke off": an irregular past is a verb there too; but "that the two countries had
    // reached" may as well be reported by a verb further back)
    if (w.equals("that") && relativeThat(tokens, i)
        && hasOwnSubject(tokens, inActor, i + 1, !auxiliaryAfterSubject(tokens, inActor, i + 1))) {
      return true;
    }
    // "a country that has long relied on Russian jets": a relative "that" as its verb's subject
    // (only after a noun for a state or for troops, "special forces that had just arrived for the Takuba mission":
    // "the agreements that had allowed them to fight" keeps its object in reach)
    if (w.equals("that") && relativeThat(tokens, i) && !inActor[i - 1] && i + 1 < tokens.size()
        && Regex.matches(tokens.get(i - 1).text(),
            "countr(y|ies)|states?|nations?|governments?|forces|troops|soldiers|contingents?|units?")
        && Regex.matches(tokens.get(i + 1).norm(), "has|have|had|is|are|was|were") && !predicateNoun(tokens, i)) {
      return true;
    }
    if (w.equals("that") && (tokens.get(i - 1).is("and") || words.is(WordClass.THAT_CLAUSE, tokens.get(i - 1).norm())
        || words.is(WordClass.REPORTING, tokens.get(i - 1).norm()) || toldThat(tokens, i))) {
      return true;
    }
    if (isRelative(tokens.get(i))) return true;
    if (w.equals("while") || w.equals("whereas") || w.equals("because") || w.equals("although")) return true;
    // "France has since agreed": an adverb after an auxiliary opens nothing
    boolean adverb = w.equals("since") && i > 0 && Grammar.HAVE.contains(tokens.get(i - 1).norm());
    if ((w.equals("following") || w.equals("since") || w.equals("amid") || w.equals("despite")) && !adverb) {
      return true;
    }
    if (w.equals("after") || w.equals("before")) {
      // "two months after the coup": the offset belongs to the clause it measures; but "came a day after Biden
      // made a visit to Kyiv" goes on into a clause with a subject of its own
      boolean offset = i > 0
          && Regex.matches(tokens.get(i - 1).norm(), "days|weeks|months|years|day|week|month|year|hours|shortly");
      return !offset || hasOwnSubject(tokens, inActor, i + 1, true);
    }
    if (w.equals("according") && i + 1 < tokens.size() && tokens.get(i + 1).is("to")) return true;
    return false;
  }

  /**
   * "Kenya signed a deal with Uganda in March and Ghana signed one with Togo": an "and" (or "but") after a clause
   * with its verb, followed by a subject of its own, opens a second clause; "Mali and Niger signed" does not.
   */
  private boolean newConjunct(List<Token> tokens, boolean[] inActor, Heads verbs, int start, int i) {
    if (!tokens.get(i).is("and") && !tokens.get(i).is("but")) return false;
    boolean verbBefore = verbs.anyIn(start, i);
    if (!verbBefore) return false;
    int next = i + 1;
    // "and the two signed trade deals"
    if (next + 1 < tokens.size() && tokens.get(next).is("the")
        && Regex.matches(tokens.get(next + 1).norm(), "two|three|four")) {
      return true;
    }
    // "and Qatar did the same": after an act, "and" with a party and any verb opens the next conjunct
    return hasOwnSubject(tokens, inActor, next, true);
  }

  /** Auxiliaries that, right after a party's noun phrase, can only be its verb's. */
  private static final String OWN_AUXILIARIES = "has|have|had|is|are|was|were|will|would";

  /** A subject pronoun, or a party name followed by a word that reads as its verb ("looms", "arrived"). */
  private boolean hasOwnSubject(List<Token> tokens, boolean[] inActor, int from, boolean irregularVerbs) {
    if (from >= tokens.size()) return false;
    if (Grammar.SUBJECT_PRONOUNS.contains(tokens.get(from).norm())) return true;
    int k = subjectEnd(tokens, inActor, from);
    if (k < 0 || k >= tokens.size()) return false;
    // "and Burkina Faso's military rulers followed in 2023": past a possessive and its noun to a past tense
    if (tokens.get(k).is("'s")) {
      for (int j = k + 2; j < Math.min(tokens.size(), k + 4); j++) {
        String word = tokens.get(j).text();
        if (!Regex.matches(tokens.get(j - 1).text(), "[a-z]+")) break;
        if (Regex.matches(word, "[a-z]+ed") || irregularVerbs && Grammar.IRREGULAR_FINITE_VERBS.contains(word)) {
          return true;
        }
      }
    }
    // "when Israeli Foreign Minister Yair Lapid, during a visit to Morocco, said": past an aside between commas
    // (only a past tense there: "and Mohamed al-Menfi, head of Libya's council, as well as" goes on a list)
    if (tokens.get(k).is(",")) {
      for (int j = k + 1; j < Math.min(tokens.size() - 1, k + 12); j++) {
        if (!tokens.get(j).is(",")) continue;
        String verb = tokens.get(j + 1).text();
        return Regex.matches(verb, "[a-z]+ed") || irregularVerbs && Grammar.IRREGULAR_FINITE_VERBS.contains(verb);
      }
      return false;
    }
    String next = tokens.get(k).text();
    // "visited Kenya and Nigeria this week", "… and Nigeria days later": words that only end like verbs
    return !next.isEmpty() && Character.isLowerCase(next.charAt(0))
        && (Regex.matches(next, "[a-z]+(s|ed)") || irregularVerbs && Grammar.IRREGULAR_FINITE_VERBS.contains(next))
        && !Grammar.PREPOSITIONS.contains(next) && !Grammar.POSSESSIVE_MARKERS.contains(next)
        && !Grammar.DETERMINERS.contains(next) && !TIME_PLURALS.contains(next);
  }

  /** Whether the subject opening at {@code from} is followed by "had" or "did", an auxiliary as often as a verb. */
  private boolean auxiliaryAfterSubject(List<Token> tokens, boolean[] inActor, int from) {
    int k = subjectEnd(tokens, inActor, from);
    return k >= 0 && k < tokens.size() && Regex.matches(tokens.get(k).norm(), "had|did");
  }

  /**
   * The end of the party's noun phrase that opens at {@code from} ("Iranian President Ebrahim Raisi", "Egypt and
   * Iran", "the U.N.-backed government in Tripoli"), or -1 when none opens there.
   */
  private int subjectEnd(List<Token> tokens, boolean[] inActor, int from) {
    // "an accord that the U.N.-backed government in Tripoli signed": past a determiner and its modifiers
    // ("after then-House Speaker Nancy Pelosi visited Taipei": past a title held at the time)
    boolean then = from + 1 < tokens.size() && tokens.get(from).is("then") && tokens.get(from + 1).is("-");
    if (!inActor[from] && (Grammar.NOUN_MARKERS.contains(tokens.get(from).norm()) || then)) {
      int start = from + 1;
      while (start < Math.min(tokens.size(), from + 5) && !inActor[start] && !tokens.get(start).is(",")) start++;
      if (start < tokens.size() && inActor[start]) from = start;
    }
    if (!inActor[from]) return -1;
    int k = from;
    boolean listed = false;
    boolean listEnded = false;
    // "when Iranian President Ebrahim Raisi visited Beijing": past the whole noun phrase to its verb
    // ("when Egypt and Iran became members": and past a list of them)
    while (k < tokens.size() && (inActor[k] || tokens.get(k).isCapitalised() || titleOrHead(tokens, inActor, from, k)
        || Regex.matches(tokens.get(k).norm(), "and|,|the") && k + 1 < tokens.size()
            && (inActor[k + 1] || tokens.get(k + 1).isCapitalised() || tokens.get(k + 1).is("the")
                // ("Armenia, Azerbaijan, and Russia": a list's last comma before its "and", but not a comma after
                // the list's "and", which opens another phrase)
                || listed && !listEnded && tokens.get(k).is(",") && tokens.get(k + 1).is("and")
                    && k + 2 < tokens.size() && inActor[k + 2]))) {
      listEnded |= tokens.get(k).is("and");
      listed |= tokens.get(k).is(",");
      k++;
    }
    return k;
  }

  /**
   * "as neighboring Mali and Burkina Faso, both run by military juntas, have pushed out French forces": after "as",
   * a party (past an adjective of place), an aside between commas and an auxiliary open a clause of their own.
   */
  private boolean asClauseWithAnAside(List<Token> tokens, boolean[] inActor, int from) {
    if (from + 1 < tokens.size() && !inActor[from] && inActor[from + 1]
        && Regex.matches(tokens.get(from).norm(), "neighbou?ring|fellow|nearby|rival")) {
      from++;
    }
    if (from >= tokens.size()) return false;
    int k = subjectEnd(tokens, inActor, from);
    if (k < 0 || k >= tokens.size()) return false;
    if (tokens.get(k).is(",")) {
      for (int j = k + 1; j < Math.min(tokens.size() - 1, k + 10); j++) {
        if (tokens.get(j).is(",")) return Regex.matches(tokens.get(j + 1).norm(), OWN_AUXILIARIES);
      }
    }
    return Regex.matches(tokens.get(k).norm(), OWN_AUXILIARIES);
  }

  /**
   * A word of a subject's noun phrase after its party: a title ("and U.S. special envoy Jeffrey Feltman visited") or
   * the noun a party's adjective qualifies ("a memorandum that the Libyan capital signed").
   */
  private boolean titleOrHead(List<Token> tokens, boolean[] inActor, int from, int k) {
    String w = tokens.get(k).norm();
    // ("with Russian and Chinese warships off its coast": a unit's plural is a noun of the phrase, not its verb)
    return words.is(WordClass.ROLE, w) || w.equals("special") || words.is(WordClass.TROOP_UNITS, w)
        || k > from && inActor[k - 1] && (words.is(WordClass.GOVERNMENT, w) || w.equals("capital"));
  }

  /** "Mali is the only state that has …": the noun is the subject itself, so the clause keeps its subject. */
  private static boolean predicateNoun(List<Token> tokens, int that) {
    for (int k = that - 1; k >= Math.max(0, that - 5); k--) {
      String w = tokens.get(k).norm();
      if (Regex.matches(w, "is|was|are|were|became|becomes|remains|remained")) return true;
      if (!Regex.matches(tokens.get(k).text(), "[a-z]+")) return false;
    }
    return false;
  }

  /**
   * Whether the "that" at {@code that} follows a noun it describes ("the force that the bloc deployed") rather
   * than a verb whose object it opens ("demanded that UN observers leave", "announced on Jan. 28 that").
   */
  private boolean relativeThat(List<Token> tokens, int that) {
    if (that == 0 || tokens.get(that - 1).isPunctuation()) return false;
    String before = tokens.get(that - 1).norm();
    boolean verbLike = Regex.matches(before, "[a-z]+(ed|ing)") || MANDATIVE.contains(before) || before.equals("and");
    return !verbLike && !reportedThat(tokens, that);
  }

  /** Verbs whose "that" clause says what must happen: "demand that", "insists that". */
  private static final Set<String> TIME_PLURALS = WordSet.of("hours", "days", "weeks", "months", "years",
      "decades", "times");
  /** Prepositions that look like participles. */
  private static final Set<String> ING_PREPOSITIONS = WordSet.of("during", "including", "regarding", "concerning",
      "notwithstanding", "according");
  private static final Set<String> MANDATIVE = WordSet.of("demand", "demands", "ask", "asks", "insist", "insists",
      "order", "orders", "urge", "urges", "require", "requires", "propose", "proposes", "agree", "agrees", "say",
      "says", "decide", "decides", "recommend", "recommends");

  /**
   * "told reporters in Canberra that …", "told a news conference during a visit to Tunis that …": what someone was
   * told is a clause of its own, with its own subject.
   */
  private static boolean toldThat(List<Token> tokens, int that) {
    for (int k = that - 2; k >= Math.max(0, that - 10); k--) {
      if (tokens.get(k).isPunctuation()) return false;
      if (Regex.matches(tokens.get(k).norm(), "told|tell|tells|telling|assured|reminded")) return true;
    }
    return false;
  }

  /**
   * "announced on Jan. 28 that", "told reporters that", "said in a statement that": a reporting word a few words
   * before "that" makes what follows the thing reported.
   */
  private boolean reportedThat(List<Token> tokens, int that) {
    for (int k = that - 1; k >= Math.max(0, that - 6); k--) {
      String w = tokens.get(k).norm();
      if (words.is(WordClass.REPORTING, w) || words.is(WordClass.THAT_CLAUSE, w) || words.is(WordClass.ANNOUNCING, w)
          || words.is(WordClass.TOLD, w)) {
        return true;
      }
      if (tokens.get(k).isPunctuation() && !tokens.get(k).is(".")) return false;
    }
    return false;
  }

  private Segment.Kind kind(List<Token> tokens, int[] span, int index, List<int[]> spans,
      boolean[] inActor, Heads verbs, Heads acts, Segment.Kind previous) {
    Token first = tokens.get(span[0]);
    String w = first.norm();
    if (w.equals("according")) return Segment.Kind.ATTRIBUTION;
    if (isRelative(first)) return Segment.Kind.RELATIVE;
    if (w.equals("that")) {
      // after a noun it is a relative clause ("the force that the bloc deployed"); after a verb, a reported one
      return relativeThat(tokens, span[0]) && !acts.contains(span[0] - 1) ? Segment.Kind.RELATIVE
          : Segment.Kind.SUBORDINATE;
    }
    if (index > 0 && isAttribution(tokens, span, inActor, acts)) return Segment.Kind.ATTRIBUTION;
    boolean afterAdverbialFront = previous == Segment.Kind.FRONT
        && !Grammar.SUBORDINATORS.contains(tokens.get(spans.get(index - 1)[0]).norm());
    boolean hasVerb = verbs.anyIn(span[0], span[1]);
    // "Viktor Orban, the only European Union leader attending, met Xi": a noun phrase closed by a participle
    // still only describes the party before it
    int last = span[1] - 1;
    if (hasVerb && last > span[0] + 1 && Grammar.ARTICLES.contains(w) && tokens.get(last).norm().endsWith("ing")
        && !verbs.anyIn(span[0], last)) {
      hasVerb = false;
    }
    // an apposition follows a comma: "MOSCOW: Russian President Vladimir Putin …" opens a clause
    boolean afterComma = span[0] > 0 && tokens.get(span[0] - 1).is(",");
    if (index > 0 && afterComma && !afterAdverbialFront && !hasVerb
        && isApposition(tokens, span, spans.get(index - 1), inActor)) {
      return Segment.Kind.APPOSITION;
    }
    // "a joint exercise with U.S. troops, called Eagle Partner, outside Yerevan": a name given to the thing before
    if (index > 0 && afterComma && (NAMING.contains(w) || w.equals("known") && span[0] + 1 < span[1]
        && tokens.get(span[0] + 1).is("as")) && span[1] - span[0] <= 6) {
      return Segment.Kind.APPOSITION;
    }
    // "A first ECOWAS mission, led by former Nigerian head of state Abdulsalami Abubakar, spent …": who leads
    // or heads a party describes it, and takes no part in its acts
    if (index > 0 && afterComma && span[0] + 1 < span[1] && tokens.get(span[0] + 1).is("by")
        && words.is(WordClass.LEADING, w) && span[1] < tokens.size() && tokens.get(span[1]).is(",")) {
      return Segment.Kind.APPOSITION;
    }
    // "during a visit to Nairobi" is a preposition's phrase, not a participle's clause
    if (w.endsWith("ing") && w.length() > 4 && !inActor[span[0]] && !ING_PREPOSITIONS.contains(w)) {
      return Segment.Kind.PARTICIPLE;
    }
    if (w.equals("with") && hasGerund(tokens, span)) return Segment.Kind.PARTICIPLE;
    if (Grammar.SUBORDINATORS.contains(w)) {
      return index == 0 && spans.size() > 1 ? Segment.Kind.FRONT : Segment.Kind.SUBORDINATE;
    }
    // "About 75 American soldiers left Chad": a number's qualifier, not a preposition
    if (Grammar.QUANTITY_QUALIFIERS.contains(w) && span[0] + 1 < span[1]
        && Grammar.isNumber(tokens.get(span[0] + 1).norm())) {
      return Segment.Kind.MAIN;
    }
    if (Grammar.ADVERBIAL_STARTS.contains(w) || Grammar.PREPOSITIONS.contains(w)) {
      return index == 0 && spans.size() > 1 ? Segment.Kind.FRONT : Segment.Kind.ADVERBIAL;
    }
    return Segment.Kind.MAIN;
  }

  /** Whether the token at {@code at} is a quotation mark that closes a quotation opened before it. */
  private static boolean closesQuotation(List<Token> tokens, int at) {
    if (at >= tokens.size()) return false;
    String w = tokens.get(at).norm();
    if (w.equals("\u201d")) return true;
    if (!w.equals("\"")) return false;
    int open = 0;
    for (int k = 0; k < at; k++) if (tokens.get(k).is("\"")) open++;
    return open % 2 == 1;
  }

  private static final Set<String> NAMING = WordSet.of("called", "named", "dubbed", "codenamed", "code-named");

  private static boolean hasGerund(List<Token> tokens, int[] span) {
    for (int k = span[0] + 1; k < span[1]; k++) {
      String w = tokens.get(k).norm();
      if (w.endsWith("ing") && w.length() > 4) return true;
    }
    return false;
  }

  /** ", Nigerien authorities said" — a speaker and a reporting verb and little else. */
  private boolean isAttribution(List<Token> tokens, int[] span, boolean[] inActor, Heads acts) {
    if (span[1] - span[0] > 14) return false;
    boolean actor = false;
    for (int k = span[0]; k < Math.min(span[1], span[0] + 8); k++) {
      if (inActor[k]) actor = true;
      if (words.is(WordClass.REPORTING, tokens.get(k).norm()) && !inActor[k]) {
        // "Niger and Burkina Faso said they were leaving the G5", "Chad announced the end of the agreement":
        // what was said is no attribution; nor is a reporting verb that is itself the act ("declared two
        // diplomats persona non grata")
        boolean saysAnAct = acts.anyIn(k, span[1]);
        return !saysAnAct && (actor || k > span[0]);
      }
    }
    return false;
  }

  /**
   * "his Indonesian counterpart, President-elect Prabowo Subianto,": a name, or a name behind its title
   * ("Foreign Minister", "Colonel"), capitalised words or office words before the party's own words.
   */
  private boolean startsWithTitledName(List<Token> tokens, int[] span, boolean[] inActor) {
    for (int k = span[0]; k < Math.min(span[1], span[0] + 6); k++) {
      if (inActor[k]) return true;
      Token token = tokens.get(k);
      boolean glued = k > span[0] && token.start() == tokens.get(k - 1).end(); // "President-elect"
      boolean title = token.isCapitalised() || words.is(WordClass.ROLE, token.norm()) || glued;
      if (!title) return false;
    }
    // "the UN envoy, Volker Perthes, persona non grata": a short run of capitalised words closed by a comma is a
    // name the dictionary need not know
    int length = span[1] - span[0];
    return length >= 2 && length <= 4 && span[1] < tokens.size() && tokens.get(span[1]).is(",")
        && tokens.subList(span[0], span[1]).stream().allMatch(t -> t.isCapitalised() && !MonthNames.isCalendarWord(t));
  }

  /** ", the former ally of Niger," right after a party: a description of it, not an actor of its own. */
  private boolean isApposition(List<Token> tokens, int[] span, int[] previous, boolean[] inActor) {
    // "Kiribati, an archipelago of about 115,000 people spread over an ocean area the size of India, first …": a
    // description opened by "a" or "an" and closed by a comma may run longer
    boolean description = Regex.matches(tokens.get(span[0]).norm(), "an?") && span[1] < tokens.size()
        && tokens.get(span[1]).is(",");
    if (span[1] - span[0] > (description ? 20 : 10)) return false;
    // "the French ambassador, Sylvain Itte,": a name set beside the office just named
    boolean titledName = startsWithTitledName(tokens, span, inActor);
    boolean afterOffice = words.is(WordClass.ROLE, tokens.get(previous[1] - 1).norm()) && titledName;
    if (!inActor[previous[1] - 1] && !afterOffice) return false;
    String w = tokens.get(span[0]).norm();
    // "Embalo, then chairman of ECOWAS,": an office held at some time
    boolean heldOffice = Regex.matches(w, "then|now|formerly|currently|also|once") && span[0] + 1 < span[1]
        && (words.is(WordClass.ROLE, tokens.get(span[0] + 1).norm())
            || Grammar.DETERMINERS.contains(tokens.get(span[0] + 1).norm()));
    boolean nounPhraseStart = Grammar.DETERMINERS.contains(w) || titledName || heldOffice;
    if (!nounPhraseStart) return false;
    for (int k = span[0]; k < span[1]; k++) {
      String t = tokens.get(k).norm();
      if (Grammar.RELATIVES.contains(t) || t.equals("has") || t.equals("have") || t.equals("is") || t.equals("was")
          || t.equals("are") || t.equals("were")) {
        return false;
      }
    }
    return true;
  }
}
