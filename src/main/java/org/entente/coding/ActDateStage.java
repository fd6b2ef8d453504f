package org.entente.coding;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.entente.act.ActType;
import org.entente.act.Frame;
import org.entente.act.Trigger;
import org.entente.date.DateMention;
import org.entente.date.DatePrecision;
import org.entente.date.OffsetMention;
import org.entente.date.ResolvedDate;
import org.entente.dictionary.NewsWords;
import org.entente.dictionary.NewsWords.WordClass;
import org.entente.party.PartyMention;
import org.entente.text.Grammar;
import org.entente.text.Regex;
import org.entente.text.Token;

/**
 * Dates each interaction. An offset phrase dates the act it introduces ("two months after securing the
 * withdrawal of French troops") or the clause it opens ("just days after the coup", counted from the article's
 * anchor for the coup); otherwise the nearest date in the act's clause; otherwise a date the sentence gives the
 * clause from outside it (a fronted "Last month,", an attribution "…, Berlin said on Saturday"); otherwise the
 * publication date ("reported"). A decision announced for later is dated by its announcement.
 */
final class ActDateStage implements SentenceStage {
  private final NewsWords words;

  ActDateStage(NewsWords words) { this.words = words; }

  @Override
  public SentenceAnnotation annotate(SentenceAnnotation sentence, ArticleAnnotation article, Discourse discourse) {
    if (sentence.interactions().isEmpty()) return sentence.withDated(List.of());
    SentenceView view = sentence.view(words);
    // loops, not streams: this method runs for every act, and its streams were most of what the JIT compiled
    List<Integer> heads = new ArrayList<>();
    for (Trigger t : sentence.triggers()) heads.add(t.head());
    List<DatedInteraction> out = new ArrayList<>();
    for (Interaction i : sentence.interactions()) {
      boolean announced = false;
      for (TriggerReading r : sentence.readings()) {
        announced |= r.trigger().head() == i.triggerHead() && r.announcedFuture();
      }
      int sameAct = 0;
      for (Interaction x : sentence.interactions()) if (x.triggerHead() == i.triggerHead()) sameAct++;
      DateMention own = sameAct > 1 ? itemDate(view, sentence.dates(), i) : null;
      ResolvedDate date = announced ? announcementDate(view, sentence.dates(), i.triggerHead(), article)
          : own != null ? own.date()
          : dateOf(view, i.triggerHead(), heads, sentence.dates(), sentence.offsets(), article,
              discourse.previousDate());
      date = spokenDay(view, sentence.dates(), date);
      boolean undated = date.precision() == DatePrecision.REPORTED || date.precision() == DatePrecision.UNKNOWN;
      ResolvedDate event = undated ? attendedEventDate(view, i, article) : null;
      if (event != null) {
        date = event;
        undated = false;
      }
      ResolvedDate restated = undated ? restatingParticipleDate(sentence, view, i) : null;
      if (restated == null && undated) restated = dateOfTheClauseAfter(view, i, sentence.dates());
      if (restated == null && undated) restated = spanOfTheOccasion(view, i, sentence.dates());
      if (restated != null) {
        date = restated;
        undated = false;
      }
      // "had demanded the departure": the pluperfect sets the act before the story the neighbours date
      if (undated && !pluperfect(sentence.sentence().tokens(), i.triggerHead())) {
        ResolvedDate nearby = neighbourDate(sentence, article, i);
        if (nearby == null) nearby = quotedAnnouncement(sentence, article);
        if (nearby == null) nearby = followingDate(sentence, discourse);
        if (nearby == null) nearby = samePairDate(sentence, discourse, i);
        if (nearby == null) nearby = unnamedActDate(sentence, discourse, i);
        if (nearby == null) nearby = atThatTime(view, discourse, i);
        if (nearby == null) nearby = besideDate(view, i, sentence.dates());
        if (nearby == null) nearby = leadDate(sentence, article, i);
        if (nearby == null) nearby = openingAnnouncementDay(sentence, article, i);
        if (nearby == null) nearby = followedDate(sentence, discourse, i);
        if (nearby == null) nearby = thenDate(sentence, discourse, i);
        if (nearby == null && toldInThePast(view, i.triggerHead())) nearby = storyDay(article, discourse);
        if (nearby != null) date = nearby;
      }
      ResolvedDate elided = ellipsisDate(view, sentence.dates(), out, i);
      if (elided != null) date = elided;
      // "Burkina Faso and Niger on Saturday joined Mali in quitting the G5": Mali quit before, on a day the
      // sentence does not give
      if (StoryRoles.doneFirst(view.tokens(), i)) date = ResolvedDate.reported(article.published());
      // "backed Iraq's goal of becoming self-sufficient in energy by 2030": a time after the paper came out is a
      // goal's or a deadline's, never the day of an act it reports as done
      if (!announced && afterPublication(date, article)) date = ResolvedDate.reported(article.published());
      out.add(new DatedInteraction(i, date));
    }
    return sentence.withDated(out);
  }


  private static boolean afterPublication(ResolvedDate date, ArticleAnnotation article) {
    return date.date() != null && article.published() != null && date.date().isAfter(article.published());
  }

  /**
   * Whether the act at {@code head} is told as done on a day: "was received", "signed"; not "has visited", nor
   * "He had flown in from Riyadh, where he held talks", which a perfect before it sets earlier.
   */
  private static boolean toldInThePast(SentenceView view, int head) {
    // ("He has since visited South Sudan": what has been done since took no one day)
    List<Token> tokens = view.tokens();
    int from = Math.max(0, head - 3);
    int index = view.indexOf(view.segmentOf(head));
    if (index > 0 && tokens.get(view.segments().get(index).from()).is("where")) {
      from = view.segments().get(index - 1).from();
    }
    for (int k = head - 1; k >= from; k--) {
      if (Grammar.HAVE.contains(tokens.get(k).norm())) return false;
    }
    return true;
  }

  /**
   * "France on Thursday handed over its last base in Ivory Coast … After the ceremony the minister was received by
   * Ouattara": an act the story tells undated after an opening that dated its act a day or three before the paper
   * came out took place on the story's day, not on the day it was reported.
   */
  private static ResolvedDate storyDay(ArticleAnnotation article, Discourse discourse) {
    ResolvedDate day = discourse.storyDay();
    // (an article with no publication date has no day it was reported)
    if (day == null || day.date() == null || article.published() == null) return null;
    long before = ChronoUnit.DAYS.between(day.date(), article.published());
    return before >= 1 && before <= 3 ? day : null;
  }

  /**
   * "was present at the inauguration in Lome on Saturday": a visit to attend an event the article dates is on
   * the event's day (the date went to the event, as an anchor, not to the act).
   */
  private ResolvedDate attendedEventDate(SentenceView view, Interaction i, ArticleAnnotation article) {
    if (i.type() != ActType.COOPERATION_VISIT) return null;
    Segment clause = view.segmentOf(i.triggerHead());
    for (int k = i.triggerEnd(); k < Math.min(clause.to(), i.triggerEnd() + 4); k++) {
      String family = words.backgroundEvent(view.tokens().get(k).norm());
      if (family == null) continue;
      ResolvedDate anchor = article.anchor(family);
      return anchor != null && anchor.precision().withinAMonth() ? anchor : null;
    }
    return null;
  }

  /**
   * "was one of the few leaders to meet Tiani in Niamey, travelling there on July 30": a participle right after the
   * act's clause, whose verb names an act of the same kind, tells the same act again and may date it.
   */
  private static ResolvedDate restatingParticipleDate(SentenceAnnotation sentence, SentenceView view,
      Interaction i) {
    int index = view.indexOf(view.segmentOf(i.triggerHead()));
    // ("made Niamey his first destination after his inauguration, visiting the capital on June 3": past a phrase
    // that names no act)
    int at = index + 1;
    if (at < view.segments().size() && view.segments().get(at).kind() == Segment.Kind.ADVERBIAL
        && noActIn(view.segments().get(at), sentence.triggers())) {
      at++;
    }
    if (at >= view.segments().size()) return null;
    Segment next = view.segments().get(at);
    if (next.kind() != Segment.Kind.PARTICIPLE) return null;
    boolean sameKind = false;
    for (Trigger t : sentence.triggers()) {
      if (t.head() != next.from()) continue;
      for (var c : t.candidates()) sameKind |= c.type() == i.type();
    }
    if (!sameKind) return null;
    for (DateMention d : sentence.dates()) if (next.contains(d.from())) return d.date();
    return null;
  }

  private static boolean noActIn(Segment segment, List<Trigger> triggers) {
    for (Trigger t : triggers) if (segment.contains(t.head())) return false;
    return true;
  }

  /**
   * "agreed to create the group when they met in Dubai on December 1": an undated act takes the date of the "when"
   * clause right after it; "severed relations with Russia after the two fought a war in August 2008": an "after"
   * clause's date is the earliest the act can be, and its month the best the text tells.
   */
  private static ResolvedDate dateOfTheClauseAfter(SentenceView view, Interaction i, List<DateMention> dates) {
    Segment segment = view.segmentOf(i.triggerHead());
    int index = view.indexOf(segment);
    if (segment.kind() != Segment.Kind.MAIN || index + 1 >= view.segments().size()) return null;
    // ("the third country to sign such a pact, after Peru in 2019": the "after" phrase dates those before it)
    if (FellowParties.rankedToAct(view.tokens(), i.triggerHead())) return null;
    Segment next = view.segments().get(index + 1);
    String opener = view.tokens().get(next.from()).norm();
    boolean sameMoment = Regex.matches(opener, "when|as|while");
    boolean after = Regex.matches(opener, "after|following");
    if (!sameMoment && !after || next.kind() == Segment.Kind.FRONT) return null;
    DateMention first = null;
    for (DateMention d : dates) if (first == null && next.contains(d.from())) first = d;
    if (first == null) return null;
    return after ? dayToMonth(first.date()) : first.date();
  }

  /**
   * "Modi's two-day visit to Warsaw, which ended on Thursday": a relative clause on a visit or meeting that tells
   * when it began or ended dates it.
   */
  private static ResolvedDate spanOfTheOccasion(SentenceView view, Interaction i, List<DateMention> dates) {
    if (i.type() != ActType.COOPERATION_VISIT) return null;
    int index = view.indexOf(view.segmentOf(i.triggerHead()));
    if (index + 1 >= view.segments().size()) return null;
    Segment next = view.segments().get(index + 1);
    List<Token> t = view.tokens();
    if (next.kind() != Segment.Kind.RELATIVE || next.to() - next.from() < 3 || !t.get(next.from()).is("which")
        || !Regex.matches(t.get(next.from() + 1).norm(), "ended|began|started|opened|closed|concluded|lasted")) {
      return null;
    }
    for (DateMention d : dates) {
      if (next.contains(d.from()) && d.date().precision().withinAMonth()) return d.date();
    }
    return null;
  }

  /**
   * "withdrawal of French troops from Mali in August 2022, Burkina Faso in February 2023 and Niger in
   * December": where a clause dates several parties of one act apart, each pair takes the date written right
   * after its own party.
   */
  private static DateMention itemDate(SentenceView view, List<DateMention> dates, Interaction i) {
    Segment clause = view.segmentOf(i.triggerHead());
    // ("the fourth Arab state to normalise ties, after the UAE and Bahrain in September and Sudan in October": a
    // party named outside the act's clause takes only a date of its own)
    boolean outside = i.source().named() && !clause.contains(i.source().from());
    if (!outside && dates.stream().filter(d -> clause.contains(d.from())).count() < 2) return null;
    for (Participant p : outside ? List.of(i.source()) : List.of(i.target(), i.source())) {
      if (!p.named()) continue;
      for (DateMention d : dates) {
        if (d.from() < p.to() || d.from() > p.to() + 5) continue;
        // "the UN peacekeeping mission MINUSMA in 2023": the party's own phrase, up to the next item of the list
        boolean close = true;
        for (int k = p.to(); k < d.from(); k++) {
          String w = view.tokens().get(k).norm();
          close &= !w.equals(",") && !w.equals("and") && !w.equals("or") && !w.equals(";");
        }
        if (close) return d;
      }
    }
    return null;
  }

  /**
   * '"… as of today," the minister told a news conference on Tuesday': a "today" in a quotation is the day the
   * words were spoken, which the attribution gives.
   */
  private static ResolvedDate spokenDay(SentenceView view, List<DateMention> dates, ResolvedDate date) {
    if (date.text() == null || !date.text().equalsIgnoreCase("today")) return date;
    for (DateMention d : dates) {
      if (d.date().precision() == DatePrecision.DAY && !d.date().text().equalsIgnoreCase("today")
          && view.segmentOf(d.from()).kind() == Segment.Kind.ATTRIBUTION) {
        return d.date();
      }
    }
    return date;
  }

  /**
   * 'The minister announced the decision on Tuesday … "Kenyan diplomats have seven days to leave," he said.': a
   * quotation right after a dated announcement is the announcement's words, and its acts take that day.
   */
  private ResolvedDate quotedAnnouncement(SentenceAnnotation sentence, ArticleAnnotation article) {
    List<Token> tokens = sentence.sentence().tokens();
    int at = sentence.sentence().index() - 1;
    if (at == 0 || tokens.isEmpty() || !(tokens.get(0).is("\"") || tokens.get(0).is("“"))) return null;
    SentenceAnnotation before = article.sentences().get(at - 1);
    if (before.empty() || before.dates().size() != 1) return null;
    DateMention d = before.dates().get(0);
    if (d.date().precision() != DatePrecision.DAY) return null;
    boolean announces = before.sentence().tokens().stream()
        .anyMatch(t -> words.is(WordClass.ANNOUNCING, t.norm()) || words.is(WordClass.REPORTING, t.norm()));
    return announces ? d.date() : null;
  }

  /**
   * "Following the incident, Bamako sent a delegation": an act the sentence sets after the one before it, in the
   * month of that one's date at the earliest.
   */
  private static ResolvedDate followingDate(SentenceAnnotation sentence, Discourse discourse) {
    List<org.entente.text.Token> t = sentence.sentence().tokens();
    boolean following = t.size() > 3 && Regex.matches(t.get(0).norm(), "following|after")
        && Regex.matches(t.get(1).norm(), "the|this|that|these") && t.get(3).is(",");
    ResolvedDate before = discourse.previousDate();
    if (!following || before == null || before.date() == null) return null;
    return monthOf(before.date(), Token.join(t, 0, 3));
  }

  private static final Set<ActType> DIPLOMACY_STEPS = EnumSet.of(ActType.COOPERATION_VISIT,
      ActType.COOPERATION_AGREEMENT, ActType.ALLIANCE_FORMATION);

  /** Words that set an act right after the one before: "He then went on to Doha", "Lima responded by calling". */
  private static final Set<String> THEN = org.entente.text.WordSet.of("then", "later", "afterwards",
      "subsequently", "responded", "reacted", "retaliated");

  /**
   * "Al-Shaibani made his first trip abroad to Riyadh in early January. He then went on to Doha.": an act the
   * sentence sets right after the one before it, in the month of that one's date (the day is not said).
   */
  private static ResolvedDate thenDate(SentenceAnnotation sentence, Discourse discourse, Interaction i) {
    ResolvedDate before = discourse.previousDate();
    if (before == null || before.date() == null
        || before.precision() != DatePrecision.DAY && before.precision() != DatePrecision.MONTH) {
      return null;
    }
    List<Token> t = sentence.sentence().tokens();
    boolean then = !t.isEmpty() && THEN.contains(t.get(0).norm());
    for (int k = i.triggerHead() - 1; k >= Math.max(0, i.triggerHead() - 3) && !then; k--) {
      then = THEN.contains(t.get(k).norm());
    }
    return then ? monthOf(before.date(), before.text()) : null;
  }

  /**
   * "Consultations between ECOWAS and the AES were held on May 22 … The ministers adopted a statement": an undated
   * act of a pair that acted with a date in the same or the previous paragraph is part of that occasion.
   */
  private static ResolvedDate samePairDate(SentenceAnnotation sentence, Discourse discourse, Interaction i) {
    Discourse.DatedPair earlier = discourse.datedPairs().get(Discourse.pair(i.source().code(), i.target().code()));
    if (earlier == null || sentence.sentence().paragraph() - earlier.paragraph() > 1) return null;
    return earlier.date();
  }

  /**
   * "The move follows a separate round of expulsions last week. Washington ordered 10 Russian diplomats out": the
   * sentence before, in the same paragraph, dated an act of this kind without saying whose; this one says whose.
   */
  private static ResolvedDate unnamedActDate(SentenceAnnotation sentence, Discourse discourse, Interaction i) {
    for (Discourse.UnnamedAct a : discourse.unnamedActs()) {
      if (a.type() == i.type() && a.paragraph() == sentence.sentence().paragraph()) return a.date();
    }
    return null;
  }

  /**
   * "The UAE recalled its ambassador in January 2016. Saudi Arabia severed relations with Tehran at the time": "at
   * the time" in the act's clause is the time the sentence before gave ("at the time of the coup" is an anchor).
   */
  private static ResolvedDate atThatTime(SentenceView view, Discourse discourse, Interaction i) {
    ResolvedDate before = discourse.previousDate();
    if (before == null || before.date() == null) return null;
    List<Token> t = view.tokens();
    Segment clause = view.segmentOf(i.triggerHead());
    for (int k = clause.from(); k + 2 < clause.to(); k++) {
      boolean phrase = t.get(k).is("at") && (t.get(k + 1).is("the") || t.get(k + 1).is("that"))
          && t.get(k + 2).is("time");
      boolean qualified = k + 3 < t.size() && Regex.matches(t.get(k + 3).norm(), "of|when|that|he|she|they|it");
      if (phrase && !qualified) return before;
    }
    return null;
  }

  /**
   * "Mali junta scraps Algiers peace deal" / "Mali's military government has ended a peace agreement …" / "In a
   * statement read late on Thursday, the spokesman announced the termination …": the headline and the lead state
   * the story's act undated, and the sentences after tell the day. The act takes the day of the first trigger of
   * its kind in the next sentences of the opening, when a day is written in that sentence.
   */
  private static ResolvedDate leadDate(SentenceAnnotation sentence, ArticleAnnotation article, Interaction i) {
    List<SentenceAnnotation> all = article.sentences();
    int at = sentence.sentence().index() - 1;
    boolean headline = inHeadline(sentence, article);
    int firstBody = headline ? at + 1 : firstBodySentence(article);
    if (!headline && at != firstBody) return null;
    for (int k = at + 1; k < Math.min(all.size(), firstBody + 3); k++) {
      SentenceAnnotation s = all.get(k);
      if (s.empty()) continue;
      for (Trigger t : s.triggers()) {
        if (t.candidates().stream().noneMatch(c -> c.type() == i.type())) continue;
        if (!sameParties(s, t, i)) continue;
        // the trigger's own date: the nearest, a day, with no "a day after" between them
        DateMention near = null;
        for (DateMention d : s.dates()) {
          if (near == null || distance(d, t.head()) < distance(near, t.head())) near = d;
        }
        if (near == null || near.date().precision() != DatePrecision.DAY) continue;
        int from = Math.min(near.to(), t.head());
        int to = Math.max(near.from(), t.head());
        if (s.offsets().stream().noneMatch(o -> o.from() >= from && o.from() < to)) return near.date();
      }
    }
    return null;
  }

  /**
   * "Nicaragua has broken off diplomatic relations with the Netherlands … The foreign ministry announced the break in
   * a statement read out late on Friday": the story's act, stated undated in the headline or the lead, was made known
   * on the day the next sentences give an announcement or an official text of the week before publication, when
   * they name no one but the act's parties (a reaction from elsewhere is not the act's day).
   */
  private ResolvedDate openingAnnouncementDay(SentenceAnnotation sentence, ArticleAnnotation article,
      Interaction i) {
    List<SentenceAnnotation> all = article.sentences();
    int at = sentence.sentence().index() - 1;
    boolean headline = inHeadline(sentence, article);
    int firstBody = headline ? at + 1 : firstBodySentence(article);
    if (!headline && (at < firstBody || at > firstBody + 1)) return null;
    // a lead that writes dates restates the headline's act with its own
    if (headline && firstBody < all.size() && datesTheStory(all.get(firstBody))) return null;
    for (int k = at + 1; k < Math.min(all.size(), firstBody + 3); k++) {
      SentenceAnnotation s = all.get(k);
      if (s.empty() || s.dates().isEmpty()) continue;
      boolean othersNamed = s.names().stream().anyMatch(n -> !n.code().equals(i.source().code())
          && !n.code().equals(i.target().code()));
      if (othersNamed) continue;
      ResolvedDate day = announcedDay(s, article.published());
      if (day != null) return day;
    }
    return null;
  }

  /** Whether a lead writes a date of its own, past its wire dateline ("NIAMEY, Dec 5, 2023 (AFP) -"). */
  private static boolean datesTheStory(SentenceAnnotation lead) {
    List<Token> tokens = lead.sentence().tokens();
    int datelineEnd = 0;
    for (int k = 0; k < Math.min(tokens.size(), 15); k++) {
      if (Regex.matches(tokens.get(k).norm(), "-|--|—|–")) {
        datelineEnd = k;
        break;
      }
    }
    for (DateMention d : lead.dates()) if (d.from() > datelineEnd) return true;
    return false;
  }

  /** The day of the week before {@code published} that a sentence says something was announced or issued on. */
  private ResolvedDate announcedDay(SentenceAnnotation s, LocalDate published) {
    List<Token> tokens = s.sentence().tokens();
    for (DateMention d : s.dates()) {
      ResolvedDate date = d.date();
      if (date.precision() != DatePrecision.DAY || date.date() == null || date.date().isAfter(published)
          || date.date().isBefore(published.minusDays(7))) {
        continue;
      }
      for (int k = d.from() - 1; k >= Math.max(0, d.from() - 8); k--) {
        String w = tokens.get(k).norm();
        if (w.equals(",") || w.equals(";")) break;
        if (words.is(WordClass.ANNOUNCING, w) || words.is(WordClass.REPORTING, w)
            || words.is(WordClass.OFFICIAL_TEXT, w)) {
          return date;
        }
      }
    }
    return null;
  }

  /** Whether {@code sentence} is the page's headline (its first paragraph, when the page has a title). */
  private static boolean inHeadline(SentenceAnnotation sentence, ArticleAnnotation article) {
    return !article.page().title().isEmpty() && sentence.sentence().paragraph() == 0;
  }

  /** The index of the body's first sentence: after the headline's paragraph when the page has a headline. */
  private static int firstBodySentence(ArticleAnnotation article) {
    if (article.page().title().isEmpty()) return 0;
    List<SentenceAnnotation> all = article.sentences();
    for (int k = 0; k < all.size(); k++) if (all.get(k).sentence().paragraph() > 0) return k;
    return -1;
  }

  /**
   * Whether trigger {@code t} may state act {@code i} again: the party named last before it is one of the act's
   * (or none is), and not the target of an act whose subject acts ("Germany on Tuesday ordered Chad's ambassador
   * out" does not restate "N'Djamena expels German envoy").
   */
  private static boolean sameParties(SentenceAnnotation s, Trigger t, Interaction i) {
    PartyMention last = null;
    for (PartyMention n : s.names()) if (n.to() <= t.head()) last = n;
    if (last == null || last.code().equals(i.source().code())) return true;
    boolean subjectActs = t.candidates().stream().anyMatch(c -> c.type() == i.type() && c.frame() == Frame.AGENT);
    return last.code().equals(i.target().code()) && !subjectActs;
  }

  /**
   * "Saudi Arabia cut ties with Iran on January 3. Bahrain and Sudan followed suit within days.": a follower acts
   * when the act it follows did, to the day within hours, in that month within days or weeks.
   */
  private static ResolvedDate followedDate(SentenceAnnotation sentence, Discourse discourse, Interaction i) {
    List<Token> tokens = sentence.sentence().tokens();
    String verb = tokens.get(i.triggerHead()).norm();
    Interaction followed = discourse.lastAct();
    if (!(verb.startsWith("follow") || Regex.matches(verb, "did|do|does")) || followed == null) return null;
    Discourse.DatedPair when = discourse.datedPairs().get(
        Discourse.pair(followed.source().code(), followed.target().code()));
    if (when == null || when.date().date() == null) return null;
    ResolvedDate date = when.date();
    boolean sameDay = false;
    for (int k = i.triggerHead() + 1; k < Math.min(tokens.size(), i.triggerHead() + 6); k++) {
      sameDay |= Regex.matches(tokens.get(k).norm(), "hours|hour|minutes|same");
    }
    return sameDay ? date : dayToMonth(date);
  }

  /**
   * "attended the inauguration on Tuesday, as did Mauritania's Ghazouani": an act told by "as did" happened when
   * the act it repeats did, unless its own clause dates it ("as did Niger in March").
   */
  private static ResolvedDate ellipsisDate(SentenceView view, List<DateMention> dates, List<DatedInteraction> done,
      Interaction i) {
    List<Token> tokens = view.tokens();
    int head = i.triggerHead();
    if (!Grammar.ellipticVerb(tokens, head)) return null;
    Segment clause = view.segmentOf(head);
    for (DateMention d : dates) if (d.from() > head && clause.contains(d.from())) return null;
    for (int k = done.size() - 1; k >= 0; k--) {
      Interaction repeated = done.get(k).interaction();
      if (repeated.triggerHead() < head && repeated.type() == i.type()
          && repeated.target().code().equals(i.target().code())) {
        return done.get(k).date();
      }
    }
    return null;
  }

  private static boolean pluperfect(List<org.entente.text.Token> tokens, int head) {
    for (int k = head - 1; k >= Math.max(0, head - 4); k--) {
      String w = tokens.get(k).norm();
      if (w.equals("had")) return true;
      if (!Grammar.AUXILIARY_ADVERBS.contains(w) && !w.endsWith("ly") && !w.equals("been")) return false;
    }
    return false;
  }

  /**
   * The date a neighbouring sentence gives an act its own sentence leaves undated: the sentence after (or the one
   * before) reports it with a date ("… Sylvain Itte said on Friday in the letter", "… made the announcement on
   * Friday evening") and names one of its parties, or points back to it ("This was during the session held on
   * October 2").
   */
  private ResolvedDate neighbourDate(SentenceAnnotation sentence, ArticleAnnotation article, Interaction i) {
    int at = sentence.sentence().index() - 1;
    List<SentenceAnnotation> all = article.sentences();
    for (int other : new int[] {at + 1, at + 2, at - 1}) {
      if (other < 0 || other >= all.size() || other == at) continue;
      SentenceAnnotation s = all.get(other);
      if (s.empty() || s.dates().isEmpty()) continue;
      List<org.entente.text.Token> tokens = s.sentence().tokens();
      boolean pointsBack = tokens.size() > 1 && Regex.matches(tokens.get(0).norm(), "this|it|that")
          && Regex.matches(tokens.get(1).norm(), "was|is|came|happened|took|followed|comes");
      // "… approved by both parties. Last year.": a sentence that is only a date dates the one before
      DateMention only = s.dates().get(0);
      boolean dateAlone = tokens.size() - (only.to() - only.from()) <= 2;
      if ((pointsBack || dateAlone) && other == at + 1) return only.date();
      boolean names = s.names().stream().anyMatch(n -> n.code().equals(i.source().code())
          || n.code().equals(i.target().code()));
      if (!names) continue;
      for (DateMention d : s.dates()) {
        if (d.date().precision() != DatePrecision.DAY && d.date().precision() != DatePrecision.MONTH) continue;
        for (int k = Math.max(0, d.from() - 4); k < d.from(); k++) {
          String w = tokens.get(k).norm();
          if (words.is(WordClass.REPORTING, w) || words.is(WordClass.ANNOUNCING, w) || w.equals("announcement")) {
            return d.date();
          }
        }
      }
    }
    return null;
  }

  /**
   * Whether date {@code d} stands in another coordinated act than {@code head}: the clause is cut at each
   * "and" (or ";") that another trigger follows closely.
   */
  private static boolean inOtherConjunct(SentenceView view, Segment segment, int head, DateMention d,
      List<Integer> triggers) {
    return conjunct(view, segment, head, triggers) != conjunct(view, segment, d.from(), triggers);
  }

  /**
   * "recalled its ambassador within days and in April expelled Ethiopia's envoy": a date written before the verb
   * of a later conjunct is that verb's alone.
   */
  private static boolean opensALaterConjunct(SentenceView view, Segment segment, int head, DateMention d,
      List<Integer> triggers) {
    int own = conjunct(view, segment, d.from(), triggers);
    if (own <= conjunct(view, segment, head, triggers)) return false;
    for (int t : triggers) {
      if (t >= d.to() && t <= d.to() + 2 && conjunct(view, segment, t, triggers) == own) return true;
    }
    return false;
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
      if (opensALaterConjunct(view, segment, head, d, triggers)) continue;
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
  private ResolvedDate dateOf(SentenceView view, int head, List<Integer> triggers, List<DateMention> dates,
      List<OffsetMention> offsets, ArticleAnnotation context, ResolvedDate previous) {
    Segment segment = view.segmentOf(head);
    for (OffsetMention o : offsets) {
      // "the move comes … two months after securing the withdrawal": the act lies before the sentence's time,
      // unless its clause dates it ("came two days after Petri signed the purchase … on Tuesday")
      if (o.to() <= head && view.segmentOf(o.to() - 1).equals(segment)
          && dates.stream().noneMatch(d -> d.from() >= o.to() && segment.contains(d.from()))) {
        ResolvedDate now = main(view, dates, context);
        // "That trip came two months after Deby became the first Chadian leader to visit Israel": counted from the
        // act the sentence before dated
        if (now.precision() == DatePrecision.REPORTED && previous != null && previous.date() != null
            && (previous.precision() == DatePrecision.DAY || previous.precision() == DatePrecision.MONTH)
            && restatesThePreviousAct(view.tokens())) {
          now = previous;
        }
        OffsetMention back = new OffsetMention(o.from(), o.to(), o.amount(), o.unit(), !o.after());
        ResolvedDate counted = back.from(now, text(view.tokens(), o.from(), o.to()));
        // ("hosted the 2019 edition of the drills, four years before its junta ordered …": counted from a time the
        // text did not give, an act after publication is no date of it)
        if (counted.date() != null && context.published() != null && counted.date().isAfter(context.published())) {
          continue;
        }
        return counted;
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
    // "… confirmed that it was scrapping the contract it had signed": the pluperfect borrows no date
    boolean before = segment.kind() == Segment.Kind.SUBORDINATE && pluperfect(view.tokens(), head);
    DateMention borrowed = before ? null : borrowed(view, segment, dates, triggers);
    if (borrowed != null) return borrowed.date();
    return ResolvedDate.reported(context.published());
  }

  /**
   * "That trip came …", "This visit comes …": a sentence that opens on the journey told before it ("The visit
   * came a day after" may name the story's own, told further back).
   */
  private static boolean restatesThePreviousAct(List<Token> tokens) {
    return tokens.size() > 3 && Regex.matches(tokens.get(0).norm(), "that|this")
        && Regex.matches(tokens.get(1).norm(), "trip|visit|tour|journey")
        && Regex.matches(tokens.get(2).norm(), "came|comes|followed|follows");
  }

  private static boolean says(SentenceView view, Segment segment, String word) {
    for (int k = segment.from(); k < segment.to(); k++) if (view.tokens().get(k).is(word)) return true;
    return false;
  }

  /** "at a summit", "during the talks": a trigger that names the occasion of another act. */
  private static boolean occasion(SentenceView view, int trigger) {
    for (int k = Math.max(0, trigger - 3); k < trigger; k++) {
      if (Regex.matches(view.tokens().get(k).norm(), "at|during")) return true;
    }
    return false;
  }

  private static boolean nameAside(SentenceView view, Segment aside, List<Integer> triggers) {
    if (aside.kind() == Segment.Kind.APPOSITION) return true;
    if (aside.kind() != Segment.Kind.MAIN || triggers.stream().anyMatch(aside::contains)) return false;
    int from = aside.from();
    int to = aside.to();
    while (from < to && (view.tokens().get(from).isPunctuation() || view.tokens().get(from).is("the"))) from++;
    while (to > from && view.tokens().get(to - 1).isPunctuation()) to--;
    for (Actor a : view.actors()) if (a.from() == from && a.to() == to) return true;
    return false;
  }

  /** Words that count an act among its kind: "the first visit", "his second trip", "the first-ever summit". */
  private static final Set<String> COUNTING = org.entente.text.WordSet.of("first", "second", "third", "fourth",
      "fifth", "latest", "first-ever", "maiden");

  /**
   * Whether {@code segment} opens as a noun phrase that counts an act: "the first visit by …", "his second trip
   * to …", "the first such visit", "their first face-to-face meeting".
   */
  private static boolean countsTheActBefore(SentenceView view, Segment segment) {
    List<Token> t = view.tokens();
    if (segment.to() - segment.from() < 3 || segment.from() == 0 || !t.get(segment.from() - 1).is(",")
        || !Regex.matches(t.get(segment.from()).norm(), "the|his|her|its|their|a")) {
      return false;
    }
    return COUNTING.contains(t.get(segment.from() + 1).norm());
  }

  /** The last date written inside {@code segment}, or null. */
  private static DateMention lastDateIn(Segment segment, List<DateMention> dates) {
    DateMention last = null;
    for (DateMention d : dates) if (segment.contains(d.from())) last = d;
    return last;
  }

  /** The month of {@code date} when it is a day (what the text tells of an act near that day), else the date. */
  private static ResolvedDate dayToMonth(ResolvedDate date) {
    return date.precision() == DatePrecision.DAY ? monthOf(date.date(), date.text()) : date;
  }

  private static ResolvedDate monthOf(LocalDate day, String text) {
    return new ResolvedDate(day.withDayOfMonth(1), DatePrecision.MONTH, text);
  }

  /**
   * "was in Moscow late last month, after stops in Serbia and France", "met Goita on Tuesday after talks with
   * Tinubu": an act in an "after" or "before" phrase that gives no date of its own happened close to the clause it
   * qualifies, in that clause's month as far as the text tells. Only the steps of one round of diplomacy (visits,
   * talks, signings): what caused a clause ("left in August, after the junta demanded their departure") may lie
   * months before it.
   */
  private static ResolvedDate besideDate(SentenceView view, Interaction i, List<DateMention> dates) {
    if (!DIPLOMACY_STEPS.contains(i.type())) return null;
    Segment segment = view.segmentOf(i.triggerHead());
    int index = view.indexOf(segment);
    if (segment.kind() != Segment.Kind.ADVERBIAL || index == 0
        || !Regex.matches(view.tokens().get(segment.from()).norm(), "after|before|following")) {
      return null;
    }
    Segment before = view.segments().get(index - 1);
    if (before.kind() != Segment.Kind.MAIN) return null;
    DateMention last = lastDateIn(before, dates);
    return last == null ? null : dayToMonth(last.date());
  }

  /**
   * A date its clause lacks but the sentence gives it: a fronted "Last month," dates the main clause, and a
   * date standing alone between commas (", last December,") dates the clause before it.
   */
  private DateMention borrowed(SentenceView view, Segment segment, List<DateMention> dates,
      List<Integer> triggers) {
    int index = view.indexOf(segment);
    // "hosted al-Sisi in Baghdad last month, the first visit by an Egyptian head of state in three decades": a
    // noun phrase after the clause that counts its act (the first, his second, the latest) is that act again
    if (index > 0 && countsTheActBefore(view, segment)) {
      Segment before = view.segments().get(index - 1);
      DateMention last = before.kind() == Segment.Kind.MAIN ? lastDateIn(before, dates) : null;
      if (last != null) return last;
    }
    // "Pakistan on Thursday closed its airspace, suspended all trade and declared …": verbs listed after one
    // subject are acts of the same moment as the first
    for (int s = index; s > 0 && verbFirst(view, view.segments().get(s), triggers); s--) {
      Segment before = view.segments().get(s - 1);
      if (before.kind() != Segment.Kind.MAIN) break;
      DateMention last = lastDateIn(before, dates);
      if (last != null) return last;
    }
    // "gave the French ambassador, Sylvain Itte, 48 hours to leave": the clause goes on past a short aside
    if (index > 1) {
      Segment aside = view.segments().get(index - 1);
      boolean shortAside = aside.kind() == Segment.Kind.APPOSITION || aside.to() - aside.from() <= 4;
      Segment before = view.segments().get(index - 2);
      if (shortAside && before.kind() == Segment.Kind.MAIN) {
        for (DateMention d : dates) if (before.contains(d.from())) return d;
      }
    }
    // "The tour began on Tuesday in Bamako, where Goita received the minister": a "where" clause (which an
    // apposition may break off: "where Mali's president, Assimi Goita, received …") happens when the clause with
    // its place does
    int where = view.whereClauseOf(index);
    if (where > 0 && view.segments().get(where - 1).kind() == Segment.Kind.MAIN) {
      DateMention last = lastDateIn(view.segments().get(where - 1), dates);
      if (last != null) return last;
    }
    // "recalled its envoy, Lucas Tumbo, on Friday": the clause goes on past a name set beside its object
    // ("signed a treaty creating a confederation, the Alliance of Sahel States, at a summit in Niamey on July 6":
    // or a short name the dictionary knows, which no act of its own fills)
    if (index + 2 < view.segments().size() && nameAside(view, view.segments().get(index + 1), triggers)) {
      Segment after = view.segments().get(index + 2);
      // ("at a summit in Niamey on July 6": an occasion is no act of its own)
      boolean ownAct = triggers.stream().anyMatch(t -> after.contains(t) && !occasion(view, t));
      if (!ownAct && (after.kind() == Segment.Kind.ADVERBIAL || after.kind() == Segment.Kind.MAIN)) {
        for (DateMention d : dates) if (after.contains(d.from())) return d;
      }
      // ("The expulsion of the ambassador, Ebrahim Rasool, by the US in March followed an order signed in
      // February": the noun's own phrase, up to the next act)
      boolean ownPhrase = Regex.matches(view.tokens().get(after.from()).norm(), "by|to|from|with|of");
      if (ownAct && ownPhrase) {
        int nextAct = after.to();
        for (int t : triggers) if (after.contains(t)) nextAct = Math.min(nextAct, t);
        for (DateMention d : dates) if (after.contains(d.from()) && d.to() <= nextAct) return d;
      }
    }
    Segment first = view.segments().get(0);
    // "The same day, Australia confirmed that it was scrapping the contract": what the main clause reports is
    // dated by its fronted date too
    boolean reported = index == 2 && segment.kind() == Segment.Kind.SUBORDINATE
        && (view.segments().get(1).kind() == Segment.Kind.MAIN
            || view.segments().get(1).kind() == Segment.Kind.ATTRIBUTION)
        && view.tokens().get(segment.from()).is("that");
    if (index > 0 && first.kind() == Segment.Kind.FRONT && (segment.kind() == Segment.Kind.MAIN || reported)) {
      for (DateMention d : dates) if (first.contains(d.from())) return d;
      // "Months earlier, in November 2022, the minister had visited Kabul": a date phrase right after the fronted
      // one belongs to it
      Segment second = view.segments().get(1);
      if (index > 1 && second.kind() == Segment.Kind.ADVERBIAL) {
        for (DateMention d : dates) {
          if (second.contains(d.from()) && (second.to() - second.from()) - (d.to() - d.from()) <= 1) return d;
        }
      }
    }
    // "Despite the warrant, in 2024, Putin was able to visit Mongolia": a phrase that is only a date, right
    // before the clause
    if (index > 0 && segment.kind() == Segment.Kind.MAIN) {
      Segment before = view.segments().get(index - 1);
      for (DateMention d : dates) {
        if (before.contains(d.from()) && (before.to() - before.from()) - (d.to() - d.from()) <= 1) return d;
        // "Hours later, on Tuesday morning in Beijing, Wang Yi and Vargas signed": a phrase that opens with its date
        boolean opens = d.from() <= before.from() + 1 && before.kind() == Segment.Kind.ADVERBIAL;
        if (before.contains(d.from()) && opens) return d;
        // "…: in Istanbul on July 22 last year, each signed an agreement": after a colon a phrase opens a new
        // clause, as at the start of a sentence
        boolean afterColon = before.from() > 0 && (view.tokens().get(before.from() - 1).is(":")
            || view.tokens().get(before.from() - 1).is(";"));
        if (before.contains(d.from()) && afterColon && before.kind() == Segment.Kind.ADVERBIAL) return d;
      }
    }
    // "made the call on Saturday when he paid a visit", "… by the juntas last month, and they pledged …": a clause of
    // the same moment, or coordinated with the one before, shares its date; so does what happened where a visit
    // went ("In November he was in Ethiopia, where the two signed …")
    String opener = view.tokens().get(segment.from()).norm();
    boolean sameMoment = segment.kind() == Segment.Kind.SUBORDINATE
        && (opener.equals("when") || opener.equals("as") || opener.equals("while") || opener.equals("once"))
        || segment.kind() == Segment.Kind.RELATIVE && opener.equals("where") || opener.equals("and") || segment.kind() == Segment.Kind.PARTICIPLE && !opener.equals("following")
        // "…, in a ceremony hosted by Trump", "…, during a visit to Doha": the occasion of the clause before
        || segment.kind() == Segment.Kind.ADVERBIAL && Regex.matches(opener, "in|at|during")
            && segment.from() + 1 < segment.to()
            && Regex.matches(view.tokens().get(segment.from() + 1).norm(), "a|an|the|his|her|their|its");
    // "met last month at the G20 summit in Rio, which Milei attended": what a "which" clause says of an occasion
    // happened at it
    sameMoment |= segment.kind() == Segment.Kind.RELATIVE && Regex.matches(opener, "which|that")
        && aboutOccasion(view, segment);
    // "in a deal under which the kingdom restored ties", "a summit at which they signed": the terms of the deal,
    // what was done at the summit, are of the clause's moment
    sameMoment |= segment.kind() == Segment.Kind.RELATIVE && opener.equals("which") && segment.from() > 0
        && Regex.matches(view.tokens().get(segment.from() - 1).norm(), "under|at|in|during|through");
    // "signed in Ankara on Feb. 8 by … Nur, who was received with a military ceremony during an official visit":
    // a person's circumstances told in a "who" clause are of the main clause's moment
    sameMoment |= segment.kind() == Segment.Kind.RELATIVE && opener.equals("who") && says(view, segment, "during");
    // "crossed into Borno state last February, on the eve of the election, to back Nigerian troops": an act
    // told as the purpose of the clause before is of its moment
    sameMoment |= segment.kind() == Segment.Kind.ADVERBIAL && opener.equals("to") && index > 0
        && triggers.contains(segment.from() + 1);
    // "made the switch in June last year, when Varela announced that his country was cutting ties": what such a
    // clause reports is of its moment too
    sameMoment |= segment.kind() == Segment.Kind.SUBORDINATE && opener.equals("that") && index > 0
        && Regex.matches(view.tokens().get(view.segments().get(index - 1).from()).norm(), "when|as|while");
    for (int s = index - 1; sameMoment && s >= 0; s--) {
      Segment before = view.segments().get(s);
      if (before.kind() == Segment.Kind.ATTRIBUTION) continue;
      DateMention last = lastDateIn(before, dates);
      if (last != null) return last;
    }
    // "held talks in Moscow in October 2022 before going on to Kyiv": the next leg of a journey, in the month of the
    // one before (its day is not said)
    boolean nextLeg = segment.kind() != Segment.Kind.MAIN && opener.equals("before")
        && segment.from() + 1 < segment.to()
        && Regex.matches(view.tokens().get(segment.from() + 1).norm(), "going|travelling|traveling|flying|heading");
    for (int s = index - 1; nextLeg && s >= 0; s--) {
      DateMention last = lastDateIn(view.segments().get(s), dates);
      if (last != null) return new DateMention(last.from(), last.to(), dayToMonth(last.date()));
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
      boolean name = true;
      for (int k = next.from(); k < next.to(); k++) {
        if (!view.tokens().get(k).isPunctuation()) words++;
        name &= view.tokens().get(k).isCapitalised();
      }
      // "welcomed Macron and his wife, Brigitte, at the airport in Rabat on Monday": past a name set aside
      if (name && words <= 3 && dates.stream().noneMatch(d -> next.contains(d.from()))) continue;
      boolean placeThenDate = next.kind() == Segment.Kind.ADVERBIAL
          && Regex.matches(view.tokens().get(next.from()).norm(), "at|in|outside|near");
      // "talks between Ethiopia and Somalia in Ankara, mediated by Turkey in July,": a participle that describes
      // the act and dates it
      if (s == index + 1 && segment.kind() == Segment.Kind.MAIN && pastParticiple(view.tokens().get(next.from()))) {
        for (DateMention d : dates) if (next.contains(d.from())) return d;
      }
      for (DateMention d : dates) {
        // the segment is the date and at most a preposition: ", in September last year."
        if (next.contains(d.from()) && d.to() - d.from() >= words - 1) return d;
        // or where it happened, then when: ", at the airport in Rabat on Monday"
        if (placeThenDate && next.contains(d.from()) && d.to() >= next.to() - 1) return d;
        // or a phrase that opens with its date: "expelled Rwanda's ambassador, Vincent Karega, in October as the
        // rebels advanced"
        if (next.kind() == Segment.Kind.ADVERBIAL && d.from() <= next.from() + 1 && next.contains(d.from())) return d;
      }
      break;
    }
    return null;
  }

  /**
   * Whether the relative clause {@code segment} describes an occasion: the noun right before it (past a comma or a
   * place "in Rio") is one.
   */
  private boolean aboutOccasion(SentenceView view, Segment segment) {
    for (int k = segment.from() - 1; k >= Math.max(0, segment.from() - 5); k--) {
      Token t = view.tokens().get(k);
      if (words.is(WordClass.OCCASION, t.norm())) return true;
      if (!t.is(",") && !t.isCapitalised() && !t.is("in") && !t.is("of")) return false;
    }
    return false;
  }

  private static boolean pastParticiple(Token t) {
    String w = t.norm();
    return !t.isCapitalised() && (w.length() > 4 && w.endsWith("ed") || w.equals("held"));
  }

  /** A main clause that starts with its verb, a conjunct of the clause before it ("…, suspended all trade"). */
  private static boolean verbFirst(SentenceView view, Segment segment, List<Integer> triggers) {
    if (segment.kind() != Segment.Kind.MAIN) return false;
    Token first = view.tokens().get(segment.from());
    String w = first.norm();
    if (first.isCapitalised()) return false;
    return triggers.contains(segment.from()) || w.endsWith("ed") || Grammar.IRREGULAR_FINITE_VERBS.contains(w);
  }

  /** ", the Liptako-Gourma Charter,": a short phrase with no party and no date, naming what came before. */
  private static boolean describes(SentenceView view, Segment segment, List<DateMention> dates) {
    if (segment.to() - segment.from() > 6) return false;
    if (view.actors().stream().anyMatch(a -> segment.contains(a.from()))) return false;
    return dates.stream().noneMatch(d -> segment.contains(d.from()));
  }

  /** "… suspended its support after the coup in July": in the month of the dated event it followed. */
  private ResolvedDate afterEvent(SentenceView view, Segment segment, ArticleAnnotation context) {
    int index = view.indexOf(segment);
    if (index + 1 >= view.segments().size()) return null;
    Segment next = view.segments().get(index + 1);
    String first = view.tokens().get(next.from()).norm();
    if (!first.equals("after") && !first.equals("following")) return null;
    for (int k = next.from(); k < Math.min(next.to(), next.from() + 4); k++) {
      String family = words.backgroundEvent(view.tokens().get(k).norm());
      ResolvedDate anchor = family == null ? null : context.anchor(family);
      if (anchor != null && anchor.date() != null) {
        DatePrecision p = anchor.precision() == DatePrecision.YEAR ? DatePrecision.YEAR : DatePrecision.MONTH;
        LocalDate start = p == DatePrecision.YEAR ? anchor.date().withDayOfYear(1) : anchor.date().withDayOfMonth(1);
        return new ResolvedDate(start, p, text(view.tokens(), next.from(), Math.min(next.to(), k + 1)));
      }
    }
    return null;
  }

  /**
   * When a decision was announced: the date next to "said"/"announced" ("announced on Tuesday that"), or one
   * written before the announcing verb ("In March, Qatar announced it would invest"), else the publication date.
   */
  private ResolvedDate announcementDate(SentenceView view, List<DateMention> dates, int trigger,
      ArticleAnnotation context) {
    for (DateMention d : dates) {
      for (int k = Math.max(0, d.from() - 3); k < d.from(); k++) {
        if (words.is(WordClass.ANNOUNCING, view.tokens().get(k).norm())) return d.date();
      }
    }
    int announcing = -1;
    for (int k = 0; k < trigger && announcing < 0; k++) {
      String w = view.tokens().get(k).norm();
      if (words.is(WordClass.ANNOUNCING, w) || words.is(WordClass.REPORTING, w)) announcing = k;
    }
    for (DateMention d : dates) {
      if (announcing >= 0 && d.to() <= announcing) return d.date();
    }
    return ResolvedDate.reported(context.published());
  }

  /**
   * The time the sentence speaks of: the first date of its main clause (of a phrase fronted to it, or of its
   * attribution), or the publication date. "Orbán's visit, his first since the invasion in February 2022, came
   * three days after …" is not dated by its aside.
   */
  private static ResolvedDate main(SentenceView view, List<DateMention> dates, ArticleAnnotation context) {
    for (DateMention d : dates) {
      Segment.Kind kind = view.segmentOf(d.from()).kind();
      if (kind == Segment.Kind.MAIN || kind == Segment.Kind.FRONT || kind == Segment.Kind.ATTRIBUTION) {
        return d.date();
      }
    }
    return ResolvedDate.reported(context.published());
  }

  private ResolvedDate anchorAfter(List<Token> tokens, OffsetMention o, ArticleAnnotation context) {
    for (int k = o.to(); k < Math.min(tokens.size(), o.to() + 4); k++) {
      String family = words.backgroundEvent(tokens.get(k).norm());
      if (family != null) return context.anchor(family);
    }
    return null;
  }

  private static String text(List<Token> tokens, int from, int to) { return Token.join(tokens, from, to); }
}
