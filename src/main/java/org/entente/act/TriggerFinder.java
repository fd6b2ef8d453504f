package org.entente.act;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.entente.date.MonthNames;
import org.entente.text.Grammar;
import org.entente.text.Regex;
import org.entente.text.Token;
import org.entente.text.WordForm;
import org.entente.text.WordForm.Inflection;
import org.entente.text.WordSet;

/** Finds the lexicon's triggers in a sentence's tokens. */
public final class TriggerFinder {
  /** Ordinary gap allowed between two words of a pattern ("severed diplomatic relations"). */
  private static final int GAP = 2;
  /** Gap allowed where the pattern says '*' ("gave the US military until Sept. 15 to leave"). */
  private static final int WIDE_GAP = 7;
  private static final Set<String> RELATIONSHIPS = WordSet.of("ties", "relations",
      "links", "cooperation", "contact", "contacts", "coordination", "partnership", "partnerships", "friendship",
      "ally", "allies", "partner", "partners", "friend", "friends", "aide", "aides", "adviser", "advisers",
      "associate", "associates", "collaboration");
  /** How far an object or subject class may stand from its trigger. */
  private static final int WINDOW = 10;
  private static final Set<String> TIME_WORDS = WordSet.of("same", "next", "following", "day", "days", "week",
      "later", "earlier", "morning", "afternoon", "evening", "night");
  /** Words that end the stretch after a trigger in which its object class is looked for. */
  private static final Set<String> CLAUSE_WORDS = WordSet.of("who", "which", "where", "while", "whereas", "because",
      "after", "following", "since", "although", "though", "but", "when", "before", "whose", "amid", "despite");

  private final ActLexicon lexicon;

  public TriggerFinder(ActLexicon lexicon) { this.lexicon = lexicon; }

  public List<Trigger> find(List<Token> tokens) {
    List<Trigger> found = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      // "the first visit by …": a word that may be a verb or a noun keeps both readings, verb first
      Trigger merged = null;
      for (WordForm form : lexicon.forms().of(tokens.get(i).norm())) {
        Trigger t = match(tokens, i, form);
        if (t == null) continue;
        if (merged == null) {
          merged = t;
        } else if (t.end() == merged.end()) {
          List<ActEntry> both = new ArrayList<>(merged.candidates());
          t.candidates().stream().filter(c -> !both.contains(c)).forEach(both::add);
          merged = new Trigger(merged.head(), merged.end(), List.copyOf(both), merged.form(), merged.passive(),
              Math.max(merged.reach(), t.reach()));
        }
      }
      if (merged != null) found.add(merged);
    }
    return dropCovered(found);
  }

  private Trigger match(List<Token> tokens, int i, WordForm form) {
    // "the end of its partnership": after a determiner a word is a noun, whatever else it can be
    // "China's downgrade of ties": and after a possessive; but "Germany, France and Poland each ordered …": a
    // past tense after "each" is the verb of the parties before it
    boolean floatingEach = i > 0 && tokens.get(i - 1).is("each")
        && (form.inflection() == Inflection.PAST || form.inflection() == Inflection.PAST_OR_PARTICIPLE);
    // ("among those attending were …": "those" before a gerund are the people doing it)
    boolean peopleDoing = form.inflection() == Inflection.GERUND && i > 0
        && Regex.matches(tokens.get(i - 1).norm(), "those|these");
    if (form.inflection().isVerb() && i > 0 && !floatingEach && !peopleDoing
        && (Grammar.NOUN_MARKERS.contains(tokens.get(i - 1).norm())
        || Grammar.POSSESSIVE_MARKERS.contains(tokens.get(i - 1).norm()))) {
      return null;
    }
    // "believed by witnesses to be Russian": after "by", a word in -s is a plural noun
    if (form.inflection() == Inflection.THIRD_PERSON && i > 0 && tokens.get(i - 1).is("by")) return null;
    // "CSTO peacekeeping forces started pulling out", "French forces": a plural after a name or a modifier is a noun
    boolean pluralNoun = form.inflection().isVerb() && tokens.get(i).is("forces") && i > 0
        // ("US forces pulled out of Iraq": a name may open the sentence; "The forces" is no name)
        && (tokens.get(i - 1).isCapitalised() && (i > 1 || !Grammar.DETERMINERS.contains(tokens.get(0).norm()))
            || Regex.matches(tokens.get(i - 1).norm(),
            "[a-z]+ing|armed|security|special|foreign|military|allied|coalition|government|rebel|ground|air|naval"
                + "|regional|international|national|joint|western|african|european")
        // "French forces were pushed out": a verb is not followed by an auxiliary
        || i + 1 < tokens.size() && Regex.matches(tokens.get(i + 1).norm(), "were|are|have|had|will|would|could|began"));
    if (pluralNoun) return null;
    // "its list of banned organisations", "the expelled diplomats": a participle between a determiner (or "of")
    // and its noun describes the noun; it reports no act
    // ("Japan and South Korea each struck deals with Washington": the floating "each" again)
    if (form.inflection().canBePassive() && i > 0 && i + 1 < tokens.size() && !floatingEach
        && (Grammar.NOUN_MARKERS.contains(tokens.get(i - 1).norm()) || tokens.get(i - 1).is("of"))
        && Regex.matches(tokens.get(i + 1).norm(), "[a-z]+s") && !Grammar.PREPOSITIONS.contains(tokens.get(i + 1).norm())) {
      return null;
    }
    // "the starkest sign yet": a base form after a determiner and an adjective is a noun too
    if (form.inflection() == Inflection.BASE && i > 1 && Grammar.NOUN_MARKERS.contains(tokens.get(i - 2).norm())
        && Regex.matches(tokens.get(i - 1).norm(), "[a-z]+(est|er|al|ic|ive|ous|ful|ible|able)")) {
      return null;
    }
    // "after building close ties with", "a close ally of Moscow": "close" right before a word for a relationship is
    // an adjective
    if (form.inflection() == Inflection.BASE && tokens.get(i).is("close") && closeRelationship(tokens, i)) {
      return null;
    }
    // "Ruto, Museveni and host Samia Suluhu Hassan took part", "Lula joined host Santiago Pena": "host" before a
    // name, after a list's "and", a preposition or a verb in the past, is a title
    if (form.lemma().equals("host") && form.inflection() == Inflection.BASE && i > 0 && i + 1 < tokens.size()
        && Regex.matches(tokens.get(i - 1).norm(), "and|,|with|by|the|met|told|[a-z]+ed")
        && tokens.get(i + 1).isCapitalised()) {
      return null;
    }
    // "Khartoum's army-backed government", "a state-funded school": a participle joined by a hyphen to a common
    // noun is an adjective ("a Russian-backed force" keeps its party)
    if (form.inflection().canBePassive() && i > 1 && tokens.get(i - 1).is("-")
        && Regex.matches(tokens.get(i - 2).text(), "[a-z]+")) {
      return null;
    }
    // "the US International Development Finance Corporation", "the International Monetary Fund approved": a
    // capitalised verb after another capitalised word inside a sentence in lower case is part of a name (a headline
    // in title case keeps its verbs)
    // ("the World Governments Summit in Dubai": a noun keeps its reading, unless a capitalised word follows it too,
    // "the UN Disengagement Observer Force")
    boolean inName = form.inflection().isVerb() ? Grammar.afterCapitalised(tokens, i) : Grammar.insideName(tokens, i);
    if (inName && mostlyLowerCase(tokens)) {
      return null;
    }
    // "who had been told to leave": "had" before "been" is an auxiliary, and the act is the verb after it
    if (form.lemma().equals("have") && i + 1 < tokens.size() && tokens.get(i + 1).is("been")) return null;
    // "have expelled French troops since taking power in coups": "have" before the participle of an expulsion or a
    // withdrawal is an auxiliary, and says nothing of troops the subject has somewhere ("has deployed soldiers in"
    // still does)
    if (form.lemma().equals("have") && i + 1 < tokens.size() && endingParticiple(tokens.get(i + 1))) return null;
    // "will keep training Ukrainian soldiers": "keep" before a gerund goes on doing, and the act is the gerund
    if (form.lemma().equals("keep") && i + 1 < tokens.size() && tokens.get(i + 1).norm().endsWith("ing")) return null;
    List<ActEntry> candidates = new ArrayList<>();
    int end = -1;
    int reach = -1;
    for (ActEntry entry : lexicon.entries(form.lemma())) {
      if (entry.noun() == form.inflection().isVerb()) continue;
      int patternEnd = matchRest(tokens, i + 1, entry.pattern(), 1);
      if (patternEnd < 0 || form.lemma().equals("be") && !onlyAdverbs(tokens, i + 1, patternEnd - 1)) continue;
      if (entry.type() == ActType.COOPERATION_VISIT && ActLexicon.SAYING.contains(form.lemma())
          && !(onlyItsAudience(tokens, i + 1, patternEnd - 1, entry.pattern()) && namedAt(tokens, patternEnd))) {
        continue;
      }
      // "left for Paris", not "left Mali for Niger": what lies between is the place left
      if (entry.pattern().equals(List.of("leave", "for")) && !onlyItsAudience(tokens, i + 1, patternEnd - 1,
          entry.pattern())) {
        continue;
      }
      int objectEnd = patternEnd;
      // "the five members agreed on the bloc's first expansion": a decision of the organisation, not a pact between
      // its members
      if (entry.type() == ActType.COOPERATION_AGREEMENT && entry.frame() == Frame.MUTUAL
          && decidesOnAnOrganisation(tokens, patternEnd)) {
        continue;
      }
      if (!entry.objectClass().isEmpty()) {
        // "ordered French troops to leave", "asked France to close its bases": with a gap in the pattern, the
        // object is inside it or just after it
        int limit = objectLimit(tokens, patternEnd);
        if (entry.pattern().contains("*")) limit = Math.min(limit, patternEnd + 3);
        // "withdraw from the treaty": a pattern that ends in a preposition has its object right after it
        boolean prepositional = Grammar.PREPOSITIONS.contains(entry.pattern().get(entry.pattern().size() - 1))
            || entry.pattern().get(entry.pattern().size() - 1).equals("of");
        int from = i + 1;
        if (prepositional && entry.pattern().size() > 1) {
          from = patternEnd;
          // "pulled the United States out of the 2015 nuclear agreement": after the preposition, the gap's own
          // limit no longer holds
          // ("handed over a Dornier maritime surveillance aircraft"); a gap already spent some of the reach
          limit = Math.min(objectLimit(tokens, patternEnd), patternEnd + (entry.pattern().contains("*") ? 4 : 6));
        }
        objectEnd = lexicon.classes().find(entry.objectClass(), tokens, from, limit);
        // "granted Zambia a loan of $1 billion": an act's noun that ends the object's reach may be the object
        if (objectEnd < 0 && limit < tokens.size() && actNoun(tokens.get(limit))) {
          objectEnd = lexicon.classes().find(entry.objectClass(), tokens, limit, Math.min(tokens.size(), limit + 2));
        }
        // "the talks ended without agreement": what the act goes without is not its object
        if (objectEnd >= 0 && without(tokens, from, objectEnd)) continue;
        // "has about 1,100 troops in Niger": with a gap before the preposition, the object may stand in the gap
        if (objectEnd < 0 && prepositional && entry.pattern().contains("*")) {
          objectEnd = lexicon.classes().find(entry.objectClass(), tokens, i + 1, patternEnd - 1);
        }
        // "French troops were expelled from Chad": in the passive the object stands before the verb
        if (objectEnd < 0 && !prepositional && isPassive(tokens, i, form)
            && lexicon.classes().find(entry.objectClass(), tokens, subjectLimit(tokens, i), i) >= 0) {
          objectEnd = patternEnd;
        }
        // "diplomatic relations, which Khartoum had severed in 2016": a relative clause with its own subject has
        // its object in the noun it describes
        if (objectEnd < 0 && !prepositional && !entry.pattern().contains("*") && !isPassive(tokens, i, form)
            && objectOfRelative(entry.objectClass(), tokens, i)) {
          objectEnd = patternEnd;
        }
        if (objectEnd < 0) continue;
      }
      if (!entry.subjectClass().isEmpty() && !subjectClassBefore(entry.subjectClass(), tokens, i)) {
        continue;
      }
      if (candidates.isEmpty()) {
        end = patternEnd;
        reach = Math.max(patternEnd, objectEnd);
      }
      // one reading per trigger span: longer patterns ("withdraw from") are separate rows tried in order
      if (patternEnd == end) candidates.add(entry);
    }
    if (candidates.isEmpty()) return null;
    // "after a cabinet meeting": a noun after a state's own body names its internal business
    if ((!form.inflection().isVerb() || tokens.get(i).norm().endsWith("ing")) && internalBodyBefore(tokens, i)) {
      return null;
    }
    return new Trigger(i, end, List.copyOf(candidates), form, isPassive(tokens, i, form), reach);
  }

  /** Whether most words of a sentence are in lower case: no headline in title case. */
  private static boolean mostlyLowerCase(List<Token> tokens) {
    int lower = 0;
    int upper = 0;
    for (Token t : tokens) {
      if (t.isPunctuation() || t.text().isEmpty() || !Character.isLetter(t.text().charAt(0))) continue;
      if (t.isCapitalised()) upper++; else lower++;
    }
    return lower > upper;
  }

  private boolean internalBodyBefore(List<Token> tokens, int i) {
    for (int start = i - 1; start >= Math.max(0, i - 3); start--) {
      if (lexicon.classes().find("INTERNAL_BODY", tokens, start, i) == i) return true;
    }
    return false;
  }

  /**
   * Whether the words right after an agreement are about an organisation itself: "agreed on the bloc's budget",
   * "agreed to admit six new members", "agreed on the alliance's enlargement" (an agreement on "the expansion of
   * trade" stays one).
   */
  private static boolean decidesOnAnOrganisation(List<Token> tokens, int from) {
    int k = from;
    if (k < tokens.size() && Regex.matches(tokens.get(k).norm(), "on|upon|to")) k++;
    for (int end = Math.min(tokens.size(), k + 4); k < end; k++) {
      String w = tokens.get(k).norm();
      if (Grammar.PREPOSITIONS.contains(w) || tokens.get(k).isPunctuation()) return false;
      if (w.equals("admit") || w.equals("admission")) return true;
      // "the bloc's expansion", "its enlargement", but not "an expansion of trade"
      if ((w.equals("expansion") || w.equals("enlargement")) && !(k + 1 < tokens.size() && tokens.get(k + 1).is("of")
          && !(k + 3 < tokens.size() && ORGANISATIONS.contains(tokens.get(k + 3).norm())))) {
        return true;
      }
      if (ORGANISATIONS.contains(w) && k + 1 < tokens.size() && tokens.get(k + 1).is("'s")) return true;
    }
    return false;
  }

  private static final Set<String> ORGANISATIONS = Set.of(
      "bloc", "group", "grouping", "alliance", "union", "organisation", "organization", "body", "club");

  /**
   * Whether the nearest preposition before the object is "without": "without (an) agreement", but not "the
   * withdrawal without delay of MINUSMA".
   */
  private static boolean without(List<Token> tokens, int from, int to) {
    for (int k = to - 1; k >= from; k--) {
      Token t = tokens.get(k);
      if (t.is("without")) return true;
      if (t.is("of") || Grammar.PREPOSITIONS.contains(t.norm())) return false;
    }
    return false;
  }

  /**
   * Whether a "which" a few words before the verb, followed by the verb's own subject, comes right after a noun of
   * the object class; or a "that" right after one ("the howitzers that Germany sent to Kyiv").
   */
  private boolean objectOfRelative(String objectClass, List<Token> tokens, int verb) {
    if (objectBeforeSubject(objectClass, tokens, verb)) return true;
    for (int k = verb - 2; k >= Math.max(1, verb - 6); k--) {
      Token t = tokens.get(k);
      // ("which Argentina's previous government tore up": a possessive inside the subject)
      if (t.isPunctuation() && !Grammar.POSSESSIVE_MARKERS.contains(t.norm())) return false;
      // ("the accord that Niger cancelled": a "that" may open a reported clause too, so it counts only right after
      // the noun, below)
      if (!t.is("which")) continue;
      int nounEnd = tokens.get(k - 1).is(",") ? k - 1 : k;
      // "relations with Venezuela, which Maduro had broken off": past the partner the noun names
      int with = nounEnd - 1;
      while (with > nounEnd - 5 && with > 1 && tokens.get(with).isCapitalised()) with--;
      if (with < nounEnd - 1 && tokens.get(with).is("with")) nounEnd = with;
      // "restored relations in March, which …": past a short date
      int dateStart = nounEnd;
      while (dateStart > nounEnd - 3 && dateStart > 1 && (tokens.get(dateStart - 1).isCapitalised()
          || Regex.matches(tokens.get(dateStart - 1).norm(), "\\d+"))) {
        dateStart--;
      }
      if (dateStart < nounEnd && Regex.matches(tokens.get(dateStart - 1).norm(), "in|on|since")) {
        nounEnd = dateStart - 1;
      }
      return lexicon.classes().find(objectClass, tokens, Math.max(0, nounEnd - 3), nounEnd) == nounEnd;
    }
    return false;
  }

  /**
   * "the howitzers that Germany has sent", "the six jets that Russia donated": a noun of the object class, "that", a
   * capitalised subject of up to three words and an optional "has" or "had" right before the verb.
   */
  private boolean objectBeforeSubject(String objectClass, List<Token> tokens, int verb) {
    int k = verb - 1;
    if (k >= 0 && Grammar.HAVE.contains(tokens.get(k).norm())) k--;
    int subjectEnd = k + 1;
    while (k >= 0 && subjectEnd - k <= 3 && tokens.get(k).isCapitalised() && !tokens.get(k).isPunctuation()) k--;
    // (without "that", "the dam Addis Ababa has built" leaves the clause's subject to be found by the words alone)
    if (k + 1 == subjectEnd || k < 1 || !tokens.get(k).is("that")) return false;
    k--;
    return lexicon.classes().find(objectClass, tokens, Math.max(0, k - 2), k + 1) == k + 1;
  }

  /**
   * "was also in Addis Ababa", "has already been in": between a copula and the rest of its pattern only adverbs,
   * not "is stationing troops in", "were killed in".
   */
  private static boolean onlyAdverbs(List<Token> tokens, int from, int to) {
    for (int k = from; k < to; k++) {
      if (!Regex.matches(tokens.get(k).norm(), "[a-z]+ly|also|still|already|again|then|now|once|just|even|been|present")) {
        return false;
      }
    }
    return true;
  }

  /**
   * "told a news conference in", "said in": between a verb of saying and the place only the pattern's own words
   * and their article, not "said they stood in solidarity" or "announced its withdrawal in April".
   */
  private static boolean onlyItsAudience(List<Token> tokens, int from, int to, List<String> pattern) {
    for (int k = from; k < to; k++) {
      String w = tokens.get(k).norm();
      if (!pattern.contains(w) && !Regex.matches(w, "a|an|the|news|press|[a-z]+ly|also")) return false;
    }
    return true;
  }

  /** "said in Rabat", "in the Moroccan capital": a name or "the" after the place's preposition, not "in April". */
  private static boolean namedAt(List<Token> tokens, int k) {
    if (k < tokens.size() && tokens.get(k).is("the")) k++;
    return k < tokens.size() && tokens.get(k).isCapitalised() && !MonthNames.isCalendarWord(tokens.get(k));
  }

  private boolean actVerb(Token token) {
    return actWord(token, true);
  }

  private boolean actNoun(Token token) {
    return actWord(token, false);
  }

  /** Whether {@code token} is a form of a verb (or a noun) that heads a lexicon row of its own kind. */
  private boolean actWord(Token token, boolean verb) {
    for (WordForm form : lexicon.forms().of(token.norm())) {
      boolean kind = form.inflection().isVerb() == verb;
      if (kind && lexicon.entries(form.lemma()).stream().anyMatch(e -> e.noun() != verb)) return true;
    }
    return false;
  }

  /** Matches pattern words [k..] from token {@code from}; returns the end of the match or -1. */
  private int matchRest(List<Token> tokens, int from, List<String> pattern, int k) {
    if (k == pattern.size()) return from;
    int gap = GAP;
    if (pattern.get(k).equals("*")) {
      gap = WIDE_GAP;
      k++;
    }
    String word = pattern.get(k);
    int limit = from + gap;
    boolean aside = false;
    for (int j = from; j < tokens.size() && j <= limit; j++) {
      Token t = tokens.get(j);
      // "the withdrawal of AES member states (Burkina Faso, Mali, Niger) from ECOWAS": a bracketed aside takes no
      // room in a wide gap
      if (gap == WIDE_GAP && (t.is("(") || aside)) {
        aside = !t.is(")");
        limit++;
        continue;
      }
      // 'severed the so-called "diplomatic relations"': quotation marks and hyphens take no room in the gap, nor
      // the commas of an aside in a wide one ("gave the ambassador, Sylvain Itte, 48 hours to leave")
      // ("flew the same day to Abidjan", "left the next morning for Paris": a time phrase takes no room either)
      boolean free = t.norm().equals("\"") || t.norm().equals("'") || t.norm().equals("-")
          || gap == WIDE_GAP && t.norm().equals(",") || soCalled(tokens, j) || gap == GAP && coordinated(tokens, j, from)
          || gap == GAP && TIME_WORDS.contains(t.norm());
      if (free) limit++;
      // "declared the UN envoy, Volker Perthes, persona non grata": a name between commas takes no room either
      if (gap == WIDE_GAP && t.is(",")) limit += nameBetweenCommas(tokens, j);
      // "gave French troops until the end of the year to leave": a deadline takes no room either
      if (gap == WIDE_GAP && t.is("until")) limit += deadlineLength(tokens, j, word);
      // "returned the envoy's passport to Moscow": a pattern's noun that owns the next noun is not the one acted on
      boolean owner = k + 1 < pattern.size() && j + 1 < tokens.size()
          && Grammar.POSSESSIVE_MARKERS.contains(tokens.get(j + 1).norm());
      if (!owner && (t.norm().equals(word) || lexicon.classes().sameWord(t.norm(), word))) {
        int end = matchRest(tokens, j + 1, pattern, k + 1);
        if (end >= 0) return end;
      }
      if (Grammar.isHardBoundary(t) || nextClause(tokens, j)) break;
      // "the first member to quit since Ecuador left": a narrow gap does not run over the infinitive of another
      // act ("cut diplomatic, trade and travel links" may run over a noun that is also a verb)
      if (gap == GAP && j > from && tokens.get(j - 1).is("to") && actVerb(t)) break;
      // "has expelled French forces, whose last soldiers left in December": a relative clause after a comma is
      // no aside, and a gap does not run into it
      // ("which have sent troops to Haiti, met in Nairobi": nor into the verb of the clause it closes)
      // ("demanded that 100 Danish special forces, who had just arrived, leave": unless the pattern's next word
      // comes right after the comma that closes it)
      int closing = gap == WIDE_GAP && t.norm().equals(",") ? relativeClosedBefore(tokens, j, word) : -1;
      if (closing > 0) {
        limit += closing - j;
        j = closing;
        continue;
      }
      if (gap == WIDE_GAP && t.norm().equals(",") && j + 1 < tokens.size()
          && (Grammar.RELATIVES.contains(tokens.get(j + 1).norm())
              || Grammar.IRREGULAR_FINITE_VERBS.contains(tokens.get(j + 1).norm()))) {
        break;
      }
    }
    return -1;
  }

  /**
   * The comma that closes a relative clause opened by the comma at {@code comma} ("…, who had just arrived, …")
   * when the pattern's next word {@code next} follows it; else -1.
   */
  private int relativeClosedBefore(List<Token> tokens, int comma, String next) {
    if (comma + 1 >= tokens.size() || !Regex.matches(tokens.get(comma + 1).norm(), "who|which")) return -1;
    for (int k = comma + 2; k + 1 < Math.min(tokens.size(), comma + 16); k++) {
      if (Grammar.isHardBoundary(tokens.get(k))) return -1;
      if (!tokens.get(k).is(",")) continue;
      String after = tokens.get(k + 1).norm();
      return after.equals(next) || lexicon.classes().sameWord(after, next) ? k : -1;
    }
    return -1;
  }

  /**
   * "attended the summit as a guest, and was greeted at the airport": a conjunction and a verb open the next
   * clause, which no gap runs into.
   */
  private static boolean nextClause(List<Token> tokens, int j) {
    return j + 1 < tokens.size() && Regex.matches(tokens.get(j).norm(), "and|but")
        && Regex.matches(tokens.get(j + 1).norm(), "was|were|is|are|has|have|had|will|would|did");
  }

  /** The words of "until the end of the year" before {@code next}, the pattern's next word; 0 when it is not there. */
  private static int deadlineLength(List<Token> tokens, int until, String next) {
    for (int j = until + 1; j < Math.min(tokens.size(), until + 8); j++) {
      if (tokens.get(j).norm().equals(next)) return j - until;
      if (Grammar.isHardBoundary(tokens.get(j))) return 0;
    }
    return 0;
  }

  /**
   * "severed diplomatic and economic ties", "cut diplomatic, trade and transport links": modifiers joined to the
   * first take no room in the gap, nor their commas and conjunctions.
   */
  private static boolean coordinated(List<Token> tokens, int j, int from) {
    if (j <= from) return false;
    String w = tokens.get(j).norm();
    // ("had sent troops to Haiti, met in Nairobi": a name before a comma and a word after it are no modifiers
    // of one noun)
    if (w.equals(",") && j + 1 < tokens.size()
        && tokens.get(j - 1).isCapitalised() != tokens.get(j + 1).isCapitalised()) {
      return false;
    }
    if (w.equals(",") || w.equals("and") || w.equals("or")) return true;
    String before = tokens.get(j - 1).norm();
    return (before.equals(",") || before.equals("and") || before.equals("or")) && !tokens.get(j).isCapitalised()
        && Character.isLetter(w.charAt(0));
  }

  /** The length of a name of two to four capitalised words between the comma at {@code comma} and the next. */
  private static int nameBetweenCommas(List<Token> tokens, int comma) {
    int k = comma + 1;
    while (k < tokens.size() && k <= comma + 4 && tokens.get(k).isCapitalised()) k++;
    int length = k - comma - 1;
    return length >= 2 && k < tokens.size() && tokens.get(k).is(",") ? length : 0;
  }

  /** "the so-called \"diplomatic relations\"": Xinhua's distancing words take no room in a pattern's gap. */
  private static boolean soCalled(List<Token> tokens, int j) {
    String w = tokens.get(j).norm();
    if (w.equals("so")) return j + 2 < tokens.size() && tokens.get(j + 1).is("-") && tokens.get(j + 2).is("called");
    return w.equals("called") && j >= 2 && tokens.get(j - 1).is("-") && tokens.get(j - 2).is("so");
  }

  private int objectLimit(List<Token> tokens, int from) {
    int limit = Math.min(tokens.size(), from + WINDOW);
    for (int j = from; j < limit; j++) {
      // 'revoked, "with immediate effect," an agreement': the object after an aside, which takes no room
      int aside = tokens.get(j).is(",") ? Grammar.asideEnd(tokens, j) : -1;
      if (aside > 0) {
        limit = Math.min(tokens.size(), limit + aside - j + 1);
        j = aside;
        continue;
      }
      // "the departure follows the closure of French bases": another act noun has the words after it
      if (j > from && Grammar.NOUN_MARKERS.contains(tokens.get(j - 1).norm()) && actNoun(tokens.get(j))) return j;
      // "close the straits to Russian warships": a "to" phrase after the object is a destination, not the object
      boolean toPhrase = j > from && tokens.get(j).is("to") && j + 1 < tokens.size()
          && (Grammar.NOUN_MARKERS.contains(tokens.get(j + 1).norm()) || tokens.get(j + 1).isCapitalised());
      if (toPhrase) return j;
      // "ending decades of conflict, signing a joint declaration": the object ends at a comma
      if (Grammar.isHardBoundary(tokens.get(j)) || CLAUSE_WORDS.contains(tokens.get(j).norm())
          || tokens.get(j).is(",")) {
        return j;
      }
    }
    return limit;
  }

  /**
   * Whether "close" at {@code i} describes a relationship a few words on: "close ties", "close high-level military
   * exchanges" (not "close the base to French troops").
   */
  private static boolean closeRelationship(List<Token> tokens, int i) {
    for (int k = i + 1; k < Math.min(tokens.size(), i + 7); k++) {
      String w = tokens.get(k).norm();
      if (RELATIONSHIPS.contains(w) || Regex.matches(w, "exchanges?|consultations?|dialogue|alignment")) return true;
      if (Grammar.DETERMINERS.contains(w) || tokens.get(k).isPunctuation() && !w.equals("-")) return false;
    }
    return false;
  }

  /**
   * Whether a noun of {@code subjectClass} stands before the verb at {@code head}, back to a hard boundary, but not
   * inside a relative clause closed before the verb ("Sudan, which recalled its envoy in 2021, left IGAD": the envoy
   * is no subject of "left"; "Russian troops, who arrived in 2021, left" keeps its troops).
   */
  private boolean subjectClassBefore(String subjectClass, List<Token> tokens, int head) {
    int from = subjectLimit(tokens, head);
    int close = -1;
    for (int k = head - 1; k >= Math.max(1, from); k--) {
      if (close < 0 && tokens.get(k).is(",")) close = k;
      if (close > 0 && k < close && Regex.matches(tokens.get(k).norm(), "which|who|whom|whose")
          && tokens.get(k - 1).is(",")) {
        return lexicon.classes().find(subjectClass, tokens, from, k - 1) >= 0
            || lexicon.classes().find(subjectClass, tokens, close, head) >= 0;
      }
    }
    return lexicon.classes().find(subjectClass, tokens, from, head) >= 0;
  }

  private static int subjectLimit(List<Token> tokens, int head) {
    int limit = Math.max(0, head - WINDOW);
    for (int j = head - 1; j >= limit; j--) {
      if (Grammar.isHardBoundary(tokens.get(j))) return j + 1;
    }
    return limit;
  }


  private static boolean isPassive(List<Token> tokens, int i, WordForm form) {
    if (!form.inflection().canBePassive()) return false;
    for (int j = i - 1; j >= 0 && j >= i - 3; j--) {
      String w = tokens.get(j).norm();
      if (Grammar.BE.contains(w)) return true;
      if (!Grammar.PASSIVE_ADVERBS.contains(w)) break;
    }
    // "had been declared persona non grata and ordered to leave": a participle joined to a passive shares its "been"
    if (i > 1 && tokens.get(i - 1).is("and") && form.inflection() != Inflection.BASE) {
      for (int j = i - 2; j >= 0 && j >= i - 9; j--) {
        String w = tokens.get(j).norm();
        if (w.equals(",") || w.equals(";") || w.equals(":") || w.equals("and")) break;
        if (Grammar.BE.contains(w) && j + 1 < i - 1 && Regex.matches(tokens.get(j + 1).norm(), "[a-z]+ed|[a-z]+en")) {
          return true;
        }
      }
    }
    // a reduced relative: "the documents signed by the two ministers"
    if (form.inflection() == Inflection.PARTICIPLE || form.inflection() == Inflection.PAST_OR_PARTICIPLE) {
      boolean afterHave = i > 0 && Grammar.HAVE.contains(tokens.get(i - 1).norm());
      if (!afterHave && i + 1 < tokens.size() && tokens.get(i + 1).is("by")) return true;
    }
    return false;
  }

  private boolean endingParticiple(Token token) {
    for (WordForm f : lexicon.forms().of(token.norm())) {
      if (!f.inflection().canBePassive() || f.lemma().equals("have")) continue;
      List<ActEntry> entries = lexicon.entries(f.lemma());
      if (!entries.isEmpty() && entries.stream().allMatch(e -> !e.type().category().equals("cooperation")
          && !e.type().category().equals("alliance"))) {
        return true;
      }
    }
    return false;
  }

  /** A trigger inside another's pattern or object ("ended security agreements": "agreements" is no act). */
  private static List<Trigger> dropCovered(List<Trigger> found) {
    List<Trigger> out = new ArrayList<>();
    for (Trigger t : found) {
      boolean covered = out.stream().anyMatch(o -> t.head() > o.head() && t.head() < o.reach());
      if (!covered) out.add(t);
    }
    return out;
  }
}
