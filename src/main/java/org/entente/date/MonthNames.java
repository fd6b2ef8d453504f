package org.entente.date;

import java.time.DayOfWeek;
import java.time.Month;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** English month names and their news abbreviations ("Jan", "Sept.", "December"), and the weekdays. */
public final class MonthNames {
  private static final Map<String, Month> NAMES = new HashMap<>();
  private static final Pattern YEAR = Pattern.compile("(19|20)\\d\\d");

  static {
    for (Month m : Month.values()) {
      String full = m.name().toLowerCase(Locale.ROOT);
      NAMES.put(full, m);
      NAMES.put(full.substring(0, 3), m);
    }
    NAMES.put("sept", Month.SEPTEMBER);
  }

  /** The shortest and longest names: "jan", "september". */
  private static final int MIN_LENGTH = NAMES.keySet().stream().mapToInt(String::length).min().orElseThrow();
  private static final int MAX_LENGTH = NAMES.keySet().stream().mapToInt(String::length).max().orElseThrow();

  /** "monday" → MONDAY: built once, as {@link #weekday} is asked about every token. */
  private static final Map<String, DayOfWeek> WEEKDAYS = Arrays.stream(DayOfWeek.values())
      .collect(Collectors.toUnmodifiableMap(d -> d.name().toLowerCase(Locale.ROOT), d -> d));

  private MonthNames() {}

  /** The weekday a normalised word names ("monday"), if any. */
  public static Optional<DayOfWeek> weekday(String norm) {
    // every name ends in "day": most words are turned away before the lookup
    return norm == null || !norm.endsWith("day") ? Optional.empty() : Optional.ofNullable(WEEKDAYS.get(norm));
  }

  /** Whether a token names a month or a weekday: "on Tuesday", "in July", "Sept.". */
  public static boolean isCalendarWord(org.entente.text.Token t) {
    return weekday(t.norm()).isPresent() || parse(t.text()).isPresent();
  }

  /** Whether a token names a month, a weekday or a year: "in July", "on Tuesday", "in 2024". */
  public static boolean isDateWord(org.entente.text.Token t) {
    return isCalendarWord(t) || YEAR.matcher(t.norm()).matches();
  }

  /** The month a word names, ignoring case and a trailing period; empty for "may" written in lower case. */
  public static Optional<Month> parse(String word) {
    String w = word.endsWith(".") ? word.substring(0, word.length() - 1) : word;
    if (w.isEmpty()) return Optional.empty();
    // "may" and "march" are ordinary words unless capitalised
    if (!Character.isUpperCase(w.charAt(0))) return Optional.empty();
    // lower-casing never shortens a word, and lengthens one only with a character no month name has
    if (w.length() < MIN_LENGTH || w.length() > MAX_LENGTH) return Optional.empty();
    return Optional.ofNullable(NAMES.get(w.toLowerCase(Locale.ROOT)));
  }

  /** The regular-expression alternation of all month spellings, for page-level patterns. */
  public static String pattern() {
    return "(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
        + "|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";
  }
}
