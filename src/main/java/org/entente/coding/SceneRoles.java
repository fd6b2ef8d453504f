package org.entente.coding;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.entente.act.ActEntry;
import org.entente.act.ActType;
import org.entente.act.Trigger;
import org.entente.date.MonthNames;
import org.entente.dictionary.NewsWords;
import org.entente.dictionary.NewsWords.WordClass;
import org.entente.party.PartyDictionary;
import org.entente.text.Grammar;
import org.entente.text.Regex;
import org.entente.text.Token;

/**
 * Visits to a place a sentence implies rather than names: the story's scene ("Ghana's president also attended"),
 * the place of those "in the presence of" whom something happened, the host of a meeting's guests "among them"
 * named, the next stops of a trip ("and then on to Warsaw") and those who came "along with" a visitor. Used by
 * {@link RoleStage} after a trigger's own roles found nothing, or to add to what they found.
 */
final class SceneRoles {
  private static final Set<String> SCENE_VERBS = Set.of("attend", "arrive", "fly", "visit", "send");
  private static final Set<String> TRAVEL_VERBS = Set.of("travel", "fly", "go", "journey");
  /**
   * Words that may follow a verb of arriving at the scene: "arrived the same day for talks", "visited six days
   * later".
   */
  private static final Set<String> SCENE_ADVERBS = Set.of("too", "also", "as", "well", "on", "early", "later",
      "shortly", "afterwards", "yesterday", "today", "first", "last", "the", "same", "day", "days", "week", "weeks",
      "two", "three", "four", "five", "six", "seven", "earlier", "next", "for", "talks", "a", "visit", "meetings",
      "consultations");

  private final PartyDictionary parties;
  private final NewsWords words;

  SceneRoles(PartyDictionary parties, NewsWords words) {
    this.parties = parties;
    this.words = words;
  }

  /**
   * "Merz flew to Paris for talks with President Emmanuel Macron and then on to Warsaw": talks that are the purpose
   * of a trip the sentence already reports are that visit, not one of their own (whose place would be the next
   * stop's).
   */
  static boolean purposeOfATrip(Arguments args, List<TriggerReading> readings, TriggerReading r) {
    Trigger t = r.trigger();
    if (!t.noun() || r.entries().get(0).type() != ActType.COOPERATION_VISIT || t.head() == 0
        || !args.view().tokens().get(t.head() - 1).is("for")) {
      return false;
    }
    for (TriggerReading trip : readings) {
      Trigger v = trip.trigger();
      if (trip.act() && !v.noun() && v.head() < t.head() && t.head() - v.end() <= 6
          && trip.entries().get(0).type() == ActType.COOPERATION_VISIT
          && (TRAVEL_VERBS.contains(trip.entries().get(0).head()) || trip.entries().get(0).head().equals("arrive"))) {
        return true;
      }
    }
    return false;
  }

  /**
   * "Wang met several other African ministers in Changsha, among them Nigeria's Yusuf Tuggar": those a meeting's
   * unnamed group is spelt out as afterwards visit its place, else the one who met them.
   */
  List<Interaction> namedAmongThem(Arguments args, TriggerReading r) {
    Trigger t = r.trigger();
    ActEntry entry = r.entries().get(0);
    if (t.noun() || t.passive() || entry.type() != ActType.COOPERATION_VISIT
        || !Regex.matches(entry.head(), "meet|receive|host|welcome")) {
      return List.of();
    }
    List<Token> tokens = args.view().tokens();
    int among = -1;
    for (int k = t.end(); k + 2 < tokens.size() && among < 0; k++) {
      if (tokens.get(k).is(",") && tokens.get(k + 1).is("among") && tokens.get(k + 2).is("them")) among = k + 3;
    }
    if (among < 0) return List.of();
    final int from = among;
    List<Actor> guests = args.view().actors().stream().filter(a -> a.from() >= from && a.kind().explicit()
        && a.kind() != ActorKind.PLACE && a.kind() != ActorKind.LOCALITY).toList();
    String host = null;
    // (places() holds the gazetteer's localities too: "in Changsha")
    for (Actor a : args.view().places()) {
      if (a.from() > t.end() && a.to() <= from && a.codes().size() == 1) host = a.codes().get(0);
    }
    if (host == null) {
      List<String> subject = Pairing.codes(args.subject(t.head()));
      if (subject.size() == 1) host = subject.get(0);
    }
    return host == null ? List.of() : visitsTo(host, guests, t);
  }

  /**
   * "The forum opened in Lome on Saturday in the presence of Liberian President Joseph Boakai": the leaders in whose
   * presence something happened visit the place it happened in, else the story's scene. Only people named with an
   * office ("the presence of French troops" is no guest).
   */
  static List<Interaction> inThePresenceOf(Arguments args, TriggerReading r, String scene) {
    Trigger t = r.trigger();
    List<Token> tokens = args.view().tokens();
    if (t.head() < 2 || !tokens.get(t.head() - 1).is("the") || !tokens.get(t.head() - 2).is("in")) return List.of();
    List<Arguments.Group> after = args.after(t.end(), args.view().segmentOf(t.head()).to());
    if (after.isEmpty()) return List.of();
    List<Actor> guests = after.get(0).actors();
    boolean office = false;
    for (int k = t.end(); k < guests.get(guests.size() - 1).to(); k++) {
      office |= args.view().roleWord(tokens.get(k).norm());
    }
    if (!office) return List.of();
    // the last place named before it in its clause; else the scene, unless the clause names a venue the
    // dictionary does not know ("signed … at the White House in the presence of then US President Donald Trump")
    // ("signed a declaration in Washington, in the presence of Rubio": a phrase of its own goes with the clause
    // before it)
    Segment clause = args.view().segmentOf(t.head());
    int index = args.view().indexOf(clause);
    int from = clause.from() == t.head() - 2 && index > 0 ? args.view().segments().get(index - 1).from()
        : clause.from();
    String host = null;
    for (Actor place : args.view().places()) {
      if (place.from() >= from && place.to() <= t.head() && place.codes().size() == 1) host = place.codes().get(0);
    }
    boolean venue = false;
    for (int k = from; k + 2 < t.head(); k++) {
      venue |= Regex.matches(tokens.get(k).norm(), "at|in") && tokens.get(k + 1).is("the")
          && tokens.get(k + 2).isCapitalised() && !args.view().inActor(k + 2);
    }
    if (host == null && !venue) host = scene;
    if (host == null) return List.of();
    return eachTo(Pairing.participants(guests), host, ActType.COOPERATION_VISIT, t);
  }

  /**
   * "Sunday's summit,", "the inauguration.": an occasion named with no words that could say where it was or whose it
   * was ("the Beijing summit", "the meeting with the prime minister" could), right from {@code from}.
   */
  private static boolean bareOccasion(List<Token> tokens, int from) {
    int k = from;
    while (k < tokens.size() && k < from + 3 && (Grammar.ARTICLES.contains(tokens.get(k).norm())
        || tokens.get(k).is("'s") || org.entente.date.MonthNames.isCalendarWord(tokens.get(k)))) {
      k++;
    }
    return k + 1 < tokens.size() && Regex.matches(tokens.get(k).norm(),
        "summit|ceremony|inauguration|funeral|swearing-in|investiture|parade|celebrations")
        && tokens.get(k + 1).isPunctuation();
  }

  /**
   * "Buhari, Ouattara and Kabore attended Sunday's summit": the occasion attended pairs none of those who attended
   * it with each other (the attending says where they went).
   */
  static List<Interaction> notAmongAttendees(List<TriggerReading> readings, TriggerReading r,
      List<Interaction> own) {
    Trigger t = r.trigger();
    if (!t.noun() || own.isEmpty()) return own;
    // the attending is a trigger of its own, up to four words before the occasion
    int attend = -1;
    for (TriggerReading other : readings) {
      int head = other.trigger().head();
      boolean attending = other.trigger().candidates().stream().anyMatch(e -> e.head().equals("attend"));
      if (attending && head < t.head() && head >= t.head() - 4) attend = Math.max(attend, head);
    }
    if (attend < 0) return own;
    int verb = attend;
    return own.stream().filter(i -> !(i.source().from() >= 0 && i.source().from() < verb
        && (i.target().from() < 0 || i.target().from() < verb))).toList();
  }

  /**
   * "Orban attended the forum in Beijing, along with Russian President Vladimir Putin": who came along with a
   * visitor visits the same host.
   */
  static List<Interaction> companions(Arguments args, TriggerReading r, List<Interaction> own) {
    // "left the G5 Sahel force in December along with Burkina Faso": who goes along does the same
    ActType type = r.entries().get(0).type();
    if (own.isEmpty() || type != ActType.COOPERATION_VISIT && type != ActType.WITHDRAWAL_ORGANIZATION
        && type != ActType.ALLIANCE_ACCESSION) {
      return own;
    }
    List<Token> tokens = args.view().tokens();
    Segment clause = args.view().segmentOf(r.trigger().head());
    // ("Pompeo, who had flown in for the ceremony, looked on alongside diplomats from Pakistan": a relative clause
    // ends its visitor's company)
    int end = Math.min(tokens.size(), clause.kind() == Segment.Kind.RELATIVE ? clause.to() : clause.to() + 8);
    // ("Faye was among the leaders who had arrived in Abuja, along with Ghana's John Mahama": but company that
    // follows the relative clause right after its comma is the company of those it describes)
    if (clause.kind() == Segment.Kind.RELATIVE && end + 2 < tokens.size() && tokens.get(end).is(",")
        && companionAt(tokens, end + 1) >= 0) {
      end = args.view().segmentOf(end + 1).to();
    }
    List<Interaction> out = new ArrayList<>(own);
    for (int k = r.trigger().end(); k + 1 < end; k++) {
      String w = tokens.get(k).norm();
      int companion = companionAt(tokens, k);
      boolean along = companion >= 0;
      // "travelled to Israel with Belgium's prime minister": who travels with the visitor visits too (not "held
      // talks with", whose "with" names the one met)
      boolean travelledWith = w.equals("with") && TRAVEL_VERBS.contains(r.entries().get(0).head())
          && type == ActType.COOPERATION_VISIT && rightAfterTarget(own, k);
      if (!along && !travelledWith) continue;
      int from = along ? companion : k + 1;
      // "along with Russian President Vladimir Putin and Serbia's Aleksandar Vucic": the list that opens there
      List<Actor> after = new ArrayList<>();
      for (Actor a : args.view().actors()) if (a.from() >= from && a.from() < end) after.add(a);
      List<List<Actor>> groups = args.view().groups(after);
      List<Actor> listed = groups.isEmpty() ? List.of() : groups.get(0);
      for (Actor a : args.view().actors()) {
        if (a.from() < from || a.from() > from + 6 && !listed.contains(a) || !a.explicit()) continue;
        for (String code : a.codes()) {
          for (Interaction i : own) {
            if (code.equals(i.target().code()) || code.equals(i.source().code())) continue;
            Interaction more = new Interaction(Participant.of(a, code), i.target(), i.type(), i.triggerHead(),
                i.triggerEnd());
            if (!out.contains(more)) out.add(more);
          }
        }
      }
      break;
    }
    return out;
  }

  /** Whether token {@code k} comes right after the place an act goes to ("to Israel with …"). */
  private static boolean rightAfterTarget(List<Interaction> own, int k) {
    for (Interaction i : own) if (i.target().named() && i.target().to() == k) return true;
    return false;
  }

  /**
   * "went to Beijing, where he met Xi, and then to Tokyo", "flew to Paris on Monday and on to Berlin": a trip
   * that goes on names its next stops after "and (then/on) to"; the visitors of the first stop visit them too.
   */
  static List<Interaction> onwardStops(Arguments args, TriggerReading r, List<Interaction> own) {
    if (own.isEmpty() || r.entries().get(0).type() != ActType.COOPERATION_VISIT) return own;
    List<Token> tokens = args.view().tokens();
    List<Interaction> out = new ArrayList<>(own);
    for (int k = r.trigger().end(); k + 2 < tokens.size(); k++) {
      if (!tokens.get(k).is("and") && !tokens.get(k).is(",")) continue;
      int to = k + 1;
      while (to < tokens.size() && Regex.matches(tokens.get(to).norm(), "then|later|on|finally|afterwards")) to++;
      if (to == k + 1 && !tokens.get(k).is("and") || to >= tokens.size() || !tokens.get(to).is("to")) continue;
      int at = to + 1;
      for (Actor a : args.view().actors()) {
        if (a.from() != at || a.codes().size() != 1) continue;
        for (Interaction i : own) {
          if (a.codes().get(0).equals(i.source().code())) continue;
          Interaction more = new Interaction(i.source(), Participant.of(a, a.codes().get(0)), i.type(),
              i.triggerHead(), i.triggerEnd());
          if (!out.contains(more)) out.add(more);
        }
      }
    }
    return out;
  }

  /**
   * "Wang's five-nation tour, which began in Egypt and took him to Djibouti, Eritrea and Burundi": the states a
   * relative clause on a party's tour names after "in" or "to" are its stops, each visited by that party.
   */
  static List<Interaction> stopsOfTheTour(Arguments args, TriggerReading r) {
    Trigger t = r.trigger();
    // ("tour" may be read as a verb too: after a possessive it is the noun)
    if (r.entries().stream().noneMatch(ActEntry::noun) || r.entries().get(0).type() != ActType.COOPERATION_VISIT) {
      return List.of();
    }
    List<Token> tokens = args.view().tokens();
    int which = t.end() < tokens.size() && tokens.get(t.end()).is(",") ? t.end() + 1 : t.end();
    if (which >= tokens.size() || !Regex.matches(tokens.get(which).norm(), "which|that")) return List.of();
    Actor owner = tourOwner(args, t);
    if (owner == null) owner = travellerOnTheTour(args, t);
    if (owner == null) return List.of();
    Segment relative = args.view().segmentOf(which);
    // ("a tour that will also take him to Greece": stops still to come)
    for (int k = relative.from(); k < relative.to(); k++) {
      String w = tokens.get(k).norm();
      if (Grammar.FUTURE_MODALS.contains(w) || Regex.matches(w, "expected|scheduled|due|set|planned|could|might")) {
        return List.of();
      }
    }
    List<Actor> in = new ArrayList<>();
    for (Actor a : args.view().actors()) if (relative.contains(a.from()) && a.explicit()) in.add(a);
    List<Interaction> out = new ArrayList<>();
    for (List<Actor> group : args.view().groups(in)) {
      String preposition = args.view().preposition(group.get(0));
      if (preposition == null || !Regex.matches(preposition, "in|to")) continue;
      for (Actor a : group) {
        String code = a.codes().size() == 1 ? a.codes().get(0) : null;
        if (code == null || owner.codes().contains(code)) continue;
        Interaction stop = new Interaction(Participant.of(owner, owner.codes().get(0)), Participant.of(a, code),
            ActType.COOPERATION_VISIT, t.head(), t.end());
        if (!out.contains(stop)) out.add(stop);
      }
    }
    return out;
  }

  /** The one party whose possessive stands before a tour's noun, past a few modifiers: "Wang's five-nation tour". */
  private static Actor tourOwner(Arguments args, Trigger t) {
    List<Token> tokens = args.view().tokens();
    for (Actor a : args.view().actors()) {
      if (a.codes().size() != 1 || a.to() >= t.head() || a.to() < t.head() - 4
          || !Grammar.POSSESSIVE_MARKERS.contains(tokens.get(a.to()).norm())) {
        continue;
      }
      boolean modifiers = true;
      for (int k = a.to() + 1; k < t.head(); k++) modifiers &= !tokens.get(k).isCapitalised() && !args.view().inActor(k);
      if (modifiers) return a;
    }
    return null;
  }

  /**
   * "Trump visited Doha in May on a Gulf tour that also took him to Riyadh": the subject of the clause a tour is
   * made "on" or "during" makes it.
   */
  private static Actor travellerOnTheTour(Arguments args, Trigger t) {
    List<Token> tokens = args.view().tokens();
    int k = t.head() - 1;
    while (k > 0 && t.head() - k <= 4 && !Regex.matches(tokens.get(k).norm(), "on|during") && !args.view().inActor(k)
        && !tokens.get(k).isPunctuation()) {
      k--;
    }
    if (k < 0 || !Regex.matches(tokens.get(k).norm(), "on|during")) return null;
    List<Actor> subject = args.subject(t.head());
    return subject.size() == 1 && subject.get(0).codes().size() == 1 ? subject.get(0) : null;
  }

  /**
   * "Ghana's president also attended", "were among the first leaders to arrive": an arrival or attendance whose
   * clause names no place and no event is at the scene the article last named ("the Angondje stadium north of
   * Libreville"), a visit to its state.
   */
  List<Interaction> atTheScene(Arguments args, TriggerReading r, String scene) {
    Trigger t = r.trigger();
    ActEntry entry = r.entries().get(0);
    if (!t.noun() && entry.type() == ActType.COOPERATION_VISIT && entry.head().equals("represent")) {
      // (a place named after the act was read already)
      return scene == null || !placeAfter(args, t).isEmpty() ? List.of() : visitsTo(scene, represented(args, t), t);
    }
    if (t.noun() || t.passive() || entry.type() != ActType.COOPERATION_VISIT || !SCENE_VERBS.contains(entry.head())) {
      return List.of();
    }
    // "The summit was held in Hanoi, when Biden flew in": a place the sentence names before the verb is the scene
    for (Actor a : args.view().places()) if (a.to() <= t.head() && a.codes().size() == 1) scene = a.codes().get(0);
    if (scene == null) return List.of();
    Segment segment = args.view().segmentOf(t.head());
    List<Token> tokens = args.view().tokens();
    // "attended the summit", "arrived for talks": the clause goes on to say where or what; "also attended on
    // Saturday" does not
    // ("sent lower-level delegations": past the visitors sent, who are envoys of a state, not "rescue teams")
    int from = entry.head().equals("send") ? t.reach() : t.end();
    // "were among the heads of state who attended Sunday's summit, chaired by Ghana's president": an occasion
    // attended that has neither a place nor an owner named is held at the scene
    if (entry.head().equals("attend") && noPlaceIn(args, t.end(), segment.to()) && bareOccasion(tokens, t.end())) {
      return visitsTo(scene, args.subject(t.head()), t);
    }
    if (entry.head().equals("send") && !sentEnvoys(args, t.end(), from)) return List.of();
    // ("sent Prime Minister Boris Johnson": past the name of the official sent)
    while (entry.head().equals("send") && from < segment.to() && tokens.get(from).isCapitalised()) from++;
    for (int k = from; k < segment.to() && !tokens.get(k).isPunctuation(); k++) {
      boolean weekday = k > t.end() && tokens.get(k - 1).is("on") && tokens.get(k).isCapitalised();
      // "the presidents of Niger and Ghana flew in for a one-day summit with Keita": flying in for something
      // still lands at the scene, unless the clause names a place
      if (tokens.get(k).is("for") && Regex.matches(entry.head(), "fly|arrive") && noPlaceIn(args, k, segment.to())
          && occasionWithin(tokens, k + 1, Math.min(segment.to(), k + 8))) {
        break;
      }
      // "Tinubu, who flew in with Foreign Minister Yusuf Tuggar": his own party's companions
      if (tokens.get(k).is("with") && Regex.matches(entry.head(), "fly|arrive")
          && onlyOwnParty(args, args.subject(t.head()), k + 1, segment.to())) {
        break;
      }
      // ("when Modi visited in September 2024": a month or a year says when, not where)
      boolean calendar = MonthNames.isDateWord(tokens.get(k))
          || tokens.get(k).is("in") && k + 1 < segment.to() && MonthNames.isDateWord(tokens.get(k + 1));
      if (!weekday && !calendar && !SCENE_ADVERBS.contains(tokens.get(k).norm())) return List.of();
    }
    return visitsTo(scene, args.subject(t.head()), t);
  }

  /**
   * Whether the object of "sent" in tokens [from, to) is envoys of a state: "lower-level delegations", "its foreign
   * minister", or an official by title and name ("sent Prime Minister Boris Johnson"), not "rescue teams".
   */
  private static boolean sentEnvoys(Arguments args, int from, int to) {
    List<Token> tokens = args.view().tokens();
    if (to > from && Regex.matches(tokens.get(to - 1).norm(),
        "delegations?|ministers?|president|envoys?|emissar(y|ies)|representatives?")) {
      return true;
    }
    for (int k = from; k < Math.min(to + 1, tokens.size() - 1); k++) {
      if (args.view().words().is(WordClass.PERSON_TITLE, tokens.get(k).norm()) && tokens.get(k + 1).isCapitalised()) {
        return true;
      }
    }
    return false;
  }

  /** Visits of {@code visitors}' states (not organisations, not the scene's own) to {@code scene}. */
  private List<Interaction> visitsTo(String scene, List<Actor> visitors, Trigger t) {
    return eachTo(statesOf(visitors), scene, ActType.COOPERATION_VISIT, t);
  }

  /** The parties of {@code actors} that are no organisation. */
  private List<Participant> statesOf(List<Actor> actors) {
    return Pairing.participants(actors).stream().filter(p -> !parties.isOrganisation(p.code())).toList();
  }

  /**
   * Each of {@code acting} but {@code target}'s own acting on {@code target}, a party the sentence implies rather
   * than names (a scene, a place left, an organisation the story is about).
   */
  static List<Interaction> eachTo(List<Participant> acting, String target, ActType type, Trigger t) {
    List<Interaction> out = new ArrayList<>();
    for (Participant p : acting) {
      if (!p.code().equals(target)) out.add(new Interaction(p, Participant.implied(target), type, t.head(), t.end()));
    }
    return out;
  }

  /** Whether every party named in tokens [from, to) is one of {@code own}'s, and a person or title follows. */
  private static boolean onlyOwnParty(Arguments args, List<Actor> own, int from, int to) {
    if (own.isEmpty() || from >= to || !args.view().tokens().get(from).isCapitalised()
        && !Regex.matches(args.view().tokens().get(from).norm(), "his|her|their|its")) {
      return false;
    }
    List<String> codes = Pairing.codes(own);
    return args.view().actors().stream().filter(a -> a.from() >= from && a.from() < to)
        .allMatch(a -> codes.containsAll(a.codes()));
  }

  /**
   * "Cameroon's President Paul Biya was represented by his minister", "Foreign Minister Osman Saleh represented
   * Eritrea at the summit in Djibouti": the state represented, or none when no one stands in for it at an occasion.
   * It visits the place the clause names after the act (RoleStage#verbal), else the story's scene (#atTheScene).
   */
  static List<Actor> represented(Arguments args, Trigger t) {
    List<Token> tokens = args.view().tokens();
    Segment segment = args.view().segmentOf(t.head());
    if (t.passive()) {
      // "was represented by its minister", "was represented at the ceremony by": who stands in for the state follows
      boolean stoodIn = t.end() < segment.to() && Regex.matches(tokens.get(t.end()).norm(), "by|at");
      return stoodIn ? args.subject(t.head()) : List.of();
    }
    return atAnOccasion(tokens, t.end(), segment.to()) ? Arguments.first(args.after(t.end(), segment.to()), null)
        : List.of();
  }

  /** The first place the clause names after the act, as a list of one, or none. */
  static List<Actor> placeAfter(Arguments args, Trigger t) {
    Segment segment = args.view().segmentOf(t.head());
    return args.view().places().stream().filter(a -> a.from() >= t.end() && segment.contains(a.from())).limit(1)
        .toList();
  }

  /** "represented Eritrea at the summit": an "at" after the act names where it stood in. */
  private static boolean atAnOccasion(List<Token> tokens, int from, int to) {
    for (int k = from; k < to; k++) if (tokens.get(k).is("at")) return true;
    return false;
  }

  /**
   * "A Russian delegation arrived in Damascus, a day after Qatar reopened its embassy": an embassy opened or
   * closed with no place named is in the state of the place the sentence names, else of the story's scene.
   */
  List<Interaction> embassyAtTheScene(Arguments args, TriggerReading r, String scene) {
    ActEntry entry = r.entries().get(0);
    Trigger t = r.trigger();
    if (!entry.objectClass().equals("EMBASSY") || t.passive() || t.noun()) return List.of();
    List<Token> tokens = args.view().tokens();
    // "in talks over reopening embassies": an act talked about is a topic
    if (t.head() > 0 && Regex.matches(tokens.get(t.head() - 1).norm(), "over|about|on|of|for|to")) return List.of();
    Segment segment = args.view().segmentOf(t.head());
    // "opened a consulate general in Diffa": a consulate in a city the gazetteer knows is in that city's state
    List<Actor> opener = args.subject(t.head());
    for (Actor city : args.view().localities()) {
      if (city.from() >= t.end() && city.from() < segment.to() && city.codes().size() == 1
          && Pairing.codes(opener).size() == 1 && !Pairing.codes(opener).contains(city.codes().get(0))) {
        return eachTo(statesOf(opener), city.codes().get(0), entry.type(), t);
      }
    }
    // "close its embassy in Sofia": where a place is named and the act is not read, this rule has nothing to add
    if (partyNamedAfter(args, t)) return List.of();
    // ("in Sofia", where the dictionary does not take "Sofia" for a place)
    for (int k = t.end(); k + 1 < segment.to(); k++) {
      if (Regex.matches(tokens.get(k).norm(), "in|at|to") && tokens.get(k + 1).isCapitalised()) return List.of();
    }
    List<Actor> subject = args.subject(t.head());
    // ("the two countries agreed to reopen their embassies": in each other, which the pair's own reading says)
    if (Pairing.codes(subject).size() != 1) return List.of();
    String place = scene;
    for (Actor a : args.view().places()) {
      if (a.codes().size() == 1 && !Pairing.codes(subject).contains(a.codes().get(0))) place = a.codes().get(0);
    }
    if (place == null) return List.of();
    return eachTo(statesOf(subject), place, entry.type(), t);
  }

  /** Whether the clause names a party after the act: "left for Moscow", not "left in 2020". */
  static boolean partyNamedAfter(Arguments args, Trigger t) {
    Segment segment = args.view().segmentOf(t.head());
    for (Actor a : args.view().actors()) {
      if (a.from() >= t.end() && a.from() < segment.to() && !args.view().ignored(a)) return true;
    }
    return false;
  }

  /** Whether {@code entry} reads the signing of an agreement or a pact: "signed", "concluded", "inked", "sealed". */
  static boolean signing(ActEntry entry) {
    boolean agreed = entry.type() == ActType.COOPERATION_AGREEMENT || entry.type() == ActType.ALLIANCE_FORMATION;
    return agreed && Regex.matches(entry.head(), "sign|conclude|ink|seal");
  }

  /** "together with Spain", "along with Norway", "alongside Chad": a group that shares the subject's act. */
  static boolean alongside(List<Token> tokens, Arguments.Group g) {
    int k = g.actors().get(0).from() - 1;
    while (k > 0 && Grammar.DETERMINERS.contains(tokens.get(k).norm())) k--;
    return k >= 0 && (companionAt(tokens, k) == k + 1 || k > 0 && companionAt(tokens, k - 1) == k + 1);
  }

  /** Where the parties named after "along with", "together with" or "alongside" at {@code k} start, or -1. */
  private static int companionAt(List<Token> tokens, int k) {
    String w = tokens.get(k).norm();
    if (w.equals("alongside")) return k + 1;
    boolean with = k + 1 < tokens.size() && tokens.get(k + 1).is("with");
    return with && (w.equals("along") || w.equals("together")) ? k + 2 : -1;
  }

  private static boolean noPlaceIn(Arguments args, int from, int to) {
    return args.view().places().stream().noneMatch(a -> a.from() >= from && a.from() < to);
  }

  /** "for a one-day summit", "for the occasion"; not "for the day". */
  private boolean occasionWithin(List<Token> tokens, int from, int to) {
    for (int k = from; k < to; k++) {
      String w = tokens.get(k).norm();
      if (words.is(WordClass.OCCASION, w) || w.equals("occasion") || w.equals("signing")) return true;
    }
    return false;
  }
}
