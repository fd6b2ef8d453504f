package org.entente.text;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The closed word classes of English grammar that the coder's rules lean on, each defined once. Words that are
 * about news rather than grammar (reporting verbs, role nouns, hedges) are data: see {@code news-words.csv}.
 * All words are in {@link Normalizer} form.
 */
public final class Grammar {
  private Grammar() {}

  public static final WordSet ARTICLES = WordSet.of("the", "a", "an");
  public static final WordSet DEMONSTRATIVES = WordSet.of("this", "these", "those", "that");
  public static final WordSet POSSESSIVES = WordSet.of("its", "his", "her", "their", "our");
  /** Quantifiers that may also stand alone or float ("they all left", "both signed"). */
  public static final WordSet FLOATING_QUANTIFIERS = WordSet.of("both", "all", "two", "three", "four", "another",
      "other", "some", "several");
  /** Quantifiers that only ever stand before a noun. */
  public static final WordSet NOUN_QUANTIFIERS = WordSet.of("any", "every", "each", "no");

  /** Words that open or sit inside a noun phrase before its head: "the three countries", "its two neighbours". */
  public static final WordSet DETERMINERS = union(ARTICLES, DEMONSTRATIVES, POSSESSIVES, FLOATING_QUANTIFIERS);

  /**
   * Words after which a word that could be a verb is a noun ("the end of", "its withdrawal"). "that", "all" and
   * "both" are left out: "the troops that withdrew", "they all withdrew".
   */
  public static final WordSet NOUN_MARKERS = union(ARTICLES, POSSESSIVES, Set.of("this", "these", "those"),
      NOUN_QUANTIFIERS);

  /**
   * Past and present forms of common irregular verbs of news, which no "-s"/"-ed" ending shows to be verbs: "and
   * Qatar did the same", "and Chad cut ties".
   */
  public static final WordSet IRREGULAR_FINITE_VERBS = WordSet.of("did", "had", "made", "took", "cut", "sent",
      "held", "met", "left", "broke", "gave", "went", "came", "told", "said", "kept", "began", "won", "led",
      "withdrew", "quit", "shut", "struck", "sought", "drew", "saw", "chose", "put", "set", "threw", "flew",
      "became", "bought", "brought", "fought", "paid", "rose", "fell", "spoke");

  /** The possessive endings the tokenizer splits off: "Niger's" → "Niger" + "'s", "allies'" → "allies" + "'". */
  public static final WordSet POSSESSIVE_MARKERS = WordSet.of("'s", "'");

  public static final WordSet PREPOSITIONS = WordSet.of("in", "from", "to", "at", "with", "for", "against", "on",
      "into", "across", "over", "by", "between", "toward", "towards", "near", "inside", "outside", "within", "throughout",
      "among", "amid", "after", "before", "since", "during", "following", "via", "through", "than", "like",
      "about");
  /** What joins the members of a list of parties: "Mali, Niger and Burkina Faso". */
  public static final WordSet CONNECTORS = WordSet.of(",", "and", "or", "&", "as well as", "plus");
  public static final WordSet SUBORDINATORS = WordSet.of("while", "whereas", "because", "although", "though",
      "but", "when", "if", "unless", "once", "as", "so");
  public static final WordSet RELATIVES = WordSet.of("who", "which", "whom", "whose", "where");
  /** Prepositions and conjunctions that may open a clause with a subject of its own: "after the troops left". */
  public static final WordSet CLAUSE_OPENERS = WordSet.of("after", "before", "since", "until", "following", "once",
      "as", "while", "when");
  /** First words of a fronted or trailing adverbial: "After the reception in Bamako,", "Last month,". */
  public static final WordSet ADVERBIAL_STARTS = WordSet.of("after", "following", "since", "before", "amid",
      "despite", "during", "in", "on", "at", "with", "from", "for", "under", "over", "by", "through", "until",
      "without", "according", "unlike", "like", "last", "just", "days", "weeks", "months", "earlier", "later");

  /** Words that qualify a number rather than govern a phrase: "about 75 soldiers", "some 200 troops". */
  public static final WordSet QUANTITY_QUALIFIERS = WordSet.of("about", "around", "over", "under", "nearly",
      "almost", "roughly", "some");

  /** Numbers written in words, as news writes counts: "two envoys", "dozens of soldiers", "half the force". */
  public static final WordSet NUMBER_WORDS = WordSet.of("one", "two", "three", "four", "five", "six", "seven",
      "eight", "nine", "ten", "eleven", "twelve", "fifteen", "twenty", "fifty", "half", "dozen", "dozens", "scores",
      "hundreds", "thousands");

  /** "three", "12", "1,500": a count written in words or digits. */
  /** "northeast", "eastern", "central", "neighbouring": a word that narrows the place after it ("in eastern Congo"). */
  public static boolean narrowsPlace(String w) {
    return Regex.matches(w, "(north|south)?(east|west)?(ern)?|central|neighbou?ring|war-torn");
  }

  /** A finite past by its form: "hosted", "sent" (a word of more than four letters in "-ed", or an irregular one). */
  public static boolean pastForm(String w) {
    return w.length() > 4 && w.endsWith("ed") || IRREGULAR_FINITE_VERBS.contains(w);
  }

  /** The index of the word before a place that starts at {@code from}, past one word that narrows it ("to eastern"). */
  public static int beforePlace(List<Token> tokens, int from) {
    int before = from - 1;
    if (before > 0 && narrowsPlace(tokens.get(before).norm())) before--;
    return before;
  }

  public static boolean isNumber(String w) {
    return !w.isEmpty() && Character.isDigit(w.charAt(0)) || NUMBER_WORDS.contains(w);
  }

  /** Subject pronouns that may stand for a party named before. */
  public static final WordSet SUBJECT_PRONOUNS = WordSet.of("it", "they", "he", "she", "we");
  public static final WordSet FIRST_PERSON = WordSet.of("we", "our");

  public static final WordSet BE = WordSet.of("be", "is", "are", "was", "were", "been", "being", "get", "got",
      "gets", "getting", "'s", "'re");
  public static final WordSet HAVE = WordSet.of("has", "have", "had", "having");
  /** "on the sidelines of", "on the margins of": a meeting's occasion. */
  public static final WordSet SIDELINES = WordSet.of("sidelines", "sideline", "margins");
  /** Modal verbs of possibility and obligation: what follows is not (yet) a fact ("only Niger can end it"). */
  public static final WordSet SPECULATIVE_MODALS = WordSet.of("could", "might", "may", "should", "would", "'d",
      "must", "can", "ca");
  public static final WordSet FUTURE_MODALS = WordSet.of("will", "shall", "'ll", "wo");
  public static final WordSet NEGATION = WordSet.of("not", "n't", "cannot", "never", "no", "neither", "nor", "without");
  /** Adverbs that may stand between an auxiliary and its verb: "will then go", "could also provide". */
  public static final WordSet AUXILIARY_ADVERBS = WordSet.of("yet", "longer", "also", "then", "soon", "still", "now", "be", "have",
      "been", "likely", "probably", "possibly", "eventually", "ultimately", "quickly", "formally", "officially",
      "even", "further", "finally", "not", "n't", "never", "to", "already", "really", "actually", "indeed");
  /** Adverbs that may stand between "be" and a participle: "was also received", "were formally expelled". */
  public static final WordSet PASSIVE_ADVERBS = WordSet.of("also", "recently", "reportedly", "already",
      "officially", "formally", "then", "now", "just", "finally", "previously", "later", "eventually",
      "subsequently", "not", "never", "all", "both", "this");

  /** Words that open a short aside set between a verb and its object by commas: "revoked, with immediate effect,". */
  private static final WordSet ASIDE_OPENERS = WordSet.of("with", "on", "in", "at", "for", "under", "after",
      "reportedly", "effectively", "formally", "officially", "unilaterally", "finally", "also", "however");

  /**
   * The index of the comma that closes a short aside opened by the comma at {@code comma} between a verb and its
   * object — 'revoked, "with immediate effect," an agreement', "expelled, on Tuesday, the ambassador" — or -1.
   * The word before is a lower-case verb, the aside opens with a preposition or an adverb and holds at most six
   * words, and a determiner follows it.
   */
  public static int asideEnd(List<Token> tokens, int comma) {
    if (comma < 1 || !tokens.get(comma).is(",")) return -1;
    if (!verbLike(tokens.get(comma - 1).text())) return -1;
    int k = comma + 1;
    while (k < tokens.size() && isQuote(tokens.get(k))) k++;
    if (k >= tokens.size() || !ASIDE_OPENERS.contains(tokens.get(k).norm())) return -1;
    for (int j = k + 1; j < Math.min(tokens.size(), k + 7); j++) {
      Token t = tokens.get(j);
      if (t.is(",")) {
        int next = j + 1;
        while (next < tokens.size() && isQuote(tokens.get(next))) next++;
        return next < tokens.size() && DETERMINERS.contains(tokens.get(next).norm()) ? j : -1;
      }
      if (isHardBoundary(t) || t.is(";") || t.is(":")) return -1;
    }
    return -1;
  }

  private static boolean isQuote(Token t) {
    return t.is("\"") || t.is("'") || t.is("“") || t.is("”");
  }

  /** Whether token {@code k} is capitalised right after another capitalised word: "the International Monetary Fund". */
  public static boolean afterCapitalised(List<Token> tokens, int k) {
    return k > 0 && tokens.get(k).isCapitalised() && tokens.get(k - 1).isCapitalised()
        && !tokens.get(k - 1).isPunctuation();
  }

  /** Whether token {@code k} stands between two capitalised words, inside a name: "the US-Africa Leaders Summit". */
  public static boolean insideName(List<Token> tokens, int k) {
    return afterCapitalised(tokens, k) && k + 1 < tokens.size() && tokens.get(k + 1).isCapitalised();
  }

  /** A double quotation mark that can close a quotation: '…," he said'. */
  public static boolean closesQuotation(Token t) {
    return t.is("\"") || t.is("”");
  }

  /** A word of lower-case letters that ends as a verb form does: "revoked", "revoking", "revokes". */
  private static boolean verbLike(String w) {
    for (int i = 0; i < w.length(); i++) if (w.charAt(i) < 'a' || w.charAt(i) > 'z') return false;
    return w.length() > 3 && (w.endsWith("ed") || w.endsWith("ing") || w.endsWith("s"));
  }

  /** The verbs of an elliptical clause: "as did Ghana", "as have Mali and Niger". */
  private static final WordSet ELLIPTIC_VERBS = WordSet.of("did", "do", "does", "has", "have", "had");

  /** Whether token {@code k} is the verb of an elliptical "as did" (the act before it, repeated). */
  public static boolean ellipticVerb(List<Token> tokens, int k) {
    return k > 0 && ELLIPTIC_VERBS.contains(tokens.get(k).norm()) && tokens.get(k - 1).is("as");
  }

  /** Punctuation that always ends a clause. */
  public static boolean isHardBoundary(Token t) {
    String w = t.norm();
    return w.equals(";") || w.equals(".") || w.equals(":") || w.equals("?");
  }

  @SafeVarargs
  private static WordSet union(Set<String>... sets) {
    Set<String> all = new HashSet<>();
    for (Set<String> s : sets) all.addAll(s);
    return WordSet.copyOf(all);
  }

  /**
   * "called on Rwanda to stop supporting the M23 and to withdraw its forces": the "to" of the first of the
   * infinitives an "and to" joins, which what governs the first governs too; {@code to} itself otherwise.
   */
  public static int firstJoinedInfinitive(List<Token> tokens, int to) {
    if (to < 2 || !tokens.get(to).is("to") || !tokens.get(to - 1).is("and")) return to;
    for (int k = to - 2; k >= Math.max(1, to - 24); k--) {
      if (tokens.get(k).is(";") || tokens.get(k).is(".") || tokens.get(k).is("\"")) return to;
      if (tokens.get(k).is("to") && k + 1 < to && !tokens.get(k + 1).isPunctuation()) return k;
    }
    return to;
  }
}
