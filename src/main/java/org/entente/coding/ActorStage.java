package org.entente.coding;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.entente.dictionary.NewsWords;
import org.entente.dictionary.NewsWords.WordClass;
import org.entente.party.AliasKind;
import org.entente.party.Memberships;
import org.entente.party.PartyDictionary;
import org.entente.party.PartyMention;
import org.entente.party.Places;
import org.entente.party.RegionWords;
import org.entente.text.Grammar;
import org.entente.text.Regex;
import org.entente.text.Token;
import org.entente.text.WordSet;

/**
 * Adds the actors: the sentence's party names that act (not "former French colonies", "Niamey's partners"), and
 * the references news uses instead of names, resolved from the article and the sentences before: "the junta",
 * "the military regimes in Mali, Niger and Burkina Faso", "the country", "the two countries", "They".
 */
final class ActorStage implements SentenceStage {
  private static final Set<String> PRONOUNS = WordSet.of("they", "it", "he", "she");
  /** Heads that name a country by its kind of rule; region-words.csv says which states news calls so. */
  private static final Set<String> MONARCHIES = WordSet.of("kingdom", "sultanate", "emirate");

  /** The states of {@code region} that are also {@code kind}: all of {@code kind} when no region is named. */
  private static Set<String> within(Set<String> region, Set<String> kind) {
    if (region == null || kind == null) return kind;
    Set<String> both = new java.util.HashSet<>(region);
    both.retainAll(kind);
    return both.isEmpty() ? null : both;
  }
  /** The people a state sends abroad, whom a later "them" or "their" may stand for. */
  private static final Set<String> PEOPLE_SENT = WordSet.of("troops", "soldiers", "forces", "diplomats",
      "envoys", "instructors", "peacekeepers", "mercenaries", "personnel");
  private static final Set<String> LEAVING = WordSet.of("departure", "withdrawal", "exit", "expulsion", "pullout",
      "removal", "return");
  /** Words after which a pronoun opens a clause as its subject: "In April, it expelled …", "when it intervened". */
  private static final Set<String> BEFORE_SUBJECT = WordSet.of(",", "and", "but", "when", "as", "after", "before",
      "while", "because", "then", "so", "once", "later", "afterwards", "subsequently", "also");
  private static final Map<String, Integer> NUMBERS = Map.of("two", 2, "three", 3, "four", 4, "five", 5);

  private final PartyDictionary parties;
  private final NewsWords words;
  private final RegionWords regions;
  private final Memberships memberships;
  /** Beyond this many members, "the member states" are only those the article names. */
  private static final int SMALL_ORGANISATION = 5;
  private static final Comparator<Actor> BY_START = Comparator.comparingInt(Actor::from);

  ActorStage(PartyDictionary parties, NewsWords words, RegionWords regions, Memberships memberships) {
    this.parties = parties;
    this.words = words;
    this.regions = regions;
    this.memberships = memberships;
  }

  @Override
  public SentenceAnnotation annotate(SentenceAnnotation sentence, ArticleAnnotation article, Discourse discourse) {
    List<Token> tokens = sentence.sentence().tokens();
    List<Actor> actors = new ArrayList<>();
    for (PartyMention m : sentence.names()) {
      if (!acts(tokens, m)) continue;
      ActorKind kind = m.kind() == AliasKind.CAPITAL || isPlace(tokens, m) ? ActorKind.PLACE : ActorKind.NAMED;
      actors.add(new Actor(m.from(), m.to(), List.of(m.code()), m.text(), kind));
    }
    List<Actor> localities = localities(tokens, sentence.names(), sentence.places(), actors);
    new References(tokens, actors, article.salience(), discourse, frontPlace(tokens, actors), sentence.names(),
        sentence.dates(), article.published()).add();
    actors.sort(BY_START);
    return sentence.withActors(memberGroups(tokens, actors, article), localities);
  }

  /**
   * "the AES countries", "ECOWAS member states", "the bloc's members": an organisation followed by a group noun
   * stands for its member states on the article's day — all of them for a small organisation, else those the
   * article names.
   */
  private List<Actor> memberGroups(List<Token> tokens, List<Actor> actors, ArticleAnnotation article) {
    List<Actor> out = new ArrayList<>();
    for (Actor a : actors) {
      if (a.codes().size() != 1 || !parties.isOrganisation(a.codes().get(0))) {
        out.add(a);
        continue;
      }
      int k = a.to();
      if (k < tokens.size() && tokens.get(k).is("'s")) k++;
      if (k < tokens.size() && tokens.get(k).is("member")) k++;
      boolean group = k < tokens.size() && words.is(WordClass.GROUP, tokens.get(k).norm());
      // "the heads of state of the G5 Sahel": the leaders of an organisation are those of its member states
      boolean leaders = leadersOf(tokens, a.from());
      if (leaders) k = a.to() - 1;
      List<String> members = group || leaders ? members(a.codes().get(0), article) : List.of();
      out.add(members.size() < 2 ? a
          : new Actor(a.from(), k + 1, members, Token.join(tokens, a.from(), k + 1), ActorKind.PAIR));
    }
    return out;
  }

  /** "the heads of state of (the) …", "the leaders of …", "presidents of …" right before token {@code at}. */
  private static boolean leadersOf(List<Token> tokens, int at) {
    int k = at - 1;
    if (k >= 0 && tokens.get(k).is("the")) k--;
    if (k < 1 || !tokens.get(k).is("of")) return false;
    k--;
    if (k >= 2 && Regex.matches(tokens.get(k).norm(), "state|government") && tokens.get(k - 1).is("of")) k -= 2;
    return Regex.matches(tokens.get(k).norm(), "leaders|heads|presidents");
  }

  private List<String> members(String organisation, ArticleAnnotation article) {
    List<String> all = memberships.members(organisation, article.published());
    // "recalling its ambassadors from ECOWAS member states": the members of a larger organisation are the
    // organisation acted on, not whichever of them the article happens to name
    return all.size() <= SMALL_ORGANISATION ? all : List.of();
  }

  // ---------------------------------------------------------------- places of the gazetteer

  /**
   * The gazetteer's places the sentence names as locations ("left their base in Gao", "the withdrawal from the
   * northern town of Ménaka", "in Gao and Kidal"), each as a LOCALITY of its state. They are kept apart from the
   * actors: no role takes them, only the rules that look for where an act happened ({@link Pairing}). A place
   * that is no location ("Kano said", "Kano's governor"), that a party name covers, or that begins a longer name
   * ("Gao Feng") is left out.
   */
  private List<Actor> localities(List<Token> tokens, List<PartyMention> names, List<Places.Mention> named,
      List<Actor> actors) {
    List<Actor> found = new ArrayList<>();
    for (Places.Mention p : named) {
      if (overlaps(names, p) || longerName(tokens, p.to()) || !located(tokens, p.from(), actors, found)) continue;
      found.add(new Actor(p.from(), p.to(), List.of(p.code()), p.text(), ActorKind.LOCALITY));
    }
    return found;
  }

  /** Whether a party name shares a word with the place. */
  private static boolean overlaps(List<PartyMention> names, Places.Mention p) {
    for (PartyMention m : names) if (m.from() < p.to() && p.from() < m.to()) return true;
    return false;
  }

  /** "Gao Feng", "Lagos-based": the place's words go on into another name or a compound. */
  private static boolean longerName(List<Token> tokens, int end) {
    if (end >= tokens.size()) return false;
    Token next = tokens.get(end);
    if (next.is("-") || next.norm().startsWith("-")) return true;
    return next.isCapitalised() && !PlacePhrase.NOUNS.contains(next.norm())
        && !org.entente.date.MonthNames.isCalendarWord(next);
  }

  /**
   * A place that a locating preposition or a visit verb governs, or that continues a list of locations ("in Gao
   * and Kidal").
   */
  private static boolean located(List<Token> tokens, int from, List<Actor> actors, List<Actor> found) {
    int k = from - 1;
    if (k >= 0 && (tokens.get(k).is("and") || tokens.get(k).is("or") || tokens.get(k).is(","))) {
      for (Actor a : found) if (a.to() == k) return true;
      for (Actor a : actors) if (a.to() == k && a.kind() == ActorKind.PLACE) return true;
    }
    // "Macron visited Lagos in July 2018": the object of a visit is where it went
    if (k >= 0 && VISITED.contains(tokens.get(k).norm())) return true;
    return PlacePhrase.preposition(tokens, from) >= 0;
  }

  private static final Set<String> VISITED = WordSet.of("visit", "visits", "visited", "visiting", "toured",
      "tour", "tours", "touring");

  /** "In Niger, the military authorities …": the place a fronted phrase names, for the rulers that follow. */
  private static String frontPlace(List<Token> tokens, List<Actor> named) {
    if (tokens.isEmpty() || !tokens.get(0).is("in")) return null;
    int end = -1;
    for (int k = 1; k < tokens.size() && end < 0; k++) {
      String w = tokens.get(k).norm();
      boolean boundary = w.equals(";") || w.equals(":") || w.equals(",") && !listComma(tokens, named, k);
      if (boundary) end = k;
    }
    if (end < 0) return null;
    for (Actor a : named) {
      if (a.from() < end && a.explicit() && a.codes().size() == 1) return a.codes().get(0);
    }
    return null;
  }

  /** "In Mali, Niger and Burkina Faso, …": a comma between two names lists them. */
  private static boolean listComma(List<Token> tokens, List<Actor> named, int comma) {
    boolean before = false;
    for (Actor a : named) before |= a.to() == comma;
    int next = comma + 1;
    if (next < tokens.size() && (tokens.get(next).is("and") || tokens.get(next).is("or"))) next++;
    boolean after = false;
    for (Actor a : named) after |= a.from() == next;
    return before && after;
  }

  /** A name that is only a place here: "in Niamey", "in Niger" after a noun. */
  private static boolean isPlace(List<Token> tokens, PartyMention m) {
    // "held talks in the Chinese capital": a demonym before "capital" names the capital
    if (m.kind() == AliasKind.DEMONYM && m.from() > 0 && tokens.get(m.from() - 1).is("the") && m.to() < tokens.size()
        && tokens.get(m.to()).is("capital")) {
      return true;
    }
    // ("sent troops to eastern Congo": a word that narrows the place may stand between)
    int before = Grammar.beforePlace(tokens, m.from());
    return before >= 0 && (tokens.get(before).is("in") || tokens.get(before).is("to"))
        && !NO_PLACES.contains(m.kind());
  }

  /** Names that "in" or "to" never makes a place: demonyms, and ("deny bringing in Wagner") people, armies, firms. */
  private static final Set<AliasKind> NO_PLACES = java.util.EnumSet.of(AliasKind.DEMONYM, AliasKind.LEADER,
      AliasKind.OFFICIAL, AliasKind.ARMED_GROUP, AliasKind.ARMY, AliasKind.COMPANY);

  /** False for names that describe rather than act: "former French colonies", "Niamey's partners". */
  private boolean acts(List<Token> tokens, PartyMention m) {
    int after = m.to();
    // "Libya's UN-backed government": the party that backs a description is not in the act; nor is the seat of
    // "the Brussels-based alliance"
    if (after + 1 < tokens.size() && tokens.get(after).is("-") && Regex.matches(tokens.get(after + 1).norm(),
        "backed|brokered|sponsored|funded|mediated|supported|recognised|recognized|designated|sanctioned|based")) {
      return false;
    }
    if (m.from() > 0 && tokens.get(m.from() - 1).is("former") && after < tokens.size()
        && words.is(WordClass.RELATIONAL, tokens.get(after).norm())) {
      return false;
    }
    // "Former Nigerian President Goodluck Jonathan, who leads the mediation": who held an office no longer acts
    // for its state
    if (m.kind() == AliasKind.DEMONYM && m.from() > 0 && Regex.matches(tokens.get(m.from() - 1).norm(), "former|ex")
        && after < tokens.size() && words.is(WordClass.ROLE, tokens.get(after).norm())) {
      return false;
    }
    if (after < tokens.size() && tokens.get(after).is("'s")) {
      for (int k = after + 1; k < Math.min(tokens.size(), after + 4); k++) {
        String w = tokens.get(k).norm();
        // ("China is Kenya's largest trading partner": a partner in trade names an act with the owner)
        if (words.is(WordClass.RELATIONAL, w) && !Regex.matches(tokens.get(k - 1).norm(), "trading|trade")) return false;
        if (!Regex.matches(w, "[a-z-]+") || Grammar.PREPOSITIONS.contains(w)) break;
      }
    }
    // ("a base at the Niamey airport", "landed at Bamako airport": an airport one is at is in the city)
    boolean atTheAirport = after < tokens.size() && tokens.get(after).is("airport")
        && PlacePhrase.preposition(tokens, m.from()) >= 0;
    if (m.kind() == AliasKind.CAPITAL && after < tokens.size()
        && words.is(WordClass.NAMED_AFTER_CITY, tokens.get(after).norm()) && !meetingThere(tokens, m)
        && !atTheAirport) {
      return false;
    }
    // "European countries", "European allies", "European envoys": the states of a continent, not its union
    if (m.kind() == AliasKind.DEMONYM && !isState(m.code()) && after < tokens.size()
        && (words.is(WordClass.GROUP, tokens.get(after).norm())
            || Regex.matches(tokens.get(after).norm(), "partners|ally|powers|envoys|diplomats|ambassadors"))) {
      return false;
    }
    if (after < tokens.size() && (tokens.get(after).norm().startsWith("-speaking")
        || tokens.get(after).is("language"))) {
      return false;
    }
    // "400 million U.S. dollars", "paid in Chinese yuan": a currency, not its state
    if (after < tokens.size() && words.is(WordClass.CURRENCY, tokens.get(after).norm())) return false;
    // "80 percent of Georgians backed EU membership": a share of a people, not its state
    if (m.kind() == AliasKind.DEMONYM && m.from() > 1 && tokens.get(m.from() - 1).is("of")
        && Regex.matches(tokens.get(m.from() - 2).norm(), "percent|cent|%|majority|most|many|millions|thousands")) {
      return false;
    }
    return true;
  }

  private boolean isState(String code) { return !parties.isOrganisation(code); }

  /** "talks on the sidelines of the Riyadh summit", "met at the Vilnius summit": the city is where they met. */
  private boolean meetingThere(List<Token> tokens, PartyMention m) {
    int the = m.from() - 1;
    if (the < 1 || !tokens.get(the).is("the") || !words.is(WordClass.OCCASION, tokens.get(m.to()).norm())) return false;
    String preposition = tokens.get(the - 1).norm();
    return preposition.equals("at") || preposition.equals("during")
        || preposition.equals("of") && the >= 2 && tokens.get(the - 2).is("sidelines");
  }

  private static String span(List<Token> tokens, int from, int to) { return Token.join(tokens, from, to); }

  /** The references of one sentence, found left to right around the names already found. */
  private final class References {
    private final List<Token> tokens;
    private final List<Actor> actors;
    private final Salience salience;
    private final Discourse discourse;
    private final String frontPlace;
    private final List<PartyMention> persons;
    private final List<String> norms;
    /** Each token's news-word classes: the loop below asks several of every token. */
    private final long[] classes;
    private final List<org.entente.date.DateMention> dates;
    private final java.time.LocalDate published;

    References(List<Token> tokens, List<Actor> actors, Salience salience, Discourse discourse, String frontPlace,
        List<PartyMention> names, List<org.entente.date.DateMention> sentenceDates, java.time.LocalDate published) {
      this.tokens = tokens;
      this.actors = actors;
      this.salience = salience;
      this.discourse = discourse;
      this.frontPlace = frontPlace;
      String[] norm = new String[tokens.size()];
      for (int k = 0; k < norm.length; k++) norm[k] = tokens.get(k).norm();
      this.norms = java.util.Arrays.asList(norm);
      this.classes = words.classes(tokens);
      this.dates = sentenceDates;
      this.published = published;
      List<PartyMention> people = new ArrayList<>();
      for (PartyMention m : names) if (m.kind() == AliasKind.LEADER || m.kind() == AliasKind.OFFICIAL) people.add(m);
      this.persons = people;
    }

    private boolean is(WordClass c, int k) { return NewsWords.in(classes[k], c); }

    /**
     * The state of {@code region} the sentence last named before token {@code before}, or null; not when the article
     * is about another state of the region far more ("Bahrain and the UAE sided with the kingdom", in a story on
     * Saudi Arabia).
     */
    private String lastOfRegionBefore(Set<String> region, int before) {
      String last = null;
      for (Actor a : actors) {
        if (a.to() <= before && a.codes().size() == 1 && region.contains(a.codes().get(0))) last = a.codes().get(0);
      }
      if (last == null) return null;
      int named = salience.states().getOrDefault(last, 0);
      for (String state : region) if (salience.states().getOrDefault(state, 0) > 2 * named) return null;
      return last;
    }

    /**
     * The state "the country" stands for: the one the article ties to its junta, else the one it names most;
     * "the West African country" only a West African one, and none when the article names none.
     */
    private String country(Set<String> region, int at) {
      String placeBefore = region == null ? onlyStatePlacedBefore(at) : null;
      if (placeBefore != null) return placeBefore;
      // "His government ordered French forces out of the country": the country its rulers, the subject, rule
      String rulers = region == null ? rulersOpening(at) : null;
      if (rulers != null) return rulers;
      if (region == null) return salience.ruledState();
      String ruled = salience.ruledState();
      if (ruled != null && region.contains(ruled)) return ruled;
      for (String state : salience.salientStates()) if (region.contains(state)) return state;
      return null;
    }

    /**
     * The one state the sentence places something "in" (or takes someone "to") before {@code before}, or null: "its
     * mission in Mali … bring its troops home from the country" is Mali, whatever the article names most. ("a
     * delegation from Mali and Burkina Faso arrived in the country": where one comes from is not where one goes.)
     */
    private String onlyStatePlacedBefore(int before) {
      String only = null;
      for (Actor a : actors) {
        if (a.from() >= before || a.from() == 0 || a.codes().size() != 1) continue;
        // ("flew to Addis Ababa …, and Feltman visited the country the same month": or takes one "to" it)
        if (!Regex.matches(tokens.get(a.from() - 1).norm(), "in|to|into")) continue;
        // ("deny bringing in Wagner": "in" of a phrasal verb places no one)
        if (a.from() > 1 && tokens.get(a.from() - 1).is("in")
            && Regex.matches(tokens.get(a.from() - 2).norm(),
                "bring|brings|brought|bringing|call|called|calling|send|sent|sending")) {
          continue;
        }
        String code = a.codes().get(0);
        if (parties.isOrganisation(code)) continue;
        if (only != null && !only.equals(code)) return null;
        only = code;
      }
      return only;
    }

    /**
     * "travelled by train to Kyiv …, becoming the first foreign leaders to visit the capital": the state of the
     * last capital or city the sentence names before "the capital", or null.
     */
    private String capitalNamedBefore(int before) {
      Actor last = null;
      for (Actor a : actors) {
        if (a.from() >= before || last != null && a.from() < last.from()) continue;
        if (a.kind() == ActorKind.PLACE && a.codes().size() == 1 && !parties.isOrganisation(a.codes().get(0))
            && a.from() > 0 && Regex.matches(tokens.get(a.from() - 1).norm(), "to|in|from|into|at")) {
          last = a;
        }
      }
      return last == null ? null : last.codes().get(0);
    }

    /** The state of a ruler or government phrase that opens the sentence before {@code before}, or null. */
    private String rulersOpening(int before) {
      for (Actor a : actors) {
        if (a.from() > 1 || a.from() >= before) continue;
        boolean rulers = a.kind() == ActorKind.RULER || a.kind() == ActorKind.COUNTRY;
        if (rulers && a.codes().size() == 1 && !parties.isOrganisation(a.codes().get(0))) return a.codes().get(0);
      }
      return null;
    }

    /** The one state the sentence names by name (not as a place) before {@code before}, or null. */
    private String onlyStateBefore(int before) {
      String only = null;
      for (Actor a : actors) {
        if (a.from() >= before || a.kind() != ActorKind.NAMED || a.codes().size() != 1) continue;
        String code = a.codes().get(0);
        if (parties.isOrganisation(code)) continue;
        if (only != null && !only.equals(code)) return null;
        only = code;
      }
      return only;
    }

    /** A state named as the subject of the sentence (in its first three words) before {@code before}. */
    private static boolean allCapitals(String text) {
      return text.length() > 3 && text.chars().anyMatch(Character::isLetter)
          && text.chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
    }

    private Actor sentenceSubject(int before, List<Actor> referencesSoFar) {
      // ("The junta has since moved closer to Russia, and in March it ended the accord": a ruler phrase too; the
      // two lists are searched apart, not merged, since this is asked at every pronoun that opens a clause)
      Actor named = firstSubject(actors, before, false);
      Actor ruler = firstSubject(referencesSoFar, before, true);
      if (ruler == null) return named;
      return named == null || ruler.from() < named.from() ? ruler : named;
    }

    /**
     * The code of the last person the sentence names between {@code opener}, when it names a state and not a person,
     * and token {@code before}, when no person of the opener's state is named before it; else null.
     */
    private String personAfterState(Actor opener, int before) {
      String found = null;
      for (PartyMention m : persons) {
        if (m.to() > before) continue;
        // ("French Armed Forces Minister Florence Parly flew to Bamako … after she held talks": a person of the
        // opening state is who "she" is)
        if (opener.codes().contains(m.code()) || m.from() < opener.to() && m.to() > opener.from()) return null;
        if (m.from() >= opener.to()) found = m.code();
      }
      return found;
    }

    /**
     * The one state right before the ", which" or ", who" that opens the clause {@code pronoun} stands in, or in the
     * one before it in the same sentence ("Ankara, which was expelled … after it took"), or null.
     */
    private Actor relativeAntecedent(int pronoun) {
      for (int k = pronoun - 1; k >= 2; k--) {
        if (tokens.get(k).is(";") || Grammar.closesQuotation(tokens.get(k))) return null;
        if (!Regex.matches(tokens.get(k).norm(), "which|who") || !tokens.get(k - 1).is(",")) continue;
        for (Actor a : actors) {
          boolean state = a.codes().size() == 1 && !parties.isOrganisation(a.codes().get(0));
          if (a.to() == k - 1 && a.explicit() && state) return a;
        }
        return null;
      }
      return null;
    }

    /**
     * The first of {@code candidates} (in the order written) that could be the subject the sentence opens with,
     * among rulers only if {@code rulers}, or null.
     */
    private Actor firstSubject(List<Actor> candidates, int before, boolean rulers) {
      for (Actor a : candidates) {
        if (rulers && a.kind() != ActorKind.RULER) continue;
        boolean state = a.codes().size() == 1 && !parties.isOrganisation(a.codes().get(0));
        // "Addis Ababa – King Mohammed VI told …", "HANOI, June 20 (AFP) -": a dateline is where the story was
        // filed, not its subject; nor is a place after a preposition ("In Pyongyang on Wednesday, he …")
        boolean dateline = a.from() == 0 && a.to() < tokens.size()
            && (Regex.matches(tokens.get(a.to()).norm(), "-|--|\\(|\\)") || allCapitals(a.text()));
        boolean placed = a.from() > 0 && Regex.matches(tokens.get(a.from() - 1).norm(), "in|at|from|near|to|inside");
        if (a.from() < Math.min(3, before) && (a.kind().explicit() || a.kind() == ActorKind.RULER) && state
            && !tokens.get(a.to() - 1).is("'s")
            && (a.to() >= tokens.size() || !tokens.get(a.to()).is("'s")) && !dateline && !placed) {
          return a;
        }
      }
      return null;
    }

    /**
     * "French soldiers left Niger months after the junta ordered them out": "them" or "their" stands for the
     * last state's soldiers, troops or diplomats the sentence named before it, or for none (null).
     */
    private Actor peopleBefore(int pronoun, List<Actor> referencesSoFar) {
      for (int k = pronoun - 1; k > 0; k--) {
        if (!PEOPLE_SENT.contains(tokens.get(k).norm())) continue;
        for (Actor a : actors) {
          boolean state = a.explicit() && a.codes().size() == 1 && isState(a.codes().get(0));
          if (state && a.to() <= k && a.to() >= k - 2) return a;
        }
        // "The junta ordered the soldiers out and denounced the accords that had allowed them to fight": troops
        // a reference named
        for (Actor a : referencesSoFar) if (a.from() < k && a.to() == k + 1) return a;
        return null;
      }
      return null;
    }

    /** "Yemen's internationally recognised government": a state's ruler described by lower-case words between. */
    private Actor describedOwner(int head) {
      for (int k = head - 1; k >= Math.max(1, head - 3); k--) {
        if (tokens.get(k).is("'s")) {
          for (Actor a : actors) if (a.to() == k && a.explicit() && a.codes().size() == 1) return a;
          return null;
        }
        if (!Regex.matches(tokens.get(k).norm(), "[a-z][a-z-]*")) return null;
      }
      return null;
    }

    /**
     * The one who went to the place a "where" clause describes: the nearest single state or person before
     * {@code where}, past the place itself and any party after a preposition ("arrived in Nairobi from Addis
     * Ababa, where he …" is the one who arrived), or null.
     */
    private Actor travellerBeforeWhere(int where) {
      Actor found = null;
      for (Actor a : actors) {
        // (the place right before ", where" is where one went; the person right before ", when" is who went:
        // "delivered by Myanmar's foreign minister, Wunna Maung Lwin, when he travelled to Phnom Penh")
        boolean placeOfWhere = where > 0 && tokens.get(where).is("where") && a.to() >= where - 1
            && tokens.get(where - 1).is(",");
        if (a.to() > where || placeOfWhere) continue;
        // ("flew to the Cook Islands from Beijing, where he met Xi": a name after "the" is placed too; so is a
        // titled name, "held talks with Ghanaian President Nana Akufo-Addo in Accra before flying to Nairobi, where
        // he met Ruto")
        int start = a.from();
        while (start > 0 && (tokens.get(start - 1).isCapitalised() && !tokens.get(start - 1).isPunctuation()
            || Grammar.POSSESSIVE_MARKERS.contains(tokens.get(start - 1).norm()))) {
          start--;
        }
        int before = start > 1 && tokens.get(start - 1).is("the") ? start - 2 : start - 1;
        // ("a tour by Russia's Foreign Minister Sergei Lavrov in July, when he visited": "by" names the agent)
        boolean placed = before >= 0 && Grammar.PREPOSITIONS.contains(tokens.get(before).norm())
            && !(start < a.from() && tokens.get(before).is("by"));
        boolean state = a.codes().size() == 1 && !parties.isOrganisation(a.codes().get(0));
        if (a.kind() == ActorKind.NAMED && state && !placed) found = a;
      }
      return found;
    }

    /**
     * The "he" or "she" (as {@code pronoun}) that is the sentence's first party, before token {@code before}, when it
     * stands for one party; else null.
     */
    private Actor openingPronoun(String pronoun, int before, List<Actor> referencesSoFar) {
      Actor first = null;
      for (Actor a : actors) if (a.from() < before && (first == null || a.from() < first.from())) first = a;
      for (Actor a : referencesSoFar) {
        boolean earlier = a.from() < before && (first == null || a.from() < first.from());
        if (earlier && a.kind() == ActorKind.PRONOUN && tokens.get(a.from()).is(pronoun) && a.codes().size() == 1) {
          return a;
        }
      }
      return null;
    }

    /** The last "he" or "she" before {@code where} that stands for one party, or null. */
    private Actor pronounBefore(int where, List<Actor> referencesSoFar) {
      Actor found = null;
      for (Actor a : referencesSoFar) {
        boolean personal = a.kind() == ActorKind.PRONOUN && a.to() - a.from() == 1
            && Regex.matches(tokens.get(a.from()).norm(), "he|she");
        if (personal && a.to() <= where && a.codes().size() == 1) found = a;
      }
      return found;
    }

    /** "On that tour he praised …": a short phrase opening the sentence with a preposition, then the subject. */
    boolean afterFrontedPhrase(int i) {
      if (i < 2 || i > 5 || !Grammar.PREPOSITIONS.contains(tokens.get(0).norm())) return false;
      for (int k = 1; k < i; k++) {
        if (tokens.get(k).isPunctuation() || PRONOUNS.contains(tokens.get(k).norm())) return false;
      }
      return true;
    }

    private static boolean noneTaken(boolean[] taken, int from, int to) {
      for (int k = from; k < to; k++) if (taken[k]) return false;
      return true;
    }

    /** '…," he said': a quotation closes right before token {@code i} (its opening mark is no clause break). */
    boolean closingQuoteBefore(int i) {
      return i > 1 && Grammar.closesQuotation(tokens.get(i - 1))
          && Regex.matches(tokens.get(i - 2).norm(), ",|\\?|!|\\.");
    }

    void add() {
      boolean[] taken = new boolean[tokens.size()];
      for (Actor a : actors) for (int k = a.from(); k < a.to(); k++) taken[k] = true;
      List<Actor> added = new ArrayList<>();
      for (int i = 0; i < tokens.size(); i++) {
        if (taken[i]) continue;
        String w = tokens.get(i).norm();
        // what a pronoun stands for is worked out only at a pronoun: this loop visits every token
        if (PRONOUNS.contains(w)) {
          List<String> referent = discourse.pronounReferent();
          // "Kenya hosted Uganda's president. In April, it expelled …": after a visit the guest and the host are
          // "they"; a singular pronoun is the previous sentence's subject
          boolean personal = w.equals("he") || w.equals("she");
          if (!w.equals("they") && referent.size() > 1 && discourse.previousSubject().size() == 1) {
            referent = discourse.previousSubject();
          }
          // "Rabat has grown more assertive since December, when Trump recognised … . Earlier this month it also
          // recalled …": after a sentence whose acts all hang from its main clause, "it" goes on with its subject
          if (w.equals("it") && discourse.previousActsAside() && discourse.previousSubject().size() == 1) {
            referent = discourse.previousSubject();
          }
          // "… as Lourenco steers Angola closer to the West. He was received by Biden": "he" and "she" are the
          // person the sentence before named, when it coded no one acting
          // "Scholz flew to Niger from Senegal, where he held talks with Sall": the traveller the clause before
          // named, never a party of an earlier sentence
          // ("… from Malaysia, where earlier in the day he held talks": past a time phrase after the "where")
          int where = i - 1;
          while (where > 0 && where >= i - 6 && Regex.matches(tokens.get(where).norm(),
              "earlier|later|in|on|the|that|same|day|morning|afternoon|evening|night|also")) {
            where--;
          }
          if (personal && i > 0 && tokens.get(where).is("where")) {
            Actor traveller = travellerBeforeWhere(where);
            // ("He had flown in from Saudi Arabia, where he held talks": or the "he" the clause opened with)
            if (traveller == null) traveller = pronounBefore(where, added);
            if (traveller != null) {
              added.add(new Actor(i, i + 1, traveller.codes(), tokens.get(i).text(), ActorKind.PRONOUN));
            }
            continue;
          }
          // "a tour by Russia's Foreign Minister Sergei Lavrov in July, when he visited Egypt": the person the
          // clause before named, when it named one
          if (personal && i > 1 && tokens.get(i - 1).is("when") && tokens.get(i - 2).is(",")) {
            Actor traveller = travellerBeforeWhere(i - 1);
            if (traveller != null) {
              added.add(new Actor(i, i + 1, traveller.codes(), tokens.get(i).text(), ActorKind.PRONOUN));
              continue;
            }
          }
          if (personal && discourse.previousPerson() != null && referent.size() != 1) {
            referent = List.of(discourse.previousPerson());
          }
          // a pronoun opening a clause ("In September it signed …") stands for the party the sentence before acted
          // as; after a reporting verb ("said it would …") it is the speaker, whom the roles find
          // ("its embassy in Damascus, which it shut in 2012": so does "it" after the "which" of an object relative)
          boolean opensClause = i == 0 || BEFORE_SUBJECT.contains(tokens.get(i - 1).norm()) || dateEndsAt(i)
              || closingQuoteBefore(i) || afterFrontedPhrase(i)
              || w.equals("it") && i > 1 && tokens.get(i - 1).is("which") && tokens.get(i - 2).is(",")
              // ("told a Malian delegation, which he received in Algiers": "he" after the "which" of an object
              // relative on people sent is the sentence's subject too; not "Mayotte, which he visited")
              || personal && i > 2 && tokens.get(i - 1).is("which") && tokens.get(i - 2).is(",")
                  && words.is(WordClass.ROLE, tokens.get(i - 3).norm());
          // "France intervened in 2013, but it wound up the operation in 2016": inside its sentence, the state the
          // sentence opened with
          // '"China is a hope," he told reporters': the speaker after a quotation is none of the parties it named
          boolean afterQuote = closingQuoteBefore(i)
              || i > 1 && tokens.get(i - 1).is(",") && Grammar.closesQuotation(tokens.get(i - 2));
          if (afterQuote && personal && discourse.previousPerson() != null) {
            referent = List.of(discourse.previousPerson());
          }
          Actor opener = i > 0 && opensClause && !w.equals("they") && !afterQuote ? sentenceSubject(i, added) : null;
          // "a relief for Ankara, which was expelled from the programme after it took delivery of S-400s": in a
          // clause that hangs from a relative one, the party the relative clause is about
          if (opener == null && i > 0 && opensClause && !w.equals("they") && !afterQuote) opener = relativeAntecedent(i);
          // "He chose Mauritania for his first trip, and in May he travelled to Bamako": the person the sentence
          // opened with goes on, not the state it then named
          Actor personOpening = personal && opener != null ? openingPronoun(w, i, added) : null;
          if (personOpening != null) opener = personOpening;
          if (opener != null) referent = opener.codes();
          // "Togo hosted Niger's military ruler, General Abdourahamane Tiani, in December, weeks after he made his
          // first foreign trips": "he" is the person named since a state opened the sentence
          String person = personal && opener != null ? personAfterState(opener, i) : null;
          if (person != null) referent = List.of(person);
          // "Warsaw and Vilnius refused at first, but on Monday they recalled …": the states the sentence opened with
          List<String> openingList = i > 0 && opensClause && w.equals("they") ? openingList(i) : List.of();
          if (!openingList.isEmpty()) referent = openingList;
          // "Burkina Faso's military rulers deny it, but they told France …": the rulers the sentence opened with
          List<String> rulersState = i > 0 && opensClause && w.equals("they") && openingList.isEmpty()
              ? stateOfOpeningRulers(i, added) : List.of();
          if (!rulersState.isEmpty()) referent = rulersState;
          // "the summit, which welcomed Finland as a member after it joined in April": with no state as the
          // sentence's subject, the one state it has named
          String only = opener == null && i > 0 && w.equals("it") && opensClause ? onlyStateBefore(i) : null;
          if (only != null) referent = List.of(only);
          if (opensClause && i + 1 < tokens.size() && !referent.isEmpty()
              && (w.equals("they") || referent.size() == 1)) {
            added.add(new Actor(i, i + 1, referent, tokens.get(i).text(), ActorKind.PRONOUN));
            continue;
          }
        }
        // "Rubio landed in Georgetown after his stop in Kingston, where Holness received him": the traveller the
        // clause before the "where" named
        if ((w.equals("him") || w.equals("her")) && i > 2) {
          int where = i - 1;
          while (where > 0 && !tokens.get(where).is("where") && !tokens.get(where).isPunctuation()) where--;
          Actor traveller = tokens.get(where).is("where") ? travellerBeforeWhere(where) : null;
          if (traveller != null) {
            added.add(new Actor(i, i + 1, traveller.codes(), tokens.get(i).text(), ActorKind.PRONOUN));
            continue;
          }
        }
        // "ordered them out", "demanded their departure"; not "their base", "their coups", "their three states"
        boolean leaving = w.equals("their") && i + 1 < tokens.size() && LEAVING.contains(tokens.get(i + 1).norm());
        if (w.equals("them") || leaving) {
          Actor people = peopleBefore(i, added);
          if (people != null) {
            added.add(new Actor(i, i + 1, people.codes(), tokens.get(i).text(), ActorKind.PRONOUN));
            continue;
          }
          // "Mali, Burkina Faso and Niger formed a confederation. Their withdrawal from ECOWAS …": opening the
          // sentence, the states the one before acted as
          // (the sentence's subject list before its mutual act reordered them: "Mali, Burkina Faso and Niger")
          List<String> they = discourse.previousSubject().size() > 1 ? discourse.previousSubject()
              : discourse.pronounReferent();
          if (leaving && i == 0 && !they.isEmpty()) {
            added.add(new Actor(i, i + 1, they, tokens.get(i).text(), ActorKind.PRONOUN));
            continue;
          }
        }
        // "Chad has opposed the use of force. Its president, Mahamat Idriss Deby, flew to Niamey": opening the
        // sentence, the officials of the one state the sentence before was about
        // ("In the northeast its troops fight …": or after a short phrase the sentence opens with, which names no
        // party: "In May Kenya recalled its ambassador" is Kenya's)
        boolean opensSentence = i == 0 || (afterFrontedPhrase(i) || i > 2 && tokens.get(i - 1).is(",")
            && afterFrontedPhrase(i - 1)) && noneTaken(taken, 0, i);
        if (opensSentence && (w.equals("its") || w.equals("their")) && i + 1 < tokens.size() && !taken[i + 1]) {
          int role = i + 1;
          while (role < Math.min(tokens.size(), i + 4) && !words.is(WordClass.ROLE, tokens.get(role).norm())
              && Regex.matches(tokens.get(role).text(), "[a-z]+")) {
            role++;
          }
          List<String> whose = discourse.previousSubject().size() == 1 ? discourse.previousSubject()
              : discourse.pronounReferent();
          if (role < tokens.size() && words.is(WordClass.ROLE, tokens.get(role).norm()) && whose.size() == 1) {
            i = take(new Actor(i, role + 1, whose, span(tokens, i, role + 1), ActorKind.PRONOUN), added, taken);
            continue;
          }
        }
        // "Algeria accused Morocco of hostile acts. It severed ties with its neighbour": the state last named that
        // is not the one the sentence opened with
        if ((w.equals("its") || w.equals("their")) && i + 1 < tokens.size() && !taken[i + 1]
            && Regex.matches(tokens.get(i + 1).norm(), "neighbour|neighbor")) {
          Actor opener = sentenceSubject(i, added);
          List<String> own = opener == null ? List.of() : opener.codes();
          String other = null;
          for (String c : discourse.lastStates(3)) if (other == null && !own.contains(c)) other = c;
          if (other != null && !own.isEmpty()) {
            i = take(new Actor(i, i + 2, List.of(other), span(tokens, i, i + 2), ActorKind.PRONOUN), added, taken);
            continue;
          }
        }
        // "France is due to complete the pull-out of its troops. The junta ordered the soldiers out": troops
        // named bare are those of the one state the sentence before named
        if (w.equals("the") && i + 1 < tokens.size() && PEOPLE_SENT.contains(tokens.get(i + 1).norm())
            && !taken[i + 1] && discourse.previousStates().size() == 1
            && (i + 2 >= tokens.size() || !Regex.matches(tokens.get(i + 2).norm(), "of|from|'s"))) {
          i = take(new Actor(i, i + 2, discourse.previousStates(), span(tokens, i, i + 2), ActorKind.PRONOUN), added,
              taken);
          continue;
        }
        boolean opening = i == 0 || tokens.get(i - 1).isPunctuation();
        // "three of the countries signed …" anywhere; "Three African countries …" opening a sentence
        boolean numberOf = i + 2 < tokens.size() && tokens.get(i + 1).is("of") && tokens.get(i + 2).is("the");
        if ((opening || numberOf) && NUMBERS.containsKey(w) && !taken[i]) {
          Actor numberFirst = group(i, i, false);
          if (numberFirst != null) {
            i = take(numberFirst, added, taken);
            continue;
          }
        }
        Actor personal = personal(i);
        if (personal != null) {
          added.add(personal);
          i = personal.to() - 1;
          continue;
        }
        Actor owner = is(WordClass.RULER, i) ? describedOwner(i) : null;
        if (owner != null && i > 0 && !tokens.get(i - 1).is("'s")) {
          added.add(new Actor(i, i + 1, owner.codes(), tokens.get(i).text(), ActorKind.RULER));
          continue;
        }
        // "All three have severed military ties with France": "all" before a number is a group's determiner
        Actor all = w.equals("all") && !taken[i] ? numbered(i, i + 1) : null;
        if (all != null) {
          i = take(all, added, taken);
          continue;
        }
        boolean determiner = w.equals("the") || w.equals("both") || w.equals("its") || w.equals("their");
        // "the former colonies' military regimes": a ruler phrase may also start without a determiner
        boolean bare = !determiner && (is(WordClass.RULER_MODIFIER, i) || is(WordClass.RULER, i)) && i > 0
            && !taken[i - 1] && !(tokens.get(i - 1).is("'s") && i > 1 && taken[i - 2]) && describedOwner(i) == null
            && !Grammar.DETERMINERS.contains(tokens.get(i - 1).norm())
            // ("accuses Algiers of harbouring rebel leaders": the leaders of no state)
            && !is(WordClass.NON_STATE, i - 1);
        if (!determiner && !bare) continue;
        int j = bare ? i : i + 1;
        Actor group = numbered(i, j);
        if (group != null) {
          i = take(group, added, taken);
          continue;
        }
        Actor organisation = w.equals("the") ? organisation(i, taken) : null;
        if (organisation != null) {
          added.add(organisation);
          i = organisation.to() - 1;
          continue;
        }
        if (w.equals("the") && j < tokens.size() && (tokens.get(j).is("two") || tokens.get(j).is("three"))) j++;
        // "the regional rivals", "the two former allies": a relation between the two just named
        int relational = j;
        while (relational < tokens.size() && (is(WordClass.COUNTRY_MODIFIER, relational)
            || is(WordClass.GROUP_MODIFIER, relational) || tokens.get(relational).is("regional"))) {
          relational++;
        }
        if (w.equals("the") && relational > j && relational < tokens.size() && is(WordClass.PAIR, relational)
            && is(WordClass.RELATIONAL, relational)) {
          j = relational;
        }
        if (!bare && j < tokens.size() && is(WordClass.PAIR, j) && (j > i + 1 || w.equals("both")
            || tokens.get(j).is("parties"))) {
          List<String> pair = pairBefore(i);
          if (!pair.isEmpty()) {
            added.add(new Actor(i, j + 1, pair, span(tokens, i, j + 1), ActorKind.PAIR));
            i = j;
          }
          continue;
        }
        j = bare ? i : i + 1;
        // "the new military regimes": a head word ("military") may also modify the next one
        while (j + 1 < tokens.size() && !MONARCHIES.contains(tokens.get(j).norm()) && (is(WordClass.COUNTRY_MODIFIER, j)
            || regions.isRegionWord(tokens.get(j).norm())
            || is(WordClass.RULER_MODIFIER, j) && (!is(WordClass.RULER, j) || is(WordClass.RULER, j + 1)))) {
          j++;
        }
        if (j >= tokens.size() || taken[j]) continue;
        Set<String> region = regions.states(norms, i + 1, j);
        // "the kingdom", "the Gulf emirate": a country of the kind its head names
        boolean monarchy = MONARCHIES.contains(tokens.get(j).norm());
        if (monarchy) region = within(region, regions.states(norms, j, j + 1));
        // ("a deal under which the kingdom agreed …" after "Moroccan sovereignty": the one the sentence has named)
        String namedKingdom = monarchy && region != null ? lastOfRegionBefore(region, i) : null;
        boolean countryHead = is(WordClass.COUNTRY, j) || region != null && (tokens.get(j).is("state") || monarchy);
        if (countryHead && w.equals("the") && !bare) {
          String state = tokens.get(j).is("capital") && region == null ? capitalNamedBefore(i) : null;
          if (state == null) state = namedKingdom;
          if (state == null) state = country(region, i);
          if (state != null) added.add(new Actor(i, j + 1, List.of(state), span(tokens, i, j + 1), ActorKind.COUNTRY));
          i = j;
        } else if (is(WordClass.RULER, j) && !Grammar.insideName(tokens, j)
            && !(tokens.get(j).is("military") && j + 1 < tokens.size()
            && (Regex.matches(tokens.get(j + 1).norm(), "[a-z][a-z-]*") || tokens.get(j + 1).is("-"))
            && !Grammar.PREPOSITIONS.contains(tokens.get(j + 1).norm())
            && !is(WordClass.REPORTING, j + 1))) {
          // "Liberia's president was among the leaders present": the group the subject belongs to, no one new
          // ("Obiang was among more than a dozen African leaders who attended": so after a count)
          boolean among = amongCounted(i);
          Actor ruler = among ? null : ruler(i, j);
          if (ruler != null) i = take(ruler, added, taken);
        }
      }
      if (added.isEmpty()) return;
      // a ruler's "in Mali, Niger and Burkina Faso" now belongs to the ruler
      actors.removeIf(a -> insideLonger(added, a));
      actors.addAll(added);
    }

    /**
     * Whether "among" stands right before token {@code i}, or before a count or a region's adjective that does
     * ("among some 20 African leaders").
     */
    private boolean amongCounted(int i) {
      for (int k = i - 1; k >= Math.max(0, i - 6); k--) {
        if (tokens.get(k).is("among")) return true;
        if (regions.isRegionWord(tokens.get(k).norm())) continue;
        String w = tokens.get(k).norm();
        boolean count = Grammar.isNumber(w) || Grammar.QUANTITY_QUALIFIERS.contains(w)
            || Regex.matches(w, "more|than|a|an|the|of|several|many|other|dozen|score|hundred");
        if (!count) return false;
      }
      return false;
    }

    /** Adds {@code reference} and marks its words taken; the index of its last word, where the scan goes on. */
    private static int take(Actor reference, List<Actor> added, boolean[] taken) {
      added.add(reference);
      for (int k = reference.from(); k < reference.to(); k++) taken[k] = true;
      return reference.to() - 1;
    }

    private static boolean insideLonger(List<Actor> added, Actor a) {
      for (Actor r : added) {
        if (r != a && a.from() >= r.from() && a.to() <= r.to() && r.to() - r.from() > a.to() - a.from()) return true;
      }
      return false;
    }

    private boolean dateEndsAt(int k) {
      for (org.entente.date.DateMention d : dates) if (d.to() == k) return true;
      return false;
    }

    /**
     * "the three countries", "all three Sahel states", "three of the countries", "Three African countries …"
     * opening a sentence: the last N states named.
     */
    private Actor numbered(int i, int j) {
      String w = tokens.get(i).norm();
      if (!(w.equals("the") || w.equals("all") || w.equals("its") || w.equals("their"))) return null;
      if (j >= tokens.size() || !NUMBERS.containsKey(tokens.get(j).norm())) return null;
      return group(i, j, true);
    }

    /**
     * The group whose number stands at {@code j}, the phrase starting at {@code i}; {@code bareNumber}: the
     * number may stand alone before its verb ("the two signed").
     */
    private Actor group(int i, int j, boolean bareNumber) {
      int n = NUMBERS.get(tokens.get(j).norm());
      int k = j + 1;
      if (k + 1 < tokens.size() && tokens.get(k).is("of") && tokens.get(k + 1).is("the")) k += 2;
      int modifiers = k;
      while (k < tokens.size() && (is(WordClass.GROUP_MODIFIER, k) || regions.isRegionWord(tokens.get(k).norm()))) k++;
      if (k >= tokens.size()) return null;
      // "the three Baltic states": a region of just that many states names them
      Set<String> region = k > modifiers && is(WordClass.GROUP, k) ? regions.states(norms, modifiers, k) : null;
      if (region != null && region.size() == n) {
        return new Actor(i, k + 1, List.copyOf(region), span(tokens, i, k + 1), ActorKind.PAIR);
      }
      // "the two signed a series of agreements": the number alone before a verb
      boolean bare = bareNumber && (is(WordClass.GROUP_VERB, k) || tokens.get(k).norm().endsWith("ed"));
      if (bare && k == j + 1) {
        k = j;
      } else if (!is(WordClass.GROUP, k)) {
        return null;
      }
      // "toured the five countries of the G5 Sahel group": an organisation of just that many members names them
      List<String> members = membersOf(k + 1, n);
      if (!members.isEmpty()) return new Actor(i, k + 1, members, span(tokens, i, k + 1), ActorKind.PAIR);
      // "Niger, Mali and Burkina Faso, whose rulers expelled French troops, … their three states": a list of just
      // that many states named together, before any state named after it
      List<String> listed = listedBefore(i, n);
      if (listed.isEmpty() && n == 2) listed = subjectAndLast(i);
      if (!listed.isEmpty()) return new Actor(i, k + 1, listed, span(tokens, i, k + 1), ActorKind.PAIR);
      // "Mongolian troops served alongside U.S. forces in Iraq and Afghanistan, and the two militaries": the places
      // where something happened are no group of people who act, when enough parties acted ("its new ambassador
      // in Burkina Faso, … the three Sahel states" may be places)
      boolean people = Regex.matches(tokens.get(k).norm(),
          "militaries|armies|forces|troops|navies|leaders|presidents|ministers|governments|delegations|sides");
      Set<String> codes = people ? namedBefore(i, n, false) : Set.of();
      if (codes.size() < n) codes = namedBefore(i, n, true);
      if (codes.size() < n) {
        // a group named together earlier is the likeliest referent; else the states named last
        List<String> group = discourse.lastGroup(n);
        // ("Burkina Faso and Niger, also run by juntas, later ordered French troops out too. … the three countries":
        // three or more states soldiers ruled, when the article names just that many)
        if (group.isEmpty() && n >= 3 && salience.ruledBySoldiers().size() == n) {
          group = List.copyOf(salience.ruledBySoldiers().keySet());
        }
        // else the states the article is about, when it is about so few; else the states named last
        if (group.isEmpty()) group = salience.dominantStates(n);
        codes.clear();
        codes.addAll(group.isEmpty() ? discourse.lastStates(n) : group);
      }
      if (codes.size() != n) return null;
      return new Actor(i, k + 1, List.copyOf(codes), span(tokens, i, k + 1), ActorKind.PAIR);
    }

    /**
     * The members of an organisation named at "of (the)" from {@code of}, when they are n on a day the sentence
     * names or on the article's.
     */
    private List<String> membersOf(int of, int n) {
      if (of >= tokens.size() || !tokens.get(of).is("of")) return List.of();
      int at = of + 1 < tokens.size() && tokens.get(of + 1).is("the") ? of + 2 : of + 1;
      for (Actor a : actors) {
        if (a.from() != at || a.codes().size() != 1 || !parties.isOrganisation(a.codes().get(0))) continue;
        // (on the day the sentence tells of, or the article's: "toured the five countries of the G5 Sahel group
        // two years later")
        List<java.time.LocalDate> days = new ArrayList<>();
        for (org.entente.date.DateMention d : dates) if (d.date().date() != null) days.add(d.date().date());
        days.add(published);
        for (java.time.LocalDate day : days) {
          List<String> members = day == null ? List.of() : memberships.members(a.codes().get(0), day);
          if (members.size() == n) return members;
        }
        return List.of();
      }
      return List.of();
    }

    /** Whether a meeting is named in the few words before {@code preposition}: "a meeting in Baku". */
    private boolean meetingBefore(int preposition) {
      for (int k = Math.max(0, preposition - 4); k < preposition; k++) {
        if (Regex.matches(tokens.get(k).norm(), "meeting|meetings|summit|talks|conference|sidelines|forum")) return true;
      }
      return false;
    }

    /**
     * "Muizzu chose Türkiye for his first trip, and in January visited China, where the two governments signed": the
     * visitor, the first party named as such, and the place a "where" clause follows ("Maduro met Ali in St Vincent,
     * where the two leaders agreed": the two people); else empty.
     */
    private List<String> subjectAndLast(int before) {
      int where = -1;
      for (int k = before - 1; k > 0 && where < 0; k--) if (tokens.get(k).is("where")) where = k;
      if (where < 0) return List.of();
      // "where the two leaders agreed" are the two people named, "the two governments" the visitor and the place
      boolean people = false;
      for (int k = before; k < Math.min(tokens.size(), before + 4); k++) {
        people |= Regex.matches(tokens.get(k).norm(), "leaders|presidents|ministers|heads|men|women");
      }
      Actor opening = null;
      Actor last = null;
      for (Actor a : actors) {
        if (a.from() >= (people ? before : where) || !a.explicit()) continue;
        if (a.kind() == ActorKind.NAMED && (opening == null || a.from() < opening.from())) opening = a;
        boolean placed = a.from() > 0 && Regex.matches(tokens.get(a.from() - 1).norm(), "in|on|at|of|to");
        if ((!people || a.kind() == ActorKind.NAMED && !placed) && (last == null || a.from() > last.from())) last = a;
      }
      if (opening == null || last == null || opening.codes().size() != 1 || last.codes().size() != 1
          || opening.codes().equals(last.codes()) || !isState(opening.codes().get(0))
          || !isState(last.codes().get(0))) {
        return List.of();
      }
      return List.of(opening.codes().get(0), last.codes().get(0));
    }

    /** The last {@code n} states named explicitly before {@code i}, with or without the places "in" or "at" them. */
    private Set<String> namedBefore(int i, int n, boolean withPlaces) {
      Set<String> codes = new LinkedHashSet<>();
      for (int a = actors.size() - 1; a >= 0 && codes.size() < n; a--) {
        Actor before = actors.get(a);
        boolean located = located(before);
        // "met his Iranian counterpart at a meeting in Baku …, and the two countries agreed": where they met is
        // not one of the two
        boolean meetingPlace = located && meetingBefore(before.from() - 1);
        if (before.from() < i && before.explicit() && !meetingPlace && (withPlaces || !located)) {
          for (String c : before.codes()) if (isState(c)) codes.add(c);
        }
      }
      return codes;
    }

    /** Whether a state is named as a place, "in" or "at" it, or listed after one ("in Iraq and Afghanistan"). */
    private boolean located(Actor a) {
      int k = a.from() - 1;
      while (k > 0 && (tokens.get(k).is("and") || tokens.get(k).is(","))) {
        Actor listed = null;
        for (Actor b : actors) if (b.to() == k) listed = b;
        if (listed == null) break;
        k = listed.from() - 1;
      }
      return k >= 0 && Regex.matches(tokens.get(k).norm(), "in|at");
    }

    /** The last list of exactly {@code n} states the sentence names before {@code before}, joined by commas and
     * "and" only; empty when there is none. */
    private List<String> listedBefore(int before, int n) {
      List<String> last = List.of();
      List<String> run = new ArrayList<>();
      int runEnd = -1;
      for (Actor a : actors) {
        if (a.from() >= before) break;
        boolean state = a.kind() == ActorKind.NAMED && a.codes().size() == 1 && isState(a.codes().get(0));
        if (!state) continue;
        if (runEnd < 0 || !onlyListWords(runEnd, a.from())) {
          if (run.size() == n) last = List.copyOf(run);
          run.clear();
        }
        if (!run.contains(a.codes().get(0))) run.add(a.codes().get(0));
        runEnd = a.to();
      }
      return run.size() == n ? List.copyOf(run) : last;
    }

    private boolean onlyListWords(int from, int to) {
      if (to <= from) return false;
      for (int k = from; k < to; k++) if (!tokens.get(k).is(",") && !tokens.get(k).is("and")) return false;
      return true;
    }

    /** "his country", "her government": the state of the person last named in the sentence. */
    private Actor personal(int i) {
      String w = tokens.get(i).norm();
      if (!(w.equals("his") || w.equals("her"))) return null;
      int k = i + 1;
      while (k < tokens.size() && is(WordClass.COUNTRY_MODIFIER, k)) k++;
      if (k >= tokens.size() || !(is(WordClass.COUNTRY, k) || tokens.get(k).is("government")
          || tokens.get(k).is("administration"))) {
        return null;
      }
      String state = null;
      for (PartyMention m : persons) if (m.to() <= i && isState(m.code())) state = m.code();
      // "President Castro took office in 2022. In March her government broke off relations …": with no person
      // before it in the sentence, the one state the sentence before had as its subject
      List<String> before = discourse.previousSubject();
      if (state == null && before.size() == 1 && isState(before.get(0)) && noPersonBefore(i)) state = before.get(0);
      return state == null ? null : new Actor(i, k + 1, List.of(state), span(tokens, i, k + 1), ActorKind.COUNTRY);
    }

    /** The two or more states listed at the very start of the sentence, before {@code before}; else empty. */
    /** The state of "X's military rulers" (or "X's leaders") opening the sentence, before token {@code before}. */
    private List<String> stateOfOpeningRulers(int before, List<Actor> referencesSoFar) {
      Actor state = actors.isEmpty() ? null : actors.get(0);
      if (state == null || state.from() != 0 || state.codes().size() != 1 || !isState(state.codes().get(0))
          || state.to() >= tokens.size() || !tokens.get(state.to()).is("'s")) {
        return List.of();
      }
      for (Actor r : referencesSoFar) {
        boolean plural = tokens.get(r.to() - 1).norm().endsWith("s");
        if (r.kind() == ActorKind.RULER && r.from() > state.to() && r.from() <= state.to() + 3 && r.to() < before
            && plural && r.codes().equals(state.codes())) {
          return state.codes();
        }
      }
      return List.of();
    }

    private List<String> openingList(int before) {
      List<String> listed = new ArrayList<>();
      int end = 0;
      for (Actor a : actors) {
        if (a.from() >= before) break;
        boolean state = a.kind().explicit() && a.codes().size() == 1 && isState(a.codes().get(0));
        if (!state || a.from() != end && !onlyListWords(end, a.from())) break;
        listed.add(a.codes().get(0));
        end = a.to();
      }
      return listed.size() > 1 && end < before ? List.copyOf(listed) : List.of();
    }

    private boolean noPersonBefore(int i) {
      for (PartyMention m : persons) if (m.to() <= i) return false;
      return true;
    }

    /**
     * "the regional bloc", "the 15-member body", "the Brussels-based alliance": the organisation the article is
     * about; "the bank", the one it is about whose name says it is a bank.
     */
    private Actor organisation(int i, boolean[] taken) {
      int k = i + 1;
      while (k < tokens.size()) {
        if (is(WordClass.ORGANISATION_MODIFIER, k)) {
          k++;
        } else if (k + 2 < tokens.size() && tokens.get(k).isCapitalised() && tokens.get(k + 1).is("-")
            && tokens.get(k + 2).is("based")) {
          k += 3;
        } else {
          break;
        }
      }
      if (k >= tokens.size()) return null;
      Predicate<String> named = is(WordClass.ORGANISATION_BY_NAME, k) ? nameHolds(tokens.get(k).norm()) : null;
      if (named == null && !is(WordClass.ORGANISATION, k)) return null;
      for (int t = i; t <= k; t++) if (taken[t]) return null;
      Predicate<String> fits = named != null ? named : code -> true;
      String code = namedRightAfter(k + 1);
      if (code == null || !fits.test(code)) code = lastNamedBefore(i, fits);
      if (code == null) code = discourse.salientOrganisation(salience, fits);
      if (code == null) return null;
      return new Actor(i, k + 1, List.of(code), span(tokens, i, k + 1), ActorKind.ORGANISATION);
    }

    private Predicate<String> nameHolds(String head) {
      return code -> List.of(parties.name(code).toLowerCase(Locale.ROOT).split("[^a-z]+")).contains(head);
    }

    /**
     * "leaving the West African bloc ECOWAS", "the regional bloc (ECOWAS)": the organisation named right after the
     * phrase is the one it describes, not the one named before.
     */
    private String namedRightAfter(int k) {
      int at = k < tokens.size() && tokens.get(k).is("(") ? k + 1 : k;
      for (Actor a : actors) {
        if (a.from() == at && a.explicit() && !isState(a.codes().get(0))) return a.codes().get(0);
      }
      return null;
    }

    /** The organisation named last before token {@code i} in this sentence that {@code fits}, or null. */
    private String lastNamedBefore(int i, Predicate<String> fits) {
      String code = null;
      for (Actor a : actors) {
        if (a.to() <= i && a.explicit() && !isState(a.codes().get(0)) && fits.test(a.codes().get(0))) {
          code = a.codes().get(0);
        }
      }
      return code;
    }

    /** "the (new) junta", "the military regimes in Mali, Niger and Burkina Faso". */
    private Actor ruler(int from, int head) {
      int to = head + 1;
      if (to + 1 < tokens.size() && (tokens.get(to).is("in") || tokens.get(to).is("of"))) {
        Set<String> codes = new LinkedHashSet<>();
        int k = to + 1;
        int end = to;
        while (k < tokens.size()) {
          Actor at = actorAt(k);
          // "… in Niamey, and Algeria, which shares a border, …": a state that a relative clause follows opens a
          // clause of its own
          if (at != null && !codes.isEmpty() && relativeAfter(at.to())) break;
          if (at != null && at.explicit()) {
            codes.addAll(at.codes());
            end = at.to();
            k = at.to();
          } else if (tokens.get(k).is(",") || tokens.get(k).is("and") || tokens.get(k).is("the")
              || codes.isEmpty() && (tokens.get(k).is("of") || is(WordClass.GROUP, k)
                  || is(WordClass.COUNTRY_MODIFIER, k) || is(WordClass.GROUP_MODIFIER, k))
              || codes.isEmpty() && k < to + 6 && (tokens.get(k).is("in") || tokens.get(k).isCapitalised())) {
            // "the juntas of the African countries of Burkina Faso, Mali and Niger"; "the Government of National
            // Accord in Tripoli": a government's own name, then where it sits
            k++;
          } else {
            break;
          }
        }
        // "the leaders of Chile and Peru": the states are written, as a reader can check
        if (!codes.isEmpty()) {
          return new Actor(from, end, List.copyOf(codes), span(tokens, from, end), ActorKind.NAMED);
        }
      }
      boolean plural = tokens.get(head).norm().endsWith("s") && !tokens.get(head).is("authorities")
          && !tokens.get(head).is("rulers") && !tokens.get(head).is("leaders");
      // "the South African government": the state its adjective names, whichever state the article is about
      List<String> modifier = statesWithin(from, head);
      if (!modifier.isEmpty()) return new Actor(from, to, modifier, span(tokens, from, to), ActorKind.RULER);
      List<String> codes;
      List<String> namedBefore = statesBefore(from);
      List<String> listedBefore = from > 0 && tokens.get(from - 1).is("whose") ? statesListedBefore(from - 1)
          : List.of();
      if (!listedBefore.isEmpty()) {
        // "Mali, Burkina Faso and Niger, whose military rulers expelled French troops": the states "whose" follows
        // ("Benin borders Niger, Mali and Burkina Faso, whose juntas …": not the subject before their list)
        codes = listedBefore;
      } else if (plural && namedBefore.size() > 1) {
        // "… Mali, Burkina Faso and Niger after the juntas seized power": the states just named
        // ("pulling its troops out of Mali … after the colonels brought in Russian paramilitaries": of them, those
        // soldiers rule)
        List<String> ruledBySoldiers = soldiers(from, head)
            ? namedBefore.stream().filter(salience.ruledBySoldiers()::containsKey).toList() : List.of();
        codes = ruledBySoldiers.isEmpty() ? namedBefore : ruledBySoldiers;
      } else if (plural && discourse.previousStates().size() > 1) {
        codes = discourse.previousStates();
      } else if (plural && soldiers(from, head) && salience.ruledBySoldiers().size() > 1) {
        // "The juntas, which seized power in a series of coups, signed a pact": the states soldiers rule that the
        // article names
        codes = List.copyOf(salience.ruledBySoldiers().keySet());
      } else if (frontPlace != null) {
        codes = List.of(frontPlace);
      } else if (!plural && from == 0 && discourse.previousSubject().size() == 1
          && isState(discourse.previousSubject().get(0)) && (tokens.get(from).is("its") || tokens.get(from).is("the")
              && soldiers(from, head) && salience.ruledBySoldiers().containsKey(discourse.previousSubject().get(0)))) {
        // "Chad ended its defence pact with France. Its government then asked …": the state the sentence before
        // acted as, whichever state the article names most; "Niger has followed its neighbours. The junta
        // denounced …": so is a state soldiers rule, for "the junta"
        codes = discourse.previousSubject();
      } else if (!plural && from > 0 && tokens.get(from).is("its") && openingState(from) != null) {
        // "Burkina Faso hosted the drills, four years before its junta ordered French special forces to leave": the
        // state the sentence opened with
        codes = List.of(openingState(from));
      } else {
        String state = soldiers(from, head) ? salience.juntaState() : salience.ruledState();
        if (state == null) return null;
        codes = List.of(state);
      }
      return new Actor(from, to, codes, span(tokens, from, to), ActorKind.RULER);
    }

    /** "the junta", "the generals", "the military rulers", "the coup leaders": rulers who are soldiers. */
    private boolean soldiers(int from, int head) {
      for (int k = from; k <= head; k++) if (is(WordClass.SOLDIERS_RULING, k)) return true;
      return false;
    }

    private boolean relativeAfter(int k) {
      return k + 1 < tokens.size() && tokens.get(k).is(",")
          && Regex.matches(tokens.get(k + 1).norm(), "which|who|whose|where");
    }

    /** The first state named before {@code before}, when the sentence opens with a party; else null. */
    private String openingState(int before) {
      boolean opens = !actors.isEmpty()
          && (actors.get(0).from() == 0 || tokens.get(0).isCapitalised() && actors.get(0).from() <= 2);
      List<String> states = opens ? statesBefore(before) : List.of();
      return states.isEmpty() ? null : states.get(0);
    }

    private List<String> statesBefore(int before) {
      Set<String> codes = new LinkedHashSet<>();
      for (Actor a : actors) {
        if (a.to() <= before && a.explicit()) for (String c : a.codes()) if (isState(c)) codes.add(c);
      }
      return List.copyOf(codes);
    }

    /** The states of the list that ends right before token {@code before}: "Niger, Mali and Burkina Faso, whose". */
    private List<String> statesListedBefore(int before) {
      int k = before - 1;
      while (k >= 0 && tokens.get(k).is(",")) k--;
      List<String> codes = new ArrayList<>();
      while (k >= 0) {
        Actor at = null;
        for (Actor a : actors) if (a.to() == k + 1 && a.explicit()) at = a;
        if (at == null) break;
        for (String c : at.codes()) if (isState(c) && !codes.contains(c)) codes.add(0, c);
        k = at.from() - 1;
        // ("Colonel Assimi Goita and Captain Ibrahim Traore, whose": past the title before a name)
        while (k >= 0 && (is(WordClass.PERSON_TITLE, k) || is(WordClass.ROLE, k)) && tokens.get(k).isCapitalised()) k--;
        if (k >= 0 && (tokens.get(k).is(",") || tokens.get(k).is("and") || tokens.get(k).is("or"))) {
          k--;
        } else {
          break;
        }
      }
      return List.copyOf(codes);
    }

    private List<String> statesWithin(int from, int to) {
      Set<String> codes = new LinkedHashSet<>();
      for (Actor a : actors) {
        if (a.from() >= from && a.to() <= to && a.explicit()) for (String c : a.codes()) if (isState(c)) codes.add(c);
      }
      return List.copyOf(codes);
    }

    private Actor actorAt(int token) {
      for (Actor a : actors) if (a.from() == token) return a;
      return null;
    }

    /** "the two countries": the last two parties named before, in this sentence or else the previous one. */
    private List<String> pairBefore(int before) {
      List<String> subjectAndLast = subjectAndLast(before);
      if (!subjectAndLast.isEmpty()) return subjectAndLast;
      Set<String> codes = new LinkedHashSet<>();
      for (int k = actors.size() - 1; k >= 0 && codes.size() < 2; k--) {
        Actor a = actors.get(k);
        if (a.from() < before && a.explicit()) codes.addAll(a.codes());
      }
      if (codes.size() == 2) return List.copyOf(codes);
      if (discourse.previousStates().size() == 2) return discourse.previousStates();
      return List.of();
    }
  }
}
