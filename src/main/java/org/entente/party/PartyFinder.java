package org.entente.party;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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

  public List<PartyMention> find(Sentence sentence, LocalDate onDate) {
    List<PartyMention> found = new ArrayList<>();
    List<Token> tokens = sentence.tokens();
    int[] years = null;
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
            if (years == null) years = yearsNamed(tokens);
            valid = inOfficeIn(alias, years);
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

  /** The years 1990–2039 the sentence writes as numbers. */
  private static int[] yearsNamed(List<Token> tokens) {
    int[] years = new int[0];
    for (Token t : tokens) {
      String w = t.norm();
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

  private static boolean inOfficeIn(Alias alias, int[] years) {
    for (int y : years) {
      if (alias.validOn(LocalDate.of(y, 12, 31)) || alias.validOn(LocalDate.of(y, 1, 1))) return true;
    }
    return false;
  }

  private static boolean casingFits(Alias alias, List<Token> tokens, int from, int to) {
    if (alias.acronym()) {
      StringBuilder written = new StringBuilder();
      for (int k = from; k < to; k++) written.append(tokens.get(k).text());
      return written.toString().replace("’", "'").equals(alias.written().replace(" ", ""));
    }
    boolean aliasCapitalised = Character.isUpperCase(alias.written().charAt(0));
    return !aliasCapitalised || tokens.get(from).isCapitalised();
  }
}
