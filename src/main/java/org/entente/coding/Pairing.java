package org.entente.coding;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.entente.act.ActType;
import org.entente.act.Trigger;
import org.entente.dictionary.NewsWords.WordClass;
import org.entente.party.KnownAgreements;
import org.entente.text.Grammar;
import org.entente.text.Regex;
import org.entente.text.Token;

/**
 * Turns the parties in a trigger's roles into interactions: directed pairs (each source with each target),
 * undirected pairs (every two parties), visits (each visitor to each host), and the parties a sentence implies
 * without naming: the country a force leaves, the partner of an agreement ended, the host of a visit.
 */
final class Pairing {
  private final Arguments args;
  private final Salience salience;
  /** The state the article's last troops withdrawn left, or null. */
  private final String lastLeftByTroops;
  /** The state of the last capital or city the article named before this sentence, or null. */
  private final String scene;
  private final KnownAgreements agreements;

  Pairing(Arguments args, Salience salience, String lastLeftByTroops, String scene, KnownAgreements agreements) {
    this.args = args;
    this.salience = salience;
    this.lastLeftByTroops = lastLeftByTroops;
    this.scene = scene;
    this.agreements = agreements;
  }

  /** One participant per code, keeping the first words that named it. */
  static List<Participant> participants(List<Actor> actors) {
    Map<String, Participant> byCode = new LinkedHashMap<>();
    for (Actor a : actors) {
      for (String code : a.codes()) byCode.putIfAbsent(code, Participant.of(a, code));
    }
    return List.copyOf(byCode.values());
  }

  static List<String> codes(List<Actor> actors) {
    return participants(actors).stream().map(Participant::code).toList();
  }

  // ---------------------------------------------------------------- directed

  List<Interaction> directed(List<Actor> sources, List<Actor> targets, ActType type, Trigger t) {
    return directedAmong(participants(sources), participants(targets), type, t);
  }

  private List<Interaction> directedAmong(List<Participant> from, List<Participant> to, ActType type, Trigger t) {
    List<String> fromCodes = from.stream().map(Participant::code).toList();
    if (to.isEmpty() && !from.isEmpty()) to = impliedTargets(type, t, fromCodes);
    // "the expulsion of the French ambassador", "French troops were expelled": by the country the article is about
    boolean agentless = t.noun() || t.passive();
    if (from.isEmpty() && !to.isEmpty() && agentless
        && (type.category().equals("expulsion") || type == ActType.WITHDRAWAL_AGREEMENT)) {
      String state = salience.salientStateExcept(to.stream().map(Participant::code).toList());
      if (state != null) from = List.of(Participant.implied(state));
    }
    List<Interaction> out = new ArrayList<>();
    for (Participant s : from) {
      for (Participant g : to) {
        Participant source = s;
        Participant target = g;
        // "the country" is never the party it is set against: it is the next state the article is about
        if (g.kind() == ActorKind.COUNTRY && g.code().equals(s.code())) target = otherCountry(g, s);
        if (s.kind() == ActorKind.COUNTRY && s.code().equals(g.code())) source = otherCountry(s, g);
        if (source != null && target != null && !source.code().equals(target.code())) {
          out.add(new Interaction(source, target, type, t.head(), t.end()));
        }
      }
    }
    return out;
  }

  /**
   * The target of an act whose words name none. A force withdrawn leaves the country the article is about
   * ("France withdrew its troops"), unless the words say where from ("withdraw from the court"); an agreement
   * ended binds the party the article is about ("the denunciation of the defence agreements by Niamey"), unless
   * the words name a partner that is no party ("cooperation with the West"); a
   * visit without a destination goes to the capital named in its clause, or to the article's country ("a visit
   * from U.S. Secretary of State Marco Rubio"); an expulsion with no object falls on the party just named in
   * its clause ("accused France of meddling and ordered its troops out").
   */
  private static boolean recallsAnEnvoy(Trigger t) {
    for (var entry : t.candidates()) {
      if (entry.type() == ActType.WITHDRAWAL_RELATIONS && entry.objectClass().equals("DIPLOMAT")) return true;
    }
    return false;
  }

  private List<Participant> impliedTargets(ActType type, Trigger t, List<String> sources) {
    if (type == ActType.WITHDRAWAL_FORCES && !unnamedDestination(t, type)) {
      // "hand over its facilities in Dakar and pull out its troops": the place named in the clause
      List<Participant> place = placeInClause(t, sources);
      if (!place.isEmpty()) return place;
      // "The last French troops left in December after Niamey ordered them to go": a place or "the country" the
      // rest of the sentence names, before the state the article is about
      // ("Mali's junta has expelled French forces, whose last soldiers left in August": the state whose rulers
      // expelled them)
      List<Token> tokens = args.view().tokens();
      for (Actor a : args.view().actors()) {
        String preposition = args.view().preposition(a);
        int at = a.to();
        while (at + 1 < tokens.size() && at < a.to() + 4 && (Regex.matches(tokens.get(at).norm(), "'s|has|had|have")
            || args.view().words().is(WordClass.RULER, tokens.get(at).norm())
            || args.view().words().is(WordClass.RULER_MODIFIER, tokens.get(at).norm()))) {
          at++;
        }
        String next = at < tokens.size() ? tokens.get(at).norm() : "";
        boolean expelling = args.view().words().is(WordClass.DEMANDING, next) || Regex.matches(next, "gave|expelled");
        boolean placed = a.kind() == ActorKind.PLACE || a.kind() == ActorKind.COUNTRY
            || expelling && salience.states().containsKey(a.codes().get(0));
        boolean leftOrExpelling = preposition != null && Regex.matches(preposition, "in|from|of") || expelling;
        if (placed && leftOrExpelling && a.codes().size() == 1 && !sources.contains(a.codes().get(0))) {
          return participants(List.of(a));
        }
      }
      // "The United States completed its withdrawal from Afghanistan. … Germany brought its final contingent
      // home": where the story's last troops left
      if (lastLeftByTroops != null && !sources.contains(lastLeftByTroops)) {
        return List.of(Participant.implied(lastLeftByTroops));
      }
      // ("France … has begun withdrawing its troops" in a story about Washington and Niger's coup: the state whose
      // rulers the story is about, unless another is named far more)
      String ruled = salience.ruledState();
      String state = ruled != null && !sources.contains(ruled) ? ruled : salience.salientStateExcept(sources);
      return state == null ? List.of() : List.of(Participant.implied(state));
    }
    // "close its embassy in Tarawa and recall its diplomats": an envoy recalled from the capital the sentence names
    // (the state the article is about would be a guess: measured, it cost more precision than it found)
    if (type == ActType.WITHDRAWAL_RELATIONS && !t.noun() && recallsAnEnvoy(t)) {
      for (Actor a : args.view().places()) {
        if (a.codes().size() == 1 && !sources.contains(a.codes().get(0))) return participants(List.of(a));
      }
    }
    // "BRICS expanded last year when Egypt and Iran became members": the organisation the sentence names
    if (type == ActType.ALLIANCE_ACCESSION) {
      for (Actor a : args.view().actors()) {
        String code = a.codes().get(0);
        // ("…, who was in Addis Ababa for the Africa-CARICOM summit, also joined": a body named as its meeting's)
        boolean meeting = a.to() < args.view().tokens().size() && Regex.matches(
            args.view().tokens().get(a.to()).norm(), "summit|summits|meeting|conference|session|forum|talks");
        if (a.codes().size() == 1 && salience.organisations().containsKey(code) && !sources.contains(code)
            && !args.view().ignored(a) && !meeting) {
          return participants(List.of(a));
        }
      }
    }
    if (type == ActType.WITHDRAWAL_AGREEMENT && !args.unnamedPartner(t)) {
      // "the 2015 nuclear deal, which the United States quit last year": a known agreement's party, before a guess
      for (String code : agreements.partiesNamedNear(args.view().tokens(), t.head())) {
        if (!sources.contains(code)) return List.of(Participant.implied(code));
      }
      String party = salience.salientPartyExcept(sources);
      return party == null ? List.of() : List.of(Participant.implied(party));
    }
    if (type == ActType.COOPERATION_VISIT) {
      Actor chosen = t.noun() ? chosenFor(t) : null;
      if (chosen != null && !sources.contains(chosen.codes().get(0))) return participants(List.of(chosen));
      Segment segment = args.view().segmentOf(t.head());
      for (Actor a : args.view().places()) {
        if (segment.contains(a.from())) return participants(List.of(a));
      }
      // "A US delegation met al-Sharaa in Damascus, and Ukraine's foreign minister visited at the end of that
      // month": a verb of visiting with no object goes where the sentence's other visit went
      boolean bareVerb = !t.noun() && (t.end() >= args.view().tokens().size()
          || args.view().tokens().get(t.end()).isPunctuation() || Grammar.PREPOSITIONS.contains(
              args.view().tokens().get(t.end()).norm()) && !args.view().tokens().get(t.end()).is("to"));
      if (bareVerb) {
        for (Actor a : args.view().places()) {
          if (a.to() <= t.head() && a.codes().size() == 1 && !sources.contains(a.codes().get(0))) {
            return participants(List.of(a));
          }
        }
      }
      // "as part of a tour of the region", "during a visit to the Lake Chad region": where it went is written, and
      // is no party
      boolean placeWritten = t.end() < args.view().tokens().size() && (args.view().tokens().get(t.end()).is("of")
          || regionVisited(t.end()));
      if (t.noun() && !placeWritten && !amongTheGuests(sources.size(), t)) {
        String state = salience.salientStateExcept(sources);
        return state == null ? List.of() : List.of(Participant.implied(state));
      }
      return List.of();
    }
    // "declared the UAE an aggressor state and decided to sever ties": the party just named in the clause
    if (type.category().equals("expulsion") || type == ActType.WITHDRAWAL_RELATIONS) {
      Segment segment = args.view().segmentOf(t.head());
      List<Actor> last = lastOtherBetween(segment.from(), t.head(), sources);
      // "Sudan and Iran agreed to resume relations, which Khartoum had severed in 2016": the relations a relative
      // clause describes are with the other party of the clause it hangs on
      if (last.isEmpty() && type == ActType.WITHDRAWAL_RELATIONS && segment.kind() == Segment.Kind.RELATIVE) {
        last = lastOtherBetween(0, segment.from(), sources);
      }
      return participants(last);
    }
    return List.of();
  }

  /** Whether "to the … region" (or area, zone, border, front) starts at {@code to}, naming no party. */
  private boolean regionVisited(int to) {
    List<Token> tokens = args.view().tokens();
    if (!tokens.get(to).is("to") || to + 1 >= tokens.size() || !tokens.get(to + 1).is("the")) return false;
    for (int k = to + 2; k < Math.min(tokens.size(), to + 6); k++) {
      if (args.view().inActor(k) || tokens.get(k).isPunctuation()) return false;
      if (Regex.matches(tokens.get(k).norm(), "region|area|zone|border|front|frontline")) return true;
    }
    return false;
  }

  /**
   * "chose Türkiye for his first trip abroad", "picked Panama for her first visit": the party chosen for a trip
   * is where it goes; or null.
   */
  private Actor chosenFor(Trigger t) {
    List<Token> tokens = args.view().tokens();
    int k = t.head() - 1;
    while (k > 0 && (Grammar.DETERMINERS.contains(tokens.get(k).norm())
        || args.view().words().is(WordClass.ACT_NOUN_MODIFIER, tokens.get(k).norm()))) {
      k--;
    }
    if (k < 2 || !tokens.get(k).is("for")) return null;
    Actor chosen = args.view().actorEndingAt(k);
    if (chosen == null || chosen.codes().size() != 1 || chosen.from() < 1) return null;
    return Regex.matches(tokens.get(chosen.from() - 1).norm(), "chose|choose|chooses|choosing|chosen|picked|pick"
        + "|picks|picking|selected") ? chosen : null;
  }

  /** The first state named as a place in the trigger's clause that is not among {@code sources}. */
  private List<Participant> placeInClause(Trigger t, List<String> sources) {
    Segment segment = args.view().segmentOf(t.head());
    for (Actor a : args.view().places()) {
      if (segment.contains(a.from()) && !sources.contains(a.codes().get(0))) {
        return participants(List.of(a));
      }
    }
    return List.of();
  }

  /**
   * "withdraw from the disputed region", "deployed troops to the crisis region": the place the act leaves or
   * goes to is written, and is no party; a party named further on ("… between Armenia and Azerbaijan") is not
   * the act's target.
   */
  boolean unnamedDestination(Trigger t, ActType type) {
    if (type != ActType.WITHDRAWAL_FORCES && type != ActType.COOPERATION_MILITARY) return false;
    SentenceView view = args.view();
    Segment segment = view.segmentOf(t.head());
    for (int k = t.head() + 1; k < Math.min(segment.to(), t.end() + 5); k++) {
      String w = view.tokens().get(k).norm();
      if (view.inActor(k) || view.opensLocality(k)) return false;
      // "provided helmets from army stocks to Ukraine": what help comes from is no destination
      boolean origin = w.equals("from") && type == ActType.COOPERATION_MILITARY;
      boolean destination = w.equals("from") && !origin || w.equals("to") || w.equals("into")
          || w.equals("of") && view.tokens().get(k - 1).is("out");
      if (destination && k + 1 < segment.to()) {
        int n = k + 1;
        while (n < segment.to() && Grammar.DETERMINERS.contains(view.tokens().get(n).norm())) n++;
        return n < segment.to() && !view.inActor(n) && !view.inActor(Math.min(n + 1, segment.to() - 1));
      }
    }
    return false;
  }

  /**
   * "sent additional troops to its base in Qatar", "deployed soldiers to a camp in Doha": the state a destination
   * the text leaves unnamed stands in, when a short "in" phrase right after it says; or an empty list.
   */
  List<Actor> placeOfTheDestination(Trigger t) {
    SentenceView view = args.view();
    Segment segment = view.segmentOf(t.head());
    for (int k = t.end(); k < Math.min(segment.to() - 2, t.end() + 5); k++) {
      if (!view.tokens().get(k).is("to") && !view.tokens().get(k).is("into")) continue;
      for (int n = k + 2; n < Math.min(segment.to() - 1, k + 5); n++) {
        if (view.inActor(n)) return List.of();
        if (!view.tokens().get(n).is("in")) continue;
        for (Actor a : view.places()) if (a.from() == n + 1) return List.of(a);
        return List.of();
      }
      return List.of();
    }
    return List.of();
  }

  /** The party named last from {@code from} up to {@code head} that is not among {@code except}, as a list of one. */
  List<Actor> lastOtherBetween(int from, int head, List<String> except) {
    Actor found = null;
    for (Actor a : args.view().actors()) {
      boolean other = a.codes().stream().noneMatch(except::contains);
      if (a.to() <= head && a.from() >= from && other && !args.view().ignored(a)) found = a;
    }
    return found == null ? List.of() : List.of(found);
  }

  /**
   * The other of the two states the article is about, when the parties acted on are the one: whose official an
   * unnamed one is ("Home Secretary Priti Patel flew to Kigali" in a story about Britain and Rwanda); or null.
   */
  String otherDominantState(List<String> actedOn) {
    List<String> two = salience.dominantStates(2);
    if (two.isEmpty() || actedOn.size() != 1 || !two.contains(actedOn.get(0))) return null;
    return two.get(0).equals(actedOn.get(0)) ? two.get(1) : two.get(0);
  }

  private Participant otherCountry(Participant country, Participant against) {
    String other = salience.salientStateExcept(List.of(against.code()));
    return other == null ? null : country.as(other);
  }

  /**
   * "Germany and Russia were expelling dozens of diplomats", "India and Canada recalled their envoys": parties
   * that act on each other when the act names no other target.
   */
  List<Interaction> reciprocal(List<Actor> subjects, ActType type, Trigger t) {
    List<Participant> all = participants(subjects);
    // "Chile and Colombia recalled their ambassadors" in a story about Israel: both against the state the article
    // is about, not each other
    String about = salience.stateFarMoreNamedThan(all.stream().map(Participant::code).toList());
    if (about != null) return directedAmong(all, List.of(Participant.implied(about)), type, t);
    List<Interaction> out = new ArrayList<>();
    for (Participant a : all) {
      for (Participant b : all) {
        if (!a.code().equals(b.code())) out.add(new Interaction(a, b, type, t.head(), t.end()));
      }
    }
    return out;
  }

  // ---------------------------------------------------------------- undirected

  List<Interaction> mutual(List<Actor> actors, ActType type, Trigger t) {
    List<Participant> all = distinctReferences(participants(actors));
    if (type == ActType.COOPERATION_VISIT) return visits(all, t);
    return pairsAmong(all, type, t);
  }

  /**
   * "The European Union and the five Central Asian states -- Kazakhstan, … -- agreed": a group set beside other
   * parties acts as one side with them, its members not with each other.
   */
  List<Interaction> groupWithOthers(List<Actor> actors, ActType type, Trigger t) {
    Set<String> group = groupCodes(actors);
    List<Actor> others = actors.stream().filter(a -> !group.containsAll(a.codes())).toList();
    return between(others, groups(actors), type, t);
  }

  /** The groups among {@code actors}: "the five Central Asian states", "the two countries". */
  private static List<Actor> groups(List<Actor> actors) {
    return actors.stream().filter(a -> a.kind() == ActorKind.PAIR && a.codes().size() > 1).toList();
  }

  /** The states of the groups among {@code actors}. */
  static Set<String> groupCodes(List<Actor> actors) {
    Set<String> group = new LinkedHashSet<>();
    for (Actor a : groups(actors)) group.addAll(a.codes());
    return group;
  }

  /** Every two of {@code all} with different codes, in the order written: an undirected act among them all. */
  static List<Interaction> pairsAmong(List<Participant> all, ActType type, Trigger t) {
    List<Interaction> out = new ArrayList<>();
    for (int i = 0; i < all.size(); i++) {
      for (int j = i + 1; j < all.size(); j++) {
        Participant a = all.get(i);
        Participant b = all.get(j);
        if (!a.code().equals(b.code())) out.add(new Interaction(a, b, type, t.head(), t.end()));
      }
    }
    return out;
  }

  /**
   * "The head of the African nation's government and President Vladimir Putin held a meeting": a reference that
   * resolved to a party named beside it stands for the next state the article is about.
   */
  private List<Participant> distinctReferences(List<Participant> all) {
    Set<String> named = new LinkedHashSet<>();
    all.stream().filter(p -> p.kind().explicit()).forEach(p -> named.add(p.code()));
    List<Participant> out = new ArrayList<>();
    for (Participant p : all) {
      boolean clash = !p.kind().explicit() && p.kind() != ActorKind.PRONOUN && p.kind() != ActorKind.PAIR
          && named.contains(p.code());
      if (!clash) {
        out.add(p);
        continue;
      }
      String other = salience.salientStateExcept(List.copyOf(named));
      if (other != null) out.add(p.as(other));
    }
    return out;
  }

  /** Every pair of one party from each side. */
  static List<Interaction> between(List<Actor> left, List<Actor> right, ActType type, Trigger t) {
    List<Interaction> out = new ArrayList<>();
    for (Participant a : participants(left)) {
      for (Participant b : participants(right)) {
        if (!a.code().equals(b.code())) out.add(new Interaction(a, b, type, t.head(), t.end()));
      }
    }
    return out;
  }

  // ---------------------------------------------------------------- visits

  /**
   * Talks between parties: each visitor goes to each host. The hosts are the parties named as the place of the
   * talks ("talks between the CIA director and officials in Egypt and Libya"), else a "delegation" is the
   * visitor, else the party named last hosts.
   */
  private List<Interaction> visits(List<Participant> all, Trigger t) {
    if (all.size() < 2) return List.of();
    Set<String> hosts = hosts(t, all.stream().map(Participant::code).toList());
    // "EU leaders gathered for an emergency summit", "the allies requested consultations": a group meeting among
    // itself, with no place named, has no visitor and no host
    // "Eight NATO members requested consultations": and so does a meeting of more than three with no host named
    boolean oneGroup = all.size() > 2 && all.stream().allMatch(p -> p.kind() == ActorKind.PAIR && p.from() == all.get(0).from());
    if (hosts.isEmpty() && (oneGroup || all.size() > 3)) return List.of();
    // "were among the heads of state at the talks hosted by Ghana's president": guests at another's gathering
    // visit its host (the hosting verb's own act), not one another
    if (hostedByAnother(t) || hosts.isEmpty() && amongTheGuests(all.size(), t)) return List.of();
    // "met on the sidelines of the NATO summit": where a summit was, not at either's home
    if (hosts.isEmpty() && args.view().sidelinesBetween(t.end(),
        Math.min(args.view().segmentOf(t.head()).to(), t.end() + 6))) {
      return List.of();
    }
    if (hosts.isEmpty() || hosts.size() == all.size()) {
      hosts = new LinkedHashSet<>();
      for (Participant p : all) {
        if (p.text().toLowerCase(java.util.Locale.ROOT).contains("delegation")) {
          all.stream().map(Participant::code).filter(c -> !c.equals(p.code())).findFirst().ifPresent(hosts::add);
          break;
        }
      }
      // no place named: the party the article is about, most likely where the talks were
      if (hosts.isEmpty()) {
        List<String> codes = all.stream().map(Participant::code).toList();
        String host = salience.salientStates().stream().filter(codes::contains).findFirst()
            .orElse(all.get(all.size() - 1).code());
        hosts.add(host);
      }
    }
    List<Interaction> out = new ArrayList<>();
    for (String host : hosts) {
      Participant hostParty = all.stream().filter(p -> p.code().equals(host)).findFirst().orElseThrow();
      for (Participant p : all) {
        if (!hosts.contains(p.code())) {
          out.add(new Interaction(p, hostParty, ActType.COOPERATION_VISIT, t.head(), t.end()));
        }
      }
    }
    return out;
  }

  /** "the talks hosted by Ghanaian President Akufo-Addo", "a meeting convened by Macron": another's gathering. */
  private boolean hostedByAnother(Trigger t) {
    List<Token> tokens = args.view().tokens();
    int end = Math.min(args.view().segmentOf(t.head()).to(), t.end() + 3);
    for (int k = t.end(); k + 1 < end; k++) {
      if (Regex.matches(tokens.get(k).norm(), "hosted|convened|organised|organized|chaired")
          && tokens.get(k + 1).is("by")) {
        return true;
      }
    }
    return false;
  }

  /**
   * "Qatar's emir, Egypt's Sisi and Tunisia's Saied were among the heads of state who flew in for the meeting":
   * those named as some of a gathering's guests met there, not each other, nor the story's main state.
   */
  private boolean amongTheGuests(int guests, Trigger t) {
    if (guests < 2) return false;
    List<Token> tokens = args.view().tokens();
    for (int k = 1; k < t.head(); k++) {
      if (tokens.get(k).is("among") && Grammar.BE.contains(tokens.get(k - 1).norm())) return true;
    }
    return false;
  }

  /**
   * "al-Burhan met Netanyahu in the Ugandan city of Entebbe": the state named as the place of a meeting when it is
   * neither of the parties that met, or null.
   */
  Participant thirdPlace(Trigger t, List<String> codes) {
    List<Arguments.Group> groups = new ArrayList<>(groupsAfter(t));
    // "met face to face for the first time since the fighting escalated, in Doha": a place phrase of its own
    // right after the clause
    for (Segment next : phrasesAfter(t, 2)) {
      if (args.view().tokens().get(next.from()).is("in")) groups.addAll(args.after(next.from(), next.to()));
    }
    for (Arguments.Group g : groups) {
      // ("talks that focused on the war in neighbouring Ethiopia": what the talks were about)
      if (!locating(g) || args.topicIn(g.actors().get(0))) continue;
      // "talks with officials in Egypt and Libya": a place that names one of the parties lists hosts
      if (g.actors().stream().anyMatch(a -> a.codes().stream().anyMatch(codes::contains))) return null;
      for (Actor a : g.actors()) {
        if (a.codes().size() == 1 && a.kind().explicit() && !codes.contains(a.codes().get(0))
            && !salience.organisations().containsKey(a.codes().get(0))) {
          return Participant.of(a, a.codes().get(0));
        }
      }
    }
    return null;
  }

  /** The place named as where the act happened ("signed in Washington", "in Azerbaijan"), or null. */
  Actor placeWhere(Trigger t) {
    for (Arguments.Group g : groupsAfter(t)) {
      if (!locating(g)) continue;
      for (Actor a : g.actors()) {
        if (a.kind() == ActorKind.PLACE && a.codes().size() == 1) return a;
      }
      // "signed the pact at an African Union summit in Niamey": whose summit it is says nothing of where
      if (g.actors().stream().allMatch(this::namesAMeeting)) continue;
      return null;
    }
    // "…, at a ceremony on the South Lawn of the White House": the occasion phrase after the clause
    for (Segment next : phrasesAfter(t, 1)) {
      String opener = args.view().tokens().get(next.from()).norm();
      if (!(opener.equals("at") || opener.equals("in"))) return null;
      for (Actor a : args.view().actors()) {
        if (next.contains(a.from()) && a.kind() == ActorKind.PLACE && a.codes().size() == 1) return a;
      }
    }
    return null;
  }

  /** An organisation named before its meeting: "an African Union summit", "a NATO meeting". */
  private boolean namesAMeeting(Actor a) {
    List<Token> tokens = args.view().tokens();
    return a.codes().size() == 1 && salience.organisations().containsKey(a.codes().get(0))
        && a.to() < tokens.size()
        && Regex.matches(tokens.get(a.to()).norm(), "summit|meeting|conference|forum|session|assembly|ministerial");
  }

  /** Up to {@code most} adverbial phrases that follow the trigger's clause, in order, until another kind. */
  private List<Segment> phrasesAfter(Trigger t, int most) {
    SentenceView view = args.view();
    int index = view.indexOf(view.segmentOf(t.head()));
    List<Segment> out = new ArrayList<>();
    for (int s = index + 1; s < Math.min(view.segments().size(), index + 1 + most); s++) {
      Segment next = view.segments().get(s);
      if (next.kind() != Segment.Kind.ADVERBIAL) break;
      out.add(next);
    }
    return out;
  }

  /** The groups of parties after the trigger in its clause, each with its preposition. */
  private List<Arguments.Group> groupsAfter(Trigger t) {
    return args.after(t.head() + 1, args.view().segmentOf(t.head()).to());
  }

  /** "in Sochi", "at the White House": a group that says where something happened. */
  private boolean locating(Arguments.Group g) {
    if ("in".equals(g.preposition()) || "at".equals(g.preposition())) return true;
    // "on the sidelines of the Riyadh summit", "during the Vilnius summit": a city that names a meeting is where
    // it met
    Actor last = g.actors().get(g.actors().size() - 1);
    if (last.kind() == ActorKind.PLACE && last.to() < args.view().tokens().size()
        && args.view().words().is(WordClass.OCCASION, args.view().tokens().get(last.to()).norm())
        && ("of".equals(g.preposition()) || "during".equals(g.preposition()))) {
      return true;
    }
    // "met Ali on the Caribbean island of St Vincent", "in the Turkish resort of Antalya"
    if (!"of".equals(g.preposition())) return false;
    List<Token> tokens = args.view().tokens();
    int of = g.actors().get(0).from() - 1;
    if (of < 2 || !tokens.get(of).is("of") || !Regex.matches(tokens.get(of - 1).norm(), "island|resort|city|town|port"))
      return false;
    for (int k = of - 2; k >= Math.max(0, of - 5); k--) {
      if (Regex.matches(tokens.get(k).norm(), "in|at|on")) return true;
    }
    return false;
  }

  /** Whether "in" or "at" after the trigger, in its clause, leads to a capitalised name that is no party's. */
  private boolean unknownPlaceAfter(Trigger t) {
    List<Token> tokens = args.view().tokens();
    Segment segment = args.view().segmentOf(t.head());
    for (int k = t.end(); k < segment.to(); k++) {
      if (!Regex.matches(tokens.get(k).norm(), "in|at")) continue;
      int j = k + 1;
      while (j < segment.to() && !tokens.get(j).isCapitalised() && j < k + 6
          && Regex.matches(tokens.get(j).text(), "[a-z]+")) {
        j++;
      }
      if (j < segment.to() && tokens.get(j).isCapitalised() && !args.view().inActor(j)
          && !org.entente.date.MonthNames.isCalendarWord(tokens.get(j))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The parties among {@code codes} named as where a meeting took place: a capital or an "in"/"at" phrase after
   * the trigger in its clause, in a fronted phrase ("In Moscow, …"), or in the relative clause after it ("…,
   * who is in Beijing").
   */
  Set<String> hosts(Trigger t, List<String> codes) {
    SentenceView view = args.view();
    Segment segment = view.segmentOf(t.head());
    int index = view.indexOf(segment);
    Set<String> hosts = new LinkedHashSet<>();
    for (Arguments.Group g : groupsAfter(t)) {
      boolean place = locating(g);
      for (Actor a : g.actors()) {
        if (place || a.kind() == ActorKind.PLACE) a.codes().stream().filter(codes::contains).forEach(hosts::add);
      }
    }
    // "talks with Putin in Sochi": a gazetteer place names the host among the parties, never a new one
    for (Actor l : view.localities()) {
      if (l.from() > t.head() && segment.contains(l.from())) {
        l.codes().stream().filter(codes::contains).forEach(hosts::add);
      }
    }
    for (int s = 0; s < view.segments().size(); s++) {
      Segment other = view.segments().get(s);
      boolean front = other.kind() == Segment.Kind.FRONT && s < index;
      boolean relative = other.kind() == Segment.Kind.RELATIVE && s == index + 1;
      if (!front && !relative) continue;
      for (Actor a : view.places()) {
        if (other.contains(a.from())) {
          a.codes().stream().filter(codes::contains).forEach(hosts::add);
        }
      }
    }
    // "Xi held talks with Talon in Beijing on Friday. … Premier Li Qiang met Talon separately": one who meets
    // another where the sentence names no place at all meets at the story's scene
    // ("met Sisi in the Mediterranean city of El Alamein", "met again at the Gatuna post": not where the sentence
    // names a place the dictionary does not know)
    if (hosts.isEmpty() && !t.noun() && scene != null && codes.contains(scene) && view.places().isEmpty()
        && !unknownPlaceAfter(t)) {
      hosts.add(scene);
    }
    return hosts;
  }
}
