package org.entente.coding;

import java.util.List;
import org.entente.dictionary.NewsWords;
import org.entente.party.AliasKind;
import org.entente.party.PartyFinder;
import org.entente.party.PartyMention;
import org.entente.text.Grammar;
import org.entente.text.Regex;
import org.entente.text.Token;
import org.entente.text.WordSet;

/**
 * Officials the dictionary does not know, learned from the article: "US Treasury Secretary Janet Yellen … Yellen
 * arrived in Beijing", "Jon Finer, the deputy U.S. national security adviser, … Finer said". A state, a title of one
 * person ({@code PERSON_TITLE} in news-words.csv) and a full name introduce the official; the surname alone then
 * names that state wherever the article writes it. Part of {@link NameStage}.
 */
final class TitledOfficials {
  private final PartyFinder finder;
  private final NewsWords words;

  TitledOfficials(PartyFinder finder, NewsWords words) {
    this.finder = finder;
    this.words = words;
  }

  /** Words that make a titled person no state's official: "former President", "opposition leader". */
  static final java.util.Set<String> NOT_IN_OFFICE = WordSet.of("former", "ex", "late", "then", "exiled",
      "ousted", "deposed", "jailed", "detained", "self-proclaimed", "self-declared");

  /** Particles inside a full name: "Mohammed bin Salman", "Ursula von der Leyen". */
  private static final java.util.Set<String> NAME_PARTICLES = WordSet.of("bin", "ben", "al", "el", "de", "del",
      "der", "van", "von", "da", "dos", "das", "du", "la", "le", "ould", "ag");

  /**
   * "US Treasury Secretary Janet Yellen … Yellen arrived in Beijing", "Kenya's Interior Minister Kithure Kindiki …
   * Kindiki flew to Port-au-Prince": an official the dictionary does not know, introduced by state, title and full
   * name, is that state's official where the article names the surname alone. Only an official in office (not
   * "former" or "opposition"), and not a name the dictionary knows for another time or party.
   */
  List<List<PartyMention>> withTitledOfficials(ArticleAnnotation article, List<List<PartyMention>> names) {
    java.util.Map<String, PartyMention> officials = new java.util.HashMap<>();
    java.util.Set<String> shared = new java.util.HashSet<>();
    for (int i = 0; i < names.size(); i++) {
      List<Token> tokens = article.sentences().get(i).sentence().tokens();
      for (PartyMention m : names.get(i)) {
        int surname = titledSurname(tokens, m, names.get(i));
        if (surname < 0) surname = surnameBeforeTitle(tokens, m, names.get(i));
        if (surname >= 0) {
          NameStage.remember(officials, shared, tokens.get(surname),
              new PartyMention(0, 0, m.code(), AliasKind.OFFICIAL, tokens.get(surname).text()));
        }
      }
    }
    shared.forEach(officials::remove);
    if (officials.isEmpty()) return names;
    return NameStage.withWords(article, names, (t, before) -> t.isCapitalised() ? officials.get(t.norm()) : null);
  }

  /**
   * The surname's token when state mention {@code m} opens "state, title, full name" ("Kenyan Interior Minister
   * Kithure Kindiki", "Kenya's interior minister Kithure Kindiki"), else -1.
   */
  private int titledSurname(List<Token> tokens, PartyMention m, List<PartyMention> here) {
    boolean state = m.kind() == AliasKind.DEMONYM || m.kind() == AliasKind.NAME || m.kind() == AliasKind.CAPITAL;
    if (!state || m.from() > 0 && NOT_IN_OFFICE.contains(tokens.get(m.from() - 1).norm())) return -1;
    int k = m.to();
    if (k < tokens.size() && Grammar.POSSESSIVE_MARKERS.contains(tokens.get(k).norm())) {
      k++;
    } else if (m.kind() == AliasKind.CAPITAL) {
      return -1;
    }
    // the title: a few words that end in a title of one person ("Interior Minister", "Secretary of State")
    int title = -1;
    int j = k;
    for (; j < Math.min(tokens.size(), k + 6); j++) {
      Token w = tokens.get(j);
      // ("UN Under-Secretary-General Rosemary DiCarlo": a hyphen joins the title's words)
      if (w.is("-") && j > k && tokens.get(j - 1).isCapitalised()) continue;
      if (w.isPunctuation() || notInOffice(w) || is(w, NewsWords.WordClass.PRIVATE_PEOPLE)) return -1;
      if (is(w, NewsWords.WordClass.PERSON_TITLE)) {
        title = j;
      } else if (title >= 0 && w.isCapitalised() && !w.is("of")) {
        break;
      } else if (!w.isCapitalised() && !w.is("of") && !is(w, NewsWords.WordClass.ROLE)
          && (title >= 0 || j > k + 2)) {
        return -1;
      }
    }
    if (title < 0 || j >= tokens.size() || !tokens.get(j).isCapitalised()) return -1;
    // the name: capitalised words (and particles) up to the first word that is neither
    int end = j;
    while (end < Math.min(tokens.size(), j + 4) && (tokens.get(end).isCapitalised()
        || NAME_PARTICLES.contains(tokens.get(end).norm()) && end > j)) {
      end++;
    }
    if (end - j < 2 || end < tokens.size() && tokens.get(end).isCapitalised()) return -1;
    return newName(tokens, j, end, here) ? end - 1 : -1;
  }

  /**
   * The surname's token when state mention {@code m} stands in a title set after a full name between commas ("Jon
   * Finer, the principal deputy U.S. national security adviser, traveled", "Vincent Biruta, Rwanda's foreign
   * minister, said"), else -1.
   */
  private int surnameBeforeTitle(List<Token> tokens, PartyMention m, List<PartyMention> here) {
    if (m.kind() != AliasKind.DEMONYM && m.kind() != AliasKind.NAME) return -1;
    // before the state: "the" and a few lower-case words, or nothing, after the comma
    int k = m.from() - 1;
    int lower = 0;
    while (k >= 0 && !tokens.get(k).is(",") && lower < 4 && !tokens.get(k).isCapitalised()
        && Regex.matches(tokens.get(k).text(), "[a-z-]+")) {
      if (notInOffice(tokens.get(k))) return -1;
      k--;
      lower++;
    }
    if (k < 2 || !tokens.get(k).is(",") || lower > 0 && !Regex.matches(tokens.get(k + 1).norm(), "the|a")) return -1;
    // after it: a few words up to a title of one person, then the closing comma
    int j = m.to();
    if (j < tokens.size() && Grammar.POSSESSIVE_MARKERS.contains(tokens.get(j).norm())) j++;
    int title = -1;
    for (; j < Math.min(tokens.size(), m.to() + 6) && !tokens.get(j).isPunctuation(); j++) {
      if (is(tokens.get(j), NewsWords.WordClass.PERSON_TITLE)) title = j;
      if (notInOffice(tokens.get(j))) return -1;
    }
    if (title < 0 || title + 1 != j || j >= tokens.size() || !tokens.get(j).is(",")) return -1;
    // the name: two or three capitalised words right before the comma, nothing the dictionary knows
    int end = k;
    int start = end;
    while (start > 0 && end - start < 3 && (tokens.get(start - 1).isCapitalised()
        || NAME_PARTICLES.contains(tokens.get(start - 1).norm()) && start - 1 > 0)) {
      start--;
    }
    if (end - start < 2 || start > 0 && tokens.get(start - 1).isCapitalised()) return -1;
    return newName(tokens, start, end, here) ? end - 1 : -1;
  }

  /**
   * Whether tokens [from, to) are a name of someone new: no party of the sentence, no role word, and nothing the
   * dictionary knows in any period.
   */
  private boolean newName(List<Token> tokens, int from, int to, List<PartyMention> here) {
    for (int n = from; n < to; n++) {
      if (NameStage.covers(here, n) || is(tokens.get(n), NewsWords.WordClass.ROLE)) return false;
    }
    return !finder.knowsAnyNameWithin(tokens, from, to);
  }

  /** "former", "opposition", "rebel": a word that makes a titled person no state's official. */
  private boolean notInOffice(Token w) {
    return NOT_IN_OFFICE.contains(w.norm()) || is(w, NewsWords.WordClass.NON_STATE);
  }

  private boolean is(Token t, NewsWords.WordClass c) { return words.is(c, t.norm()); }
}
