package org.entente.date;

import java.time.Month;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** English month names and their news abbreviations ("Jan", "Sept.", "December"). */
public final class MonthNames {
  private static final Map<String, Month> NAMES = new HashMap<>();

  static {
    for (Month m : Month.values()) {
      String full = m.name().toLowerCase(Locale.ROOT);
      NAMES.put(full, m);
      NAMES.put(full.substring(0, 3), m);
    }
    NAMES.put("sept", Month.SEPTEMBER);
  }

  private MonthNames() {}

  /** The month a word names, ignoring case and a trailing period; empty for "may" written in lower case. */
  public static Optional<Month> parse(String word) {
    String w = word.endsWith(".") ? word.substring(0, word.length() - 1) : word;
    if (w.isEmpty()) return Optional.empty();
    // "may" and "march" are ordinary words unless capitalised
    if (!Character.isUpperCase(w.charAt(0))) return Optional.empty();
    return Optional.ofNullable(NAMES.get(w.toLowerCase(Locale.ROOT)));
  }

  /** The regular-expression alternation of all month spellings, for page-level patterns. */
  public static String pattern() {
    return "(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
        + "|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";
  }
}
