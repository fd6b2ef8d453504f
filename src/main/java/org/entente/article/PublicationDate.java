package org.entente.article;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.entente.date.MonthNames;

/**
 * Decides an article's publication date: the manifest's wins; otherwise a dateline printed in the page, unless
 * the body's own dates contradict it (a dateline of April 12, 2023 above "Sunday December 3rd" is the day/month
 * swap of 04/12/2023). Contradictions are reported as warnings either way.
 */
public final class PublicationDate {
  private static final Pattern WEEKDAY_DATE = Pattern.compile("\\b(Monday|Tuesday|Wednesday|Thursday|Friday|"
      + "Saturday|Sunday),?\\s+(?:the\\s+)?(" + MonthNames.pattern() + ")\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b");
  private static final Pattern DATED = Pattern.compile("\\b(" + MonthNames.pattern()
      + ")\\s+(\\d{1,2})(?:st|nd|rd|th)?,\\s+((?:19|20)\\d\\d)\\b");

  public record Decision(LocalDate published, String from, List<String> warnings) {}

  public Decision decide(LocalDate manifest, List<Dateline> datelines, String body) {
    List<String> warnings = new ArrayList<>();
    LocalDate fromText = null;
    for (Dateline d : datelines) {
      if (d.date() == null) continue;
      String contradiction = contradiction(d.date(), body);
      if (contradiction != null) {
        warnings.add("dateline '" + d.text() + "' (" + d.date() + ") contradicts the body's dates (" + contradiction
            + ")" + swapHint(d.date(), body) + "; not used");
      } else if (fromText == null) {
        fromText = d.date();
      }
    }
    if (manifest != null) {
      if (fromText != null && !fromText.equals(manifest)) {
        warnings.add("dateline " + fromText + " differs from the manifest's " + manifest + "; the manifest wins");
      }
      return new Decision(manifest, "manifest", warnings);
    }
    if (fromText != null) return new Decision(fromText, "text", warnings);
    return new Decision(null, "", warnings);
  }

  /** The first body date that cannot be true if the article was published on {@code date}, or null. */
  static String contradiction(LocalDate date, String body) {
    // each pattern needs words a body seldom has: the patterns, slow over a whole body, run only if it has them
    Matcher w = WEEKDAY_DATE.matcher(namesWeekday(body) ? body : "");
    while (w.find()) {
      Month month = MonthNames.parse(w.group(2)).orElse(null);
      if (month == null) continue;
      int day = Integer.parseInt(w.group(3));
      if (day > month.maxLength()) continue;
      LocalDate candidate = yearBefore(date, month, day);
      if (candidate != null && candidate.getDayOfWeek() != DayOfWeek.valueOf(w.group(1).toUpperCase(Locale.ROOT))) {
        return w.group().trim();
      }
    }
    Matcher d = DATED.matcher(mayHoldYearAfterComma(body) ? body : "");
    while (d.find()) {
      Month month = MonthNames.parse(d.group(1)).orElse(null);
      if (month == null || Integer.parseInt(d.group(2)) > month.maxLength()) continue;
      LocalDate stated = LocalDate.of(Integer.parseInt(d.group(3)), month,
          Math.min(Integer.parseInt(d.group(2)), month.length(false)));
      if (stated.isAfter(date.plusDays(14))) return d.group().trim();
    }
    return null;
  }

  private static final List<String> WEEKDAYS = List.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
      "Saturday", "Sunday");

  /** Whether {@code body} has a weekday's name, without which WEEKDAY_DATE cannot match. */
  private static boolean namesWeekday(String body) {
    for (String day : WEEKDAYS) if (body.contains(day)) return true;
    return false;
  }

  /** Whether {@code body} has a comma, white space and a year of 19xx or 20xx, without which DATED cannot match. */
  private static boolean mayHoldYearAfterComma(String body) {
    int n = body.length();
    for (int comma = body.indexOf(','); comma >= 0; comma = body.indexOf(',', comma + 1)) {
      int k = comma + 1;
      while (k < n && isRegexSpace(body.charAt(k))) k++;
      if (k == comma + 1 || k + 4 > n) continue;
      boolean century = body.startsWith("19", k) || body.startsWith("20", k);
      if (century && isDigit(body.charAt(k + 2)) && isDigit(body.charAt(k + 3))) return true;
    }
    return false;
  }

  /** The regex {@code \\s}. */
  private static boolean isRegexSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }

  /** The regex {@code \\d}. */
  private static boolean isDigit(char c) { return c >= '0' && c <= '9'; }

  private static LocalDate yearBefore(LocalDate published, Month month, int day) {
    try {
      LocalDate d = LocalDate.of(published.getYear(), month, day);
      return d.isAfter(published.plusDays(14)) ? d.minusYears(1) : d;
    } catch (java.time.DateTimeException e) {
      return null;
    }
  }

  private static String swapHint(LocalDate date, String body) {
    if (date.getDayOfMonth() > 12) return "";
    try {
      LocalDate swapped = LocalDate.of(date.getYear(), date.getDayOfMonth(), date.getMonthValue());
      return contradiction(swapped, body) == null ? "; it reads as a day/month swap of " + swapped : "";
    } catch (java.time.DateTimeException e) {
      return "";
    }
  }
}
