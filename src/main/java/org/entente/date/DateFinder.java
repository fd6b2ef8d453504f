package org.entente.date;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.entente.text.Regex;
import org.entente.text.Token;
import org.entente.text.WordSet;

/**
 * Finds date expressions in a sentence and resolves them against the publication date: explicit dates
 * ("Sunday December 3rd", "Jan 16, 2024"), weekdays ("on Monday": the most recent Monday on or before
 * publication), months and years ("in January", "last December", "last month", "in January this year",
 * "last year", "in 2023"), and offsets ("two months after").
 */
public final class DateFinder {
  private static final Pattern DAY = Pattern.compile("(\\d{1,2})(?:st|nd|rd|th)?");
  private static final Pattern YEAR = Pattern.compile("(19|20)\\d\\d");
  private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
  /** A day date may be a little after publication (an article written the evening before it is dated). */
  private static final int SLACK_DAYS = 14;
  private static final Set<String> MONTH_CUES = WordSet.of("in", "last", "this", "early", "late", "mid", "since",
      "of", "until", "by", "during", "next", "mid-", "previous", "past", "from", "through", "throughout");
  private static final Map<String, Integer> NUMBERS = Map.ofEntries(Map.entry("a", 1), Map.entry("an", 1),
      Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4),
      Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8),
      Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12),
      Map.entry("few", 0), Map.entry("several", 0), Map.entry("some", 0));

  /** The dates in {@code tokens}; relative ones are left out when {@code published} is unknown. */
  public List<DateMention> dates(List<Token> tokens, LocalDate published) {
    List<DateMention> out = new ArrayList<>();
    int i = 0;
    while (i < tokens.size()) {
      DateMention m = at(tokens, i, published);
      if (m != null) {
        out.add(m);
        i = m.to();
      } else {
        i++;
      }
    }
    return out;
  }

  /** Offsets such as "two months after" and "just days after". */
  public List<OffsetMention> offsets(List<Token> tokens) {
    List<OffsetMention> out = new ArrayList<>();
    for (int i = 0; i + 1 < tokens.size(); i++) {
      String w = tokens.get(i).norm();
      if (!w.equals("after") && !w.equals("before") && !w.equals("later") && !w.equals("earlier")) continue;
      Optional<OffsetMention.Unit> unit = unit(tokens.get(i - 1 >= 0 ? i - 1 : i).norm());
      if (i == 0 || unit.isEmpty()) continue;
      int start = i - 1;
      int amount = 0;
      if (start > 0) {
        String n = tokens.get(start - 1).norm();
        if (NUMBERS.containsKey(n)) {
          amount = NUMBERS.get(n);
          start--;
        } else if (n.matches("\\d{1,3}")) {
          amount = Integer.parseInt(n);
          start--;
        }
      }
      while (start > 0 && Set.of("just", "only", "over", "about", "around", "nearly", "almost", "some", "barely",
          "roughly", "more", "than").contains(tokens.get(start - 1).norm())) {
        start--;
      }
      boolean after = w.equals("after") || w.equals("later");
      out.add(new OffsetMention(start, i + 1, amount, unit.get(), after));
    }
    return out;
  }

  private static Optional<OffsetMention.Unit> unit(String w) {
    return switch (w) {
      case "hour", "hours" -> Optional.of(OffsetMention.Unit.HOUR);
      case "day", "days" -> Optional.of(OffsetMention.Unit.DAY);
      case "week", "weeks" -> Optional.of(OffsetMention.Unit.WEEK);
      case "month", "months" -> Optional.of(OffsetMention.Unit.MONTH);
      case "year", "years" -> Optional.of(OffsetMention.Unit.YEAR);
      default -> Optional.empty();
    };
  }

  /**
   * Whether a date expression may open at token {@code i}: each kind opens with a digit, a capital (a month), a
   * weekday, one of a few words, or a number two words before "ago". Most tokens are none of these, and this is
   * asked of every token, before the patterns, which cost far more.
   */
  private static boolean mayOpen(List<Token> t, int i) {
    Token token = t.get(i);
    String w = token.norm();
    if (w.isEmpty()) return false;
    char first = w.charAt(0);
    if (first >= '0' && first <= '9' || Character.isUpperCase(token.text().charAt(0))) return true;
    if (MonthNames.weekday(w).isPresent() || OPENING_WORDS.contains(w)) return true;
    if ((first == 'm' || first == 'e' || first == 'l') && w.indexOf('-') > 2) return true;
    // "two months ago", "at the weekend"
    return i + 2 < t.size() && (t.get(i + 2).is("ago") || t.get(i + 2).is("weekend"));
  }

  /** The words that open a relative date: "yesterday", "last month", "this year", "previous week". */
  private static final Set<String> OPENING_WORDS = WordSet.of("yesterday", "today", "last", "this", "previous",
      "earlier");

  private DateMention at(List<Token> t, int i, LocalDate pub) {
    if (!mayOpen(t, i)) return null;
    String w = t.get(i).norm();
    if (w.length() == 10 && digit(w.charAt(0)) && ISO.matcher(w).matches()) {
      try {
        return mention(t, i, i + 1, LocalDate.parse(w), DatePrecision.DAY);
      } catch (DateTimeException e) {
        return null;
      }
    }
    Optional<DayOfWeek> weekday = MonthNames.weekday(w);
    if (weekday.isPresent()) {
      int j = i + 1;
      if (j < t.size() && t.get(j).is(",")) j++;
      DateMention explicit = j < t.size() ? monthDay(t, j, pub) : null;
      // "Sunday, 9th March 2025"
      if (explicit == null && j < t.size()) explicit = dayMonth(t, j, pub);
      if (explicit != null) {
        int from = i > 0 && t.get(i - 1).is("this") ? i - 1 : i;
        return new DateMention(from, explicit.to(), withText(t, from, explicit.to(), explicit.date()));
      }
      if (pub == null) return null;
      boolean last = i > 0 && t.get(i - 1).is("last");
      LocalDate d = pub.with(TemporalAdjusters.previousOrSame(weekday.get()));
      if (last && d.equals(pub)) d = d.minusWeeks(1);
      int from = i > 0 && (t.get(i - 1).is("last") || t.get(i - 1).is("this") || t.get(i - 1).is("on")) ? i - 1 : i;
      return mention(t, from, i + 1, d, DatePrecision.DAY);
    }
    // "at the weekend", "over the weekend": the last Saturday and Sunday, known to their month (as "last week")
    if (pub != null && (w.equals("at") || w.equals("over")) && i + 2 < t.size() && t.get(i + 1).is("the")
        && t.get(i + 2).is("weekend")) {
      LocalDate saturday = pub.with(TemporalAdjusters.previousOrSame(DayOfWeek.SATURDAY));
      return mention(t, i + 1, i + 3, saturday.withDayOfMonth(1), DatePrecision.MONTH);
    }
    DateMention md = monthDay(t, i, pub);
    if (md != null) return md;
    DateMention dm = dayMonth(t, i, pub);
    if (dm != null) return dm;
    DateMention ago = ago(t, i, pub);
    if (ago != null) return ago;
    if (pub != null && (w.equals("yesterday") || w.equals("today"))) {
      return mention(t, i, i + 1, w.equals("today") ? pub : pub.minusDays(1), DatePrecision.DAY);
    }
    if (pub != null && (w.equals("last") || w.equals("this") || w.equals("previous")) && i + 1 < t.size()) {
      String next = t.get(i + 1).norm();
      if (next.equals("month")) {
        LocalDate d = w.equals("this") ? pub.withDayOfMonth(1) : pub.withDayOfMonth(1).minusMonths(1);
        return mention(t, i, i + 2, d, DatePrecision.MONTH);
      }
      if (next.equals("week") || next.equals("weekend")) {
        // no week precision in the contract: the month the week mostly fell in
        LocalDate d = (w.equals("this") ? pub : pub.minusDays(7)).withDayOfMonth(1);
        return mention(t, i, i + 2, d, DatePrecision.MONTH);
      }
      if (next.equals("year")) {
        LocalDate d = w.equals("this") ? pub.withDayOfYear(1) : pub.withDayOfYear(1).minusYears(1);
        return mention(t, i, i + 2, d, DatePrecision.YEAR);
      }
    }
    // "his third stop earlier in the week": this week, as news writes it of the days before the report; "later in
    // the week" and "earlier in the month" are left alone, for they may count from a date the story gave before
    if (pub != null && w.equals("earlier") && i + 3 < t.size() && t.get(i + 1).is("in") && t.get(i + 2).is("the")
        && t.get(i + 3).is("week")) {
      return mention(t, i + 1, i + 4, pub.withDayOfMonth(1), DatePrecision.MONTH);
    }
    DateMention part = partOfPeriod(t, i, pub);
    if (part != null) return part;
    Optional<Month> month = MonthNames.parse(t.get(i).text());
    if (month.isPresent() && !(month.get() == Month.MAY && !hasMonthCue(t, i))) {
      return month(t, i, month.get(), hasMonthCue(t, i), pub);
    }
    if (isYear(w) && i > 0 && MONTH_CUES.contains(t.get(i - 1).norm())) {
      return mention(t, i, i + 1, LocalDate.of(Integer.parseInt(w), 1, 1), DatePrecision.YEAR);
    }
    return null;
  }

  /**
   * "mid-April", "early-2023": a part of a month or a year written as one word; the date is the whole month or
   * year, the most the contract's precisions can say.
   */
  private DateMention partOfPeriod(List<Token> t, int i, LocalDate pub) {
    String text = t.get(i).text();
    int dash = text.indexOf('-');
    if (dash < 3 || dash + 1 >= text.length()
        || !PERIOD_PARTS.contains(text.substring(0, dash).toLowerCase(java.util.Locale.ROOT))) {
      return null;
    }
    String rest = text.substring(dash + 1);
    if (isYear(rest)) return mention(t, i, i + 1, LocalDate.of(Integer.parseInt(rest), 1, 1), DatePrecision.YEAR);
    Optional<Month> month = MonthNames.parse(rest);
    return month.isEmpty() ? null : month(t, i, month.get(), true, pub);
  }

  private static final Set<String> PERIOD_PARTS = WordSet.of("mid", "early", "late");

  /**
   * The month named at token {@code i}: "April 2023"; with a cue before it ("in April", "last April", "mid-April")
   * or a year after ("April this year"), in the year publication gives; else null, as a bare month name is no date.
   */
  private static DateMention month(List<Token> t, int i, Month month, boolean cued, LocalDate pub) {
    if (i + 1 < t.size() && isYear(t.get(i + 1).norm())) {
      return mention(t, i, i + 2, LocalDate.of(Integer.parseInt(t.get(i + 1).norm()), month, 1), DatePrecision.MONTH);
    }
    boolean thisYear = i + 2 < t.size() && t.get(i + 1).is("this") && t.get(i + 2).is("year");
    boolean lastYear = i + 2 < t.size() && t.get(i + 1).is("last") && t.get(i + 2).is("year");
    if (pub == null || !cued && !thisYear && !lastYear) return null;
    boolean last = i > 0 && t.get(i - 1).is("last");
    int year = thisYear ? pub.getYear() : lastYear ? pub.getYear() - 1
        : month.getValue() < pub.getMonthValue() || !last && month.getValue() == pub.getMonthValue()
            ? pub.getYear() : pub.getYear() - 1;
    int to = thisYear || lastYear ? i + 3 : i + 1;
    return mention(t, last ? i - 1 : i, to, LocalDate.of(year, month, 1), DatePrecision.MONTH);
  }

  /** "two months ago", "a year ago": counted back from publication. */
  private DateMention ago(List<Token> t, int i, LocalDate pub) {
    if (pub == null || i + 2 >= t.size() || !t.get(i + 2).is("ago")) return null;
    String n = t.get(i).norm();
    Integer amount = NUMBERS.containsKey(n) ? NUMBERS.get(n) : n.matches("\\d{1,2}") ? Integer.valueOf(n) : null;
    Optional<OffsetMention.Unit> unit = unit(t.get(i + 1).norm());
    if (amount == null || amount == 0 || unit.isEmpty()) return null;
    // "a year ago this week", "two years ago this month": that many years back, in this week's month
    boolean thisPeriod = unit.get() == OffsetMention.Unit.YEAR && i + 4 < t.size() && t.get(i + 3).is("this")
        && (t.get(i + 4).is("week") || t.get(i + 4).is("month"));
    if (thisPeriod) {
      LocalDate month = pub.minusYears(amount).withDayOfMonth(1);
      return new DateMention(i, i + 5, withText(t, i, i + 5, new ResolvedDate(month, DatePrecision.MONTH, "")));
    }
    ResolvedDate d = new OffsetMention(i, i + 3, amount, unit.get(), false)
        .from(new ResolvedDate(pub, DatePrecision.DAY, ""), "");
    return new DateMention(i, i + 3, withText(t, i, i + 3, d));
  }

  private static boolean hasMonthCue(List<Token> t, int i) {
    // "the crisis dates back to March"
    return i > 0 && (MONTH_CUES.contains(t.get(i - 1).norm())
        || i > 1 && t.get(i - 1).is("to") && t.get(i - 2).is("back"));
  }

  /** "December 3rd", "Dec. 3, 2023", "July 26". */
  private DateMention monthDay(List<Token> t, int i, LocalDate pub) {
    Optional<Month> month = MonthNames.parse(t.get(i).text());
    if (month.isEmpty() || i + 1 >= t.size()) return null;
    int j = i + 1;
    if (t.get(j).is(".")) j++;
    if (j >= t.size()) return null;
    Matcher day = day(t.get(j).norm());
    if (day == null) return null;
    int to = j + 1;
    Integer year = null;
    int k = to < t.size() && t.get(to).is(",") ? to + 1 : to;
    // "June 3 and 4, 2015", "June 3-4, 2015": the year after a second day is the first day's too
    int second = secondDay(t, to);
    if (second > to) {
      int afterSecond = second < t.size() && t.get(second).is(",") ? second + 1 : second;
      if (afterSecond < t.size() && isYear(t.get(afterSecond).norm())) k = afterSecond;
    }
    if (k < t.size() && isYear(t.get(k).norm())) {
      year = Integer.parseInt(t.get(k).norm());
      to = k + 1;
    } else if (relativeYear(t, to, pub) != null) {
      year = relativeYear(t, to, pub);
      to += 2;
    }
    return dayDate(t, i, to, month.get(), Integer.parseInt(day.group(1)), year, pub);
  }

  /** The token after a second day joined to the one before {@code k} ("3 and 4", "3-4", "3 to 5"), or k. */
  private static int secondDay(List<Token> t, int k) {
    if (k + 1 < t.size() && Regex.matches(t.get(k).norm(), "and|-|–|to|through") && day(t.get(k + 1).norm()) != null) {
      return k + 2;
    }
    return k;
  }

  /** "July 22 last year", "3 March this year": the year the two words at {@code k} count from publication. */
  private static Integer relativeYear(List<Token> t, int k, LocalDate pub) {
    if (pub == null || k + 1 >= t.size() || !t.get(k + 1).is("year")) return null;
    if (t.get(k).is("last")) return pub.getYear() - 1;
    return t.get(k).is("this") ? pub.getYear() : null;
  }

  /** "3 December 2023", "26 July". */
  private DateMention dayMonth(List<Token> t, int i, LocalDate pub) {
    Matcher day = day(t.get(i).norm());
    if (day == null || i + 1 >= t.size()) return null;
    int j = i + 1;
    if (j < t.size() && t.get(j).is("of")) j++;
    if (j >= t.size()) return null;
    Optional<Month> month = MonthNames.parse(t.get(j).text());
    if (month.isEmpty()) return null;
    int to = j + 1;
    Integer year = null;
    if (to < t.size() && isYear(t.get(to).norm())) {
      year = Integer.parseInt(t.get(to).norm());
      to++;
    } else if (relativeYear(t, to, pub) != null) {
      year = relativeYear(t, to, pub);
      to += 2;
    }
    // "on 3 and 4 June 2015": from the first of the two days
    int from = i;
    if (i >= 2 && secondDay(t, i - 1) == i + 1 && day(t.get(i - 2).norm()) != null) {
      from = i - 2;
      day = day(t.get(i - 2).norm());
    }
    return dayDate(t, from, to, month.get(), Integer.parseInt(day.group(1)), year, pub);
  }

  /*
   * The patterns are tried on nearly every capitalised word; each needs a digit first and a length, which most
   * words lack, so those are checked before a matcher is made.
   */

  /** "3", "26th": the day matched, or null. */
  private static Matcher day(String w) {
    if (w.isEmpty() || w.length() > 4 || !digit(w.charAt(0))) return null;
    Matcher day = DAY.matcher(w);
    return day.matches() ? day : null;
  }

  /** "1999", "2024". */
  private static boolean isYear(String w) {
    return w.length() == 4 && (w.charAt(0) == '1' || w.charAt(0) == '2') && YEAR.matcher(w).matches();
  }

  /** The regex {@code \\d}. */
  private static boolean digit(char c) { return c >= '0' && c <= '9'; }

  private DateMention dayDate(List<Token> t, int from, int to, Month month, int day, Integer year,
      LocalDate pub) {
    try {
      LocalDate d;
      if (year != null) {
        d = LocalDate.of(year, month, day);
      } else if (pub != null) {
        d = LocalDate.of(pub.getYear(), month, day);
        if (d.isAfter(pub.plusDays(SLACK_DAYS))) d = d.minusYears(1);
      } else {
        return null;
      }
      return mention(t, from, to, d, DatePrecision.DAY);
    } catch (DateTimeException e) {
      return null;
    }
  }


  private static DateMention mention(List<Token> t, int from, int to, LocalDate d, DatePrecision p) {
    return new DateMention(from, to, withText(t, from, to, new ResolvedDate(d, p, "")));
  }

  private static ResolvedDate withText(List<Token> t, int from, int to, ResolvedDate d) {
    return new ResolvedDate(d.date(), d.precision(), Token.join(t, from, to));
  }
}
