package org.entente.party;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.entente.text.Regex;
import org.entente.text.Sentence;
import org.entente.text.Token;

/**
 * Finds the parties a sentence names, longest alias first. An acronym ("EU", "US") must match exactly; any other
 * alias matches regardless of case but only on a capitalised word, so "Niger" never matches "niger" and "Chad"
 * never matches a lower-case "chad". People are parties only while in office on {@code onDate}.
 */
public final class PartyFinder {
  private final PartyDictionary dictionary;

  public PartyFinder(PartyDictionary dictionary) { this.dictionary = dictionary; }

  /**
   * Whether some alias of the dictionary, in office or not, lies within tokens {@code from} to {@code to}: a name
   * the dictionary knows is never taken for another's ("Sudanese General Mohamed Hamdan Dagalo", a rebel after his
   * tenure ended).
   */
  public boolean knowsAnyNameWithin(List<Token> tokens, int from, int to) {
    for (int i = from; i < to; i++) {
      PartyDictionary.Trie node = dictionary.aliases();
      for (int j = i; j < to; j++) {
        node = node.next.get(tokens.get(j).norm());
        if (node == null) break;
        if (!node.ending.isEmpty()) return true;
      }
    }
    return false;
  }

  public List<PartyMention> find(Sentence sentence, LocalDate onDate) {
    List<PartyMention> found = new ArrayList<>();
    List<Token> tokens = sentence.tokens();
    int[] years = null;
    int[] months = null;
    int i = 0;
    while (i < tokens.size()) {
      Alias best = null;
      int bestEnd = i;
      PartyDictionary.Trie node = dictionary.aliases();
      for (int j = i; j < tokens.size(); j++) {
        node = node.next.get(tokens.get(j).norm());
        if (node == null) break;
        for (Alias alias : node.ending) {
          boolean valid = alias.validOn(onDate);
          // "President Joe Biden designated Qatar a major non-NATO ally in 2022", told in 2025: a person in office
          // in a year the sentence names
          if (!valid && alias.validFrom() != null || !valid && alias.validTo() != null) {
            if (years == null) years = yearsNamed(tokens, onDate);
            // ("then-President Joe Biden": in office at the time told, whenever that was)
            valid = inOfficeIn(alias, years) || thenTitled(tokens, i);
            if (!valid && titled(alias, tokens, i)) {
              if (months == null) months = monthsNamed(tokens, onDate);
              valid = inOfficeIn(alias, months);
            }
          }
          if (valid && casingFits(alias, tokens, i, j + 1)) {
            if (best == null || j + 1 > bestEnd) {
              best = alias;
              bestEnd = j + 1;
            }
          }
        }
      }
      if (best != null) {
        if (best.kind() != AliasKind.NONE) {
          found.add(new PartyMention(i, bestEnd, best.code(), best.kind(), sentence.span(i, bestEnd)));
        }
        i = bestEnd;
      } else {
        i++;
      }
    }
    return found;
  }

  /**
   * "President Yoon Suk Yeol … a visit to the Czech Republic in September", told in June: the years of the months
   * the sentence names without one, each the last before {@code told}; asked only of a person the text gives an
   * office, who held it then.
   */
  private static int[] monthsNamed(List<Token> tokens, LocalDate told) {
    int[] years = new int[0];
    for (int k = 1; told != null && k < tokens.size(); k++) {
      java.util.Optional<java.time.Month> month = tokens.get(k).isCapitalised()
          && Regex.matches(tokens.get(k - 1).norm(), "in|since|early|late|last|mid")
          ? org.entente.date.MonthNames.parse(tokens.get(k).text()) : java.util.Optional.empty();
      if (month.isPresent()) {
        years = java.util.Arrays.copyOf(years, years.length + 1);
        years[years.length - 1] = month.get().getValue() <= told.getMonthValue() ? told.getYear() : told.getYear() - 1;
      }
    }
    return years;
  }

  /** Whether the alias at {@code from} opens with an office, or follows one: "President Yoon", "King Charles". */
  private static boolean titled(Alias alias, List<Token> tokens, int from) {
    String first = alias.tokens().get(0);
    String before = from > 0 ? tokens.get(from - 1).norm() : "";
    return Regex.matches(first, OFFICES) || Regex.matches(before, OFFICES);
  }

  private static final String OFFICES = "president|king|queen|emir|premier|chancellor|minister|sultan";

  /** The years 1990–2039 the sentence writes as numbers, and "last year" before {@code told}'s. */
  private static int[] yearsNamed(List<Token> tokens, LocalDate told) {
    int[] years = new int[0];
    for (int k = 0; k < tokens.size(); k++) {
      String w = tokens.get(k).norm();
      if (told != null && w.equals("last") && k + 1 < tokens.size() && tokens.get(k + 1).is("year")) {
        years = java.util.Arrays.copyOf(years, years.length + 1);
        years[years.length - 1] = told.getYear() - 1;
        continue;
      }
      if (w.length() == 4 && (w.startsWith("19") || w.startsWith("20")) && Character.isDigit(w.charAt(2))
          && Character.isDigit(w.charAt(3))) {
        int y = Integer.parseInt(w);
        if (y >= 1990 && y < 2040) {
          years = java.util.Arrays.copyOf(years, years.length + 1);
          years[years.length - 1] = y;
        }
      }
    }
    return years;
  }

  /** "then-President Joe Biden", "the then prime minister": a title held at the time the sentence tells. */
  private static boolean thenTitled(List<Token> tokens, int start) {
    for (int k = Math.max(0, start - 4); k < start; k++) {
      String w = tokens.get(k).norm();
      boolean hyphen = w.equals("then") && k + 1 < start && tokens.get(k + 1).norm().equals("-");
      boolean theThen = w.equals("then") && k > 0 && tokens.get(k - 1).norm().equals("the");
      if (hyphen || theThen || w.startsWith("then-")) return true;
    }
    return false;
  }

  private static boolean inOfficeIn(Alias alias, int[] years) {
    for (int y : years) {
      if (alias.validOn(LocalDate.of(y, 12, 31)) || alias.validOn(LocalDate.of(y, 1, 1))) return true;
    }
    return false;
  }

  /** Acronyms whose one-capital form is also a word or a name: "Shape", "Alba", "al-Sadr". */
  private static final java.util.Set<String> WORDS_TOO = java.util.Set.of("SHAPE", "ALBA", "SADR");

  /**
   * "Ecowas", "Sadc", "Brics": British papers write an acronym said as a word with one capital; only a word of four
   * letters or more, which "Un" and "Au" are not.
   */
  private static boolean spokenAcronym(String alias, String text) {
    return alias.length() >= 4 && text.length() == alias.length() && !WORDS_TOO.contains(alias)
        && alias.chars().allMatch(Character::isLetter) && text.charAt(0) == alias.charAt(0)
        && text.substring(1).equals(alias.substring(1).toLowerCase(Locale.ROOT));
  }

  private static boolean casingFits(Alias alias, List<Token> tokens, int from, int to) {
    if (alias.acronym()) {
      StringBuilder written = new StringBuilder();
      for (int k = from; k < to; k++) written.append(tokens.get(k).text());
      String text = written.toString().replace("’", "'");
      return text.equals(alias.written().replace(" ", "")) || spokenAcronym(alias.written(), text);
    }
    boolean aliasCapitalised = Character.isUpperCase(alias.written().charAt(0));
    return !aliasCapitalised || tokens.get(from).isCapitalised();
  }
}
