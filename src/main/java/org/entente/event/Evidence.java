package org.entente.event;

import java.util.Comparator;
import java.util.Locale;
import org.entente.coding.Mention;
import org.entente.date.DatePrecision;

/**
 * Which mention's sentence an event shows as its evidence: the one a reader can check on its own. A stated date
 * beats none, parties named outright beat pronouns and references ("they", "the junta"), then the shortest
 * sentence; input order breaks the remaining ties (the comparator is used on mentions in input order).
 */
final class Evidence {
  static final Comparator<Mention> CLEAREST = Comparator
      .comparing((Mention m) -> !dated(m))
      .thenComparing(m -> !m.sourceKind().explicit() || !m.targetKind().explicit())
      .thenComparingInt(m -> m.text().length());

  private Evidence() {}

  /** Whether the mention's own sentence states its date (a headline dated from the lead does not). */
  static boolean dated(Mention m) {
    DatePrecision p = m.date().precision();
    boolean precise = p == DatePrecision.DAY || p == DatePrecision.MONTH || p == DatePrecision.YEAR;
    String said = m.date().text();
    return precise && said != null && !said.isEmpty() && m.text().toLowerCase(Locale.ROOT)
        .contains(said.toLowerCase(Locale.ROOT));
  }
}
