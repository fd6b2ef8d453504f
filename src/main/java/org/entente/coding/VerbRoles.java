package org.entente.coding;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.entente.act.ActEntry;
import org.entente.act.ActType;
import org.entente.act.Frame;
import org.entente.act.Trigger;
import org.entente.act.WordClasses;
import org.entente.dictionary.NewsWords;
import org.entente.dictionary.NewsWords.WordClass;
import org.entente.party.PartyDictionary;
import org.entente.text.Grammar;
import org.entente.text.Regex;
import org.entente.text.Token;
import org.entente.text.WordSet;

/**
 * Who acts on whom for a verb trigger: its subject and the groups of parties after it with their prepositions (in
 * the passive, its "by" agent), paired by the lexicon row's {@link org.entente.act.Frame}; with the verb's own
 * readings for attending, representing, demanding, troops' owners and officials named beside their state.
 */
final class VerbRoles {
  /** Prepositions that introduce a place or a topic, never a partner in an undirected act. */
  private static final Set<String> NOT_A_PARTNER = WordSet.of("in", "at", "on", "about", "over", "against", "for",
      "during", "since", "after", "before", "amid", "by", "across", "throughout", "around", "near");
  /** What one takes part in that is no meeting of states: protests and fighting. */
  private static final String NO_OCCASION = "demonstrations?|protests?|rall(y|ies)|marche?s|riots?|fighting|clashes"
      + "|attacks?|battles?|hostilities|offensives?|coups?|uprisings?|elections?|strikes?";
  /** Participles whose "by" names those who saw, hosted or brokered an act, not those who did it. */
  private static final String WITNESSING =
      "witnessed|attended|observed|hosted|chaired|brokered|mediated|facilitated|overseen|presided";
  /** "sent troops into Ukraine": an invasion, no military cooperation. */
  private static final Set<String> NOT_AN_ALLY = WordSet.of("in", "at", "on", "about", "over", "against",
      "during", "since", "after", "before", "amid", "by", "into", "across", "throughout", "around", "near");
  /**
   * Verbs whose passive says the expelled left ("were forced out"), unlike "were ordered out"; "were expelled"
   * stays the expulsion that news coders read it as.
   */
  private static final Set<String> FORCED_OUT = WordSet.of("forced", "pushed", "driven", "kicked", "ousted",
      "thrown", "chased");
  private static final Set<String> OFFICIALS = WordSet.of("minister", "secretary", "president", "premier",
      "chancellor", "successor", "predecessor");

  private final PartyDictionary parties;
  private final NewsWords words;
  private final WordClasses objects;

  VerbRoles(PartyDictionary parties, NewsWords words, WordClasses objects) {
    this.parties = parties;
    this.words = words;
    this.objects = objects;
  }

  /** The first place after "to", "in" or "into" in the trigger's clause that is not one of {@code own}'s. */
  private static List<Actor> placeSentTo(Arguments args, Trigger t, List<String> own) {
    Segment clause = args.view().segmentOf(t.head());
    List<Token> tokens = args.view().tokens();
    for (Actor place : args.view().places()) {
      // ("sent troops to join the coalition in Yemen": not a place far after the verb)
      // ("sent troops to eastern Congo": a word that narrows the place may stand before it)
      int before = Grammar.beforePlace(tokens, place.from());
      boolean sentTo = place.from() >= t.end() && place.from() <= t.end() + 4 && clause.contains(place.from())
          && Regex.matches(tokens.get(before).norm(), "to|in|into");
      if (sentTo && place.codes().size() == 1 && !own.contains(place.codes().get(0))) return List.of(place);
    }
    return List.of();
  }

  /**
   * "Macron attended Deby's funeral in N'Djamena", "a ceremony in Buenos Aires attended by Hungary's Orban": who
   * attends an event visits the place it is held, else the party whose event it is.
   */
  private List<Interaction> attended(Arguments args, Pairing pairing, Trigger t) {
    Segment segment = args.view().segmentOf(t.head());
    // 'had taken part in "illegal" demonstrations', "took part in the fighting": no occasion of states
    for (int k = t.end(); k < Math.min(segment.to(), t.end() + 4); k++) {
      if (Regex.matches(args.view().tokens().get(k).norm(), NO_OCCASION)) return List.of();
    }
    List<Arguments.Group> after = args.after(t.end(), segment.to());
    List<Actor> visitors = t.passive() ? Arguments.first(after, "by") : args.subject(t.head());
    // "The U.S. and Chinese ambassadors to Malaysia attended": envoys posted where the event is held went nowhere
    if (!t.passive() && !visitors.isEmpty()) {
      List<Token> tokens = args.view().tokens();
      for (int k = visitors.get(0).to(); k + 1 < t.head(); k++) {
        if (words.is(WordClass.POSTED, tokens.get(k).norm()) && Regex.matches(tokens.get(k + 1).norm(), "to|in")) {
          return List.of();
        }
      }
    }
    // ("flew to Moscow a day after attending a meeting in Istanbul": the place after the attending, first)
    List<Actor> place = args.view().places().stream().filter(a -> segment.contains(a.from()) && a.from() >= t.end())
        .limit(1).toList();
    if (place.isEmpty()) {
      place = args.view().places().stream().filter(a -> segment.contains(a.from())).limit(1).toList();
    }
    // (in the past only: "where he will hold talks and attend a summit" is a plan, which modality may miss)
    if (place.isEmpty() && args.view().tokens().get(t.head()).norm().endsWith("ed")) {
      place = placeOfTheRelative(args, segment);
    }
    if (place.isEmpty()) place = cityOfAState(args, segment);
    // "Deby's funeral", "the inauguration of Ghana's new president"; not "the ceremony with Bahrain"
    List<Actor> owner = after.stream().filter(g -> g.preposition() == null || g.preposition().equals("of"))
        .findFirst().map(Arguments.Group::actors).orElse(List.of());
    List<Actor> host = !place.isEmpty() ? place : t.passive() ? hostBefore(args, segment) : owner;
    return pairing.directed(visitors, host, ActType.COOPERATION_VISIT, t);
  }

  /**
   * The place a relative clause's pronoun stands for, where something was attended: "flew in from Kampala, Uganda,
   * where he had attended a summit" (the city or the state right before "where"), "skipped the final round in
   * Washington, which Egyptian and Sudanese delegations attended" (the last place a few words before "which");
   * empty in any other clause.
   */
  private static List<Actor> placeOfTheRelative(Arguments args, Segment segment) {
    if (segment.kind() != Segment.Kind.RELATIVE) return List.of();
    String pronoun = args.view().tokens().get(segment.from()).norm();
    if (pronoun.equals("where")) {
      return args.view().actors().stream().filter(a -> a.to() <= segment.from() && a.to() >= segment.from() - 2
          && (a.kind() == ActorKind.PLACE || a.kind() == ActorKind.NAMED) && a.codes().size() == 1).limit(1).toList();
    }
    if (pronoun.equals("which") || pronoun.equals("that")) {
      return args.view().places().stream().filter(a -> a.to() <= segment.from() && a.to() >= segment.from() - 6
          && a.codes().size() == 1).reduce((a, b) -> b).stream().toList();
    }
    return List.of();
  }

  /**
   * "New Zealand's free trade agreement with Britain, which entered into force in May", "India's agreement with
   * ASEAN, signed in Bangkok in 2009": a clause hung on an agreement's phrase by "which" or a participle after its
   * comma is about the parties the phrase names, its owner and those it is "with" or "between"; none otherwise.
   */
  private List<Actor> partiesOfTheAgreementBefore(Arguments args, Trigger t) {
    List<Token> tokens = args.view().tokens();
    Segment clause = args.view().segmentOf(t.head());
    int comma = clause.from() - 1;
    boolean hung = comma > 0 && tokens.get(comma).is(",") && (t.head() == clause.from()
        || t.head() <= clause.from() + 2 && Regex.matches(tokens.get(clause.from()).norm(), "which|that"));
    if (!hung) return List.of();
    Segment phrase = args.view().segmentOf(comma - 1);
    int agreement = -1;
    for (int k = phrase.from(); k < comma; k++) {
      if (objects.find("AGREEMENT", tokens, k, k + 1) >= 0) agreement = k;
    }
    if (agreement < 0) return List.of();
    List<Actor> parties = new ArrayList<>();
    for (Actor a : args.view().actors()) {
      if (a.from() < phrase.from() || a.to() > comma || args.view().ignored(a)) continue;
      String before = a.from() > 0 ? tokens.get(a.from() - 1).norm() : "";
      boolean owner = a.to() < tokens.size() && Grammar.POSSESSIVE_MARKERS.contains(tokens.get(a.to()).norm())
          && a.to() < agreement;
      boolean partner = a.from() > agreement && Regex.matches(before, "with|between|and|,|the");
      if (owner || partner) parties.add(a);
    }
    return Pairing.codes(parties).stream().distinct().count() > 1 ? parties : List.of();
  }

  /**
   * "Angola hosted a mini-summit last month, attended by Tshisekedi": the host of the gathering the clause before
   * names, when a participle after a comma says who attended it; none otherwise.
   */
  private static List<Actor> hostBefore(Arguments args, Segment participle) {
    List<Token> tokens = args.view().tokens();
    int comma = participle.from() - 1;
    if (comma < 1 || !tokens.get(comma).is(",")) return List.of();
    Segment before = args.view().segmentOf(comma - 1);
    for (int k = before.from(); k < comma; k++) {
      if (Regex.matches(tokens.get(k).norm(), "host|hosts|hosted")) return args.subject(k);
    }
    return List.of();
  }

  /**
   * "The accord was signed in Nairobi at a ceremony witnessed by Museveni and Kagame", "a deal signed in Doha,
   * brokered by Qatar": who witnessed, hosted or brokered an act after it did not do it.
   */
  private static List<Arguments.Group> notWitnesses(List<Token> tokens, Trigger t, List<Arguments.Group> after) {
    List<Arguments.Group> out = new ArrayList<>(after.size());
    for (Arguments.Group g : after) {
      int by = g.actors().get(0).from() - 1;
      while (by > t.end() && Grammar.DETERMINERS.contains(tokens.get(by).norm())) by--;
      boolean witnessed = "by".equals(g.preposition()) && by - 1 >= t.end() && tokens.get(by).is("by")
          && Regex.matches(tokens.get(by - 1).norm(), WITNESSING);
      if (!witnessed) out.add(g);
    }
    return out.size() == after.size() ? after : out;
  }

  /**
   * "held talks in Moscow and Tehran in January and travelled to Ankara": past an "and" before a second act's
   * verb, the parties are that verb's, once this one has its own before it ("downgraded ties and expelled India's
   * envoy" shares India with both).
   */
  private static List<Arguments.Group> ownObjects(Arguments args, Trigger t, List<Arguments.Group> after) {
    List<Token> tokens = args.view().tokens();
    int end = args.view().segmentOf(t.head()).to();
    for (int k = t.end(); k + 1 < end; k++) {
      if (!tokens.get(k).is("and")) continue;
      int next = k + 1;
      while (next + 1 < end && Regex.matches(tokens.get(next).norm(), "later|then|also|subsequently")) next++;
      if (!args.view().actVerbAt(next) || !Grammar.pastForm(tokens.get(next).text())) continue;
      int and = k;
      List<Arguments.Group> own = after.stream().filter(g -> g.actors().get(0).from() < and).toList();
      return own.isEmpty() ? after : own;
    }
    return after;
  }

  /**
   * "attended a BRICS summit in the Russian city of Kazan": a place the dictionary does not know, named as a city
   * of a state; that state's adjective, as a list of one, or none.
   */
  private static List<Actor> cityOfAState(Arguments args, Segment segment) {
    List<Token> tokens = args.view().tokens();
    for (Actor a : args.view().actors()) {
      if (!segment.contains(a.from()) || a.from() < 2 || a.to() >= tokens.size() || a.codes().size() != 1) continue;
      boolean placed = tokens.get(a.from() - 1).is("the") && Regex.matches(tokens.get(a.from() - 2).norm(), "in|at");
      if (placed && Regex.matches(tokens.get(a.to()).norm(), "city|capital|town|port|resort|village")) {
        return List.of(a);
      }
    }
    return List.of();
  }

  /** The organisation named last before {@code head} outside {@code subject}, as a list of one, or none. */
  private List<Actor> organisationBefore(Arguments args, List<Actor> subject, int head) {
    Actor found = null;
    for (Actor a : args.view().actors()) {
      if (a.to() <= head && !subject.contains(a) && !args.view().ignored(a) && a.codes().size() == 1
          && parties.isOrganisation(a.codes().get(0))) {
        found = a;
      }
    }
    return found == null ? List.of() : List.of(found);
  }

  /** "from Japanese army stocks": a "from" phrase that names the subject's own party says where help comes from. */
  private static boolean fromItself(Arguments args, List<Actor> subject, List<Actor> group) {
    return !subject.isEmpty() && "from".equals(args.view().preposition(group.get(0)))
        && Pairing.codes(subject).containsAll(Pairing.codes(group));
  }

  /**
   * The first group of {@code groups} after {@code object} that names a party besides the subject's, with no
   * preposition of {@code notTargets}.
   */
  private static List<Actor> otherThan(List<Arguments.Group> groups, List<Actor> subject, List<Actor> object,
      Set<String> notTargets) {
    boolean past = false;
    for (Arguments.Group g : groups) {
      boolean excluded = g.preposition() != null && notTargets.contains(g.preposition());
      if (past && !excluded && !Pairing.codes(subject).containsAll(Pairing.codes(g.actors()))) {
        return g.actors();
      }
      past |= g.actors() == object;
    }
    return object;
  }

  /**
   * "The Taliban swept back to power as U.S.-led forces completed their withdrawal": an act of troops is done by
   * the state that names them right before the verb ("U.S.-led forces", "French troops"), whatever the clause's
   * subject.
   */
  private List<Actor> troopsOwner(Arguments args, Trigger t, ActEntry entry, List<Actor> subject) {
    if (!entry.subjectClass().equals("TROOPS") || t.passive() || t.head() < 2) return subject;
    List<Token> tokens = args.view().tokens();
    int troops = t.head() - 1;
    if (!words.is(WordClass.TROOP_UNITS, tokens.get(troops).norm())) return subject;
    int k = troops - 1;
    while (k >= 0 && Regex.matches(tokens.get(k).norm(), "-|led|backed|special|armed|military")) k--;
    for (Actor a : args.view().actors()) {
      boolean owner = a.to() == k + 1 && a.codes().size() == 1 && !args.view().ignored(a)
          && !parties.isOrganisation(a.codes().get(0));
      if (owner && subject.stream().noneMatch(s -> s.codes().equals(a.codes()))) return List.of(a);
    }
    return subject;
  }

  /**
   * "Former Nigerian President Goodluck Jonathan, who leads the mediation for ECOWAS, arrived": someone who acts
   * for no state of his own acts for the organisation his relative clause names him the mediator or envoy of.
   */
  private List<Actor> actingFor(Arguments args, Trigger t) {
    SentenceView view = args.view();
    Segment segment = view.segmentOf(t.head());
    if (view.indexOf(segment) != 2 || view.segments().get(1).kind() != Segment.Kind.RELATIVE
        || view.actors().stream().anyMatch(a -> a.to() <= view.segments().get(0).to() && !view.ignored(a))) {
      return List.of();
    }
    Segment aside = view.segments().get(1);
    List<Token> tokens = view.tokens();
    for (int k = aside.from(); k + 2 < aside.to(); k++) {
      if (!Regex.matches(tokens.get(k).norm(), "mediation|mediator|envoy|delegation|representative")
          || !Regex.matches(tokens.get(k + 1).norm(), "for|of|to")) {
        continue;
      }
      int from = tokens.get(k + 2).is("the") ? k + 3 : k + 2;
      for (Actor a : view.actors()) {
        if (a.from() == from && a.codes().size() == 1 && parties.isOrganisation(a.codes().get(0))) return List.of(a);
      }
    }
    return List.of();
  }

  // ---------------------------------------------------------------- verbs

  List<Interaction> verbal(Arguments args, Pairing pairing, Trigger t, ActEntry entry) {
    List<Interaction> demanded = demanded(args, pairing, t, entry);
    if (demanded != null) return demanded;
    // ("was joined at the White House by Japarov": the one who joins visits the place)
    boolean presentAt = entry.pattern().equals(List.of("be", "present", "at"))
        || entry.pattern().equals(List.of("join", "at"));
    if (entry.type() == ActType.COOPERATION_VISIT && (Regex.matches(entry.head(), "attend|take|participate|witness|address")
        || presentAt)) {
      return attended(args, pairing, t);
    }
    if (entry.type() == ActType.COOPERATION_VISIT && entry.head().equals("represent")) {
      List<Actor> state = SceneRoles.represented(args, t);
      List<Actor> place = SceneRoles.placeAfter(args, t);
      return state.isEmpty() || place.isEmpty() ? List.of()
          : pairing.directed(state, place, ActType.COOPERATION_VISIT, t);
    }
    List<Actor> subject = troopsOwner(args, t, entry, args.subject(t.head()));
    if (subject.isEmpty()) subject = actingFor(args, t);
    // from the head: "ordered the French ambassador to leave" has its object inside the pattern
    List<Arguments.Group> after = ownObjects(args, t, notWitnesses(args.view().tokens(), t,
        args.after(t.head() + 1, args.view().segmentOf(t.head()).to())));
    // "Ireland recognised a Palestinian state together with Spain and Norway": those who act "together with" the
    // subject are subjects too
    // (in a mutual act, "serve alongside Malian soldiers", the group is the partner)
    // ("Norway, together with Spain and Ireland, recognised", "Morocco, along with Bahrain, normalised relations
    // with Israel": company set off before the verb shares the act of any frame)
    if (!subject.isEmpty() && subject.get(subject.size() - 1).to() < t.head()) {
      List<Actor> together = new ArrayList<>(subject);
      for (Arguments.Group g : args.after(subject.get(subject.size() - 1).to(), t.head())) {
        if (SceneRoles.alongside(args.view().tokens(), g)) together.addAll(g.actors());
      }
      subject = together;
    }
    if (!subject.isEmpty() && entry.frame() != Frame.MUTUAL) {
      List<Actor> together = new ArrayList<>(subject);
      List<Arguments.Group> rest = new ArrayList<>();
      for (Arguments.Group g : after) {
        if (SceneRoles.alongside(args.view().tokens(), g)) together.addAll(g.actors()); else rest.add(g);
      }
      if (rest.size() < after.size()) {
        subject = together;
        after = rest;
      }
    }
    List<Actor> byAgent = Arguments.first(after, "by");
    if (entry.objectClass().equals("CREDENTIALS") && !t.passive()) {
      List<Interaction> presented = presentedWherePosted(args, pairing, t, entry, subject, after);
      if (presented != null) return presented;
    }
    // "Belgrade, backed by Russia and China, still regards …": a participle set off after a party describes it
    if (subject.isEmpty() && t.passive() && !byAgent.isEmpty()) subject = describedBefore(args, t);
    // "withdraw from the disputed region of Nagorno-Karabakh between Armenia and Azerbaijan": no named target
    List<Actor> object = pairing.unnamedDestination(t, entry.type()) ? List.of() : Arguments.firstExcept(after, "by");
    // "flew from Dakar to Abidjan", "flew from Israel to Saudi Arabia": where one flies to, not from
    // ("flew from Tel Aviv to Jeddah": to a gazetteer place, which the place rules read)
    boolean route = !after.isEmpty() && "from".equals(after.get(0).preposition()) && after.get(0).actors().get(0).to()
        < t.end() && Regex.matches(args.view().tokens().get(t.end() - 1).norm(), "to|into");
    if (route) object = patternArgument(args, t, after);
    // "the force left after Kinshasa declined to extend its mandate": a mission known only by "its" is the force
    // or organisation named before, and no party the story merely favours
    List<Token> tokens = args.view().tokens();
    if (entry.type() == ActType.EXPULSION_MISSION && !t.passive() && t.end() + 1 < tokens.size()
        && Regex.matches(tokens.get(t.end()).norm(), "its|their")
        && (object.isEmpty() || object.get(0).from() > t.end() + 1)) {
      // "SADC formally ended its three-year military mission in Mozambique": one's own mission ended in a place
      // named is a withdrawal from it
      List<Actor> in = Arguments.first(after, "in");
      if (!subject.isEmpty() && !in.isEmpty() && entry.head().equals("end")
          && Collections.disjoint(Pairing.codes(in), Pairing.codes(subject))) {
        return pairing.directed(subject, in, ActType.WITHDRAWAL_FORCES, t);
      }
      List<Actor> owner = organisationBefore(args, subject, t.head());
      if (owner.isEmpty()) return List.of();
      object = owner;
    }
    // "provided helmets from its own stocks to Ukraine": a phrase after the act that names the subject again is
    // no target; the party further on is
    if (!object.isEmpty() && object.get(0).from() >= t.end() && fromItself(args, subject, object)) {
      object = otherThan(after, subject, object, Set.of("by"));
    }
    // "withdrew its Barkhane force from Mali", "wound down its Barkhane force in Mali": a force named after its own
    // state is what is withdrawn, the party further on what it leaves
    if (entry.type() == ActType.WITHDRAWAL_FORCES && !object.isEmpty() && !subject.isEmpty()
        && object.get(0).from() >= t.end() && Pairing.codes(subject).containsAll(Pairing.codes(object))) {
      object = otherThan(after, subject, object, Set.of("by"));
    }
    // "pulled its last staff out of the U.S. Embassy in Caracas": envoys withdrawn from their own embassy leave the
    // state it is in
    if (entry.type() == ActType.WITHDRAWAL_RELATIONS && !object.isEmpty() && !subject.isEmpty()
        && Pairing.codes(subject).containsAll(Pairing.codes(object))) {
      int k = object.get(object.size() - 1).to();
      List<Actor> in = Arguments.first(after, "in");
      if (k < args.view().tokens().size() && Regex.matches(args.view().tokens().get(k).norm(), "embassy|embassies")
          && !in.isEmpty() && in.get(0).from() > k) {
        object = in;
      }
    }
    // "troops from South Africa left the city of Goma": a gazetteer place right after a verb of leaving is in the
    // state left, and nothing named further on ("… and crossed into Rwanda") is
    Actor left = placeLeft(args, t, entry);
    if (left != null) object = List.of(left);
    // "each ordered four diplomats out, Lithuania and the Czech Republic three each": parties after a comma that
    // follows the act's own words are the next item of a list, not its object
    // ("expelled the diplomats of seven Latin American countries, including Argentina": an "including" names some
    // of the object)
    boolean including = !object.isEmpty() && object.get(0).from() > 0
        && tokens.get(object.get(0).from() - 1).is("including");
    if (!object.isEmpty() && object.get(0).from() > t.end() && args.view().preposition(object.get(0)) == null
        && !including) {
      for (int k = t.end(); k < object.get(0).from(); k++) {
        // ('revoked, "with immediate effect," an agreement': an aside's commas list nothing)
        int aside = Grammar.asideEnd(tokens, k);
        if (aside > 0) {
          k = aside;
          continue;
        }
        if (args.view().tokens().get(k).is(",")) {
          object = List.of();
          break;
        }
      }
    }
    // "ordered its staff to leave the country within 72 hours": what follows "to leave" is the place left, and
    // whoever is told to go stands before it (else it is the party just named, see Pairing.impliedTargets)
    if (!object.isEmpty() && object.get(0).from() >= t.end() && entry.type().category().equals("expulsion")
        && entry.frame() == Frame.AGENT && entry.pattern().size() > 1
        && entry.pattern().get(entry.pattern().size() - 1).equals("leave")) {
      object = List.of();
    }
    // "pulled the United States out of the nuclear deal with Iran": a subject that moves its own state acts on
    // what comes after
    // "pulled the country out of OPEC": "the country" moved by its own government is the subject's state, whatever
    // state the article is most about
    boolean ownCountry = !object.isEmpty() && object.get(0).kind() == ActorKind.COUNTRY && !subject.isEmpty();
    if (!object.isEmpty() && object.get(0).to() <= t.end() && (ownCountry
        || entry.pattern().contains("*") && Pairing.codes(subject).containsAll(Pairing.codes(object)))) {
      object = Arguments.firstExcept(args.after(t.end(), args.view().segmentOf(t.head()).to()), "by");
    }
    // "withdraw Sudan's embassy from Abu Dhabi": the owner of what is withdrawn withdraws it from the place
    if (!object.isEmpty() && args.possessor(object) && entry.type().category().equals("withdrawal")) {
      List<Actor> from = Arguments.firstOf(after, "from");
      if (!from.isEmpty()) {
        if (subject.isEmpty()) subject = object;
        object = from;
      }
    }
    // "opened Azerbaijan's first embassy in Israel": the owner of an embassy opens it in the place named
    if (!object.isEmpty() && args.possessor(object) && entry.objectClass().equals("EMBASSY")
        && entry.type() == ActType.COOPERATION_DIPLOMATIC) {
      List<Actor> in = Arguments.firstOf(after, "in");
      if (!in.isEmpty()) {
        if (subject.isEmpty()) subject = object;
        object = in;
      }
    }
    // "expelled two French journalists", "expelled 300 Nigerien migrants": private people are no state's envoys
    if (entry.objectClass().isEmpty() && entry.type().category().equals("expulsion")
        && privatePeopleNext(args.view().tokens(), t.end())) {
      return List.of();
    }
    // "threw out a case filed by Sudan": an expulsion named by its verb alone acts on its direct object only
    if (entry.objectClass().isEmpty() && entry.type().category().equals("expulsion") && !object.isEmpty()
        && object.get(0).from() > t.end() + 4) {
      object = List.of();
    }
    // "the then Home Secretary Priti Patel flew to Kigali and signed a partnership with Rwanda's foreign minister":
    // an official of no state named, in a story about two states, is of the one not acted on
    if (subject.isEmpty() && !t.passive() && (entry.type() == ActType.COOPERATION_VISIT
        || entry.type() == ActType.COOPERATION_AGREEMENT)) {
      subject = unnamedOfficial(args, pairing, t, Arguments.firstExcept(after, "by"));
    }
    Frame frame = entry.frame();
    if (frame == Frame.MUTUAL && entry.type() == ActType.COOPERATION_AGREEMENT) {
      List<Actor> parties = partiesOfTheAgreementBefore(args, t);
      if (parties.size() > 1) return pairing.mutual(parties, entry.type(), t);
    }
    if (frame == Frame.MUTUAL) {
      // "the Balikatan exercise conducted by the Philippines and the United States": a joint act whose agents are
      // listed after "by" is theirs alone
      if (t.passive() && Pairing.codes(byAgent).size() > 1 && jointActBefore(args, t)) {
        return pairing.mutual(byAgent, entry.type(), t);
      }
      List<Actor> first = t.passive() && !byAgent.isEmpty() ? byAgent : subject;
      // "pledged to broker peace in Ukraine": a place or a topic is no partner
      Set<String> notPartner = entry.type() == ActType.COOPERATION_MILITARY ? NOT_AN_ALLY : NOT_A_PARTNER;
      // "China invested $2 billion in Zambia": an economic act of one party in a state is with that state
      // (not an organisation's: "the IMF board signed off on the loan at a meeting in Washington")
      if (entry.type() == ActType.COOPERATION_ECONOMIC && Pairing.codes(subject).size() == 1
          && !parties.isOrganisation(Pairing.codes(subject).get(0))) {
        notPartner = new java.util.HashSet<>(notPartner);
        notPartner.remove("in");
        // ("pledged a $3 billion deposit for Pakistan": and the one the money is for)
        notPartner.remove("for");
      }
      // "receives $1.3 billion a year in US military aid": the state whose goods they are, after "in"
      if (notPartner.contains("in") && !entry.objectClass().isEmpty() && ownerOfGoodsAfterIn(args, entry, after)) {
        notPartner = new java.util.HashSet<>(notPartner);
        notPartner.remove("in");
      }
      List<Actor> partner = pairing.unnamedDestination(t, entry.type()) ? pairing.placeOfTheDestination(t)
          : patternArgument(args, t, after);
      if (partner.isEmpty() && !pairing.unnamedDestination(t, entry.type())) {
        partner = Arguments.firstExcept(after, notPartner.toArray(String[]::new));
      }
      // "provided helmets from its own stocks to Ukraine": the subject named again is no partner
      if (!partner.isEmpty() && partner.get(0).from() >= t.end() && fromItself(args, subject, partner)) {
        partner = otherThan(after, subject, partner, notPartner);
      }
      // "sent military advisers, drones and air defence systems, as well as Syrian fighters": a state named before
      // what is sent says whose it is, not where it goes ("sent Mali two helicopters" names the partner first)
      if (!partner.isEmpty() && Regex.matches(entry.head(), "send|dispatch|deploy") && !entry.objectClass().isEmpty()) {
        int goods = partner.get(partner.size() - 1).to();
        if (objects.find(entry.objectClass(), args.view().tokens(), goods, goods + 1) >= 0) partner = List.of();
      }
      // "Russian instructors are deployed in Mali", "…, where Russian instructors are deployed": troops posted
      // somewhere are with the state they are in
      // ("2,500 US troops remain in Iraq", "Tanzanian troops will stay on in Mozambique": troops that stay; not
      // those that hold "occupied parts of Ukraine")
      // "French soldiers are based in Chad": "bases" is as often the noun ("access to four more bases in …")
      if (entry.head().equals("base") && !t.passive()) return List.of();
      boolean staying = Regex.matches(entry.head(), "remain|stay");
      if (staying && occupied(args.view().tokens(), t.end())) return List.of();
      // ("Mali, where Russian instructors have worked alongside the army since 2021": troops at work where a "where"
      // clause stands are with that state)
      boolean alongside = entry.pattern().size() > 1 && entry.pattern().get(entry.pattern().size() - 1).equals("alongside");
      if (partner.isEmpty() && (t.passive() && Regex.matches(entry.head(), "deploy|station|base|post") || staying
          || alongside)) {
        // ("stationed near Ouagadougou": or near it)
        partner = Arguments.firstOf(after, "in", "near");
        // ("will remain in the northern Kurdish region … to support operations in neighbouring Syria": where they
        // stay is named right after the verb)
        if (staying && !partner.isEmpty() && partner.get(0).from() > t.end() + 4) partner = List.of();
        Segment clause = args.view().segmentOf(t.head());
        if (partner.isEmpty() && clause.kind() == Segment.Kind.RELATIVE
            && args.view().tokens().get(clause.from()).is("where")) {
          partner = args.antecedent(clause);
        }
      }
      // "signed agreements with Sayed Mortazavi, the Minister of Labour of Iran": a partner known by an office
      if (partner.isEmpty()) partner = args.officeAfter(t);
      // "Hifter's forces, backed by Egypt and the UAE": those who back a party not named as one back no one here;
      // an agreement "signed by A and B" binds its signatories
      if (t.passive() && !byAgent.isEmpty() && subject.isEmpty() && partner.isEmpty()
          && entry.type() != ActType.COOPERATION_AGREEMENT && entry.type() != ActType.ALLIANCE_FORMATION) {
        return List.of();
      }
      // "Russian instructors were deployed to Mali": a passive without its agent has its partner after the verb
      List<Actor> second = !t.passive() || subject.isEmpty() || byAgent.isEmpty() ? partner : subject;
      if (first == second) second = List.of();
      if (second.isEmpty() && !t.passive()) second = args.sharedObject(t);
      // "signed a mutual defence pact, the Liptako-Gourma Charter, with Burkina Faso and Niger"
      if (second.isEmpty() && !t.passive()) second = args.partnerPastAside(t);
      if (second.isEmpty() && !t.passive() && entry.type() == ActType.COOPERATION_DIPLOMATIC) {
        second = args.subjectOfRelativeAfter(t);
      }
      // "was in Rabat, where he signed agreements on aviation": what a visitor signs there is with the host
      // (one party's act: "where the two leaders agreed" is among them, the host only the venue)
      if (second.isEmpty() && Pairing.codes(first).size() == 1 && !t.passive()
          && entry.type() != ActType.COOPERATION_VISIT) {
        second = hostOfWhere(args, t, first);
      }
      // "Hegseth and Public Security Minister Frank Abrego signed", "signed a declaration with Canal Affairs
      // Minister Jose Ramon Icaza": an official the dictionary does not know, beside one of a state, is of the
      // other state the story is about
      if (second.isEmpty() && !first.isEmpty() && !t.passive()) second = officialBeside(args, pairing, t, first);
      // "Lavrov held talks in Nairobi": talks of one party in a state named right after are hosted by it
      if (second.isEmpty() && !first.isEmpty() && !t.passive() && entry.type() == ActType.COOPERATION_VISIT) {
        List<Actor> in = Arguments.first(after, "in");
        if (!in.isEmpty() && in.get(0).from() <= t.end() + 4 && !Pairing.codes(first).containsAll(Pairing.codes(in))) {
          second = in;
        }
      }
      // "Kenya deployed troops to Goma", "Kenyan troops deployed to Goma": the state of the place they went to
      if (second.isEmpty() && !first.isEmpty() && entry.type() == ActType.COOPERATION_MILITARY && !t.passive()
          && Regex.matches(entry.head(), "deploy|station|send|dispatch")) {
        second = placeSentTo(args, t, Pairing.codes(first));
      }
      // "EU ministers agreed on a package, and US President Joe Biden was due to announce …": a party past a
      // comma's "and" opens a clause of its own
      if (!second.isEmpty() && second.get(0).from() >= t.end()
          && clauseBetween(args.view().tokens(), t.end(), second.get(0))) {
        second = List.of();
      }
      // "Benin and the Bahamas pledged personnel": some acts need a partner named as such
      if (second.isEmpty() && entry.pattern().size() == 1 && words.is(WordClass.NEEDS_PARTNER, entry.head())) {
        return List.of();
      }
      // "France and the G5 Sahel agreed to create a coalition that will bring together the five countries": parties
      // that agree among themselves are bound; what their infinitive's verb names is no side
      // ("Bahrain and Kuwait signed memorandums to become dialogue partners of the SCO": but an organisation they
      // sign to join is the other side of each)
      if (Pairing.codes(first).size() > 1 && !second.isEmpty() && afterAnInfinitive(args, t, second.get(0))
          && !Pairing.codes(first).containsAll(Pairing.codes(second)) && !signedToJoin(args, t, second.get(0))) {
        second = List.of();
      }
      // "The European Union and the five Central Asian states -- Kazakhstan, Kyrgyzstan, … -- agreed": a list that
      // spells out a group of the subject is no other side
      Set<String> group = Pairing.groupCodes(first);
      if (!second.isEmpty() && group.containsAll(Pairing.codes(second))
          && first.stream().anyMatch(a -> !group.containsAll(a.codes()))) {
        return pairing.groupWithOthers(first, entry.type(), t);
      }
      // "the leaders of South Korea and the five Central Asian nations had agreed": a group beside another party is
      // one side with it too, with no list after (an alliance binds all it names)
      if (second.isEmpty() && !group.isEmpty() && entry.type() != ActType.ALLIANCE_FORMATION
          && first.stream().anyMatch(a -> !group.containsAll(a.codes()))) {
        return pairing.groupWithOthers(first, entry.type(), t);
      }
      // "Baykar supplied drones to Burkina Faso, Mali and Niger": the supplier with each buyer, not the buyers
      // with each other; an alliance binds everyone it names
      if (!first.isEmpty() && !second.isEmpty() && entry.type() != ActType.ALLIANCE_FORMATION) {
        // "Israel, Egypt and the EU signed a memorandum to send more Israeli gas": a party named bare after the act
        // that is among the subject's own adds no side, and every pair of the subject's parties is bound
        List<String> firstCodes = Pairing.codes(first);
        if (firstCodes.size() > 1 && Pairing.codes(second).size() == 1 && firstCodes.containsAll(Pairing.codes(second))
            && args.view().preposition(second.get(0)) == null) {
          return pairing.mutual(first, entry.type(), t);
        }
        return Pairing.between(first, second, entry.type(), t);
      }
      // "agreed to open membership negotiations with North Macedonia and Albania": parties listed after "with"
      // are partners of someone unnamed, not of each other
      // "agreed to form a liaison committee of Jordan, Iraq and Egypt": nor are the members of what is formed
      if (first.isEmpty() && Pairing.codes(second).size() > 1 && second.get(0).from() > 0
          && Regex.matches(args.view().tokens().get(second.get(0).from() - 1).norm(), "with|of")) {
        return List.of();
      }
      // "Togo and Ghana strengthened their ties with the Sahel states": the partner is unnamed, not each other
      if (second.isEmpty() && args.unnamedPartner(t)) return List.of();
      List<Actor> all = new ArrayList<>(first);
      all.addAll(second);
      return pairing.mutual(all, entry.type(), t);
    }
    if (frame == Frame.HOST && entry.pattern().get(entry.pattern().size() - 1).equals("before")) {
      // "was sworn in before heads of state including Kenya's Ruto": those before whom it happened are the guests
      // of the one sworn in
      int end = args.view().segmentOf(t.head()).to();
      List<Actor> guests = args.view().actors().stream().filter(a -> a.from() >= t.end() && a.to() <= end).toList();
      return pairing.directed(guests, subject, entry.type(), t);
    }
    if (frame == Frame.HOST) {
      // "Tiani received the delegation" / "the delegation was received in Niamey by Tiani"
      List<Actor> host = t.passive() ? (byAgent.isEmpty() ? Arguments.first(after, "in") : byAgent) : subject;
      // "Sweden was admitted to NATO", "Indonesia was accepted into BRICS": the organisation one is admitted to
      if (host.isEmpty() && t.passive() && entry.type() == ActType.ALLIANCE_ACCESSION) {
        host = Arguments.firstOf(after, "to");
        if (host.isEmpty()) host = Arguments.firstOf(after, "into");
      }
      // "received military honours from both armies": a guest is received directly, not something from someone
      List<Actor> guest = t.passive() ? subject : possessedThingAfter(args, t) ? List.of() : args.guest(after);
      // "accepted the credentials of the new Afghan ambassador": the envoy's state is the guest
      // ("took back control of the French base": the base's owner hands it over)
      if (guest.isEmpty() && !t.passive() && Regex.matches(entry.pattern().get(entry.pattern().size() - 1),
          "credential|of")) {
        guest = Arguments.first(after, "of");
      }
      if (t.passive() && !guest.isEmpty()) guest = withFellowGuests(args, t, guest);
      // "told a Malian delegation, which he received in Algiers": a relative clause with a subject of its own
      // receives the noun it describes
      // ("Mali and Burkina Faso, whose leaders received him": a "whose" clause's subject is the noun itself)
      Segment clause = args.view().segmentOf(t.head());
      if (guest.isEmpty() && !t.passive() && relativeWithItsOwnSubject(args, t)
          && Regex.matches(args.view().tokens().get(clause.from()).norm(), "which|whom|that")) {
        guest = args.antecedent(clause);
      }
      return pairing.directed(guest, host, entry.type(), t);
    }
    if (frame == Frame.ULTIMATUM) {
      return pairing.directed(object, args.nearestBefore(t.head()), entry.type(), t);
    }
    // "Latvia's own ambassador would be withdrawn from Moscow", "French troops were pulled out of Mali": in a
    // passive withdrawal without its agent the subject's party withdraws from the place named
    // ("Turkey was removed from the U.S. F-35 programme": one removed from something does not withdraw)
    if (t.passive() && byAgent.isEmpty() && entry.type().category().equals("withdrawal") && !subject.isEmpty()
        && !Regex.matches(entry.head(), "remove|drop|expel")) {
      List<Actor> place = Arguments.firstOf(after, "from", "of");
      if (!place.isEmpty()) return pairing.directed(subject, place, entry.type(), t);
      // "Algeria's ambassador to France was recalled": the envoy's state recalls him from where he is posted
      List<Actor> postedTo = postedTo(args, t);
      if (!postedTo.isEmpty()) {
        List<String> post = Pairing.codes(postedTo);
        List<Actor> sender = subject.stream().filter(a -> a.to() <= postedTo.get(0).from()
            && a.codes().stream().noneMatch(post::contains)).toList();
        return pairing.directed(sender, postedTo, entry.type(), t);
      }
    }
    if (t.passive()) {
      List<Actor> actor = !byAgent.isEmpty() ? byAgent : Arguments.firstOf(after, "from", "of");
      // "Qatari diplomats were given 48 hours to leave Riyadh, Abu Dhabi and Manama": the places left expel them
      if (actor.isEmpty() && entry.type().category().equals("expulsion")
          && entry.pattern().get(entry.pattern().size() - 1).equals("leave")) {
        actor = args.after(t.end(), args.view().segmentOf(t.head()).to()).stream().findFirst()
            .filter(g -> g.preposition() == null).map(Arguments.Group::actors).orElse(List.of());
      }
      if (actor.isEmpty() && entry.type() == ActType.WITHDRAWAL_FORCES) {
        // "the French bases have been handed over to the Chadian army": the owner named in the subject leaves
        return pairing.directed(subject, Arguments.firstOf(after, "to", "in"), entry.type(), t);
      }
      // "military cooperation agreements with France were revoked": the partner of an agreement ended
      if (actor.isEmpty() && entry.type() == ActType.WITHDRAWAL_AGREEMENT) {
        List<Actor> partner = args.view().actors().stream().filter(a -> a.from() < t.head()
            && !args.view().ignored(a) && "with".equals(args.view().preposition(a))
            && args.view().segmentOf(a.from()).equals(args.view().segmentOf(t.head()))).limit(1).toList();
        // the one who says so ("Niger's junta said …"), else the state the article is about, ended it
        if (!partner.isEmpty()) {
          List<String> partnerCodes = Pairing.codes(partner);
          List<Actor> ender = subject.stream().filter(a -> a.codes().stream().noneMatch(partnerCodes::contains))
              .toList();
          return pairing.directed(ender, partner, entry.type(), t);
        }
      }
      // "French troops were forced out of Mali": without a "by", they left the place that expelled them
      if (byAgent.isEmpty() && entry.type() == ActType.EXPULSION_FORCES
          && FORCED_OUT.contains(args.view().tokens().get(t.head()).norm())) {
        List<Interaction> both = new ArrayList<>(pairing.directed(actor, subject, entry.type(), t));
        both.addAll(pairing.directed(subject, actor, ActType.WITHDRAWAL_FORCES, t));
        return both;
      }
      // "was expelled from Niger": without a "by", only a "from" party can be the actor
      return pairing.directed(actor, subject, entry.type(), t);
    }
    // "relations, which Khartoum had severed in 2016 in solidarity with Saudi Arabia": an act whose object is the
    // noun a relative clause describes is with the other party of the clause it hangs on (Pairing)
    // ("Burkina Faso, which gave French troops a month to leave": not when the relative pronoun is the subject)
    Segment segment = args.view().segmentOf(t.head());
    if (segment.kind() == Segment.Kind.RELATIVE && t.reach() == t.end() && !entry.objectClass().isEmpty()
        && !entry.noun() && !t.passive() && !args.subjectWithin(segment, t.head()).isEmpty()) {
      object = List.of();
    }
    // "MINUSMA, which Mali's junta ordered out": the relative clause has its own subject, so its antecedent is
    // the object
    if (object.isEmpty() && relativeWithItsOwnSubject(args, t)) {
      object = args.antecedent(args.view().segmentOf(t.head()));
      // "he restored relations with Venezuela, which Maduro had broken off": relations its own state broke off
      // were with the other party of the clause the relative hangs on
      if (!object.isEmpty() && !subject.isEmpty() && Pairing.codes(subject).containsAll(Pairing.codes(object))
          && entry.type() == ActType.WITHDRAWAL_RELATIONS) {
        object = pairing.lastOtherBetween(0, args.view().segmentOf(t.head()).from(), Pairing.codes(subject));
      }
    }
    // "The presidents of Kenya and Ethiopia met on Tuesday": a meeting among the subject's parties
    if (object.isEmpty() && Pairing.codes(subject).size() > 1 && entry.type() == ActType.COOPERATION_VISIT
        && words.is(WordClass.MEETING, entry.head())) {
      return pairing.mutual(subject, entry.type(), t);
    }
    // two parties expel each other's diplomats; three or more act together against someone else
    // ("Bamako and Algiers recalled their ambassadors in a dispute over Algeria's contacts": a party of what the
    // dispute is over is no one acted on)
    if (!object.isEmpty() && Pairing.codes(subject).size() == 2 && reciprocal(entry.type())
        && Regex.matches(String.valueOf(args.view().preposition(object.get(0))), "over|about|amid|regarding")) {
      object = List.of();
    }
    if (object.isEmpty() && Pairing.codes(subject).size() == 2 && reciprocal(entry.type())) {
      return pairing.reciprocal(subject, entry.type(), t);
    }
    // "Turkey and Egypt appointed ambassadors to each other": what two parties do "to each other" each does
    if (object.isEmpty() && Pairing.codes(subject).size() == 2 && eachOtherAfter(args.view().tokens(), t.end())) {
      return pairing.reciprocal(subject, entry.type(), t);
    }
    // "expelled India's high commissioner, downgraded diplomatic ties and suspended trade": a break in a list of
    // verbs is with the party the verb before acted on
    if (object.isEmpty() && !subject.isEmpty() && (entry.type() == ActType.WITHDRAWAL_RELATIONS
        || entry.type() == ActType.WITHDRAWAL_AGREEMENT)) {
      List<Actor> shared = args.sharedObject(t, true);
      if (!Pairing.codes(subject).containsAll(Pairing.codes(shared))) object = shared;
    }
    // "expelled Pavan Kumar Rai, whom it identified as the head of Indian intelligence in Canada": a person the
    // dictionary does not know is of the party the words set beside the name give
    if (object.isEmpty() && !subject.isEmpty() && entry.type().category().equals("expulsion") && !t.passive()) {
      object = args.describedPersonAfter(t, Pairing.codes(subject));
    }
    return pairing.directed(subject, object, entry.type(), t);
  }

  /**
   * "Indonesia welcomed on Tuesday its admission as a member of the BRICS group": what is welcomed is a thing of
   * the subject's own, not a guest; a party further on is no guest either.
   */
  private boolean possessedThingAfter(Arguments args, Trigger t) {
    List<Token> tokens = args.view().tokens();
    int k = t.end();
    while (k < tokens.size() && (org.entente.date.MonthNames.isCalendarWord(tokens.get(k))
        || Regex.matches(tokens.get(k).norm(), "on|also|formally|warmly"))) {
      k++;
    }
    return k + 1 < tokens.size() && Regex.matches(tokens.get(k).norm(), "its|their|his|her|our")
        && !args.view().inActor(k + 1) && !args.view().roleWord(tokens.get(k + 1).norm());
  }

  /** The official heading the trigger's clause, as one of the article's two states; empty when there is none. */
  private static List<Actor> unnamedOfficial(Arguments args, Pairing pairing, Trigger t, List<Actor> actedOn) {
    Segment segment = args.view().segmentOf(t.head());
    List<Token> tokens = args.view().tokens();
    int official = -1;
    for (int k = segment.from(); k < t.head(); k++) {
      if (args.view().inActor(k)) return List.of();
      String w = tokens.get(k).norm();
      if (OFFICIALS.contains(w)) official = k;
      // only a title and a name head the clause: "the then Home Secretary Priti Patel", "Ms Patel's successor
      // James Cleverly"; what follows them ("flew to Kigali and signed") is the clause's own
      boolean titleWord = tokens.get(k).isCapitalised() || official == k || Regex.matches(w,
          "the|then|former|'s|when|as|after|,|later|also|foreign|interior|home|defence|defense|finance|trade");
      if (!titleWord) {
        // ("The defence minister encouraged the forces to use the equipment to meet …" heads no act that far on)
        if (t.head() - k > 8) return List.of();
        break;
      }
    }
    if (official < 0 || actedOn.isEmpty()) return List.of();
    return officialOfTheOtherState(pairing, tokens, official, actedOn);
  }

  /** The official at {@code official} as one of the article's two states, the one not {@code actedOn}; or none. */
  private static List<Actor> officialOfTheOtherState(Pairing pairing, List<Token> tokens, int official,
      List<Actor> actedOn) {
    String state = pairing.otherDominantState(Pairing.codes(actedOn));
    if (state == null) return List.of();
    return List.of(new Actor(official, official + 1, List.of(state), tokens.get(official).text(), ActorKind.RULER));
  }

  private static List<Actor> officialBeside(Arguments args, Pairing pairing, Trigger t, List<Actor> first) {
    List<Token> tokens = args.view().tokens();
    Segment segment = args.view().segmentOf(t.head());
    int official = -1;
    // after the act: "with" and a title
    for (int k = t.end(); k < Math.min(segment.to(), t.end() + 6) && official < 0; k++) {
      if (!tokens.get(k).is("with")) continue;
      for (int j = k + 1; j < Math.min(segment.to(), k + 5) && !args.view().inActor(j); j++) {
        if (OFFICIALS.contains(tokens.get(j).norm())) official = j;
        if (!tokens.get(j).isCapitalised() && official < 0) break;
      }
    }
    // before it: the subject's party "and" a title
    int last = first.get(first.size() - 1).to();
    if (official < 0 && last < t.head() && tokens.get(last).is("and")) {
      for (int j = last + 1; j < t.head() && !args.view().inActor(j); j++) {
        if (OFFICIALS.contains(tokens.get(j).norm())) official = j;
        if (!tokens.get(j).isCapitalised()) break;
      }
    }
    return official < 0 ? List.of() : officialOfTheOtherState(pairing, tokens, official, first);
  }

  /** Whether the trigger stands in a relative clause with a subject of its own ("MINUSMA, which the junta …"). */
  private static boolean relativeWithItsOwnSubject(Arguments args, Trigger t) {
    Segment clause = args.view().segmentOf(t.head());
    return clause.kind() == Segment.Kind.RELATIVE && !args.subjectWithin(clause, t.head()).isEmpty();
  }

  private static Actor placeLeft(Arguments args, Trigger t, ActEntry entry) {
    if (entry.type() != ActType.WITHDRAWAL_FORCES || t.passive() || entry.pattern().size() != 1
        || !Regex.matches(entry.head(), "leave|quit|depart|exit")) {
      return null;
    }
    List<Token> tokens = args.view().tokens();
    for (Actor place : args.view().localities()) {
      if (place.from() < t.end()) continue;
      for (int k = t.end(); k < place.from(); k++) {
        String w = tokens.get(k).norm();
        if (!PlacePhrase.MODIFIERS.contains(w) && !PlacePhrase.NOUNS.contains(w)) return null;
      }
      return place;
    }
    return null;
  }

  /**
   * "relied on Russian mercenaries", "withdrew from ECOWAS": the group right after a pattern that ends in a
   * preposition is the trigger's own argument, whatever that preposition.
   */
  private static List<Actor> patternArgument(Arguments args, Trigger t, List<Arguments.Group> after) {
    String last = args.view().tokens().get(t.end() - 1).norm();
    if (!org.entente.text.Grammar.PREPOSITIONS.contains(last)) return List.of();
    for (Arguments.Group g : after) {
      if (g.actors().get(0).from() <= t.end() + 3 && last.equals(g.preposition())) return g.actors();
    }
    return List.of();
  }

  /**
   * "Niger asked Washington to pull its soldiers out", "Bamako demanded that Denmark withdraw its forces": a
   * withdrawal demanded of a party is the demanding party's expulsion of it; null when no one demands it.
   */
  private List<Interaction> demanded(Arguments args, Pairing pairing, Trigger t, ActEntry entry) {
    ActType expulsion = entry.type() == ActType.WITHDRAWAL_FORCES ? ActType.EXPULSION_FORCES
        : entry.type() == ActType.WITHDRAWAL_RELATIONS ? ActType.EXPULSION_DIPLOMAT : null;
    if (expulsion == null) return null;
    List<Token> tokens = args.view().tokens();
    // ("called on Rwanda to stop … and to withdraw its forces": the demand governs both)
    int verb = t.head() > 0 && tokens.get(t.head() - 1).is("to")
        ? Grammar.firstJoinedInfinitive(tokens, t.head() - 1) + 1 : t.head();
    for (int d = verb - 2; d >= Math.max(0, verb - 8); d--) {
      if (!words.is(WordClass.DEMANDING, tokens.get(d).norm())) continue;
      // ("demanded late last year that France withdraw its troops": a date may stand before the "that")
      boolean that = false;
      for (int k = d + 1; k < Math.min(t.head(), d + 5) && !that && !args.view().inActor(k); k++) {
        that = tokens.get(k).is("that");
      }
      // ("calling on France to withdraw its troops, cut ties": the infinitive's "to" stands right before its verb)
      boolean infinitive = tokens.get(t.head() - 1).is("to")
          || t.head() - 2 > d && tokens.get(t.head() - 2).is("to") && !tokens.get(t.head() - 1).isPunctuation();
      if (!that && !infinitive) return null;
      // "voted for a resolution calling on Russia to withdraw its troops": a text that demands it is no party, and
      // what it demands is not done
      if (d > 0 && tokens.get(d).norm().endsWith("ing") && !args.view().inActor(d - 1)
          && Regex.matches(tokens.get(d - 1).norm(), "[a-z]+") && !Grammar.BE.contains(tokens.get(d - 1).norm())
          && !Regex.matches(tokens.get(d - 1).norm(), "and|also|then|while|after|by|before|without")) {
        return List.of();
      }
      int from = d;
      List<Actor> demandedOf = args.view().actors().stream()
          .filter(a -> a.from() > from && a.to() <= t.head() && !args.view().ignored(a)).limit(1).toList();
      List<Actor> demanding = args.subject(d);
      if (demandedOf.isEmpty() || demanding.isEmpty()) return null;
      // "the United States called on Kigali to pull its forces out of Congolese territory": a demand that another
      // state leave a third is no act of the one demanding
      List<Actor> left = Arguments.firstOf(args.after(t.head() + 1, args.view().segmentOf(t.head()).to()),
          "from", "of");
      if (!left.isEmpty() && java.util.Collections.disjoint(Pairing.codes(left), Pairing.codes(demanding))) {
        return List.of();
      }
      return pairing.directed(demanding, demandedOf, expulsion, t);
    }
    return null;
  }

  /** Whether "each other" or "one another" follows within a few words of token {@code from}. */
  private static boolean eachOtherAfter(List<Token> tokens, int from) {
    for (int k = from; k + 1 < Math.min(tokens.size(), from + 6); k++) {
      if (tokens.get(k).isPunctuation()) return false;
      if (tokens.get(k).is("each") && tokens.get(k + 1).is("other")
          || tokens.get(k).is("one") && tokens.get(k + 1).is("another")) {
        return true;
      }
    }
    return false;
  }

  /** Acts two parties commonly do to each other at once: "Germany and Russia expelled dozens of diplomats". */
  private static boolean reciprocal(ActType type) {
    return type == ActType.EXPULSION_DIPLOMAT || type == ActType.WITHDRAWAL_RELATIONS;
  }

  /**
   * "Putin joined the leaders of Belarus, Kyrgyzstan and Tajikistan at the CSTO summit hosted by Tokayev": the
   * states named between the guest and the meeting a participle says was hosted are its guests too.
   */
  private List<Actor> withFellowGuests(Arguments args, Trigger t, List<Actor> guest) {
    List<Token> tokens = args.view().tokens();
    int meeting = t.head() - 1;
    if (meeting < 1 || !Regex.matches(tokens.get(meeting).norm(), "summit|meeting|conference|forum|talks")) {
      return guest;
    }
    Segment clause = args.view().segmentOf(t.head());
    int after = guest.get(guest.size() - 1).to();
    List<Actor> all = new ArrayList<>(guest);
    for (Actor a : args.view().actors()) {
      boolean between = a.from() >= Math.max(after, clause.from()) && a.to() <= meeting;
      if (between && a.explicit() && !args.view().ignored(a) && a.codes().stream().noneMatch(parties::isOrganisation)) {
        all.add(a);
      }
    }
    return all;
  }

  /** "the exercise conducted by", "the accord signed by": the participle follows the joint act it is about. */
  private boolean jointActBefore(Arguments args, Trigger t) {
    List<Token> tokens = args.view().tokens();
    int from = Math.max(0, t.head() - 3);
    return objects.find("MILITARY_COOPERATION", tokens, from, t.head()) == t.head()
        || objects.find("AGREEMENT", tokens, from, t.head()) == t.head()
        || t.head() > 0 && Regex.matches(tokens.get(t.head() - 1).norm(), "exercises?|drills?|manoeuvres|maneuvers");
  }

  /** Whether an infinitive ("to create") stands between the trigger and {@code a}, with no "with" after it. */
  private static boolean afterAnInfinitive(Arguments args, Trigger t, Actor a) {
    List<Token> tokens = args.view().tokens();
    boolean infinitive = false;
    for (int k = t.end(); k < a.from(); k++) {
      // ("sent troops to the Central African Republic", "to eastern Congo": "to" before a noun is no infinitive)
      if (tokens.get(k).is("to") && k + 1 < a.from() && Regex.matches(tokens.get(k + 1).norm(), "[a-z]+")
          && !Grammar.DETERMINERS.contains(tokens.get(k + 1).norm()) && !tokens.get(k + 1).isCapitalised()
          && !Grammar.narrowsPlace(tokens.get(k + 1).norm())) {
        infinitive = true;
      }
      if (tokens.get(k).is("with")) return false;
    }
    return infinitive;
  }

  /** The state of the place a "where" clause holding {@code t} hangs from, when it is not the subject's own. */
  private static List<Actor> hostOfWhere(Arguments args, Trigger t, List<Actor> subject) {
    Segment clause = args.view().segmentOf(t.head());
    if (clause.kind() != Segment.Kind.RELATIVE || !args.view().tokens().get(clause.from()).is("where")) {
      return List.of();
    }
    List<Actor> place = args.antecedent(clause);
    return Pairing.codes(subject).containsAll(Pairing.codes(place)) ? List.of() : place;
  }

  /**
   * Whether the party at {@code partner} opens a clause of its own after the act: ", and US President Joe Biden was
   * due to …" (not "the Minister of Cooperatives, Labor, and Social Welfare of Iran", nor "by Parmelin, then economy
   * minister, and Britain's trade secretary").
   */
  private static boolean clauseBetween(List<Token> tokens, int from, Actor partner) {
    int and = -1;
    for (int k = Math.max(1, from); k < partner.from(); k++) {
      if (Regex.matches(tokens.get(k).norm(), "and|but") && tokens.get(k - 1).is(",")) and = k;
    }
    if (and < 0 || partner.from() - and > 4) return false;
    int k = partner.to();
    while (k < tokens.size() && tokens.get(k).isCapitalised()) k++;
    return k < tokens.size() && Regex.matches(tokens.get(k).norm(), "was|were|is|are|has|have|had|will|would|said"
        + "|says|did|announced|[a-z]+ed");
  }

  /** "signed protocols to join NATO", "to become dialogue partners of the SCO": an organisation signed up to. */
  private boolean signedToJoin(Arguments args, Trigger t, Actor a) {
    if (a.codes().size() != 1 || !parties.isOrganisation(a.codes().get(0))) return false;
    List<Token> tokens = args.view().tokens();
    for (int k = t.end(); k + 1 < a.from(); k++) {
      if (tokens.get(k).is("to") && Regex.matches(tokens.get(k + 1).norm(), "join|become")) return true;
    }
    return false;
  }

  /**
   * "Russia's new ambassador to Libya, Aydar Aganin, presented his credentials to the head of the Presidential
   * Council": the state an envoy is posted to receives his credentials, and it is not his sender. Null when the
   * subject names no posting.
   */
  private List<Interaction> presentedWherePosted(Arguments args, Pairing pairing, Trigger t, ActEntry entry,
      List<Actor> subject, List<Arguments.Group> after) {
    List<Token> tokens = args.view().tokens();
    List<Actor> posted = new ArrayList<>();
    for (Actor a : args.view().actors()) {
      if (a.to() <= t.head() && !args.view().ignored(a) && postingAt(tokens, a) > 0) posted.add(a);
    }
    if (posted.isEmpty()) return null;
    List<String> post = Pairing.codes(posted);
    List<Actor> sender = subject.stream().filter(a -> a.codes().stream().noneMatch(post::contains)).toList();
    List<Actor> receiver = Arguments.firstOf(after, "to");
    return pairing.directed(sender, receiver.isEmpty() ? posted : receiver, entry.type(), t);
  }

  /** The state after "ambassador to" in the passive subject of {@code t}: "its ambassador to France was recalled". */
  private List<Actor> postedTo(Arguments args, Trigger t) {
    List<Token> tokens = args.view().tokens();
    Segment clause = args.view().segmentOf(t.head());
    for (Actor a : args.view().actors()) {
      boolean posted = a.to() < t.head() && postingAt(tokens, a) > clause.from();
      if (posted && !args.view().ignored(a)) return List.of(a);
    }
    return List.of();
  }

  /** The "to" of "ambassador to (the)" right before {@code a}, naming where an envoy is posted, or -1. */
  private int postingAt(List<Token> tokens, Actor a) {
    int to = a.from() - 1;
    while (to > 0 && tokens.get(to).is("the")) to--;
    return to > 0 && tokens.get(to).is("to") && objects.find("DIPLOMAT", tokens, to - 1, to) == to ? to : -1;
  }

  /** The party right before the comma that opens the participle at the trigger ("Belgrade, backed by"), or none. */
  private static List<Actor> describedBefore(Arguments args, Trigger t) {
    int comma = t.head() - 1;
    if (comma < 1 || !args.view().tokens().get(comma).is(",")) return List.of();
    Actor before = args.view().actorEndingAt(comma);
    return before == null || args.view().ignored(before) ? List.of() : List.of(before);
  }

  /** The object right after {@code from} ("two French journalists") names private people. */
  private boolean privatePeopleNext(List<Token> tokens, int from) {
    for (int k = from; k < Math.min(tokens.size(), from + 5); k++) {
      if (words.is(WordClass.PRIVATE_PEOPLE, tokens.get(k).norm())) return true;
      if (tokens.get(k).isPunctuation() && !tokens.get(k).is("-")) return false;
    }
    return false;
  }

  /** "remain in occupied parts of Ukraine": troops that hold ground taken from the state they are in. */
  private static boolean occupied(List<Token> tokens, int from) {
    for (int k = from; k < Math.min(tokens.size(), from + 5); k++) {
      if (Regex.matches(tokens.get(k).norm(), "occupied|occupying|captured|seized|annexed|invaded")) return true;
    }
    return false;
  }

  /** Whether the first "in" phrase after an act names a state right before its object ("in US military aid"). */
  private boolean ownerOfGoodsAfterIn(Arguments args, ActEntry entry, List<Arguments.Group> after) {
    for (Arguments.Group g : after) {
      if (!"in".equals(g.preposition())) continue;
      int end = g.actors().get(g.actors().size() - 1).to();
      return objects.find(entry.objectClass(), args.view().tokens(), end, Math.min(args.view().tokens().size(),
          end + 3)) >= 0;
    }
    return false;
  }

}
