package org.entente.coding;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.time.LocalDate;
import org.entente.date.DateFinder;
import org.entente.date.DatePrecision;
import org.entente.date.DateMention;
import org.entente.date.OffsetMention;
import org.entente.date.ResolvedDate;
import org.entente.dictionary.NewsWords;
import org.entente.text.Grammar;
import org.entente.text.Regex;
import org.entente.text.Token;
import org.entente.text.WordSet;

/**
 * Adds the date expressions of every sentence, resolved against the publication date, and the offsets ("two
 * months after"). A date that belongs to a background event ("the coup in Niger on July 26", "the July 26 coup")
 * does not date an act: it becomes the article's anchor for that event, from which later offsets count ("just
 * days after the coup"); neither does a bound ("since the July coup", "until March"). An offset to an undated
 * background event dates the event: "on Sunday …, two months after a coup toppled the president".
 */
final class DateStage implements ArticleStage {
  private final DateFinder finder = new DateFinder();
  private final NewsWords words;

  DateStage(NewsWords words) { this.words = words; }

  @Override
  public ArticleAnnotation annotate(ArticleAnnotation article) {
    Map<String, ResolvedDate> anchors = new HashMap<>();
    List<SentenceAnnotation> out = new ArrayList<>();
    ResolvedDate narrative = null;
    ResolvedDate lastDated = null;
    int narrativeAt = -1;
    int lastDatedAt = -1;
    for (SentenceAnnotation s : article.sentences()) {
      List<Token> tokens = s.sentence().tokens();
      List<OffsetMention> offsets = new ArrayList<>(finder.offsets(tokens));
      List<DateMention> found = new ArrayList<>(finder.dates(tokens, article.published()));
      // "In February, Trump signed an order. Two days earlier, …": counted from the story's latest time, a day or a
      // month
      boolean monthIsLater = lastDated != null && lastDated.precision() == DatePrecision.MONTH
          && lastDatedAt > narrativeAt;
      found.addAll(relativeToStory(tokens, narrative, monthIsLater ? lastDated : narrative, offsets, found));
      found.addAll(sameTimeAsStory(tokens, narrative, lastDated, found));
      found.addAll(nextPeriodOfStory(tokens, lastDated, found));
      found = monthOfThatYear(tokens, lastDated, found);
      found.addAll(thatMonth(tokens, lastDated, found));
      found.sort(java.util.Comparator.comparingInt(DateMention::from));
      List<DateMention> actDates = new ArrayList<>();
      for (DateMention d : found) {
        String family = backgroundEvent(tokens, d);
        if (family != null) {
          anchor(anchors, family, d.date());
        } else if (!isBound(tokens, d)) {
          actDates.add(d);
        }
      }
      for (OffsetMention o : offsets) {
        String family = eventAfter(tokens, o);
        if (family == null || anchors.get(family) != null || o.amount() == 0) continue;
        ResolvedDate now = actDates.isEmpty() ? ResolvedDate.reported(article.published()) : actDates.get(0).date();
        if (now.date() == null) continue;
        OffsetMention back = new OffsetMention(o.from(), o.to(), o.amount(), o.unit(), !o.after());
        ResolvedDate derived = back.from(now, "");
        anchor(anchors, family, new ResolvedDate(derived.date(), derived.precision(), ""));
      }
      out.add(s.withDates(actDates, offsets));
      for (DateMention d : actDates) {
        // (when a state began sets no time for the story that follows)
        if (startOfAState(tokens, d)) continue;
        if (d.date().precision() == DatePrecision.DAY) {
          narrative = d.date();
          narrativeAt = out.size();
        }
        if (d.date().date() != null && d.date().precision().compareTo(DatePrecision.YEAR) <= 0) {
          lastDated = d.date();
          lastDatedAt = out.size();
        }
      }
    }
    return article.withSentences(out).withAnchors(anchors);
  }

  private static final Map<String, Integer> STORY_DAYS = Map.of("following", 1, "next", 1, "previous", -1,
      "same", 0);

  /**
   * "The following day", "the next day", "the same day", "two days later": days counted from the last day the
   * story has dated, not from publication. The offsets so read are removed from {@code offsets}.
   */
  private static List<DateMention> relativeToStory(List<Token> tokens, ResolvedDate story, ResolvedDate latest,
      List<OffsetMention> offsets, List<DateMention> found) {
    List<DateMention> out = new ArrayList<>();
    for (int i = 0; i + 2 < tokens.size(); i++) {
      Integer days = STORY_DAYS.get(tokens.get(i + 1).norm());
      boolean phrase = tokens.get(i).is("the") && days != null
          && Regex.matches(tokens.get(i + 2).norm(), "day|night|evening|morning|afternoon");
      if (!phrase) continue;
      int from = i;
      // "On 8 July he flew to Asmara, and the following day …": counted from a day the sentence gave before
      ResolvedDate anchor = found.stream().filter(d -> d.to() <= from && d.date().precision() == DatePrecision.DAY)
          .map(DateMention::date).reduce((a, b) -> b).orElse(story);
      if (anchor != null && !covered(found, from)) {
        LocalDate day = anchor.date().plusDays(days);
        out.add(new DateMention(i, i + 3, new ResolvedDate(day, DatePrecision.DAY, Token.join(tokens, i, i + 3))));
      }
    }
    for (java.util.Iterator<OffsetMention> it = offsets.iterator(); it.hasNext(); ) {
      OffsetMention o = it.next();
      // "two days later," with nothing it counts from: the story's time
      boolean later = o.to() >= 1 && (tokens.get(o.to() - 1).is("later") || tokens.get(o.to() - 1).is("earlier"));
      // "Days later, Moscow retaliated", "Hours earlier": vague, but counted from the same time
      if (!later || o.amount() == 0 && o.unit() != OffsetMention.Unit.DAY && o.unit() != OffsetMention.Unit.HOUR) {
        continue;
      }
      // "On 20 June Mr Isaias said …, and six days later …": from a date the sentence gave before
      ResolvedDate anchor = orElse(lastDateBefore(found, o.from()), latest);
      // "Hours later, on Tuesday morning in Beijing, …": the date written next says when
      DateMention restated = null;
      for (DateMention d : found) if (restated == null && d.from() >= o.to() && d.from() <= o.to() + 2) restated = d;
      if (restated != null) {
        reanchorWeekday(tokens, found, restated, anchor == null ? null : o.from(anchor, ""));
        it.remove();
        continue;
      }
      if (anchor == null) continue;
      out.add(new DateMention(o.from(), o.to(), o.from(anchor, Token.join(tokens, o.from(), o.to()))));
      it.remove();
    }
    return out;
  }

  /**
   * "Two days later, on Sunday": a weekday was read as the last one before publication, which may be a week after
   * the story's time; the offset, counted from the story's day, says which one is meant: the nearest to its day.
   */
  private static void reanchorWeekday(List<Token> tokens, List<DateMention> found, DateMention weekday,
      ResolvedDate counted) {
    if (counted == null || counted.precision() != DatePrecision.DAY
        || weekday.date().precision() != DatePrecision.DAY) {
      return;
    }
    java.time.DayOfWeek day = null;
    for (int k = weekday.from(); k < weekday.to() && day == null; k++) {
      day = org.entente.date.MonthNames.weekday(tokens.get(k).norm()).orElse(null);
    }
    if (day == null) return;
    for (int shift = 0; shift <= 3; shift++) {
      for (LocalDate candidate : List.of(counted.date().plusDays(shift), counted.date().minusDays(shift))) {
        if (candidate.getDayOfWeek() == day) {
          found.set(found.indexOf(weekday), new DateMention(weekday.from(), weekday.to(),
              new ResolvedDate(candidate, DatePrecision.DAY, weekday.date().text())));
          return;
        }
      }
    }
  }

  /** The last date the sentence gives before token {@code at} ("On 20 June …, and six days later"), or null. */
  private static ResolvedDate lastDateBefore(List<DateMention> found, int at) {
    ResolvedDate last = null;
    for (DateMention d : found) if (d.to() <= at && d.date().date() != null) last = d.date();
    return last;
  }

  /** Whether a date already found covers token {@code at}. */
  private static boolean covered(List<DateMention> found, int at) {
    for (DateMention d : found) if (d.from() <= at && d.to() > at) return true;
    return false;
  }

  private static ResolvedDate orElse(ResolvedDate date, ResolvedDate otherwise) {
    return date != null ? date : otherwise;
  }

  /**
   * "In December that year", "in December of that year", "in May of the same year", "on July 30 that year": the
   * month or day in the year the sentence, or else the story, last dated, one date over the whole phrase.
   */
  private static List<DateMention> monthOfThatYear(List<Token> tokens, ResolvedDate dated, List<DateMention> found) {
    List<DateMention> out = found;
    for (DateMention d : found) {
      // ("in December of that year", "meeting Tiani on July 30 that year": a month or a day written without a year)
      if (!d.date().precision().withinAMonth() || d.date().date() == null || d.to() - d.from() > 3
          || writesAYear(tokens, d)) {
        continue;
      }
      int k = d.to();
      if (k < tokens.size() && tokens.get(k).is("of")) k++;
      boolean that = k + 1 < tokens.size() && tokens.get(k).is("that") && tokens.get(k + 1).is("year");
      boolean same = k + 2 < tokens.size() && tokens.get(k).is("the") && tokens.get(k + 1).is("same")
          && tokens.get(k + 2).is("year");
      if (!that && !same) continue;
      int end = k + (that ? 2 : 3);
      // "Niger, which expelled French forces in 2023, left … in December of that year": the year the sentence gave
      ResolvedDate year = orElse(lastDateBefore(found, d.from()), dated);
      if (year == null || year.date() == null) continue;
      LocalDate moved = d.date().date().withYear(year.date().getYear());
      // copied only when a phrase is found: this runs for every sentence
      if (out == found) out = new ArrayList<>(found);
      out.removeIf(o -> o.from() >= d.from() && o.to() <= end);
      out.add(new DateMention(d.from(), end, new ResolvedDate(moved, d.date().precision(),
          Token.join(tokens, d.from(), end))));
    }
    return out;
  }

  private static boolean writesAYear(List<Token> tokens, DateMention d) {
    for (int k = d.from(); k < d.to(); k++) if (Regex.matches(tokens.get(k).norm(), "\\d{4}")) return true;
    return false;
  }

  /**
   * "expelled the French ambassador in January 2022, and the last French soldiers left that August": a month of
   * the year the sentence, or else the story, last dated.
   */
  private static List<DateMention> thatMonth(List<Token> tokens, ResolvedDate dated, List<DateMention> found) {
    List<DateMention> out = new ArrayList<>();
    for (int i = 0; i + 1 < tokens.size(); i++) {
      if (!tokens.get(i).is("that")) continue;
      java.util.Optional<java.time.Month> month = org.entente.date.MonthNames.parse(tokens.get(i + 1).text());
      // "said that May would resign": a month is a time only where a phrase ends with it
      String after = i + 2 < tokens.size() ? tokens.get(i + 2).norm() : ".";
      boolean ends = i + 2 == tokens.size() || tokens.get(i + 2).isPunctuation()
          || Regex.matches(after, "and|when|after|before|as|while|but|to|in|with|for|at");
      if (month.isEmpty() || !ends || month.get() == java.time.Month.MAY) continue;
      final int from = i;
      if (covered(found, from) || covered(found, from + 1)) continue;
      ResolvedDate year = orElse(lastDateBefore(found, from), dated);
      if (year == null || year.date() == null || year.precision().compareTo(DatePrecision.YEAR) > 0) continue;
      out.add(new DateMention(i, i + 2, new ResolvedDate(LocalDate.of(year.date().getYear(), month.get(), 1),
          DatePrecision.MONTH, Token.join(tokens, i, i + 2))));
    }
    return out;
  }

  /**
   * "travelled to Kigali the following month", "the previous year": the month or year after or before the one the
   * story last dated.
   */
  private static List<DateMention> nextPeriodOfStory(List<Token> tokens, ResolvedDate dated,
      List<DateMention> found) {
    List<DateMention> out = new ArrayList<>();
    for (int i = 0; i + 2 < tokens.size(); i++) {
      Integer step = STORY_DAYS.get(tokens.get(i + 1).norm());
      String period = tokens.get(i + 2).norm();
      if (!tokens.get(i).is("the") || step == null || step == 0 || !Regex.matches(period, "month|year")) continue;
      // "wind down its mission over the next year": a span ahead, no date
      if (i > 0 && Regex.matches(tokens.get(i - 1).norm(), "over|within|for|during|throughout|into")) continue;
      final int from = i;
      if (covered(found, from)) continue;
      ResolvedDate anchor = orElse(lastDateBefore(found, from), dated);
      boolean month = period.equals("month");
      if (anchor == null || anchor.date() == null
          || anchor.precision().compareTo(month ? DatePrecision.MONTH : DatePrecision.YEAR) > 0) {
        continue;
      }
      LocalDate start = month ? anchor.date().withDayOfMonth(1).plusMonths(step)
          : anchor.date().withDayOfYear(1).plusYears(step);
      out.add(new DateMention(i, i + 3, new ResolvedDate(start, month ? DatePrecision.MONTH : DatePrecision.YEAR,
          Token.join(tokens, i, i + 3))));
    }
    return out;
  }

  private static final java.util.Set<String> DAY_PARTS = WordSet.of("day", "night", "evening", "morning",
      "afternoon");

  /**
   * "That evening", "later that day", "later that month", "the same month", "that year": the time the story last
   * dated, to the precision the phrase names (a day part is that day; a month or a year is that period).
   */
  private static List<DateMention> sameTimeAsStory(List<Token> tokens, ResolvedDate day, ResolvedDate dated,
      List<DateMention> found) {
    List<DateMention> out = new ArrayList<>();
    for (int i = 0; i + 1 < tokens.size(); i++) {
      String first = tokens.get(i).norm();
      int unit = tokens.get(i + 1).is("same") && i + 2 < tokens.size() ? i + 2 : i + 1;
      String period = tokens.get(unit).norm();
      boolean that = first.equals("that");
      boolean theSame = first.equals("the") && unit == i + 2;
      if (!that && !theSame) continue;
      // "said that evening talks…" is rare; "that day" opens a phrase at the start or after "later", "on", ","
      String before = i == 0 ? "" : tokens.get(i - 1).norm();
      boolean opens = i == 0 || Regex.matches(before, "later|earlier|on|by|in|during|,|and|until");
      // "flew to Banjul that day and met …": a phrase that ends at "day" is a time, not "said that day-long talks …"
      String after = unit + 1 < tokens.size() ? tokens.get(unit + 1).norm() : ".";
      opens |= that && !Regex.matches(before, "said|says|say|announced|stated|added|noted|told|warned|argued")
          && (tokens.get(unit + 1 < tokens.size() ? unit + 1 : unit).isPunctuation() || unit + 1 == tokens.size()
              || Regex.matches(after, "and|to|in|at|with|for|after|before|when|as|while|but"));
      boolean dayPart = DAY_PARTS.contains(period);
      boolean longer = period.equals("month") || period.equals("year");
      // "the same day" is read with "the next day" (relativeToStory)
      if (!opens || !(that && dayPart || longer) || theSame && dayPart) continue;
      final int from = i;
      if (covered(found, from)) continue;
      ResolvedDate inSentence = lastDateBefore(found, from);
      ResolvedDate anchor = inSentence != null ? inSentence : dayPart ? day : dated;
      if (anchor == null || anchor.date() == null) continue;
      DatePrecision wanted = dayPart ? DatePrecision.DAY : period.equals("month") ? DatePrecision.MONTH
          : DatePrecision.YEAR;
      // a phrase cannot be more precise than the date it points back to
      if (anchor.precision().compareTo(wanted) > 0) continue;
      LocalDate start = wanted == DatePrecision.DAY ? anchor.date()
          : wanted == DatePrecision.MONTH ? anchor.date().withDayOfMonth(1) : anchor.date().withDayOfYear(1);
      out.add(new DateMention(i, unit + 1, new ResolvedDate(start, wanted, Token.join(tokens, i, unit + 1))));
    }
    return out;
  }

  /** Keeps the most precise date of each background event. */
  private static void anchor(Map<String, ResolvedDate> anchors, String family, ResolvedDate date) {
    ResolvedDate known = anchors.get(family);
    if (known == null || date.precision().compareTo(known.precision()) < 0) anchors.put(family, date);
  }

  private String eventAfter(List<Token> tokens, OffsetMention o) {
    for (int k = o.to(); k < Math.min(tokens.size(), o.to() + 3); k++) {
      String family = words.backgroundEvent(tokens.get(k).norm());
      if (family != null) return family;
    }
    return null;
  }

  private static final java.util.Set<String> OCCASIONS_OF_EVENTS = WordSet.of("anniversary", "anniversaries",
      "celebration", "celebrations", "commemoration", "commemorations", "jubilee");

  /** "the July 26 coup", "the coup in Niger on July 26", "the ouster of President Bazoum in July". */
  private String backgroundEvent(List<Token> tokens, DateMention d) {
    if (d.to() < tokens.size()) {
      String next = words.backgroundEvent(tokens.get(d.to()).norm());
      if (next != null) return next;
      if (d.to() + 1 < tokens.size() && tokens.get(d.to()).is("'s")) {
        String possessed = words.backgroundEvent(tokens.get(d.to() + 1).norm());
        if (possessed != null) return possessed;
      }
    }
    for (int k = d.from() - 1; k >= Math.max(0, d.from() - 8); k--) {
      String w = tokens.get(k).norm();
      // "PNG's 50th independence anniversary last month": the date is the occasion's, not the event's
      if (OCCASIONS_OF_EVENTS.contains(w)) return null;
      String family = words.backgroundEvent(w);
      if (family != null) return family;
      if (w.equals(",") || w.equals(";") || Grammar.RELATIVES.contains(w) || w.equals("and") || w.equals("that")) {
        return null;
      }
    }
    return null;
  }

  /**
   * "since the July coup", "until March", "by September 15", "by the end of August": not when it happened. But
   * "since August 2019, when Pakistan expelled …" says when the clause after it happened, and "had brought its
   * soldiers home by the end of December" when an act was done.
   */
  private static boolean isBound(List<Token> tokens, DateMention d) {
    if (d.to() < tokens.size() && (tokens.get(d.to()).is("when")
        || tokens.get(d.to()).is(",") && d.to() + 1 < tokens.size() && tokens.get(d.to() + 1).is("when"))) {
      return false;
    }
    // "agreed on a September 15 deadline": the date a deadline falls on
    if (d.to() < tokens.size() && Regex.matches(tokens.get(d.to()).norm(), "deadlines?")) return true;
    for (int k = d.from() - 1; k >= Math.max(0, d.from() - 4); k--) {
      String w = tokens.get(k).norm();
      if (w.equals("by")) return !doneBy(tokens, k);
      // "will complete the withdrawal no later than Sept. 15"
      if (w.equals("than") && k > 0 && tokens.get(k - 1).is("later")) return true;
      // "a member of NATO since 1999": when the membership began
      if (w.equals("since") && (memberBefore(tokens, k) || startOfAState(tokens, d))) return false;
      if (w.equals("since") || w.equals("until") || w.equals("till") || w.equals("before")) return true;
      if (!Regex.matches(w, "the|end|of|early|mid|late|beginning|start|middle")) break;
    }
    return false;
  }

  /**
   * "Ugandan forces have conducted joint operations with the Congolese army since November 2021", "has had troops in
   * Somalia since 2007": a state told in the perfect began on its "since" date. Not "its first visit since 2019" nor
   * "the largest deployment since 2003", which measure from the date.
   */
  private static boolean stateSince(List<Token> tokens, int since) {
    for (int k = since - 1; k >= Math.max(0, since - 30); k--) {
      String w = tokens.get(k).norm();
      // ("has had troops")
      if (w.equals("had") && k > 0 && Grammar.HAVE.contains(tokens.get(k - 1).norm())) return true;
      if (Regex.matches(w, ";|\\.|first|times?|most|[a-z]+(?<!inter|w|requ|prot|sugg|inv|arr|t|b)est")) return false;
      if (Grammar.HAVE.contains(w) && !w.equals("having") && k + 1 < since) {
        String next = tokens.get(k + 1).norm();
        return next.equals("been") || next.equals("had") || next.equals("not") || next.equals("n't")
            || next.equals("no") || Grammar.pastForm(next) || IRREGULAR_PAST.contains(next) || next.endsWith("ly");
      }
    }
    return false;
  }

  /**
   * "since November 2021" after a state told in the perfect, not "since January 2019, when …". (A state "since
   * 2018" is told as lasting from then to the story's day; only a month or a day it began on is a date of the act.)
   */
  private static boolean startOfAState(List<Token> tokens, DateMention d) {
    int after = d.to() < tokens.size() && tokens.get(d.to()).is(",") ? d.to() + 1 : d.to();
    if (!d.date().precision().withinAMonth() || after < tokens.size() && tokens.get(after).is("when")) return false;
    for (int k = d.from() - 1; k >= Math.max(0, d.from() - 4); k--) {
      if (tokens.get(k).is("since")) return stateSince(tokens, k);
      if (!Regex.matches(tokens.get(k).norm(), "the|end|of|early|mid|late|beginning|start|middle")) return false;
    }
    return false;
  }

  private static boolean memberBefore(List<Token> tokens, int since) {
    for (int k = since - 1; k >= Math.max(0, since - 7); k--) {
      if (tokens.get(k).is("member") || tokens.get(k).is("members")) return true;
      if (tokens.get(k).isPunctuation()) return false;
    }
    return false;
  }

  /** Words that make a "by" date a deadline: "must leave by", "gave them until …", "ordered … to go by". */
  private static final java.util.Set<String> DEADLINE_WORDS = WordSet.of("to", "will", "would", "must", "should",
      "shall", "'ll", "until", "deadline", "ultimatum", "expected", "due", "that", "plans", "plan", "planned",
      "aims", "hopes", "promised", "pledged", "vowed", "agreed", "demanded", "ordered", "asked", "told", "gave",
      "given", "is", "are", "be", "set", "not", "n't", "never", "expects", "announced", "said", "decided",
      "called", "urged", "requested", "wanted", "insisted");

  private static final java.util.Set<String> IRREGULAR_PAST = WordSet.of("brought", "bought", "sold", "paid",
      "built", "lost", "fell", "became", "wrote", "spoke", "gone", "withdrawn", "taken", "done", "begun", "flown");

  /**
   * Whether the clause before "by" at {@code by} reports an act done in the past ("withdrew its last troops by",
   * "had left by"): a past verb and none of the words of a deadline since the clause began.
   */
  private static boolean doneBy(List<Token> tokens, int by) {
    boolean past = false;
    for (int k = by - 1; k >= Math.max(0, by - 15); k--) {
      Token t = tokens.get(k);
      String w = t.norm();
      if (w.equals(",") || w.equals(";") || w.equals(":")) break;
      if (DEADLINE_WORDS.contains(w)) return false;
      past |= !t.isCapitalised() && (Grammar.pastForm(w) || IRREGULAR_PAST.contains(w) || w.equals("has")
          || w.equals("have"));
    }
    return past;
  }
}
