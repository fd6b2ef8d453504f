package org.entente.coding;

import java.time.LocalDate;
import java.util.ArrayList;
import org.entente.date.DatePrecision;
import java.util.List;
import java.util.Map;
import org.entente.date.DateMention;
import org.entente.date.OffsetMention;
import org.entente.date.ResolvedDate;
import org.entente.text.Token;

/**
 * Dates each act of a sentence. A date that belongs to a background event ("the coup in Niger on July 26",
 * "since the coup") does not date the act but is remembered as an anchor for "just days after the coup"; an
 * offset phrase dates the act it introduces ("two months after securing the withdrawal of French troops") or the
 * clause it opens; otherwise the nearest date in the act's clause; otherwise the publication date ("reported").
 */
final class DateChooser {
  /** Background events that articles date and later count from, by family. */
  private static final Map<String, String> EVENT_NOUNS = Map.ofEntries(Map.entry("coup", "coup"),
      Map.entry("putsch", "coup"), Map.entry("takeover", "coup"), Map.entry("ouster", "coup"),
      Map.entry("overthrow", "coup"), Map.entry("mutiny", "coup"), Map.entry("election", "election"),
      Map.entry("elections", "election"), Map.entry("independence", "independence"),
      Map.entry("referendum", "referendum"), Map.entry("inauguration", "inauguration"),
      Map.entry("attack", "attack"), Map.entry("attacks", "attack"));

  /** The background events that anchor offsets, for the cue check: a sentence naming one may matter. */
  static java.util.Set<String> eventNouns() { return EVENT_NOUNS.keySet(); }

  /**
   * The date mentions that date acts; the others are recorded in {@code context} as anchors. An offset to an
   * undated background event dates it too: "on Sunday …, two months after a coup toppled the president".
   */
  List<DateMention> actDates(List<Token> tokens, List<DateMention> dates, List<OffsetMention> offsets,
      ArticleContext context) {
    List<DateMention> out = new ArrayList<>();
    for (DateMention d : dates) {
      String family = backgroundEvent(tokens, d);
      if (family != null) {
        context.anchor(family, d.date());
      } else if (!afterSince(tokens, d)) {
        out.add(d);
      }
    }
    for (OffsetMention o : offsets) {
      String family = eventAfter(tokens, o);
      if (family == null || context.anchor(family) != null || o.amount() == 0) continue;
      ResolvedDate now = out.isEmpty() ? ResolvedDate.reported(context.published()) : out.get(0).date();
      if (now.date() == null) continue;
      OffsetMention back = new OffsetMention(o.from(), o.to(), o.amount(), o.unit(), !o.after());
      ResolvedDate derived = back.from(now, "");
      context.anchor(family, new ResolvedDate(derived.date(), derived.precision(), ""));
    }
    return out;
  }

  private static String eventAfter(List<Token> tokens, OffsetMention o) {
    for (int k = o.to(); k < Math.min(tokens.size(), o.to() + 3); k++) {
      String family = EVENT_NOUNS.get(tokens.get(k).norm());
      if (family != null) return family;
    }
    return null;
  }

  /** "the July 26 coup", "the coup in Niger on July 26", "the ouster of President Bazoum in July". */
  private static String backgroundEvent(List<Token> tokens, DateMention d) {
    if (d.to() < tokens.size()) {
      String next = EVENT_NOUNS.get(tokens.get(d.to()).norm());
      if (next != null) return next;
      if (d.to() + 1 < tokens.size() && tokens.get(d.to()).is("'s")) {
        String possessed = EVENT_NOUNS.get(tokens.get(d.to() + 1).norm());
        if (possessed != null) return possessed;
      }
    }
    for (int k = d.from() - 1; k >= Math.max(0, d.from() - 8); k--) {
      String w = tokens.get(k).norm();
      String family = EVENT_NOUNS.get(w);
      if (family != null) return family;
      if (w.equals(",") || w.equals(";") || Words.RELATIVES.contains(w) || w.equals("and") || w.equals("that")) {
        return null;
      }
    }
    return null;
  }

  /** "since the July coup", "until March", "by September 15", "by the end of August": not when it happened. */
  private static boolean afterSince(List<Token> tokens, DateMention d) {
    for (int k = d.from() - 1; k >= Math.max(0, d.from() - 4); k--) {
      String w = tokens.get(k).norm();
      if (w.equals("since") || w.equals("until") || w.equals("till") || w.equals("by") || w.equals("before")) {
        return true;
      }
      if (!w.equals("the") && !w.equals("end") && !w.equals("of") && !w.equals("early") && !w.equals("mid")) break;
    }
    return false;
  }

  /**
   * Whether date {@code d} stands in another coordinated act than {@code head}: the clause is cut at each
   * "and" (or ";") that another trigger follows closely.
   */
  private static boolean inOtherConjunct(SentenceView view, Segment segment, int head, DateMention d,
      List<Integer> triggers) {
    return conjunct(view, segment, head, triggers) != conjunct(view, segment, d.from(), triggers);
  }

  private static int conjunct(SentenceView view, Segment segment, int token, List<Integer> triggers) {
    int n = 0;
    for (int k = segment.from(); k < token; k++) {
      String w = view.tokens().get(k).norm();
      if (w.equals("and") || w.equals(";")) {
        int and = k;
        if (triggers.stream().anyMatch(t -> t > and && t <= and + 3)) n++;
      }
    }
    return n;
  }

  private static DateMention nearest(SentenceView view, Segment segment, int head, List<DateMention> dates,
      List<Integer> triggers, boolean ownConjunctOnly) {
    DateMention best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (DateMention d : dates) {
      if (!segment.contains(d.from())) continue;
      if (ownConjunctOnly && inOtherConjunct(view, segment, head, d, triggers)) continue;
      int distance = distance(d, head);
      if (distance < bestDistance) {
        best = d;
        bestDistance = distance;
      }
    }
    return best;
  }

  private static int distance(DateMention d, int head) {
    return d.from() >= head ? d.from() - head : head - d.to();
  }

  /** The date of an act triggered at {@code head}; {@code triggers}: the heads of the sentence's other acts. */
  ResolvedDate dateOf(SentenceView view, int head, List<Integer> triggers, List<DateMention> dates,
      List<OffsetMention> offsets, ArticleContext context) {
    Segment segment = view.segmentOf(head);
    for (OffsetMention o : offsets) {
      // "the move comes … two months after securing the withdrawal": the act lies before the sentence's time
      if (o.to() <= head && view.segmentOf(o.from()).equals(segment)) {
        ResolvedDate now = main(view, dates, context);
        OffsetMention back = new OffsetMention(o.from(), o.to(), o.amount(), o.unit(), !o.after());
        return back.from(now, text(view.tokens(), o.from(), o.to()));
      }
    }
    for (OffsetMention o : offsets) {
      // "just days after the coup, the new rulers terminated …", "denounced the accords a week after the
      // coup": the clause is dated from the anchor
      Segment where = view.segmentOf(o.from());
      boolean sameClause = where.equals(segment) || where.kind() == Segment.Kind.FRONT && where.to() <= head;
      if (!sameClause) continue;
      ResolvedDate anchor = anchorAfter(view.tokens(), o, context);
      if (anchor != null) return o.from(anchor, text(view.tokens(), o.from(), o.to() + 2));
    }
    // "expelled the ambassador in 2022 and cut ties with Ukraine last year": each act its own date; "met in
    // December and agreed to …": acts joined by "and" share the one date given
    DateMention best = nearest(view, segment, head, dates, triggers, true);
    if (best == null) best = nearest(view, segment, head, dates, triggers, false);
    if (best != null) return best.date();
    ResolvedDate afterEvent = afterEvent(view, segment, context);
    if (afterEvent != null) return afterEvent;
    DateMention borrowed = borrowed(view, segment, dates);
    if (borrowed != null) return borrowed.date();
    return ResolvedDate.reported(context.published());
  }

  /**
   * A date its clause lacks but the sentence gives it: a fronted "Last month," dates the main clause, and a
   * date standing alone between commas (", last December,") dates the clause before it.
   */
  private static DateMention borrowed(SentenceView view, Segment segment, List<DateMention> dates) {
    int index = view.indexOf(segment);
    // "gave the French ambassador, Sylvain Itte, 48 hours to leave": the clause goes on past a short aside
    if (index > 1) {
      Segment aside = view.segments().get(index - 1);
      boolean shortAside = aside.kind() == Segment.Kind.APPOSITION || aside.to() - aside.from() <= 4;
      Segment before = view.segments().get(index - 2);
      if (shortAside && before.kind() == Segment.Kind.MAIN) {
        for (DateMention d : dates) if (before.contains(d.from())) return d;
      }
    }
    Segment first = view.segments().get(0);
    if (index > 0 && first.kind() == Segment.Kind.FRONT && segment.kind() == Segment.Kind.MAIN) {
      for (DateMention d : dates) if (first.contains(d.from())) return d;
    }
    // "… will withdraw its soldiers, Berlin said on Saturday": a decision dates from its announcement
    for (Segment other : view.segments()) {
      if (other.kind() != Segment.Kind.ATTRIBUTION) continue;
      for (DateMention d : dates) if (other.contains(d.from())) return d;
    }
    for (int s = index + 1; s < view.segments().size() && s <= index + 3; s++) {
      Segment next = view.segments().get(s);
      if (next.kind() == Segment.Kind.RELATIVE || next.kind() == Segment.Kind.APPOSITION) continue;
      if (describes(view, next, dates)) continue;
      int words = 0;
      for (int k = next.from(); k < next.to(); k++) if (!view.tokens().get(k).isPunctuation()) words++;
      for (DateMention d : dates) {
        // the segment is the date and at most a preposition: ", in September last year."
        if (next.contains(d.from()) && d.to() - d.from() >= words - 1) return d;
      }
      break;
    }
    return null;
  }

  /** ", the Liptako-Gourma Charter,": a short phrase with no party and no date, naming what came before. */
  private static boolean describes(SentenceView view, Segment segment, List<DateMention> dates) {
    if (segment.to() - segment.from() > 6) return false;
    if (view.actors().stream().anyMatch(a -> segment.contains(a.from()))) return false;
    return dates.stream().noneMatch(d -> segment.contains(d.from()));
  }

  /** "… suspended its support after the coup in July": in the month of the dated event it followed. */
  private static ResolvedDate afterEvent(SentenceView view, Segment segment, ArticleContext context) {
    int index = view.indexOf(segment);
    if (index + 1 >= view.segments().size()) return null;
    Segment next = view.segments().get(index + 1);
    String first = view.tokens().get(next.from()).norm();
    if (!first.equals("after") && !first.equals("following")) return null;
    for (int k = next.from(); k < Math.min(next.to(), next.from() + 4); k++) {
      String family = EVENT_NOUNS.get(view.tokens().get(k).norm());
      ResolvedDate anchor = family == null ? null : context.anchor(family);
      if (anchor != null && anchor.date() != null) {
        DatePrecision p = anchor.precision() == DatePrecision.YEAR ? DatePrecision.YEAR : DatePrecision.MONTH;
        LocalDate start = p == DatePrecision.YEAR ? anchor.date().withDayOfYear(1) : anchor.date().withDayOfMonth(1);
        return new ResolvedDate(start, p, text(view.tokens(), next.from(), Math.min(next.to(), k + 1)));
      }
    }
    return null;
  }

  /** When a decision was announced: the date next to "said"/"announced", else the publication date. */
  ResolvedDate announcementDate(SentenceView view, List<DateMention> dates, ArticleContext context) {
    for (DateMention d : dates) {
      for (int k = Math.max(0, d.from() - 3); k < d.from(); k++) {
        if (Words.ANNOUNCING.contains(view.tokens().get(k).norm())) return d.date();
      }
    }
    return ResolvedDate.reported(context.published());
  }

  /** The time the sentence speaks of: its first act-dating date, or the publication date. */
  private static ResolvedDate main(SentenceView view, List<DateMention> dates, ArticleContext context) {
    return dates.isEmpty() ? ResolvedDate.reported(context.published()) : dates.get(0).date();
  }

  private static ResolvedDate anchorAfter(List<Token> tokens, OffsetMention o, ArticleContext context) {
    for (int k = o.to(); k < Math.min(tokens.size(), o.to() + 4); k++) {
      String family = EVENT_NOUNS.get(tokens.get(k).norm());
      if (family != null) return context.anchor(family);
    }
    return null;
  }

  private static String text(List<Token> tokens, int from, int to) { return Token.join(tokens, from, to); }
}
