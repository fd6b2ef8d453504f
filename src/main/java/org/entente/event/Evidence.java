package org.entente.event;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Locale;
import java.util.Set;
import org.entente.coding.Mention;
import org.entente.date.DatePrecision;

/**
 * Which mention's sentence an event shows as its evidence: the one a reader can check on its own. A stated date
 * beats none, parties named outright beat pronouns and references ("they", "the junta"), then the shortest
 * sentence; input order breaks the remaining ties (the comparator is used on mentions in input order).
 */
final class Evidence {
  private static final Set<String> PRONOUNS = Set.of("he", "she", "it", "its", "they", "them", "their", "we",
      "us", "our", "his", "her", "both", "each other", "one another");
  /** Words before a reference's head that do not make it a name: "the three countries", "both sides". */
  private static final Set<String> DETERMINERS = Set.of("the", "these", "those", "this", "that", "both", "all",
      "two", "three", "four", "five", "several", "its", "their", "his", "her", "our", "former", "latter", "new",
      "other");
  /** Heads of phrases that name a party only through the context. */
  private static final Set<String> GENERIC = Set.of("country", "countries", "junta", "juntas", "regime",
      "regimes", "government", "governments", "authorities", "state", "states", "nation", "nations", "bloc",
      "alliance", "organisation", "organization", "military", "army", "troops", "soldiers", "forces", "side",
      "sides", "parties", "capital", "capitals", "leaders", "neighbours", "neighbors", "allies", "partners",
      "military government", "military governments", "military leaders", "military rulers", "rulers",
      "transitional authorities", "latter", "former");

  static final Comparator<Mention> CLEAREST = Comparator
      .comparing((Mention m) -> !dated(m))
      .thenComparing(m -> generic(m.sourceText()) || generic(m.targetText()))
      .thenComparingInt(m -> m.text().length());

  private Evidence() {}

  static boolean dated(Mention m) {
    DatePrecision p = m.date().precision();
    return p == DatePrecision.DAY || p == DatePrecision.MONTH || p == DatePrecision.YEAR;
  }

  /** True for a pronoun, a generic reference ("the junta", "the three countries") or no text at all. */
  static boolean generic(String partyText) {
    if (partyText == null || partyText.isBlank()) return true;
    String t = partyText.trim().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    if (PRONOUNS.contains(t)) return true;
    String[] words = t.split(" ");
    int head = 0;
    while (head < words.length - 1 && DETERMINERS.contains(words[head])) head++;
    return GENERIC.contains(String.join(" ", Arrays.copyOfRange(words, head, words.length)));
  }
}
