package org.entente.coding;

import java.util.ArrayList;
import java.util.List;
import org.entente.dictionary.NewsWords;
import org.entente.party.AliasKind;
import org.entente.party.PartyFinder;
import org.entente.party.PartyMention;
import org.entente.party.Places;
import org.entente.party.RegionWords;
import org.entente.text.Regex;
import org.entente.text.WordSet;

/**
 * Adds the party names of every sentence. "Nigerian" is Nigeria's demonym, but texts translated from French
 * often write it, and even "Nigeria", for Niger ("the Nigerian delegation, led by Interior Minister Mohamed
 * Toumba"). Where a sentence ties "Nigerian" or "Nigeria" to a person or capital of Niger and the article names
 * no person or city of Nigeria, every "Nigeria(n)" of the article is read as Niger; where the article names
 * Niger and never Nigeria, "Nigerian" right before an office ("Nigerian Defence Minister") is read as Niger.
 */
final class NameStage implements ArticleStage {
  private final PartyFinder finder;
  private final NewsWords words;
  private final RegionWords regions;
  private final Places places;
  private final TitledOfficials officials;
  private final TitleReferences titleReferences = new TitleReferences();

  NameStage(PartyFinder finder, NewsWords words, RegionWords regions, Places places) {
    this.finder = finder;
    this.words = words;
    this.regions = regions;
    this.places = places;
    this.officials = new TitledOfficials(finder, words);
  }

  @Override
  public ArticleAnnotation annotate(ArticleAnnotation article) {
    List<List<PartyMention>> names = new ArrayList<>();
    List<List<Places.Mention>> placesNamed = new ArrayList<>();
    // the loops over the article's sentences call a method per sentence: a small loop is compiled once and
    // cheaply, where a loop with the whole rule inside is compiled again at each of its entries (on-stack)
    for (SentenceAnnotation s : article.sentences()) {
      List<Places.Mention> inside = s.empty() ? List.of() : places.find(s.sentence().tokens());
      placesNamed.add(inside);
      names.add(s.empty() ? List.of() : partiesNamed(s, article, inside));
    }
    names = withSurnames(article, names);
    names = withTitledGivenNames(article, names);
    names = officials.withTitledOfficials(article, names);
    names = withCongo(article, names);
    names = titleReferences.withTitleReferences(article, names);
    boolean niger = false;
    boolean nigeriaByName = false;
    boolean nigeriaSpecific = false;
    boolean translated = false;
    boolean bothNamed = false;
    for (List<PartyMention> ms : names) {
      boolean nigeriaHere = false;
      boolean nigerSpecificHere = false;
      // "Nigeria and Niger reopened their border": a sentence naming both tells them apart
      bothNamed |= namesNigeriaAndNiger(ms);
      for (PartyMention m : ms) {
        if (m.code().equals("NER")) niger = true;
        if (m.code().equals("NER") && specific(m)) nigerSpecificHere = true;
        if (m.code().equals("NGA")) nigeriaHere = true;
        if (m.code().equals("NGA") && m.kind() != AliasKind.DEMONYM) nigeriaByName = true;
        if (m.code().equals("NGA") && specific(m)) nigeriaSpecific = true;
      }
      translated |= nigeriaHere && nigerSpecificHere;
    }
    boolean rereadAll = translated && !nigeriaSpecific && !bothNamed;
    boolean rereadOffices = niger && !nigeriaByName;
    List<SentenceAnnotation> out = new ArrayList<>();
    for (int i = 0; i < names.size(); i++) {
      SentenceAnnotation s = article.sentences().get(i);
      out.add(s.withNames(reread(s, names.get(i), rereadAll, rereadOffices), placesNamed.get(i)));
    }
    return article.withSentences(out);
  }

  /** The parties a sentence names, less those inside a description, a place or a region's name. */
  private List<PartyMention> partiesNamed(SentenceAnnotation s, ArticleAnnotation article,
      List<Places.Mention> inside) {
    List<org.entente.text.Token> tokens = s.sentence().tokens();
    List<PartyMention> kept = new ArrayList<>();
    for (PartyMention m : finder.find(s.sentence(), article.published())) {
      if (!describes(tokens, m) && !withinPlace(m, inside) && !withinRegion(tokens, m) && !givenName(tokens, m)) {
        kept.add(m);
      }
    }
    return List.copyOf(kept);
  }

  /**
   * "Ukraine's Energy Minister German Galushchenko", "Acting Secretary Chad Wolf": a state's name or adjective
   * between a person's title and a capitalised name is the person's given name.
   */
  private boolean givenName(List<org.entente.text.Token> tokens, PartyMention m) {
    if (m.kind() != AliasKind.DEMONYM && m.kind() != AliasKind.NAME || m.to() - m.from() != 1 || m.from() == 0
        || m.to() >= tokens.size()) {
      return false;
    }
    org.entente.text.Token title = tokens.get(m.from() - 1);
    org.entente.text.Token next = tokens.get(m.to());
    return title.isCapitalised() && words.is(NewsWords.WordClass.PERSON_TITLE, title.norm())
        && next.isCapitalised() && !next.isPunctuation() && !words.is(NewsWords.WordClass.PERSON_TITLE, next.norm())
        && !words.is(NewsWords.WordClass.ROLE, next.norm());
  }

  /** Whether a sentence names both Nigeria and Niger by name. */
  private static boolean namesNigeriaAndNiger(List<PartyMention> ms) {
    boolean nigeria = false;
    boolean niger = false;
    for (PartyMention m : ms) {
      if (m.kind() != AliasKind.NAME) continue;
      nigeria |= m.code().equals("NGA");
      niger |= m.code().equals("NER");
    }
    return nigeria && niger;
  }

  /** A sentence's names with "Nigeria(n)" read as Niger where the article calls for it (see the class comment). */
  private List<PartyMention> reread(SentenceAnnotation s, List<PartyMention> names, boolean rereadAll,
      boolean rereadOffices) {
    List<PartyMention> ms = new ArrayList<>();
    for (PartyMention m : names) {
      boolean office = m.kind() == AliasKind.DEMONYM && beforeOffice(s, m);
      boolean reread = m.code().equals("NGA") && (rereadAll && !specific(m) || rereadOffices && office);
      ms.add(reread ? m.withCode("NER") : m);
    }
    return ms;
  }

  /**
   * "Spanish Prime Minister Pedro Sánchez … On April 7, Sánchez traveled to Rabat": a person the article names in
   * full is named by surname alone elsewhere in it, as news style has it. A surname two named persons share is
   * left alone.
   */
  private static final java.util.Set<String> SURNAME_FIRST = WordSet.of("CHN", "TWN", "KOR", "PRK");

  private static final java.util.Set<String> GIVEN_NAME_FIRST = WordSet.of("MYS", "IDN", "THA", "ETH", "ERI",
      "BRN");

  /** Words an alias may open with that are no one's name: "Sultan Hassanal Bolkiah", "King Vajiralongkorn". */
  private static final java.util.Set<String> TITLES = WordSet.of("sultan", "king", "queen", "prince", "princess",
      "sheikh", "emir", "general", "president", "crown", "mr", "dr");

  /** Notes that {@code word} names the person of {@code m}, unless another party's person has it too. */
  static void remember(java.util.Map<String, PartyMention> persons, java.util.Set<String> shared,
      org.entente.text.Token word, PartyMention m) {
    if (!word.isCapitalised() || word.norm().length() < 2 || Regex.matches(word.norm(), "[ivx]+|jr|sr")) return;
    PartyMention before = persons.putIfAbsent(word.norm(), m);
    if (before != null && !before.code().equals(m.code())) shared.add(word.norm());
  }

  private static List<List<PartyMention>> withSurnames(ArticleAnnotation article, List<List<PartyMention>> names) {
    java.util.Map<String, PartyMention> persons = new java.util.HashMap<>();
    java.util.Set<String> shared = new java.util.HashSet<>();
    for (int i = 0; i < names.size(); i++) {
      List<org.entente.text.Token> tokens = article.sentences().get(i).sentence().tokens();
      for (PartyMention m : names.get(i)) {
        if (m.kind() != AliasKind.LEADER && m.kind() != AliasKind.OFFICIAL || m.to() - m.from() < 2) continue;
        // "Wang Yi … Wang said": Chinese and Korean names put the family name first
        // ("President Moon Jae-in": past a title the alias opens with)
        int family = m.from();
        while (family < m.to() - 1 && TITLES.contains(tokens.get(family).norm())) family++;
        org.entente.text.Token last = tokens.get(SURNAME_FIRST.contains(m.code()) ? family : m.to() - 1);
        remember(persons, shared, last, m);
        // "Prime Minister Anwar Ibrahim … Anwar said": Malay, Indonesian, Thai, Ethiopian and Eritrean names are
        // shortened to the given name
        org.entente.text.Token first = tokens.get(m.from());
        if (GIVEN_NAME_FIRST.contains(m.code()) && !TITLES.contains(first.norm())) {
          remember(persons, shared, first, m);
        }
      }
    }
    shared.forEach(persons::remove);
    if (persons.isEmpty()) return names;
    // "North Macedonia's Foreign Minister Bujar Osmani … Osmani visited Kyiv": a surname the dictionary gives to
    // another party's leader is, in this article, the person it named in full
    List<List<PartyMention>> renamed = new ArrayList<>();
    for (int i = 0; i < names.size(); i++) {
      List<org.entente.text.Token> tokens = article.sentences().get(i).sentence().tokens();
      List<PartyMention> ms = new ArrayList<>();
      for (PartyMention m : names.get(i)) {
        boolean personal = m.kind() == AliasKind.LEADER || m.kind() == AliasKind.OFFICIAL;
        PartyMention person = m.to() - m.from() == 1 && personal ? persons.get(tokens.get(m.from()).norm()) : null;
        boolean other = person != null && !person.code().equals(m.code());
        ms.add(other ? new PartyMention(m.from(), m.to(), person.code(), person.kind(), m.text()) : m);
      }
      renamed.add(List.copyOf(ms));
    }
    return withWords(article, renamed, (t, before) -> {
      PartyMention person = t.isCapitalised() ? persons.get(t.norm()) : null;
      return person == null ? null : new PartyMention(0, 0, person.code(), person.kind(), t.text());
    });
  }

  /**
   * Adds, at every single word no name covers yet, the party {@code read} gives it, given the word and the one before
   * it (null at the start), or none: null; the mention's position is set here.
   */
  static List<List<PartyMention>> withWords(ArticleAnnotation article, List<List<PartyMention>> names,
      java.util.function.BiFunction<org.entente.text.Token, org.entente.text.Token, PartyMention> read) {
    List<List<PartyMention>> out = new ArrayList<>();
    for (int i = 0; i < names.size(); i++) {
      out.add(withWords(article.sentences().get(i).sentence().tokens(), names.get(i), read));
    }
    return out;
  }

  /**
   * One sentence's names with those {@code read} gives its uncovered words: a method per sentence, as in
   * {@link #annotate}, so that the loop over the article stays small.
   */
  private static List<PartyMention> withWords(List<org.entente.text.Token> tokens, List<PartyMention> names,
      java.util.function.BiFunction<org.entente.text.Token, org.entente.text.Token, PartyMention> read) {
    List<PartyMention> ms = new ArrayList<>(names);
    for (int k = 0; k < tokens.size(); k++) {
      if (covers(ms, k)) continue;
      PartyMention m = read.apply(tokens.get(k), k > 0 ? tokens.get(k - 1) : null);
      if (m != null) ms.add(new PartyMention(k, k + 1, m.code(), m.kind(), m.text()));
    }
    ms.sort(BY_START);
    return List.copyOf(ms);
  }

  private static final java.util.Comparator<PartyMention> BY_START =
      java.util.Comparator.comparingInt(PartyMention::from);

  /** Royal titles before which news shortens a name to the given name: "Crown Prince Mohammed", "King Mohammed". */
  private static final java.util.Set<String> ROYAL_TITLES = WordSet.of("king", "queen", "prince", "princess",
      "sheikh", "emir", "sultan");

  /**
   * "Saudi Crown Prince Mohammed bin Salman … Crown Prince Mohammed later visited Paris", "Foreign Minister Prince
   * Faisal bin Farhan … Prince Faisal": a royal named in full is later named by title and given name. Only after a
   * royal title, since the given name alone is common.
   */
  private static List<List<PartyMention>> withTitledGivenNames(ArticleAnnotation article,
      List<List<PartyMention>> names) {
    java.util.Map<String, PartyMention> royals = new java.util.HashMap<>();
    java.util.Set<String> shared = new java.util.HashSet<>();
    for (int i = 0; i < names.size(); i++) {
      List<org.entente.text.Token> tokens = article.sentences().get(i).sentence().tokens();
      for (PartyMention m : names.get(i)) {
        if (m.kind() != AliasKind.LEADER && m.kind() != AliasKind.OFFICIAL || m.to() - m.from() < 2) continue;
        int given = m.from();
        while (given < m.to() - 1 && TITLES.contains(tokens.get(given).norm())) given++;
        boolean royal = ROYAL_TITLES.contains(tokens.get(m.from()).norm())
            || m.from() > 0 && ROYAL_TITLES.contains(tokens.get(m.from() - 1).norm());
        if (royal && given < m.to() - 1) remember(royals, shared, tokens.get(given), m);
      }
    }
    shared.forEach(royals::remove);
    if (royals.isEmpty()) return names;
    return withWords(article, names, (t, before) -> {
      PartyMention royal = before != null && ROYAL_TITLES.contains(before.norm()) && t.isCapitalised()
          ? royals.get(t.norm()) : null;
      return royal == null ? null : new PartyMention(0, 0, royal.code(), royal.kind(), t.text());
    });
  }

  /** Whether a mention covers token {@code k} (a loop: this is asked at every token). */
  static boolean covers(List<PartyMention> mentions, int k) {
    for (PartyMention m : mentions) if (m.from() <= k && k < m.to()) return true;
    return false;
  }

  /**
   * "the Democratic Republic of Congo … Congo and Rwanda agreed": "Congo" and "Congolese" alone name either
   * Congo, so the dictionary lists neither; an article that names only one of the two Congos otherwise, or one
   * three times as often as the other, means it by them.
   */
  private static List<List<PartyMention>> withCongo(ArticleAnnotation article, List<List<PartyMention>> names) {
    int[] counts = new int[2];
    names.forEach(ms -> ms.forEach(m -> {
      if (m.code().equals("COD")) counts[0]++;
      if (m.code().equals("COG")) counts[1]++;
    }));
    // a story about one Congo that names the other in passing ("arrived from Brazzaville") means the first
    String code = counts[0] >= Math.max(1, 3 * counts[1]) ? "COD"
        : counts[1] >= Math.max(1, 3 * counts[0]) ? "COG" : null;
    if (code == null) return names;
    return withWords(article, names, (t, before) -> t.text().equals("Congo")
        ? new PartyMention(0, 0, code, AliasKind.NAME, "Congo")
        : t.text().equals("Congolese") ? new PartyMention(0, 0, code, AliasKind.DEMONYM, "Congolese") : null);
  }

  /** "Latin American leaders", "a summit of South American presidents": a demonym inside a region's name. */
  private boolean withinRegion(List<org.entente.text.Token> tokens, PartyMention m) {
    if (m.kind() != AliasKind.DEMONYM || m.from() == 0 || m.to() - m.from() != 1) return false;
    List<String> pair = List.of(tokens.get(m.from() - 1).norm(), tokens.get(m.from()).norm());
    return regions.states(pair, 0, 2) != null && regions.states(pair, 1, 2) == null;
  }

  /**
   * "New Mexico", "Benin City", "the Niger Delta": a state's name inside the name of a place of another state
   * names no party. (A place of the same state, "Port Sudan", leaves its name be.)
   */
  private static boolean withinPlace(PartyMention m, List<Places.Mention> inside) {
    for (Places.Mention p : inside) {
      boolean longer = p.to() - p.from() > m.to() - m.from();
      if (longer && p.from() <= m.from() && m.to() <= p.to() && !p.code().equals(m.code())) return true;
    }
    return false;
  }

  /**
   * "the Central African country", "a West African nation": a demonym inside a description names no party; the
   * description is read as "the country".
   */
  private boolean describes(List<org.entente.text.Token> tokens, PartyMention m) {
    if (m.kind() != AliasKind.DEMONYM || m.from() == 0) return false;
    if (!org.entente.text.Grammar.ARTICLES.contains(tokens.get(m.from() - 1).norm())) return false;
    int k = m.to();
    while (k < tokens.size() && (words.is(NewsWords.WordClass.COUNTRY_MODIFIER, tokens.get(k).norm())
        || regions.isRegionWord(tokens.get(k).norm()))) {
      k++;
    }
    // "the Burkinabe capital" is Burkina Faso's, not a description of some country
    return k < tokens.size() && (words.is(NewsWords.WordClass.COUNTRY, tokens.get(k).norm())
        && !tokens.get(k).is("capital") || tokens.get(k).is("state"));
  }

  /** A person, capital, city or institution: a name no translation mixes up, unlike "Nigerian". */
  private static boolean specific(PartyMention m) {
    return m.kind() != AliasKind.NAME && m.kind() != AliasKind.DEMONYM;
  }

  /** "Nigerian Defence Minister", "the Nigerian delegation": the demonym names an office or a body. */
  private boolean beforeOffice(SentenceAnnotation s, PartyMention m) {
    int k = m.to();
    List<org.entente.text.Token> tokens = s.sentence().tokens();
    return k < tokens.size() && words.is(NewsWords.WordClass.ROLE, tokens.get(k).norm());
  }
}
