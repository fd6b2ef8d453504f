package org.entente.coding;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.entente.act.ActType;
import org.entente.text.Grammar;
import org.entente.date.DateMention;
import org.entente.date.DatePrecision;
import org.entente.date.ResolvedDate;
import org.entente.dictionary.NewsWords;
import org.entente.party.AliasKind;
import org.entente.party.PartyDictionary;
import org.entente.party.PartyMention;
import org.entente.text.Regex;

/**
 * The last stage of a sentence: what it leaves for the sentences after it to refer to — the states it named
 * (outside appositions and attributions), the actors of its mentions (as the words ordered them), the subject of its main clause, the groups
 * of states it named together and the last organisation it named.
 */
final class DiscourseStage {
  private final PartyDictionary parties;
  private final NewsWords words;

  DiscourseStage(PartyDictionary parties, NewsWords words) {
    this.parties = parties;
    this.words = words;
  }

  Discourse after(Discourse before, SentenceAnnotation sentence) {
    Discourse next = following(before, sentence);
    ResolvedDate day = before.storyDay() == null ? storyDay(sentence) : null;
    return day == null ? next : next.withStoryDay(day);
  }

  /** The headline and the first three sentences: the opening, where a news story dates its act. */
  private static final int OPENING = 4;

  /** The day of the first act of the opening that has one, or null. */
  private static ResolvedDate storyDay(SentenceAnnotation sentence) {
    if (sentence.sentence().index() > OPENING) return null;
    for (CodedMention m : sentence.mentions()) {
      if (m.mention().date().precision() == DatePrecision.DAY) return m.mention().date();
    }
    return null;
  }

  private Discourse following(Discourse before, SentenceAnnotation sentence) {
    if (sentence.empty()) {
      return before.after(List.of(), List.of(), List.of(), false, List.of(), null, null, Map.of(), null, null, null,
          List.of(), Map.of());
    }
    SentenceView view = sentence.view(words);
    // loops rather than streams: this runs after every sentence
    List<Actor> counted = new ArrayList<>();
    for (Actor a : sentence.actors()) if (a.explicit() && !view.ignored(a)) counted.add(a);
    List<List<String>> groups = new ArrayList<>();
    // "Chile hosted Peruvian officials, Bolivia said": the speaker of an attribution is in no group
    for (List<Actor> group : view.groups(counted)) {
      List<String> codes = new ArrayList<>();
      for (Actor a : group) {
        for (String c : a.codes()) if (isState(c) && !codes.contains(c)) codes.add(c);
      }
      groups.add(List.copyOf(codes));
    }
    List<String> states = new ArrayList<>();
    String organisation = null;
    for (Actor a : sentence.actors()) {
      if (a.explicit() && !isState(a.codes().get(0))) organisation = a.codes().get(0);
      if (counted.contains(a)) {
        for (String c : a.codes()) if (!states.contains(c) && isState(c)) states.add(c);
      }
    }
    String place = lastPlace(sentence);
    Set<String> sources = new LinkedHashSet<>();
    for (CodedMention m : sentence.mentions()) sources.add(m.interaction().source().code());
    // (those who acted, before the guests and hosts of visits join them below)
    Set<String> acting = Set.copyOf(sources);
    // "Rabat has grown more assertive since December, when Trump recognised … . Earlier this month it also
    // recalled …": the sentence's acts all told in the clauses that hang from its main one
    boolean actsAside = !sentence.mentions().isEmpty()
        && sentence.mentions().stream().noneMatch(m -> inMainClause(view, m));
    // "X hosted his counterpart. They signed …": after a visit, "They" are the guest and the host
    for (CodedMention m : sentence.mentions()) {
      if (m.mention().type() == org.entente.act.ActType.COOPERATION_VISIT && isState(m.interaction().target().code())) {
        sources.add(m.interaction().target().code());
      }
    }
    ResolvedDate lastDate = sentence.dates().isEmpty() ? null
        : sentence.dates().get(sentence.dates().size() - 1).date();
    Map<String, Discourse.DatedPair> dated = new HashMap<>();
    for (CodedMention m : sentence.mentions()) {
      DatePrecision p = m.mention().date().precision();
      if (p == DatePrecision.DAY || p == DatePrecision.MONTH) {
        dated.put(Discourse.pair(m.mention().source(), m.mention().target()),
            new Discourse.DatedPair(m.mention().date(), sentence.sentence().paragraph()));
      }
    }
    // "Mali is leaving the OIF, after its partners in the AES …": the bloc is the one acted on, not the last named
    for (CodedMention m : sentence.mentions()) {
      if (!isState(m.mention().target())) organisation = m.mention().target();
    }
    Interaction lastAct = sentence.mentions().isEmpty() ? null
        : sentence.mentions().get(sentence.mentions().size() - 1).interaction();
    // ("The tour began in Cairo, where Kishida met Egyptian President Sisi. He then flew to Accra": the person who
    // acted, before the last one named)
    String person = null;
    String actingPerson = null;
    for (PartyMention m : sentence.names()) {
      if (m.kind() == AliasKind.LEADER || m.kind() == AliasKind.OFFICIAL) {
        person = m.code();
        if (acting.contains(m.code())) actingPerson = m.code();
      }
    }
    if (actingPerson != null) person = actingPerson;
    // "Pope Francis … He told reporters … In September he became the first pope to visit Mongolia": "he" carries
    // the person on to the next sentence
    for (Actor a : sentence.actors()) {
      boolean personal = a.kind() == ActorKind.PRONOUN && a.to() - a.from() == 1
          && Regex.matches(sentence.sentence().tokens().get(a.from()).norm(), "he|she");
      if (person == null && personal && a.codes().size() == 1) person = a.codes().get(0);
    }
    // (a map only for the few sentences that report a withdrawal: this runs after every sentence)
    Map<ActType, String> left = Map.of();
    for (CodedMention m : sentence.mentions()) {
      ActType type = m.mention().type();
      boolean withdrawal = type == ActType.WITHDRAWAL_RELATIONS || type == ActType.WITHDRAWAL_FORCES;
      if (withdrawal && isState(m.mention().target())) {
        if (left.isEmpty()) left = new java.util.EnumMap<>(ActType.class);
        left.put(type, m.mention().target());
      }
    }
    // "Several governments have cut ties with Israel. … Bolivia severed relations in October": ties cut with a
    // state by parties the sentence does not name are cut with it, whoever the next sentences say cut them
    for (TriggerReading r : sentence.readings()) {
      if (!uncoded(sentence, r) || r.entries().get(0).type() != ActType.WITHDRAWAL_RELATIONS
          || left.containsKey(ActType.WITHDRAWAL_RELATIONS)) {
        continue;
      }
      String with = stateAfterWith(view, r.trigger());
      if (with != null) {
        if (left.isEmpty()) left = new java.util.EnumMap<>(ActType.class);
        left.put(ActType.WITHDRAWAL_RELATIONS, with);
      }
    }
    return before.after(states, List.copyOf(sources), sentence.subject(), actsAside, groups, organisation, lastDate,
        dated,
        lastAct, place, person, unnamedActs(sentence, view), left);
  }

  /** Whether the sentence read {@code r} as an act but coded it for no one. */
  private static boolean uncoded(SentenceAnnotation sentence, TriggerReading r) {
    int head = r.trigger().head();
    return r.act() && sentence.interactions().stream().noneMatch(i -> i.triggerHead() == head);
  }

  /** The one state named right after "with" in the clause of {@code t}, past the trigger: "cut ties with Israel". */
  private String stateAfterWith(SentenceView view, org.entente.act.Trigger t) {
    Segment clause = view.segmentOf(t.head());
    for (Actor a : view.actors()) {
      if (a.from() < t.end() || !clause.contains(a.from()) || a.codes().size() != 1) continue;
      return "with".equals(view.preposition(a)) && isState(a.codes().get(0)) ? a.codes().get(0) : null;
    }
    return null;
  }

  /**
   * The acts the sentence read as acts but coded for no one, each with the day or month written in its clause:
   * "The move follows a separate round of expulsions last week."
   */
  private static List<Discourse.UnnamedAct> unnamedActs(SentenceAnnotation sentence, SentenceView view) {
    List<Discourse.UnnamedAct> out = new ArrayList<>();
    for (TriggerReading r : sentence.readings()) {
      if (!uncoded(sentence, r)) continue;
      Segment clause = view.segmentOf(r.trigger().head());
      for (DateMention d : sentence.dates()) {
        DatePrecision p = d.date().precision();
        if (clause.contains(d.from()) && (p == DatePrecision.DAY || p == DatePrecision.MONTH)) {
          for (var e : r.entries()) {
            out.add(new Discourse.UnnamedAct(e.type(), d.date(), sentence.sentence().paragraph()));
          }
          break;
        }
      }
    }
    return out;
  }

  /** The state of the capital or city the sentence names last, or null. */
  private String lastPlace(SentenceAnnotation sentence) {
    Actor last = null;
    for (List<Actor> kind : List.of(sentence.actors(), sentence.localities())) {
      for (Actor a : kind) {
        boolean place = a.kind() == ActorKind.PLACE || a.kind() == ActorKind.LOCALITY;
        // "Baghdad has long accused Ankara": a capital standing for its government is no scene; "in Basra" is
        if (place && !locating(sentence, a)) continue;
        // "handed the chairmanship to South Sudan's President Salva Kiir": a state that owns the next noun is no
        // place
        if (a.to() < sentence.sentence().tokens().size()
            && Grammar.POSSESSIVE_MARKERS.contains(sentence.sentence().token(a.to()).norm())) {
          continue;
        }
        if (place && a.codes().size() == 1 && isState(a.codes().get(0)) && (last == null || a.from() > last.from())) {
          last = a;
        }
      }
    }
    return last == null ? null : last.codes().get(0);
  }

  private static boolean locating(SentenceAnnotation sentence, Actor a) {
    int k = a.from() - 1;
    // ("at a ceremony in the capital, Maputo": past the noun the name is set beside)
    while (k > 0 && (Grammar.DETERMINERS.contains(sentence.sentence().token(k).norm())
        || sentence.sentence().token(k).isCapitalised()
        || Regex.matches(sentence.sentence().token(k).norm(), "capital|city|town|port|resort|region|province")
        || sentence.sentence().token(k).is(",")
            && Regex.matches(sentence.sentence().token(k - 1).norm(), "capital|city|town|port"))) {
      k--;
    }
    return k >= 0 && Regex.matches(sentence.sentence().token(k).norm(), "in|at|to|into|near|outside|of");
  }

  /** Whether the mention's trigger is in a main clause (or a phrase fronted before one) of its sentence. */
  private static boolean inMainClause(SentenceView view, CodedMention m) {
    Segment.Kind kind = view.segmentOf(m.interaction().triggerHead()).kind();
    return kind == Segment.Kind.MAIN || kind == Segment.Kind.FRONT;
  }

  private boolean isState(String code) { return !parties.isOrganisation(code); }
}
