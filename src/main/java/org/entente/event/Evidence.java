package org.entente.event;

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
      "us", "our", "his", "her", "both", "both sides", "each other", "one another");
  /** Heads of "the …" phrases that name a party only through the context. */
  private static final Set<String> GENERIC = Set.of("country", "countries", "two countries", "junta",
      "regime", "government", "authorities", "state", "nation", "bloc", "alliance", "organisation",
      "organization", "military", "army", "troops", "soldiers", "forces", "side", "sides", "parties",
      "two sides", "capital", "leaders", "military government", "military leaders", "military rulers",
      "new authorities", "transitional authorities", "latter", "former");

  static final Comparator<Mention> CLEAREST = Comparator
      .comparing((Mention m) -> !dated(m))
      .thenComparing(m -> generic(m.sourceText()) || generic(m.targetText()))
      .thenComparingInt(m -> m.text().length());

  private Evidence() {}

  static boolean dated(Mention m) {
    DatePrecision p = m.date().precision();
    return p == DatePrecision.DAY || p == DatePrecision.MONTH || p == DatePrecision.YEAR;
  }

  /** True for a pronoun, a generic reference or no text at all. */
  static boolean generic(String partyText) {
    if (partyText == null || partyText.isBlank()) return true;
    String t = partyText.trim().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    if (PRONOUNS.contains(t)) return true;
    if (t.startsWith("the ")) t = t.substring(4);
    if (t.startsWith("its ") || t.startsWith("their ")) return true;
    return GENERIC.contains(t);
  }
}
