package org.entente.coding;

import java.util.ArrayList;
import java.util.List;
import org.entente.act.Trigger;
import org.entente.date.MonthNames;
import org.entente.dictionary.NewsWords;
import org.entente.dictionary.NewsWords.WordClass;
import org.entente.text.Grammar;
import org.entente.text.Regex;
import org.entente.text.Token;

/** A sentence with its actors and clauses, and the structural questions the role and date rules ask of it. */
record SentenceView(List<Token> tokens, List<Actor> actors, List<Actor> localities, List<Segment> segments,
    List<Trigger> triggers, NewsWords words) {

  /** Whether a verb that may name an act stands at {@code token}. */
  boolean actVerbAt(int token) {
    for (Trigger t : triggers) if (!t.noun() && t.head() == token) return true;
    return false;
  }

  /**
   * The words that name where something happened, in order: capitals and states named as places among the
   * actors, and the gazetteer's places ({@code localities}), which no role takes.
   */
  List<Actor> places() {
    List<Actor> out = new ArrayList<>();
    for (Actor a : actors) if (a.kind() == ActorKind.PLACE) out.add(a);
    out.addAll(localities);
    out.sort(java.util.Comparator.comparingInt(Actor::from));
    return out;
  }

  /** The gazetteer place whose phrase the locating preposition at {@code token} opens ("from the town of Gao"). */
  boolean opensLocality(int token) {
    for (Actor l : localities) if (PlacePhrase.preposition(tokens, l.from()) == token) return true;
    return false;
  }

  /** The first actor whose words end right before token {@code end}, or null. */
  Actor actorEndingAt(int end) {
    for (Actor a : actors) if (a.to() == end) return a;
    return null;
  }

  Segment segmentOf(int token) {
    for (Segment s : segments) if (s.contains(token)) return s;
    return segments.get(segments.size() - 1);
  }

  int indexOf(Segment s) { return segments.indexOf(s); }

  /**
   * The index of the "where" clause the segment at {@code index} goes on: that segment itself, or the one an
   * apposition broke off before it ("in Bamako, where Mali's president, Assimi Goita, received …"); else -1.
   */
  int whereClauseOf(int index) {
    if (index < 0) return -1;
    if (whereClause(index)) return index;
    boolean brokenOff = index > 1 && segments.get(index - 1).kind() == Segment.Kind.APPOSITION;
    return brokenOff && whereClause(index - 2) ? index - 2 : -1;
  }

  private boolean whereClause(int index) {
    return segments.get(index).kind() == Segment.Kind.RELATIVE && tokens.get(segments.get(index).from()).is("where");
  }

  boolean inActor(int token) {
    for (Actor a : actors) if (token >= a.from() && token < a.to()) return true;
    return false;
  }

  boolean ignored(Actor a) {
    Segment.Kind k = segmentOf(a.from()).kind();
    return k == Segment.Kind.APPOSITION || k == Segment.Kind.ATTRIBUTION || describesAlly(a) || leadsTheNext(a)
        || membersListed(a) || whoseSidelines(a);
  }

  /**
   * "signed the document on the sidelines of the United Nations climate conference": the party whose meeting gave
   * the occasion takes no part in the act.
   */
  private boolean whoseSidelines(Actor a) {
    // ("on the sidelines of the Riyadh summits": a place says where)
    if (a.kind() == ActorKind.PLACE) return false;
    int k = a.from() - 1;
    while (k > 1 && a.from() - k <= 3 && !tokens.get(k).is("of") && Regex.matches(tokens.get(k).text(), "[a-z]+")) k--;
    return k >= 1 && tokens.get(k).is("of") && Grammar.SIDELINES.contains(tokens.get(k - 1).norm());
  }

  /** Whether "on the sidelines of" (or "margins of") stands between {@code from} and {@code to}. */
  boolean sidelinesBetween(int from, int to) {
    for (int k = from; k + 1 < to; k++) {
      if (Grammar.SIDELINES.contains(tokens.get(k).norm()) && tokens.get(k + 1).is("of")) return true;
    }
    return false;
  }

  /**
   * "a trade agreement between the EU and the Mercosur bloc of Brazil, Argentina, Uruguay and Paraguay": states
   * listed after a named organisation's "bloc of" only say who its members are.
   */
  private boolean membersListed(Actor a) {
    int k = a.from() - 1;
    while (k > 0 && (tokens.get(k).is(",") || tokens.get(k).is("and") || inActor(k) && !tokens.get(k).is("of"))) k--;
    if (k < 2 || !tokens.get(k).is("of") || !words.is(WordClass.ORGANISATION, tokens.get(k - 1).norm())) return false;
    int head = k - 1;
    return actors.stream().anyMatch(b -> b.to() == head);
  }

  /** "the Russian-led CSTO", "the Saudi-backed government of Yemen": the first party only says who leads the next. */
  private boolean leadsTheNext(Actor a) {
    int k = a.to();
    if (k + 2 >= tokens.size() || !tokens.get(k).is("-") || !Regex.matches(tokens.get(k + 1).norm(), "led|backed"))
      return false;
    int next = k + 2;
    return actors.stream().anyMatch(b -> b.from() == next);
  }

  /** "our NATO ally Lithuania", "Russia's ally Belarus": the first party only says whose ally the second is. */
  private boolean describesAlly(Actor a) {
    int k = a.to();
    if (k < tokens.size() && Grammar.POSSESSIVE_MARKERS.contains(tokens.get(k).norm())) k++;
    if (k + 1 >= tokens.size() || !Regex.matches(tokens.get(k).norm(), "ally|allies|partner|partners")) return false;
    int next = k + 1;
    return actors.stream().anyMatch(b -> b.from() == next);
  }

  /** A role noun or a possessive ending: words inside a party's noun phrase ("Niger's defence minister"). */
  boolean roleWord(String norm) {
    return words.is(WordClass.ROLE, norm) || Grammar.POSSESSIVE_MARKERS.contains(norm);
  }

  /** The preposition that governs an actor's noun phrase ("from the country" → "from"), or null. */
  String preposition(Actor a) {
    int k = a.from() - 1;
    // "In the northeast Nigerian troops fight …": a phrase the sentence opens with is not the party's
    int clause = segmentOf(a.from()).from();
    while (k >= clause) {
      Token t = tokens.get(k);
      String w = t.norm();
      // "by the head of Niger's government": "of" after a role noun stays inside the phrase
      // a clause boundary or a date is no part of the party's phrase: "on Tuesday that French troops …"
      // "In 2018 Panama switched …": a year is a date, not a count of the party's soldiers
      if (w.equals("that") || MonthNames.isDateWord(t)) return null;
      boolean roleOf = w.equals("of") && k > 0 && roleWord(tokens.get(k - 1).norm());
      // "of the last of the 1,500 French soldiers", "of member states (Burkina Faso, Mali, Niger)"
      boolean quantity = Regex.matches(w, "\\d[\\d,.]*") || w.equals("(") || words.is(WordClass.GROUP, w)
          || (w.equals("of") && k > 0 && Regex.matches(tokens.get(k - 1).norm(), "last|first|rest|most|some|all|many"));
      // "about 200 French soldiers", "more than 200 French soldiers": a number's qualifier, not a preposition
      boolean qualifier = k + 1 < a.from() && Regex.matches(tokens.get(k + 1).norm(), "\\d[\\d,.]*")
          && (Grammar.QUANTITY_QUALIFIERS.contains(w)
              || w.equals("than") && k > 0 && Regex.matches(tokens.get(k - 1).norm(), "more|less|fewer"));
      // "in northeast Syria", "in neighbouring Mali": a direction or a neighbour is part of the place
      boolean regionOf = Grammar.narrowsPlace(w);
      boolean npInternal = Grammar.DETERMINERS.contains(w) || roleWord(w) || roleOf || quantity || qualifier || regionOf
          || t.isCapitalised() && k > 0 && !Grammar.PREPOSITIONS.contains(w);
      if (!npInternal) break;
      k--;
    }
    if (k < clause) return null;
    String w = tokens.get(k).norm();
    if (w.equals("by") && k > 0 && words.is(WordClass.LEADING, tokens.get(k - 1).norm())) return null;
    return Grammar.PREPOSITIONS.contains(w) || w.equals("of") ? w : null;
  }

  /** Whether a party starts at {@code k} and "and" or a comma follows it. */
  private boolean listGoesOn(int k) {
    for (Actor next : actors) {
      if (next.from() == k && next.to() < tokens.size() && Regex.matches(tokens.get(next.to()).norm(), "and|,")) {
        return true;
      }
    }
    return false;
  }

  /** A preposition that takes a party out of the subject: "of" does not ("the head of Niger's government"). */
  boolean inPrepositionalPhrase(Actor a) {
    String p = preposition(a);
    // "a day after the three states withdrew": these introduce a clause, whose subject the party is; not "Before
    // Cotonou, Langley stopped in Ivory Coast", where a city and a comma close the phrase
    // ("after Bamako, Ouagadougou and Niamey left": unless a list goes on after the comma)
    boolean placePhrase = a.kind() == ActorKind.PLACE && a.to() < tokens.size() && tokens.get(a.to()).is(",")
        && !listGoesOn(a.to() + 1);
    return p != null && !p.equals("of") && (!Grammar.CLAUSE_OPENERS.contains(p) || placePhrase);
  }

  /** "after", "since", "while": a segment so opened may hold a clause with its own subject. */
  boolean opensClause(String word) { return Grammar.CLAUSE_OPENERS.contains(word); }

  /** Actors joined into one group by "and", commas and words of their noun phrases. */
  List<List<Actor>> groups(List<Actor> candidates) {
    List<List<Actor>> groups = new ArrayList<>();
    List<Actor> current = new ArrayList<>();
    for (Actor a : candidates) {
      if (!current.isEmpty() && !connected(current.get(current.size() - 1), a)) {
        groups.add(current);
        current = new ArrayList<>();
      }
      current.add(a);
    }
    if (!current.isEmpty()) groups.add(current);
    return groups;
  }

  /** "10 U.S. and five Polish diplomats": a count after "and" opens the next item. */
  private boolean countAfterAnd(Actor left, int k) {
    return k > left.to() && Regex.matches(tokens.get(k - 1).norm(), "and|or|,")
        && Regex.matches(tokens.get(k).norm(), "\\d[\\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve");
  }

  private boolean connected(Actor left, Actor right) {
    for (int k = left.to(); k < right.from(); k++) {
      Token t = tokens.get(k);
      String w = t.norm();
      // "the Economic Community of West African States (ECOWAS) and the Confederation of Sahel States"
      boolean joins = Grammar.CONNECTORS.contains(w) || Grammar.DETERMINERS.contains(w) || roleWord(w)
          || t.isCapitalised() || w.equals("of") || w.equals("(") || w.equals(")") || countAfterAnd(left, k);
      if (!joins) return false;
    }
    return true;
  }
}
