package org.entente.coding;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.entente.act.ActEntry;
import org.entente.act.ActLexicon;
import org.entente.act.ActType;
import org.entente.act.Frame;
import org.entente.act.Trigger;
import org.entente.act.WordClasses;
import org.entente.dictionary.NewsWords;
import org.entente.dictionary.NewsWords.WordClass;
import org.entente.party.Memberships;
import org.entente.party.PartyDictionary;
import org.entente.text.Grammar;
import org.entente.text.Regex;
import org.entente.text.Token;
import org.entente.text.WordSet;

/**
 * Adds the interactions: for each trigger read as an act, who acted on whom. A verb's roles are its subject and
 * the groups of parties after it with their prepositions (in the passive, its "by" agent); a noun's are the
 * parties before it and its "of", "by", "between" and "to" phrases ({@link Arguments}). The lexicon row's frame
 * says which role is the source ({@link Frame}); {@link Pairing} makes the pairs. The trigger's rows are tried in
 * order and the first that yields a well-formed interaction is kept (an accession needs an organisation to join,
 * a troop withdrawal a state to leave). Also adds the subject of the sentence's first main clause, which a "They"
 * in the next sentence may stand for.
 */
final class RoleStage implements SentenceStage {
  /** How far after a noun trigger its phrases may reach. */
  private static final int NOUN_REACH = 24;
  /** Prepositions that introduce a place or a topic, never a partner in an undirected act. */
  private static final Set<String> NOT_A_PARTNER = WordSet.of("in", "at", "on", "about", "over", "against", "for",
      "during", "since", "after", "before", "amid", "by", "across", "throughout", "around", "near");
  /** What one joins that is no body: a statement, calls, a boycott. */
  private static final String JOINED_WORDS = "statements?|calls?|appeals?|letters?|chorus|condemnations?|criticism"
      + "|protests?|boycotts?|declarations?";
  /** What one takes part in that is no meeting of states: protests and fighting. */
  private static final String NO_OCCASION = "demonstrations?|protests?|rall(y|ies)|marche?s|riots?|fighting|clashes"
      + "|attacks?|battles?|hostilities|offensives?|coups?|uprisings?|elections?|strikes?";
  /** Participles whose "by" names those who saw, hosted or brokered an act, not those who did it. */
  private static final String WITNESSING =
      "witnessed|attended|observed|hosted|chaired|brokered|mediated|facilitated|overseen|presided";
  /** "sent troops into Ukraine": an invasion, no military cooperation. */
  private static final Set<String> NOT_AN_ALLY = WordSet.of("in", "at", "on", "about", "over", "against",
      "during", "since", "after", "before", "amid", "by", "into", "across", "throughout", "around", "near");

  private final PartyDictionary parties;
  private final NewsWords words;
  private final Memberships memberships;

  private final WordClasses objects;

  RoleStage(PartyDictionary parties, NewsWords words, Memberships memberships, WordClasses objects) {
    this.parties = parties;
    this.words = words;
    this.memberships = memberships;
    this.objects = objects;
  }

  @Override
  public SentenceAnnotation annotate(SentenceAnnotation sentence, ArticleAnnotation article, Discourse discourse) {
    Arguments args = new Arguments(sentence.view(words), sentence.dates());
    Pairing pairing = new Pairing(args, article.salience(), discourse.lastLeft(ActType.WITHDRAWAL_FORCES));
    List<Interaction> found = new ArrayList<>();
    for (TriggerReading r : sentence.readings()) {
      if (!r.act() || purposeOfATrip(args, sentence.readings(), r)) continue;
      Interaction last = found.isEmpty() ? discourse.lastAct() : found.get(found.size() - 1);
      boolean presence = r.entries().get(0).head().equals("presence");
      List<Interaction> own = presence ? inThePresenceOf(args, r, discourse.scene())
          : countryPulledOut(args, r, last, discourse, article.salience());
      if (own.isEmpty() && !presence) own = interactions(args, pairing, r);
      // "… expelled Russian diplomats. Estonia and Latvia expelled one each": after an act on a third party, two
      // parties acting alike act on it, not on each other
      if (own.isEmpty() || amongThemselves(own)) {
        List<Interaction> parallel = parallelTarget(args, r, last);
        if (own.isEmpty() || !parallel.isEmpty()) own = parallel;
      }
      own = notAmongAttendees(sentence.readings(), r, own);
      if (own.isEmpty()) own = namedAmongThem(args, r);
      if (own.isEmpty()) own = atTheScene(args, r, discourse.scene());
      if (own.isEmpty()) own = embassyAtTheScene(args, r, discourse.scene());
      own = notLeftWith(args, own);
      if (own.isEmpty()) own = leftTheSamePlace(args, r, discourse);
      if (own.isEmpty()) own = leftOrJoinedTheBloc(args, r, last, discourse.salientOrganisation(article.salience()));
      found.addAll(onwardStops(args, r, companions(args, r, own)));
    }
    found.addAll(found.isEmpty() ? followers(args, discourse.lastAct(), true)
        : followers(args, found.get(found.size() - 1), false));
    found = gapped(args, found);
    // "Orban blocked the package at a summit in Brussels": a member state at its own organisation's meeting
    // sits at the table as a member, it does not visit
    found.removeIf(i -> i.type() == ActType.COOPERATION_VISIT && parties.isOrganisation(i.target().code())
        && memberships.members(i.target().code(), article.published()).contains(i.source().code()));
    // "on the sidelines of a Group of 20 summit in New Delhi": the organisation whose summit it is goes nowhere
    List<Token> tokens = sentence.sentence().tokens();
    found.removeIf(i -> i.type() == ActType.COOPERATION_VISIT && parties.isOrganisation(i.source().code())
        && i.source().to() > 0 && i.source().to() < tokens.size() && Regex.matches(tokens.get(i.source().to()).norm(),
            "summit|summits|conference|forum|ministerial|meeting|meetings|talks"));
    return sentence.withInteractions(found, mainSubject(args));
  }

  /**
   * "Merz flew to Paris for talks with President Emmanuel Macron and then on to Warsaw": talks that are the purpose
   * of a trip the sentence already reports are that visit, not one of their own (whose place would be the next
   * stop's).
   */
  private static boolean purposeOfATrip(Arguments args, List<TriggerReading> readings, TriggerReading r) {
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
  private List<Interaction> namedAmongThem(Arguments args, TriggerReading r) {
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

  /** Whether every target is also a source: "Germany and Russia expelled each other's diplomats". */
  private static boolean amongThemselves(List<Interaction> found) {
    Set<String> sources = new java.util.HashSet<>();
    found.forEach(i -> sources.add(i.source().code()));
    return found.stream().allMatch(i -> sources.contains(i.target().code()));
  }

  private static List<Interaction> parallelTarget(Arguments args, TriggerReading r, Interaction last) {
    ActType type = r.entries().get(0).type();
    // "… expelled 23 Russian diplomats. Germany, France and Poland each ordered four diplomats out": so do
    // expulsions that name no one, after one that did
    if (type != ActType.WITHDRAWAL_RELATIONS && type != ActType.EXPULSION_DIPLOMAT || last == null) return List.of();
    if (last.type() != type) return List.of();
    Trigger t = r.trigger();
    return Pairing.participants(args.subject(t.head())).stream()
        .filter(p -> !p.code().equals(last.target().code()) && !p.code().equals(last.source().code()))
        .map(p -> new Interaction(p, last.target(), last.type(), t.head(), t.end())).toList();
  }

  /**
   * "Niger followed suit", "Bahrain and the Maldives followed within hours", "Latvia did the same": the act just
   * reported, done by another party to the same target.
   */
  /** The verbs of "followed suit" and "did the same", looked up before anything else on every token. */
  private static final Set<String> FOLLOWING_VERBS = WordSet.of("follow", "followed", "follows", "following", "did",
      "do", "does");

  private static List<Interaction> followers(Arguments args, Interaction template, boolean earlierSentence) {
    if (template == null) return List.of();
    List<Token> tokens = args.view().tokens();
    for (int k = 0; k + 1 < tokens.size(); k++) {
      String w = tokens.get(k).norm();
      if (!earlierSentence && Grammar.ellipticVerb(tokens, k)) {
        return elliptic(args, template, k);
      }
      if (!FOLLOWING_VERBS.contains(w)) continue;
      // "ECOWAS suspended Mali in May, and the African Union followed suit": what is followed is this sentence's
      // own first clause, even when it states no act the coder knows, not an act of an earlier sentence
      if (earlierSentence && ownClauseBefore(tokens, k)) return List.of();
      String next = tokens.get(k + 1).norm();
      // ("Burkina Faso followed in 2023": a date after "in")
      boolean dateAfter = next.equals("in") && k + 2 < tokens.size()
          && (Regex.matches(tokens.get(k + 2).norm(), "(19|20)\\d\\d")
              || org.entente.date.MonthNames.isCalendarWord(tokens.get(k + 2)));
      boolean follows = Regex.matches(w, "follow(ed|s)?|following") && (dateAfter || Regex.matches(next,
          "suit|within|hours|days|shortly|soon|quickly|later|on|the|a|an|swiftly|\\.|,"))
          || Regex.matches(w, "did|do|does") && Regex.matches(next, "the|likewise") && (next.equals("likewise")
              || k + 2 < tokens.size() && tokens.get(k + 2).is("same"));
      // "followed Riyadh's lead", "followed the Saudi example": the leader's act, done again
      boolean lead = w.startsWith("follow") && ledBy(tokens, k + 1);
      if (lead) follows = true;
      if (!follows || !lead && w.startsWith("follow") && Regex.matches(next, "the|a|an") && !sameOrTime(tokens, k + 2)) {
        continue;
      }
      // "Latvia did not follow suit", "is expected to follow suit": no act
      for (int b = Math.max(0, k - 3); b < k; b++) {
        if (Regex.matches(tokens.get(b).norm(), "not|n't|never|expected|likely|may|might|could|would|will|to")) {
          return List.of();
        }
      }
      int at = k;
      List<Participant> subjects = Pairing.participants(args.subject(at));
      List<Interaction> out = new ArrayList<>();
      // "China accepted the credentials of a Taliban envoy, and the UAE did the same": the act of a host (its
      // subject the act's target) is repeated by another host
      boolean hosted = template.target().named() && template.source().named()
          && template.target().from() < template.triggerHead() && template.source().from() > template.triggerHead();
      for (Participant p : subjects) {
        if (hosted) {
          if (!p.code().equals(template.target().code()) && !p.code().equals(template.source().code())) {
            out.add(new Interaction(template.source(), p, template.type(), at, at + 1));
          }
          continue;
        }
        if (p.code().equals(template.source().code())) continue;
        // "Estonia expelled a Russian diplomat. Russia did the same": in return, on the first actor
        Participant target = p.code().equals(template.target().code()) ? template.source() : template.target();
        out.add(new Interaction(p, target, template.type(), at, at + 1));
      }
      return out;
    }
    return List.of();
  }

  /**
   * "Jordan recalled its ambassador from Israel on Wednesday. … Turkey recalled its ambassador on Saturday", "The
   * United States completed its withdrawal from Afghanistan. … Germany brought its final contingent home": in a story
   * of recalls or of troops leaving, an envoy recalled or troops withdrawn from nowhere named left where the last
   * ones did.
   */
  private static List<Interaction> leftTheSamePlace(Arguments args, TriggerReading r, Discourse discourse) {
    ActEntry entry = r.entries().get(0);
    Trigger t = r.trigger();
    String from = discourse.lastLeft(entry.type());
    if (from == null || t.noun()) return List.of();
    // (a recall only of an envoy named as such; whether it happened at all is the modality stage's reading)
    boolean recall = entry.type() == ActType.WITHDRAWAL_RELATIONS && entry.objectClass().equals("DIPLOMAT")
        && envoyAfter(args, t);
    if (!recall && entry.type() != ActType.WITHDRAWAL_FORCES) return List.of();
    return eachTo(Pairing.participants(args.subject(t.head())), from, entry.type(), t);
  }

  /** Whether an envoy is named as such right after the trigger ("recalled its ambassador", not "its diplomats"). */
  private static boolean envoyAfter(Arguments args, Trigger t) {
    List<Token> tokens = args.view().tokens();
    Segment clause = args.view().segmentOf(t.head());
    for (int k = t.end(); k < Math.min(clause.to(), t.end() + 3); k++) {
      if (Regex.matches(tokens.get(k).norm(), "ambassador|ambassadors|envoy|envoys")) return true;
    }
    return false;
  }

  /**
   * "withdraw their forces in step with the Americans", "after the U.S. departure": a party troops leave with,
   * or after, is no place they leave.
   */
  private static List<Interaction> notLeftWith(Arguments args, List<Interaction> own) {
    List<Token> tokens = args.view().tokens();
    List<Interaction> out = new ArrayList<>();
    for (Interaction i : own) {
      if (i.type() != ActType.WITHDRAWAL_FORCES || !i.target().named()) {
        out.add(i);
        continue;
      }
      int k = i.target().from() - 1;
      while (k > 0 && Grammar.DETERMINERS.contains(tokens.get(k).norm())) k--;
      String before = k >= 0 ? tokens.get(k).norm() : "";
      String twoBefore = k >= 1 ? tokens.get(k - 1).norm() : "";
      int after = i.target().to();
      // ("after the junta ordered them out" is a clause, and the junta the party that expelled them)
      boolean departure = after < tokens.size()
          && Regex.matches(tokens.get(after).norm(), "departure|withdrawal|exit|pullout|drawdown|forces|troops");
      boolean companion = Regex.matches(before, "alongside|like|unlike")
          || before.equals("with") && Regex.matches(twoBefore, "step|along|together|line")
          || Regex.matches(before, "after|before|following") && departure;
      if (!companion) out.add(i);
    }
    return out;
  }

  /**
   * "The forum opened in Lome on Saturday in the presence of Liberian President Joseph Boakai": the leaders in whose
   * presence something happened visit the place it happened in, else the story's scene. Only people named with an
   * office ("the presence of French troops" is no guest).
   */
  private static List<Interaction> inThePresenceOf(Arguments args, TriggerReading r, String scene) {
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
  private static List<Interaction> notAmongAttendees(List<TriggerReading> readings, TriggerReading r,
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
   * "Senegal's president attended the ceremony in Niamey, as did Mauritania's Ghazouani": the parties right
   * after "as did" do the act the clause before states, to the same target.
   */
  private static List<Interaction> elliptic(Arguments args, Interaction template, int verb) {
    Segment clause = args.view().segmentOf(verb);
    int end = clause.from() <= verb ? clause.to() : args.view().tokens().size();
    List<Arguments.Group> groups = args.after(verb + 1, end);
    if (groups.isEmpty() || groups.get(0).preposition() != null || groups.get(0).actors().get(0).from() != verb + 1) {
      return List.of();
    }
    List<Interaction> out = new ArrayList<>();
    for (Participant p : Pairing.participants(groups.get(0).actors())) {
      if (p.code().equals(template.source().code()) || p.code().equals(template.target().code())) continue;
      out.add(new Interaction(p, template.target(), template.type(), verb, verb + 1));
    }
    return out;
  }

  /** The first place after "to", "in" or "into" in the trigger's clause that is not one of {@code own}'s. */
  private static List<Actor> placeSentTo(Arguments args, Trigger t, List<String> own) {
    Segment clause = args.view().segmentOf(t.head());
    List<Token> tokens = args.view().tokens();
    for (Actor place : args.view().places()) {
      // ("sent troops to join the coalition in Yemen": not a place far after the verb)
      boolean sentTo = place.from() >= t.end() && place.from() <= t.end() + 4 && clause.contains(place.from())
          && Regex.matches(tokens.get(place.from() - 1).norm(), "to|in|into");
      if (sentTo && place.codes().size() == 1 && !own.contains(place.codes().get(0))) return List.of(place);
    }
    return List.of();
  }

  /** Counts of people: "three each", "two". */
  private static final Set<String> COUNTS = WordSet.of("one", "two", "three", "four", "five", "six", "seven", "eight",
      "nine", "ten", "eleven", "twelve", "fifteen", "twenty", "dozen", "dozens");

  /**
   * "Germany expelled four Russian diplomats, Poland three and Lithuania and Latvia two each": parties listed with
   * a count and no verb repeat the expulsion before them, on the same target.
   */
  private static List<Interaction> gapped(Arguments args, List<Interaction> found) {
    Interaction template = null;
    for (Interaction i : found) {
      boolean expels = i.type() == ActType.EXPULSION_DIPLOMAT || i.type() == ActType.WITHDRAWAL_RELATIONS;
      if (expels && template == null) template = i;
    }
    if (template == null) return found;
    List<Token> tokens = args.view().tokens();
    List<Interaction> out = new ArrayList<>(found);
    for (int k = template.triggerEnd() + 1; k < tokens.size(); k++) {
      String w = tokens.get(k).norm();
      if (!COUNTS.contains(w) && !w.chars().allMatch(Character::isDigit)) continue;
      String next = k + 1 < tokens.size() ? tokens.get(k + 1).norm() : ".";
      if (!Regex.matches(next, "each|apiece|,|;|and|\\.|diplomats|envoys|officials")) continue;
      List<Actor> listed = new ArrayList<>();
      int b = k - 1;
      while (b > template.triggerEnd()) {
        Actor a = args.view().actorEndingAt(b + 1);
        if (a != null && a.explicit()) {
          listed.add(a);
          b = a.from() - 1;
        } else if (Regex.matches(tokens.get(b).norm(), "and|,|the")) {
          b--;
        } else {
          break;
        }
      }
      // the list opens a new conjunct: "…, Poland three", "; Lithuania two"
      boolean opens = Regex.matches(tokens.get(b).norm(), ",|;|and|while|with")
          || b + 1 < k && Regex.matches(tokens.get(b + 1).norm(), ",|;|and");
      if (listed.isEmpty() || !opens) continue;
      for (Actor a : listed) {
        for (String code : a.codes()) {
          if (code.equals(template.source().code()) || code.equals(template.target().code())) continue;
          // "expelled four Russian diplomats, Poland three": Poland was no object of the verb
          int head = template.triggerHead();
          out.removeIf(i -> i.triggerHead() == head && i.target().code().equals(code));
          out.add(new Interaction(Participant.of(a, code), template.target(), template.type(),
              template.triggerHead(), template.triggerEnd()));
        }
      }
    }
    return out;
  }

  /**
   * "Orban attended the forum in Beijing, along with Russian President Vladimir Putin": who came along with a
   * visitor visits the same host.
   */
  private static List<Interaction> companions(Arguments args, TriggerReading r, List<Interaction> own) {
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
      for (Actor a : args.view().actors()) {
        // "along with Russian President Vladimir Putin and Serbia's Aleksandar Vucic"
        if (a.from() < from || a.from() > from + 6 || !a.explicit()) continue;
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

  private static boolean topicBefore(Arguments args, Trigger t) {
    List<Token> tokens = args.view().tokens();
    int from = Math.max(0, t.head() - 10);
    for (int k = from; k < t.head(); k++) {
      if (Regex.matches(tokens.get(k).norm(), "talks|discuss(ed|es|ing)?|about|regarding|concerning|boost(s|ed)?"
          + "|increase|expand|attract")) {
        return true;
      }
    }
    return false;
  }

  /**
   * "Kenyatta said the accession of Africa's second-largest country would …": an accession whose "of" names who
   * joins is theirs alone, and none when the dictionary cannot tell who that is.
   */
  private static List<Interaction> ofWhomItSays(Arguments args, Trigger t, List<Interaction> found) {
    List<Token> tokens = args.view().tokens();
    if (!t.noun() || t.end() >= tokens.size() || !tokens.get(t.end()).is("of")) return found;
    int from = t.end() + 1;
    if (from < tokens.size() && tokens.get(from).is("the")) from++;
    int of = from;
    // ("the accession of Sweden and Finland": every party of the list)
    return found.stream().filter(i -> i.source().named() && i.source().from() >= of
        && listedFrom(args, of, i.source().from())).toList();
  }

  /** Whether tokens [from, to) are parties, commas, "and" or "the" only: a list up to {@code to}. */
  private static boolean listedFrom(Arguments args, int from, int to) {
    for (int k = from; k < to; k++) {
      if (!args.view().inActor(k) && !Regex.matches(args.view().tokens().get(k).norm(), ",|and|the")) return false;
    }
    return true;
  }

  /** "discussed further military support for": a verb of discussing a few words before a noun act. */
  private static boolean discussedRightBefore(List<Token> tokens, int head) {
    for (int k = head - 1; k >= Math.max(0, head - 4); k--) {
      if (Regex.matches(tokens.get(k).norm(), "discuss(ed|es|ing)?|debated?|debating")) return true;
      if (tokens.get(k).isPunctuation()) return false;
    }
    return false;
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
  private static List<Interaction> onwardStops(Arguments args, TriggerReading r, List<Interaction> own) {
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
   * "Ghana's president also attended", "were among the first leaders to arrive": an arrival or attendance whose
   * clause names no place and no event is at the scene the article last named ("the Angondje stadium north of
   * Libreville"), a visit to its state.
   */
  private List<Interaction> atTheScene(Arguments args, TriggerReading r, String scene) {
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
      if (!weekday && !SCENE_ADVERBS.contains(tokens.get(k).norm())) return List.of();
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
  private static List<Interaction> eachTo(List<Participant> acting, String target, ActType type, Trigger t) {
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
  private static List<Actor> represented(Arguments args, Trigger t) {
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
  private static List<Actor> placeAfter(Arguments args, Trigger t) {
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
  private List<Interaction> embassyAtTheScene(Arguments args, TriggerReading r, String scene) {
    ActEntry entry = r.entries().get(0);
    Trigger t = r.trigger();
    if (!entry.objectClass().equals("EMBASSY") || t.passive() || t.noun()) return List.of();
    List<Token> tokens = args.view().tokens();
    // "in talks over reopening embassies": an act talked about is a topic
    if (t.head() > 0 && Regex.matches(tokens.get(t.head() - 1).norm(), "over|about|on|of|for|to")) return List.of();
    // "close its embassy in Sofia": where a place is named and the act is not read, this rule has nothing to add
    if (partyNamedAfter(args, t)) return List.of();
    Segment segment = args.view().segmentOf(t.head());
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

  /**
   * "Mali's military rulers pulled their country out in May 2022": out of the organisation just left or joined, else
   * the one the article is about; never troops withdrawn.
   */
  private List<Interaction> countryPulledOut(Arguments args, TriggerReading r, Interaction last, Discourse discourse,
      Salience salience) {
    ActEntry entry = r.entries().get(0);
    if (entry.type() != ActType.WITHDRAWAL_ORGANIZATION || !entry.pattern().contains("country")) return List.of();
    boolean leftOrJoined = last != null
        && (last.type() == ActType.WITHDRAWAL_ORGANIZATION || last.type() == ActType.ALLIANCE_ACCESSION);
    String organisation = leftOrJoined ? last.target().code() : discourse.salientOrganisation(salience);
    if (organisation == null || !parties.isOrganisation(organisation)) return List.of();
    return eachTo(Pairing.participants(args.subject(r.trigger().head())), organisation, entry.type(), r.trigger());
  }

  /**
   * "Angola is the first member to quit since Ecuador left in 2020, and Qatar walked out in 2019", "Nicaragua
   * is the second country to walk out of the OAS. Venezuela announced its withdrawal in April 2017": a state that
   * leaves or joins with nothing named leaves or joins the organisation just left or joined, or the one the
   * article is about when the sentence speaks of its members.
   */
  private List<Interaction> leftOrJoinedTheBloc(Arguments args, TriggerReading r, Interaction last,
      String salientOrganisation) {
    ActType type = null;
    for (ActEntry e : r.entries()) {
      if (e.type() == ActType.WITHDRAWAL_ORGANIZATION || e.type() == ActType.ALLIANCE_ACCESSION) {
        type = e.type();
        break;
      }
    }
    Trigger t = r.trigger();
    if (type == null || t.passive() || t.end() - t.head() > 2) return List.of();
    List<Token> tokens = args.view().tokens();
    // "left in 2020", "walked out in 2019 to focus on gas", "its withdrawal in April 2017": nothing is named after
    // the act in its clause
    if (partyNamedAfter(args, t)) return List.of();
    String organisation = null;
    if (last != null && (last.type() == ActType.WITHDRAWAL_ORGANIZATION || last.type() == ActType.ALLIANCE_ACCESSION)) {
      organisation = last.target().code();
    } else if (salientOrganisation != null && parties.isOrganisation(salientOrganisation)) {
      for (Token w : tokens) if (Regex.matches(w.norm(), "member|members|membership")) organisation = salientOrganisation;
    }
    if (organisation == null) return List.of();
    // "announced its withdrawal": a nominal act is the subject's own; "the withdrawal" may be anyone's
    if (t.noun() && (t.head() == 0 || !Regex.matches(tokens.get(t.head() - 1).norm(), "its|their"))) return List.of();
    List<Actor> subject = args.subject(t.head());
    // "Ecuador left", "Gabon, which left": the state itself; "the French ambassador left" is a person
    for (Actor a : subject) {
      if (!t.noun() && a.to() < tokens.size() && a.to() != t.head() && !tokens.get(a.to()).isPunctuation()
          && !Regex.matches(tokens.get(a.to()).norm(), "which|that|also|finally|eventually|later|itself")) {
        return List.of();
      }
    }
    List<Interaction> out = new ArrayList<>();
    for (Participant state : Pairing.participants(subject)) {
      if (!parties.isOrganisation(state.code()) && !state.code().equals(organisation)) {
        out.add(new Interaction(state, Participant.implied(organisation), type, t.head(), t.end()));
      }
    }
    return out;
  }

  private static final Set<String> SCENE_VERBS = Set.of("attend", "arrive", "fly", "visit", "send");
  private static final Set<String> TRAVEL_VERBS = Set.of("travel", "fly", "go", "journey");
  /** Words that may follow a verb of arriving at the scene: "arrived the same day for talks", "visited six days later". */
  private static final Set<String> SCENE_ADVERBS = Set.of("too", "also", "as", "well", "on", "early", "later",
      "shortly", "afterwards", "yesterday", "today", "first", "last", "the", "same", "day", "days", "week", "weeks",
      "two", "three", "four", "five", "six", "seven", "earlier", "next", "for", "talks", "a", "visit", "meetings",
      "consultations");

  /** "Riyadh's lead", "its example", "the Saudi lead": what a follower takes up, within four words. */
  private static boolean ledBy(List<Token> tokens, int from) {
    for (int k = from; k < Math.min(tokens.size(), from + 4); k++) {
      String w = tokens.get(k).norm();
      if (w.equals("lead") || w.equals("example")) return k > from;
      if (tokens.get(k).isPunctuation() && !Grammar.POSSESSIVE_MARKERS.contains(w)) return false;
    }
    return false;
  }

  /** "followed the same night", "followed a day later": a time after "followed", not an object. */
  private static boolean sameOrTime(List<Token> tokens, int k) {
    return k < tokens.size() && Regex.matches(tokens.get(k).norm(), "same|day|week|month|year|next|following|few");
  }

  /** The states that head the sentence's first main clause: "Burkina Faso's junta, which …, has turned …". */
  private List<String> mainSubject(Arguments args) {
    for (Segment s : args.view().segments()) {
      if (s.kind() != Segment.Kind.MAIN) continue;
      // a loop rather than a stream: this runs for every sentence
      List<String> states = new ArrayList<>();
      for (Actor a : args.subjectWithin(s, s.to())) {
        // ("The junta has turned on its partners. On Aug. 3 it revoked …": a ruler is its state; "It spent years
        // blocked by Greece. It joined NATO in 2020": so is a pronoun that stood for one state)
        boolean onePronoun = a.kind() == ActorKind.PRONOUN && a.codes().size() == 1;
        if (!a.explicit() && a.kind() != ActorKind.RULER && !onePronoun) continue;
        for (String c : a.codes()) if (!parties.isOrganisation(c) && !states.contains(c)) states.add(c);
      }
      return states;
    }
    return List.of();
  }

  private List<Interaction> interactions(Arguments args, Pairing pairing, TriggerReading reading) {
    Trigger trigger = reading.trigger();
    for (ActEntry entry : reading.entries()) {
      List<Interaction> found = entry.noun() ? nominal(args, pairing, trigger, entry)
          : verbal(args, pairing, trigger, entry);
      found = valid(foreignMission(args, trigger, entry, found), entry.type());
      found = notAcrossTheBorder(args.view().tokens(), found);
      found = notPrivatePeople(args.view().tokens(), entry.type(), found);
      if (entry.type() == ActType.COOPERATION_VISIT) {
        found = notWhereBordersMeet(args, trigger, entry, notYearsOfTalks(args, trigger, entry, found));
      }
      found = notOfAThirdState(args, trigger, entry, found);
      // 'denounced the agreement as "a reward for the occupation"': denounced as something is condemned, not ended
      if (entry.head().equals("denounce") && condemnedAs(args.view().tokens(), trigger)) found = List.of();
      // "the country hosts the headquarters of the East African Community": an organisation's seat is no force
      if (entry.pattern().contains("headquarters")) {
        found = found.stream().filter(i -> !parties.isOrganisation(i.source().code())
            && !parties.isOrganisation(i.target().code())).toList();
      }
      // "pulled out of a summit of the Visegrad Group": leaving a meeting is not leaving the organisation
      if (entry.type() == ActType.WITHDRAWAL_ORGANIZATION || entry.type() == ActType.WITHDRAWAL_FORCES) {
        found = notFromAMeeting(args.view().tokens(), trigger, found);
      }
      if (entry.type() == ActType.ALLIANCE_ACCESSION) {
        // ("its accession to NATO": the "to" of an accession names what is joined)
        if (!entry.head().equals("accession")) found = notTheFirstTo(args, trigger, found);
        found = notAnAdjective(args, notAnOperation(args, found));
        found = ofWhomItSays(args, trigger, found);
        if (entry.head().equals("join")) found = notJoiningInADeed(args, trigger, found);
      }
      // ("came to Niamey": only a place named right after it)
      if (entry.head().equals("be") && !entry.pattern().contains("at") || entry.pattern().equals(List.of("come", "to"))) {
        found = presentIn(args, trigger, found, false);
      }
      if (entry.type() == ActType.COOPERATION_VISIT && ActLexicon.SAYING.contains(entry.head())) {
        found = presentIn(args, trigger, found, true);
      }
      // "backed Washington", "its support for Taipei": backing a party named right after, not "backed a
      // resolution against Russia"
      if (entry.type() == ActType.COOPERATION_DIPLOMATIC && entry.objectClass().isEmpty()
          && Regex.matches(entry.head(), "back|support")) {
        List<Token> tokens = args.view().tokens();
        // ("the new authorities in Niamey" is an actor from its "the" on)
        // ("Belgrade, backed by Russia": the party the participle describes, right before it)
        found = found.stream().filter(i -> i.target().from() == startAfter(tokens, trigger.end())
            || i.target().from() == trigger.end() || trigger.passive() && i.target().to() == trigger.head() - 1)
            .toList();
        // "spoke with Macron about his tacit support for Russia": support talked about is a topic, not an act
        // "an EU support package for Ukraine" is aid, not backing
        if (trigger.noun() && trigger.end() > trigger.head() + 2) found = List.of();
        // "the two leaders discussed further military support for Ukraine": support discussed is a topic
        if (trigger.noun() && discussedRightBefore(args.view().tokens(), trigger.head())) found = List.of();
        int clause = args.view().segmentOf(trigger.head()).from();
        for (int k = clause; trigger.noun() && k < trigger.head(); k++) {
          boolean near = k >= trigger.head() - 4;
          if (Regex.matches(tokens.get(k).norm(), "about|regarding|concerning")
              || near && Regex.matches(tokens.get(k).norm(), "over|on|of|against")) {
            found = List.of();
          }
        }
      }
      // "when Biden flew in": only the scene is where one flies in to ("flew in from Paris" says where from)
      if (entry.pattern().equals(List.of("fly", "in"))) found = List.of();
      // "held talks on bilateral relations, Qatari investment in Egypt and …", "will boost trade, investment and
      // …": investment talked about or hoped for is a topic, not an act
      if (entry.type() == ActType.COOPERATION_ECONOMIC && trigger.noun() && topicBefore(args, trigger)) {
        found = List.of();
      }
      // "whose last troops withdrew in August": troops that withdraw with no object are its subject, right before
      // it, not "decided to end the mandate of its force and to withdraw it in phases"
      if (entry.pattern().equals(List.of("withdraw")) && entry.subjectClass().equals("TROOPS")
          && !troopsRightBefore(args.view().tokens(), trigger.head())) {
        found = List.of();
      }
      found = switchedTo(args, trigger, entry, found);
      if (entry.type() == ActType.WITHDRAWAL_FORCES || entry.type() == ActType.WITHDRAWAL_ORGANIZATION) {
        found = fromAMissionIn(args, found);
      }
      found = signedAbroad(args, pairing, trigger, entry, found);
      found = presentAtTheSigning(args, pairing, trigger, entry, found);
      if (words.is(WordClass.MEETING, entry.head())) {
        // "ECOWAS leaders meet in Abuja": an organisation meeting is a summit, not a visit to its host; talks
        // between two organisations are a visit of one to the other
        // ("Borrell met the North Macedonian president in Skopje": an organisation's envoy meeting a state's
        // leader is a visit)
        found = found.stream().filter(i -> !parties.isOrganisation(i.source().code())
            || parties.isOrganisation(i.target().code()) || !trigger.noun() && metInPerson(i)).toList();
        found = hostedWhereNamed(pairing, trigger, found);
      }
      if (!found.isEmpty()) return withRequests(args, trigger, secondObject(args, pairing, reading, entry, found));
    }
    return List.of();
  }

  /**
   * "would withdraw its troops from the U.N. peacekeeping mission in Mali", "pulled out of the UN mission in Mali":
   * leaving an organisation's mission is a withdrawal of forces from the state it is in.
   */
  private List<Interaction> fromAMissionIn(Arguments args, List<Interaction> found) {
    List<Token> tokens = args.view().tokens();
    List<Interaction> out = new ArrayList<>();
    for (Interaction i : found) {
      Interaction kept = i;
      int k = i.target().to();
      if (parties.isOrganisation(i.target().code()) && k > 0) {
        int end = Math.min(tokens.size() - 1, k + 4);
        for (int j = k; j < end; j++) {
          boolean mission = Regex.matches(tokens.get(j).norm(), "mission|force|operation|missions|forces");
          if (!mission || !Regex.matches(tokens.get(j + 1).norm(), "in|to")) continue;
          for (Actor a : args.view().actors()) {
            boolean state = a.from() == j + 2 && a.codes().size() == 1 && !parties.isOrganisation(a.codes().get(0));
            if (state && !a.codes().get(0).equals(i.source().code())) {
              kept = new Interaction(i.source(), Participant.of(a, a.codes().get(0)), ActType.WITHDRAWAL_FORCES,
                  i.triggerHead(), i.triggerEnd());
            }
          }
          break;
        }
      }
      out.add(kept);
    }
    return out;
  }

  /**
   * "ordered out the French ambassador and France's 1,500 troops": one verb with objects of two kinds joined by
   * "and" states two acts, one per kind (the lexicon's rows for the verb, each with its object's class).
   */
  private List<Interaction> secondObject(Arguments args, Pairing pairing, TriggerReading reading, ActEntry first,
      List<Interaction> found) {
    if (first.noun() || first.objectClass().isEmpty()) return found;
    Trigger t = reading.trigger();
    List<Token> tokens = args.view().tokens();
    int end = args.view().segmentOf(t.head()).to();
    int firstObject = objects.find(first.objectClass(), tokens, t.end(), end);
    for (ActEntry other : reading.entries()) {
      if (other.noun() || other.objectClass().isEmpty() || other.type() == first.type()
          || !other.type().category().equals(first.type().category())) {
        continue;
      }
      int otherObject = objects.find(other.objectClass(), tokens, t.end(), end);
      if (firstObject < 0 || otherObject < 0 || !joinedByAnd(tokens, firstObject, otherObject)) continue;
      List<Interaction> out = new ArrayList<>(found);
      for (Interaction i : valid(verbal(args, pairing, t, other), other.type())) {
        boolean known = out.stream().anyMatch(o -> o.type() == i.type() && o.source().code().equals(i.source().code())
            && o.target().code().equals(i.target().code()));
        if (!known) out.add(i);
      }
      return out;
    }
    return found;
  }

  /** Whether an "and" stands between two object words (given by their ends) with no clause break. */
  private static boolean joinedByAnd(List<Token> tokens, int oneEnd, int otherEnd) {
    int from = Math.min(oneEnd, otherEnd);
    int to = Math.max(oneEnd, otherEnd);
    for (int k = from; k < to; k++) {
      if (tokens.get(k).is("and")) return k - from <= 2 && to - k <= 8;
      if (tokens.get(k).is(";") || tokens.get(k).is(".")) return false;
    }
    return false;
  }

  /**
   * "was in Addis Ababa for talks": being somewhere is a visit only to the place written right after "in" ("in
   * the Nigerien capital"), not "in talks with Russia" or "in Moscow's interest", and not for those posted there
   * ("the Malian ambassador, who was in Paris"). {@code speaking}: "said in Rabat", "told reporters in Beijing",
   * where a state's speaker is, unless he speaks for an embassy or an organisation at its seat.
   */
  private List<Interaction> presentIn(Arguments args, Trigger t, List<Interaction> found, boolean speaking) {
    List<Token> tokens = args.view().tokens();
    return found.stream().filter(i -> {
      if (i.target().from() != startAfter(tokens, t.end())) return false;
      // "an ECOWAS official said in Abuja", "a UN spokesman said in Brussels": an organisation speaks where it sits
      if (speaking && parties.isOrganisation(i.source().code())) return false;
      // "speaking in French": a language, not a place
      if (speaking && i.target().kind() != ActorKind.PLACE && i.target().kind() != ActorKind.LOCALITY) return false;
      for (int k = Math.max(0, i.source().from()); k < Math.min(i.source().to() + 3, t.head()); k++) {
        String w = tokens.get(k).norm();
        if (words.is(WordClass.POSTED, w) || speaking && Regex.matches(w, "embassy|embassies|consulate|mission")) {
          return false;
        }
      }
      Participant place = i.target();
      if (place.to() >= tokens.size()) return true;
      Token next = tokens.get(place.to());
      if (Grammar.POSSESSIVE_MARKERS.contains(next.norm())) return false;
      // "Scholz was in Kenya in May": a date after the place makes the stay a trip
      boolean dated = next.is("in") && place.to() + 1 < tokens.size()
          && (org.entente.date.MonthNames.isCalendarWord(tokens.get(place.to() + 1))
              || Regex.matches(tokens.get(place.to() + 1).norm(), "(19|20)\\d\\d"));
      // "said in Rabat that …"
      boolean reported = speaking && next.is("that");
      return next.isPunctuation() || next.isCapitalised() || words.is(WordClass.AFTER_PLACE, next.norm()) || dated
          || reported;
    }).toList();
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
    if (place.isEmpty()) place = cityOfAState(args, segment);
    // "Deby's funeral", "the inauguration of Ghana's new president"; not "the ceremony with Bahrain"
    List<Actor> owner = after.stream().filter(g -> g.preposition() == null || g.preposition().equals("of"))
        .findFirst().map(Arguments.Group::actors).orElse(List.of());
    List<Actor> host = !place.isEmpty() ? place : t.passive() ? List.of() : owner;
    return pairing.directed(visitors, host, ActType.COOPERATION_VISIT, t);
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

  /** "denounced the agreement as a reward": an "as" a few words after the act. */
  private static boolean condemnedAs(List<Token> tokens, Trigger t) {
    for (int k = t.end(); k < Math.min(tokens.size(), t.reach() + 3); k++) {
      if (tokens.get(k).is("as")) return true;
      if (tokens.get(k).is(",") || tokens.get(k).is(";")) return false;
    }
    return false;
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

  /** Whether the clause names a party after the act: "left for Moscow", not "left in 2020". */
  private static boolean partyNamedAfter(Arguments args, Trigger t) {
    Segment segment = args.view().segmentOf(t.head());
    for (Actor a : args.view().actors()) {
      if (a.from() >= t.end() && a.from() < segment.to() && !args.view().ignored(a)) return true;
    }
    return false;
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

  private static List<Interaction> notFromAMeeting(List<Token> tokens, Trigger t, List<Interaction> found) {
    return found.stream().filter(i -> {
      for (int k = t.end(); k < i.target().from(); k++) {
        if (Regex.matches(tokens.get(k).norm(), "summits?|meetings?|talks|conferences?|sessions?|ceremony|games"
            + "|negotiations|forum")) {
          return false;
        }
      }
      return true;
    }).toList();
  }

  /** "troops withdrew", "soldiers had withdrawn", "forces have now withdrawn". */
  private boolean troopsRightBefore(List<Token> tokens, int head) {
    int k = head - 1;
    while (k >= 0 && Regex.matches(tokens.get(k).norm(), "have|has|had|would|will|could|also|now|finally|all|then"
        + "|[a-z]+ly")) {
      k--;
    }
    return k >= 0 && words.is(WordClass.TROOP_UNITS, tokens.get(k).norm());
  }

  /** Where a party written right after {@code end} starts: past "the", if it is there. */
  private static int startAfter(List<Token> tokens, int end) {
    return end < tokens.size() && tokens.get(end).is("the") ? end + 1 : end;
  }

  // ---------------------------------------------------------------- verbs

  private List<Interaction> verbal(Arguments args, Pairing pairing, Trigger t, ActEntry entry) {
    List<Interaction> demanded = demanded(args, pairing, t, entry);
    if (demanded != null) return demanded;
    // ("was joined at the White House by Japarov": the one who joins visits the place)
    boolean presentAt = entry.pattern().equals(List.of("be", "present", "at"))
        || entry.pattern().equals(List.of("join", "at"));
    if (entry.type() == ActType.COOPERATION_VISIT && (Regex.matches(entry.head(), "attend|take|participate|witness")
        || presentAt)) {
      return attended(args, pairing, t);
    }
    if (entry.type() == ActType.COOPERATION_VISIT && entry.head().equals("represent")) {
      List<Actor> state = represented(args, t);
      List<Actor> place = placeAfter(args, t);
      return state.isEmpty() || place.isEmpty() ? List.of()
          : pairing.directed(state, place, ActType.COOPERATION_VISIT, t);
    }
    List<Actor> subject = troopsOwner(args, t, entry, args.subject(t.head()));
    if (subject.isEmpty()) subject = actingFor(args, t);
    // from the head: "ordered the French ambassador to leave" has its object inside the pattern
    List<Arguments.Group> after = notWitnesses(args.view().tokens(), t,
        args.after(t.head() + 1, args.view().segmentOf(t.head()).to()));
    // "Ireland recognised a Palestinian state together with Spain and Norway": those who act "together with" the
    // subject are subjects too
    // (in a mutual act, "serve alongside Malian soldiers", the group is the partner)
    if (!subject.isEmpty() && entry.frame() != Frame.MUTUAL) {
      List<Actor> together = new ArrayList<>(subject);
      List<Arguments.Group> rest = new ArrayList<>();
      for (Arguments.Group g : after) {
        if (alongside(args.view().tokens(), g)) together.addAll(g.actors()); else rest.add(g);
      }
      if (rest.size() < after.size()) {
        subject = together;
        after = rest;
      }
    }
    List<Actor> byAgent = Arguments.first(after, "by");
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
        && entry.frame() == Frame.AGENT && entry.pattern().size() > 1 && entry.pattern().get(entry.pattern().size() - 1).equals("leave")) {
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
      if (entry.type() == ActType.COOPERATION_ECONOMIC && Pairing.codes(subject).size() == 1) {
        notPartner = new java.util.HashSet<>(notPartner);
        notPartner.remove("in");
      }
      List<Actor> partner = pairing.unnamedDestination(t, entry.type()) ? List.of()
          : patternArgument(args, t, after);
      if (partner.isEmpty() && !pairing.unnamedDestination(t, entry.type())) {
        partner = Arguments.firstExcept(after, notPartner.toArray(String[]::new));
      }
      // "provided helmets from its own stocks to Ukraine": the subject named again is no partner
      if (!partner.isEmpty() && partner.get(0).from() >= t.end() && fromItself(args, subject, partner)) {
        partner = otherThan(after, subject, partner, notPartner);
      }
      // "Russian instructors are deployed in Mali", "…, where Russian instructors are deployed": troops posted
      // somewhere are with the state they are in
      // ("2,500 US troops remain in Iraq", "Tanzanian troops will stay on in Mozambique": troops that stay; not
      // those that hold "occupied parts of Ukraine")
      boolean staying = Regex.matches(entry.head(), "remain|stay");
      if (staying && occupied(args.view().tokens(), t.end())) return List.of();
      if (partner.isEmpty() && (t.passive() && Regex.matches(entry.head(), "deploy|station|base|post") || staying)) {
        partner = Arguments.first(after, "in");
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
      // "Benin and the Bahamas pledged personnel": some acts need a partner named as such
      if (second.isEmpty() && entry.pattern().size() == 1 && words.is(WordClass.NEEDS_PARTNER, entry.head())) {
        return List.of();
      }
      // "France and the G5 Sahel agreed to create a coalition that will bring together the five countries": parties
      // that agree among themselves are bound; what their infinitive's verb names is no side
      if (Pairing.codes(first).size() > 1 && !second.isEmpty() && afterAnInfinitive(args, t, second.get(0))
          && !Pairing.codes(first).containsAll(Pairing.codes(second))) {
        second = List.of();
      }
      // "The European Union and the five Central Asian states -- Kazakhstan, Kyrgyzstan, … -- agreed": a list that
      // spells out a group of the subject is no other side
      Set<String> group = Pairing.groupCodes(first);
      if (!second.isEmpty() && group.containsAll(Pairing.codes(second))
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
    if (object.isEmpty() && args.view().segmentOf(t.head()).kind() == Segment.Kind.RELATIVE
        && !args.subjectWithin(args.view().segmentOf(t.head()), t.head()).isEmpty()) {
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
    if (object.isEmpty() && Pairing.codes(subject).size() == 2 && reciprocal(entry.type())) {
      return pairing.reciprocal(subject, entry.type(), t);
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

  /** The first party after an active "gave" in the trigger's clause, before the trigger ("gave X a month to leave"). */
  private static List<Actor> givenTo(Arguments args, Trigger t) {
    Segment clause = args.view().segmentOf(t.head());
    for (int k = t.head() - 1; k > clause.from(); k--) {
      String w = args.view().tokens().get(k).norm();
      if (!GIVE.contains(w)) continue;
      String before = args.view().tokens().get(k - 1).norm();
      if (Grammar.BE.contains(before)) return List.of();
      for (Actor a : args.view().actors()) {
        if (a.from() > k && a.to() <= t.head() && !args.view().ignored(a)) return List.of(a);
      }
      return List.of();
    }
    return List.of();
  }

  private static final Set<String> GIVE = WordSet.of("gave", "give", "gives", "giving", "given");

  /**
   * Verbs whose passive says the expelled left ("were forced out"), unlike "were ordered out"; "were expelled"
   * stays the expulsion that news coders read it as.
   */
  private static final Set<String> FORCED_OUT = WordSet.of("forced", "pushed", "driven", "kicked", "ousted",
      "thrown", "chased");

  private static final Set<String> OFFICIALS = WordSet.of("minister", "secretary", "president", "premier",
      "chancellor", "successor", "predecessor");

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
    for (int d = t.head() - 2; d >= Math.max(0, t.head() - 8); d--) {
      if (!words.is(WordClass.DEMANDING, tokens.get(d).norm())) continue;
      // ("demanded late last year that France withdraw its troops": a date may stand before the "that")
      boolean that = false;
      for (int k = d + 1; k < Math.min(t.head(), d + 5) && !that && !args.view().inActor(k); k++) {
        that = tokens.get(k).is("that");
      }
      boolean infinitive = false;
      for (int k = d + 1; k < t.head(); k++) infinitive |= tokens.get(k).is("to");
      if (!that && !infinitive) return null;
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

  /**
   * "The UN Security Council demanded the withdrawal of Russian troops from Ukraine": forces or a mission that
   * someone demands leave a third state are not expelled by the one demanding.
   */
  private List<Interaction> notOfAThirdState(Arguments args, Trigger t, ActEntry entry, List<Interaction> found) {
    boolean demand = entry.type() == ActType.EXPULSION_FORCES || entry.type() == ActType.EXPULSION_MISSION;
    if (!demand || found.isEmpty() || !words.is(WordClass.DEMANDING, args.view().tokens().get(t.head()).norm())) {
      return found;
    }
    List<Actor> left = Arguments.firstOf(args.after(t.end(), args.view().segmentOf(t.head()).to()), "from");
    if (left.isEmpty()) return found;
    List<String> places = Pairing.codes(left);
    return found.stream().filter(i -> places.contains(i.source().code())).toList();
  }

  /** Acts two parties commonly do to each other at once: "Germany and Russia expelled dozens of diplomats". */
  private static boolean reciprocal(ActType type) {
    return type == ActType.EXPULSION_DIPLOMAT || type == ActType.WITHDRAWAL_RELATIONS;
  }

  // ---------------------------------------------------------------- nouns

  private List<Interaction> nominal(Arguments args, Pairing pairing, Trigger t, ActEntry entry) {
    if (entry.type() == ActType.COOPERATION_VISIT) {
      List<Interaction> tour = tourThatTook(args, pairing, t, entry);
      if (!tour.isEmpty()) return tour;
    }
    if (entry.type() == ActType.ALLIANCE_ACCESSION && entry.head().equals("member")) {
      // "the two founding members of the EU since the Second World War" dates no membership
      List<Token> tokens = args.view().tokens();
      boolean dated = t.end() < tokens.size() && (Regex.matches(tokens.get(t.end()).norm(), "(19|20)\\d\\d")
          || org.entente.date.MonthNames.isCalendarWord(tokens.get(t.end())));
      if (!dated) return List.of();
      List<Interaction> member = memberSince(args, pairing, t, entry);
      if (!member.isEmpty()) return member;
    }
    Segment segment = args.view().segmentOf(t.head());
    // "the withdrawal of the three states from ECOWAS": a pattern with a gap holds the act's parties inside it
    int start = entry.pattern().contains("*") ? t.head() + 1 : t.end();
    // "talks, which also covered the war in Ukraine": a relative clause after the noun says nothing of its parties
    int reach = Math.min(segment.to(), t.end() + NOUN_REACH);
    // "talks with Mali's Keita, Burkina Faso's Kabore, …, and Mauritania's Ghazouani": a list the reach cuts runs on
    // to its end
    while (reach < segment.to() && (args.view().inActor(reach)
        || Regex.matches(args.view().tokens().get(reach).norm(), ",|and|'s"))) {
      reach++;
    }
    for (int k = t.end(); k < reach; k++) {
      if (Grammar.RELATIVES.contains(args.view().tokens().get(k).norm())) reach = k;
    }
    List<Arguments.Group> after = args.after(start, reach);
    List<Actor> pre = args.premodifiers(t.head());
    // "criticised the Vietnam trip", "his Moscow visit": a state's or capital's bare name before a trip is where it
    // goes, not who goes
    if (entry.type() == ActType.COOPERATION_VISIT && destinationBefore(args, pre, t.head())) {
      // who made the trip is the subject only of a verb of travel ("made the Kyiv trip"), not of "criticised"
      boolean made = false;
      for (int k = Math.max(0, pre.get(0).from() - 3); k < pre.get(0).from(); k++) {
        made |= Regex.matches(args.view().tokens().get(k).norm(),
            "made|makes|make|took|takes|take|began|begins|ended|ends|wrapped|completed|cut");
      }
      return made ? pairing.directed(args.subject(t.head()), pre, entry.type(), t) : List.of();
    }
    // "the visit of Putin", not "a visit to Russia at the invitation of Putin": "of" names the act's owner only
    // right after the act
    boolean ofOwner = start < args.view().tokens().size() && args.view().tokens().get(start).is("of");
    List<Actor> of = ofOwner ? Arguments.first(after, "of") : List.of();
    List<Actor> by = Arguments.first(after, "by");
    // "a meeting hosted by Qatar's emir": the "by" of a participle after the noun names who hosted it
    List<Actor> hostedBy = List.of();
    if (!by.isEmpty() && participleBy(args.view().tokens(), t.end(), by.get(0).from())) {
      hostedBy = by;
      by = List.of();
    }
    // "its support for Kyiv": a pattern that ends in a preposition has its target right after it
    String last = entry.pattern().get(entry.pattern().size() - 1);
    List<Actor> afterPattern = entry.pattern().size() > 1 && (Grammar.PREPOSITIONS.contains(last) || last.equals("of"))
        ? Arguments.first(after, last) : List.of();
    // "a tour of the region": the places a tour "of" goes to are parties, or it is no state's visit
    // ("a tour of Latin America last month that took him to Venezuela": the places it went "to")
    if (entry.type() == ActType.COOPERATION_VISIT && last.equals("of") && afterPattern.isEmpty()
        && Arguments.firstOf(after, "to", "in").isEmpty()) {
      return List.of();
    }
    List<Actor> toward = !afterPattern.isEmpty() ? afterPattern
        : Arguments.firstOf(after, "to", "in", "from", "with", "against", "into");
    List<Actor> between = Arguments.first(after, "between");
    List<Actor> owner = !pre.isEmpty() ? pre : !by.isEmpty() ? by : of;
    // "China is Cambodia's largest investor": a state named by what it is to another is with that other only;
    // "investors in Kenya", "donors met in Paris" name no state
    String head = args.view().tokens().get(t.end() - 1).norm();
    boolean plural = head.endsWith("s") && words.is(WordClass.PARTNER_NOUN, head.substring(0, head.length() - 1));
    if (plural || words.is(WordClass.PARTNER_NOUN, head)) {
      if (plural && pre.isEmpty()) return List.of();
      // ("one of Mali's largest European donors": the continent's union is no donor here)
      List<Actor> all = new ArrayList<>(pre.stream().filter(a -> a.codes().stream().noneMatch(parties::isOrganisation))
          .toList());
      all.addAll(of);
      all.addAll(Arguments.firstOf(after, "to"));
      if (Pairing.codes(all).size() < 2) all.addAll(args.subject(t.head()));
      return pairing.mutual(all, entry.type(), t);
    }
    switch (entry.frame()) {
      case MUTUAL -> {
        List<Actor> all = new ArrayList<>(pre);
        all.addAll(between);
        all.addAll(by);
        all.addAll(of);
        all.addAll(Arguments.firstOf(after, "with"));
        // "talks in Doha" meet where Qatar hosts, "the stationing of troops in Poland" is with Poland; "a
        // ceasefire declaration in Nairobi" binds no Kenya
        boolean signed = entry.type() == ActType.COOPERATION_AGREEMENT || entry.type() == ActType.ALLIANCE_FORMATION;
        if (!signed) all.addAll(Arguments.firstOf(after, "in"));
        // "training for Malian troops", "support for Kyiv": the one an act of help is for
        if (entry.type() == ActType.COOPERATION_MILITARY) all.addAll(Arguments.firstOf(after, "for"));
        // "the sending of a Hungarian military mission to Chad"
        if (Pairing.codes(all).size() < 2) all.addAll(Arguments.firstOf(after, "to"));
        // "opened talks with Serbia and Montenegro": the parties after "with" are each the subject's partner, not
        // each other's, and with no subject named, partners of someone the sentence does not name
        List<Actor> with = Arguments.firstOf(after, "with");
        if (Pairing.codes(with).size() > 1 && Pairing.codes(all).equals(Pairing.codes(with))) {
          List<Actor> subject = args.subject(t.head());
          List<Interaction> each = new ArrayList<>();
          for (Actor partner : with) {
            List<Actor> two = new ArrayList<>(subject);
            two.add(partner);
            if (!subject.isEmpty()) each.addAll(pairing.mutual(two, entry.type(), t));
          }
          return each;
        }
        // "welcomed the signing of a ceasefire between Sudan's army and the RSF": "between" names every side
        if (Pairing.codes(all).size() < 2 && between.isEmpty()) all.addAll(args.subject(t.head()));
        return pairing.mutual(all, entry.type(), t);
      }
      case PATIENT -> {
        List<Actor> source = !pre.isEmpty() ? pre : !by.isEmpty() ? by : args.subject(t.head());
        // "the expulsion of diplomats from Belarus and Russia": envoys "from" a state are that state's
        List<Actor> expelled = !of.isEmpty() || !ofOwner ? of : envoysFrom(args, start, Arguments.first(after, "from"));
        return pairing.directed(source, expelled, entry.type(), t);
      }
      case HOST -> {
        List<Actor> guest = owner.isEmpty() ? args.subject(t.head()) : owner;
        return pairing.directed(guest, toward, entry.type(), t);
      }
      case ULTIMATUM -> {
        // "Ouagadougou gave the French special forces based near the capital one month to leave": who gives the
        // time expels the first party it is given to
        List<Actor> given = givenTo(args, t);
        List<Actor> giver = given.isEmpty() ? List.of() : args.subject(given.get(0).from());
        if (!giver.isEmpty()) return pairing.directed(giver, given, entry.type(), t);
        List<Actor> place = args.after(t.end(), segment.to()).stream().findFirst().map(Arguments.Group::actors)
            .orElse(List.of());
        return pairing.directed(place, args.nearestBefore(t.head()), entry.type(), t);
      }
      default -> {
        List<Actor> source = owner;
        // "was on an official visit hosted by President Museveni": the host is the one visited
        List<Actor> target = toward.isEmpty() && entry.type() == ActType.COOPERATION_VISIT ? hostedBy : toward;
        // ("a trip that took him from Israel to Saudi Arabia": a route, only right after the noun a visitor)
        if (entry.type() == ActType.COOPERATION_VISIT && source.isEmpty() && !toward.isEmpty()
            && t.end() < args.view().tokens().size() && args.view().tokens().get(t.end()).is("from")
            && "from".equals(after.stream().filter(g -> g.actors() == toward).findFirst()
                .map(Arguments.Group::preposition).orElse(null))) {
          // "a visit from U.S. Secretary of State Marco Rubio": the visitor comes from there
          source = toward;
          target = List.of();
        } else if (entry.type() == ActType.WITHDRAWAL_FORCES && !toward.isEmpty() && contingentsFrom(args, t, toward)) {
          // "the departure of the remaining contingents from Uganda, Burundi and South Sudan": troops "from" a
          // state are that state's, and leave the place the story is about
          source = toward;
          target = List.of();
        } else if (source.isEmpty()) {
          source = args.subject(t.head());
          // "the European Union will be informed of the end of its partnership with Niger": told, not telling
          if (args.toldOf(t.head())) {
            List<Actor> swap = source;
            source = target;
            target = swap;
          }
        }
        return pairing.directed(source, target, entry.type(), t);
      }
    }
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

  /** Whether {@code pre} is one place named bare right before {@code head}: "the Vietnam trip", not "Vietnam's". */
  private boolean destinationBefore(Arguments args, List<Actor> pre, int head) {
    if (pre.size() != 1 || pre.get(0).to() != head || pre.get(0).codes().size() != 1) return false;
    Actor a = pre.get(0);
    boolean bareName = a.kind() == ActorKind.PLACE || a.text().equalsIgnoreCase(parties.name(a.codes().get(0)));
    return bareName && !parties.isOrganisation(a.codes().get(0));
  }

  /**
   * Whether {@code group} follows "from" right after a word for troops that no party owns: "the contingents from
   * Uganda", not "French troops from Mali".
   */
  private static boolean contingentsFrom(Arguments args, Trigger t, List<Actor> group) {
    int k = group.get(0).from() - 1;
    while (k > 0 && args.view().tokens().get(k).is("the")) k--;
    if (k < 1 || !args.view().tokens().get(k).is("from")
        || !args.view().words().is(WordClass.TROOP_UNITS, args.view().tokens().get(k - 1).norm())) {
      return false;
    }
    for (Actor a : args.view().actors()) if (a.from() >= t.end() && a.to() <= k) return false;
    // "the withdrawal of its troops from Niger": troops someone owns leave the state after "from"
    for (int j = t.end(); j < k - 1; j++) {
      if (Grammar.POSSESSIVES.contains(args.view().tokens().get(j).norm())) return false;
    }
    return true;
  }

  /** "concluded a trade deal after three years of talks": talks that went on for years are no one visit. */
  private static List<Interaction> notYearsOfTalks(Arguments args, Trigger t, ActEntry entry,
      List<Interaction> found) {
    List<Token> tokens = args.view().tokens();
    int of = t.head() - 1;
    boolean years = of >= 1 && tokens.get(of).is("of")
        && Regex.matches(tokens.get(of - 1).norm(), "days|weeks|months|years|decades");
    return entry.noun() && years ? List.of() : found;
  }

  /** "the 'three borders' area where Mali, Niger and Burkina Faso meet": states whose lands meet meet no one. */
  private List<Interaction> notWhereBordersMeet(Arguments args, Trigger t, ActEntry entry,
      List<Interaction> found) {
    Segment clause = args.view().segmentOf(t.head());
    List<Token> tokens = args.view().tokens();
    if (!entry.head().equals("meet") || clause.kind() != Segment.Kind.RELATIVE
        || !tokens.get(clause.from()).is("where") || clause.from() < 1) {
      return found;
    }
    int noun = clause.from() - 1;
    if (tokens.get(noun).is(",")) noun--;
    return noun >= 0 && words.is(WordClass.AREA, tokens.get(noun).norm()) ? List.of() : found;
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
      // ("sent troops to the Central African Republic": "to" before a noun is no infinitive)
      if (tokens.get(k).is("to") && k + 1 < a.from() && Regex.matches(tokens.get(k + 1).norm(), "[a-z]+")
          && !Grammar.DETERMINERS.contains(tokens.get(k + 1).norm()) && !tokens.get(k + 1).isCapitalised()) {
        infinitive = true;
      }
      if (tokens.get(k).is("with")) return false;
    }
    return infinitive;
  }

  /** {@code from}, when "of" at {@code of} names envoys right before it: "of (two) diplomats from"; else none. */
  private List<Actor> envoysFrom(Arguments args, int of, List<Actor> from) {
    if (from.isEmpty()) return from;
    List<Token> tokens = args.view().tokens();
    int k = from.get(0).from() - 1;
    while (k > of && tokens.get(k).is("the")) k--;
    boolean envoys = k > of + 1 && tokens.get(k).is("from") && objects.find("DIPLOMAT", tokens, of + 1, k) == k;
    return envoys ? from : List.of();
  }

  /** The state after "ambassador to" in the passive subject of {@code t}: "its ambassador to France was recalled". */
  private List<Actor> postedTo(Arguments args, Trigger t) {
    List<Token> tokens = args.view().tokens();
    Segment clause = args.view().segmentOf(t.head());
    for (Actor a : args.view().actors()) {
      int to = a.from() - 1;
      while (to > 0 && tokens.get(to).is("the")) to--;
      boolean posted = to > clause.from() && a.to() < t.head() && tokens.get(to).is("to")
          && objects.find("DIPLOMAT", tokens, to - 1, to) == to;
      if (posted && !args.view().ignored(a)) return List.of(a);
    }
    return List.of();
  }

  private static boolean participleBy(List<Token> tokens, int from, int agent) {
    for (int k = agent - 1; k > from; k--) {
      if (!tokens.get(k).is("by")) continue;
      String w = tokens.get(k - 1).norm();
      return k - 1 >= from && (w.endsWith("ed") || w.equals("held") || w.equals("led"));
    }
    return false;
  }

  // ---------------------------------------------------------------- checks and additions

  /**
   * "the last stop of a tour that took Pompeo to the Czech Republic, Slovenia and Austria": who the tour took is the
   * visitor, and the places it took him to the hosts.
   */
  private static List<Interaction> tourThatTook(Arguments args, Pairing pairing, Trigger t, ActEntry entry) {
    List<Token> tokens = args.view().tokens();
    int k = t.end();
    // "a tour of Latin America last month that took him to …": past the region and a date, not a comma
    for (int j = k; j < Math.min(tokens.size(), t.end() + 6) && !tokens.get(j).isPunctuation(); j++) {
      if (Regex.matches(tokens.get(j).norm(), "that|which")) {
        k = j;
        break;
      }
    }
    if (k + 2 >= tokens.size() || !Regex.matches(tokens.get(k).norm(), "that|which")) return List.of();
    // "a regional tour that began earlier this month and has already taken Araghchi to Lebanon": the verb may come
    // a few words on, in the relative clause's second conjunct
    int took = -1;
    for (int j = k + 1; j < Math.min(tokens.size(), k + 10) && took < 0 && !tokens.get(j).isPunctuation(); j++) {
      if (Regex.matches(tokens.get(j).norm(), "took|takes|take|taken")) took = j;
    }
    if (took < 0) return List.of();
    List<Actor> visitor = List.of();
    int to = -1;
    if (took + 1 < tokens.size() && Regex.matches(tokens.get(took + 1).norm(), "him|her|them")) {
      // "a trip that took him from Israel to Saudi Arabia": the one who made the trip, to the places after "to"
      visitor = args.subject(t.head());
      for (int j = took + 2; j < Math.min(tokens.size(), took + 10) && to < 0; j++) {
        if (tokens.get(j).isPunctuation()) break;
        if (tokens.get(j).is("to")) to = j;
      }
    } else {
      for (Actor a : args.view().actors()) {
        if (visitor.isEmpty() && a.from() > took && a.from() <= took + 4) visitor = List.of(a);
      }
      if (!visitor.isEmpty()) to = visitor.get(0).to();
    }
    if (visitor.isEmpty() || to < 0 || to >= tokens.size() || !tokens.get(to).is("to")) return List.of();
    List<Actor> hosts = new ArrayList<>();
    int at = to + 1;
    for (Actor a : args.view().actors()) {
      if (a.from() < at) continue;
      boolean listed = true;
      for (int j = at; j < a.from(); j++) listed &= Regex.matches(tokens.get(j).norm(), ",|and|the");
      if (!listed) break;
      hosts.add(a);
      at = a.to();
    }
    return pairing.directed(visitor, hosts, entry.type(), t);
  }

  /**
   * "Poland, a member of NATO since 1999, …": an apposition that dates a membership names the member before its
   * comma and the organisation inside it, which the apposition would otherwise set aside.
   */
  private static List<Interaction> memberSince(Arguments args, Pairing pairing, Trigger t, ActEntry entry) {
    List<Token> tokens = args.view().tokens();
    int comma = t.head() - 1;
    if (comma > 0 && Regex.matches(tokens.get(comma).norm(), "a|an")) comma--;
    if (comma < 1 || !tokens.get(comma).is(",")) return List.of();
    Actor member = args.view().actorEndingAt(comma);
    Actor organisation = null;
    for (Actor a : args.view().actors()) {
      if (organisation == null && a.from() > t.head() && a.to() <= t.end()) organisation = a;
    }
    // ("a member of the UN Security Council since January" holds a seat, it joined nothing)
    for (int k = t.head(); k < t.end(); k++) {
      if (Regex.matches(tokens.get(k).norm(), "council|board|committee|commission")) return List.of();
    }
    if (member == null || organisation == null) return List.of();
    return pairing.directed(List.of(member), List.of(organisation), entry.type(), t);
  }

  /** The party right before the comma that opens the participle at the trigger ("Belgrade, backed by"), or none. */
  private static List<Actor> describedBefore(Arguments args, Trigger t) {
    int comma = t.head() - 1;
    if (comma < 1 || !args.view().tokens().get(comma).is(",")) return List.of();
    Actor before = args.view().actorEndingAt(comma);
    return before == null || args.view().ignored(before) ? List.of() : List.of(before);
  }

  private static boolean ownClauseBefore(List<Token> tokens, int follow) {
    for (int k = 3; k < follow - 1; k++) {
      if (tokens.get(k).is("and") && tokens.get(k - 1).is(",")) return true;
    }
    return false;
  }

  /** An organisation that met a state's named party face to face, not at a place alone. */
  private static boolean metInPerson(Interaction i) {
    return i.target().kind() != ActorKind.PLACE && i.target().kind().explicit();
  }

  /** Words after an organisation's name that make it one of its operations: "the AU force", "the UN mission". */
  private static final Set<String> OPERATIONS = WordSet.of("force", "forces", "mission", "missions", "operation",
      "operations", "contingent", "peacekeeping", "troops", "brigade");

  /**
   * "switched diplomatic recognition from Taiwan to China", "cut ties with Taiwan in favour of China": a break
   * "from" one party that names another "to", or one "in favour of" another, is also the opening of relations with
   * the other.
   */
  private static List<Interaction> switchedTo(Arguments args, Trigger t, ActEntry entry, List<Interaction> found) {
    // "Nauru switched recognition to Beijing": recognising one China ends relations with the other
    if (!found.isEmpty() && entry.type() == ActType.COOPERATION_DIPLOMATIC && entry.head().equals("switch")) {
      List<Interaction> out = new ArrayList<>(found);
      for (Interaction i : found) {
        String other = i.target().code().equals("CHN") ? "TWN" : i.target().code().equals("TWN") ? "CHN" : null;
        if (other != null && !other.equals(i.source().code())) {
          out.add(new Interaction(i.source(), Participant.implied(other), ActType.WITHDRAWAL_RELATIONS, t.head(),
              t.end()));
        }
      }
      return out;
    }
    if (found.isEmpty() || entry.type() != ActType.WITHDRAWAL_RELATIONS) return found;
    List<Actor> to = inFavourOf(args, t);
    if (to.isEmpty() && entry.pattern().get(entry.pattern().size() - 1).equals("from")) {
      to = Arguments.firstOf(args.after(t.end(), args.view().segmentOf(t.head()).to()), "to");
    }
    if (to.isEmpty()) return found;
    List<Interaction> out = new ArrayList<>(found);
    for (Interaction i : found) {
      for (Actor a : to) {
        for (String code : a.codes()) {
          if (!code.equals(i.source().code()) && !code.equals(i.target().code())) {
            out.add(new Interaction(i.source(), Participant.of(a, code), ActType.COOPERATION_DIPLOMATIC, t.head(),
                t.end()));
          }
        }
      }
    }
    return out;
  }

  /** The parties right after "in favour of" in the trigger's clause ("cut ties with Taipei in favour of Beijing"). */
  private static List<Actor> inFavourOf(Arguments args, Trigger t) {
    List<Token> tokens = args.view().tokens();
    int end = args.view().segmentOf(t.head()).to();
    for (int k = t.end(); k + 3 < Math.min(end, tokens.size()); k++) {
      boolean favour = tokens.get(k).is("in") && Regex.matches(tokens.get(k + 1).norm(), "favour|favor");
      if (favour && tokens.get(k + 2).is("of")) {
        int at = tokens.get(k + 3).is("the") ? k + 4 : k + 3;
        return args.view().actors().stream().filter(a -> a.from() == at).toList();
      }
    }
    return List.of();
  }

  /**
   * "Kenya and Uganda host Somali refugees", "Nigerian students arrived in Accra": private people go for no state;
   * nor are they expelled ("a French journalist was expelled").
   */
  private List<Interaction> notPrivatePeople(List<Token> tokens, ActType type, List<Interaction> found) {
    if (type == ActType.COOPERATION_VISIT) return found.stream().filter(i -> !privatePeople(tokens, i.source())).toList();
    if (type.category().equals("expulsion")) return found.stream().filter(i -> !privatePeople(tokens, i.target())).toList();
    return found;
  }

  /** The party is the adjective of private people right after it: "Somali refugees", "a French journalist". */
  private boolean privatePeople(List<Token> tokens, Participant p) {
    return p.named() && p.to() < tokens.size() && !tokens.get(p.to()).isCapitalised()
        && words.is(WordClass.PRIVATE_PEOPLE, tokens.get(p.to()).norm());
  }

  /** The object right after {@code from} ("two French journalists") names private people. */
  private boolean privatePeopleNext(List<Token> tokens, int from) {
    for (int k = from; k < Math.min(tokens.size(), from + 5); k++) {
      if (words.is(WordClass.PRIVATE_PEOPLE, tokens.get(k).norm())) return true;
      if (tokens.get(k).isPunctuation() && !tokens.get(k).is("-")) return false;
    }
    return false;
  }

  /**
   * "joined the continental European electricity network": an organisation's adjective before another noun names
   * no organisation joined ("joined the European Union" names it in full).
   */
  private static List<Interaction> notAnAdjective(Arguments args, List<Interaction> found) {
    List<Token> tokens = args.view().tokens();
    return found.stream().filter(i -> {
      Participant target = i.target();
      if (!target.named() || target.to() - target.from() != 1 || target.to() >= tokens.size()) return true;
      String text = target.text();
      boolean acronym = text.equals(text.toUpperCase());
      Token next = tokens.get(target.to());
      // ("Romania, which joined Nato in 2004": a noun goes on after an adjective, a preposition does not)
      boolean nounAfter = Regex.matches(next.text(), "[a-z]+") && !Grammar.PREPOSITIONS.contains(next.norm())
          && !Grammar.CONNECTORS.contains(next.norm()) && !Grammar.CLAUSE_OPENERS.contains(next.norm())
          && !Regex.matches(next.norm(),
              "as|last|this|earlier|later|but|which|that|when|itself|two|three|four|five|six");
      return acronym || next.isPunctuation() || next.isCapitalised() || !nounAfter;
    }).toList();
  }

  /**
   * "Belgium has joined France and the EU in cutting back aid": joining others in doing something is doing it
   * too, no accession; nor is being joined by someone.
   */
  private static List<Interaction> notJoiningInADeed(Arguments args, Trigger t, List<Interaction> found) {
    // ("she was joined by the presidents of Lithuania and Poland": company, no accession)
    if (t.passive()) return List.of();
    List<Token> tokens = args.view().tokens();
    // "joined a Nov. 5 council statement", "joined calls for a ceasefire": what others said or did, no body
    for (int k = t.end(); k < Math.min(tokens.size(), t.end() + 5); k++) {
      if (Regex.matches(tokens.get(k).norm(), JOINED_WORDS)) return List.of();
      if (tokens.get(k).isPunctuation()) break;
    }
    for (int k = t.end(); k + 1 < Math.min(tokens.size(), t.end() + 14); k++) {
      if (tokens.get(k).isPunctuation() && !tokens.get(k).is(",")) break;
      if (tokens.get(k).is("in") && tokens.get(k + 1).norm().endsWith("ing") && !tokens.get(k + 1).isCapitalised()
          && !tokens.get(k + 1).is("during")) {
        return List.of();
      }
    }
    return found;
  }

  /** "became the first member state to leave the bloc": a member doing something first is no accession. */
  private static List<Interaction> notTheFirstTo(Arguments args, Trigger t, List<Interaction> found) {
    // ("was admitted to NATO": what a passive is admitted to)
    if (t.passive()) return found;
    List<Token> tokens = args.view().tokens();
    int k = t.end();
    while (k < tokens.size() && Regex.matches(tokens.get(k).norm(), "states?|countr(y|ies)|nations?")) k++;
    return k < tokens.size() && tokens.get(k).is("to") ? List.of() : found;
  }

  private static List<Interaction> notAnOperation(Arguments args, List<Interaction> found) {
    List<org.entente.text.Token> tokens = args.view().tokens();
    return found.stream().filter(i -> {
      int after = i.target().to();
      return after < 0 || after >= tokens.size() || !OPERATIONS.contains(tokens.get(after).norm());
    }).toList();
  }

  /**
   * "Chad closed the French embassy", "ordered the closure of Sudan's consulate": closing another party's mission
   * expels it; closing one's own ("closed its embassy in Niamey") withdraws from relations.
   */
  private List<Interaction> foreignMission(Arguments args, Trigger t, ActEntry entry, List<Interaction> found) {
    if (found.isEmpty() || entry.type() != ActType.WITHDRAWAL_RELATIONS || !entry.objectClass().equals("EMBASSY")
        || !Regex.matches(entry.head(), "close|closure|shut")) {
      return found;
    }
    int noun = t.reach() - 1;
    for (Actor a : args.view().actors()) {
      boolean owner = a.to() == noun || a.to() + 1 == noun
          && org.entente.text.Grammar.POSSESSIVE_MARKERS.contains(args.view().tokens().get(a.to()).norm());
      if (!owner || !a.explicit() || a.codes().size() != 1) continue;
      Participant mission = Pairing.participants(List.of(a)).get(0);
      List<Participant> closing = found.stream().map(Interaction::source)
          .filter(p -> !p.code().equals(mission.code())).distinct().toList();
      // "the closure of Sudan's consulate" read the owner as the one closing: the subject closes it
      if (closing.isEmpty()) closing = Pairing.participants(args.subject(t.head()));
      return closing.stream().filter(p -> !p.code().equals(mission.code()))
          .map(p -> new Interaction(p, mission, ActType.EXPULSION_MISSION, t.head(), t.end())).toList();
    }
    return found;
  }

  /**
   * "The foreign ministers of Ghana and Togo signed a declaration in Washington": who signs in another state's
   * city went there to sign; "… signed a treaty in Accra": so did the party that is not at home.
   */
  private List<Interaction> signedAbroad(Arguments args, Pairing pairing, Trigger t, ActEntry entry,
      List<Interaction> found) {
    if (!signing(entry) || t.passive()) return found;
    Actor where = signingCity(pairing, t);
    if (where == null) return found;
    // "signed a pact in 2023 and last July turned it into a confederation at a summit in Niamey": the place of
    // the next act in the clause is not where this one was signed
    List<Token> words = args.view().tokens();
    for (int k = t.end(); k < where.from(); k++) {
      if (!words.get(k).is("and")) continue;
      for (int j = k + 1; j < Math.min(where.from(), k + 4); j++) if (words.get(j).norm().endsWith("ed")) return found;
    }
    String place = where.codes().get(0);
    List<Interaction> out = new ArrayList<>(found);
    Set<String> visitors = new java.util.LinkedHashSet<>();
    // "Draghi signed a series of energy deals in Algiers": a signatory named alone went there and signed with its
    // hosts
    // ("The Ethiopian government and the TPLF signed a peace deal in Pretoria": with a party the dictionary does not
    // know beside it, or "he", the signatory may have come from anywhere)
    List<Participant> signatories = new ArrayList<>();
    List<Actor> subject = found.isEmpty() ? args.subject(t.head()) : List.of();
    boolean alone = Pairing.codes(subject).size() == 1 && subject.get(0).to() <= t.head()
        && subject.stream().allMatch(a -> a.kind() == ActorKind.NAMED);
    for (int k = alone ? subject.get(0).to() : t.head(); k < t.head(); k++) {
      alone &= !args.view().tokens().get(k).is("and");
    }
    if (alone) signatories.addAll(Pairing.participants(subject));
    for (Participant p : signatories) {
      if (p.code().equals(place) || parties.isOrganisation(p.code()) || !visitors.add(p.code())) continue;
      // and signed with its hosts, unless what it signed names its parties ("the Declaration on the Admission of
      // Timor-Leste into ASEAN")
      boolean partiesNamed = false;
      for (Actor a : args.view().actors()) partiesNamed |= a.from() >= t.end() && a.to() <= where.from();
      // ("signed the pact at a summit in Niamey": a summit's pact is with many, not with its host)
      for (int k = t.end(); k < where.from(); k++) {
        partiesNamed |= Regex.matches(words.get(k).norm(), "summit|summits|conference|forum");
      }
      if (!partiesNamed) out.add(new Interaction(p, Participant.implied(place), entry.type(), t.head(), t.end()));
      out.add(new Interaction(p, Participant.implied(place), ActType.COOPERATION_VISIT, t.head(), t.end()));
    }
    for (Interaction i : found) {
      for (Participant p : List.of(i.source(), i.target())) {
        if (p.code().equals(place) || parties.isOrganisation(p.code()) || !visitors.add(p.code())) continue;
        out.add(new Interaction(p, Participant.implied(place), ActType.COOPERATION_VISIT, i.triggerHead(),
            i.triggerEnd()));
      }
    }
    return out;
  }

  /** Whether {@code entry} reads the signing of an agreement or a pact: "signed", "concluded", "inked", "sealed". */
  private static boolean signing(ActEntry entry) {
    boolean agreed = entry.type() == ActType.COOPERATION_AGREEMENT || entry.type() == ActType.ALLIANCE_FORMATION;
    return agreed && Regex.matches(entry.head(), "sign|conclude|ink|seal");
  }

  /**
   * The city of a state where a signing took place, or null: a city, not the state's own name ("signed a gas deal
   * in Azerbaijan" may report where the deal is about), and no organisation's seat.
   */
  private Actor signingCity(Pairing pairing, Trigger t) {
    Actor where = pairing.placeWhere(t);
    if (where == null || where.text().equalsIgnoreCase(parties.name(where.codes().get(0)))
        || parties.isOrganisation(where.codes().get(0))) {
      return null;
    }
    return where;
  }

  /**
   * "The memorandum was signed in Tunis on July 16 in the presence of European Commission President Ursula von der
   * Leyen, Italian Prime Minister Giorgia Meloni and Dutch Prime Minister Mark Rutte": those present at a signing
   * in another state's city went there.
   */
  private List<Interaction> presentAtTheSigning(Arguments args, Pairing pairing, Trigger t, ActEntry entry,
      List<Interaction> found) {
    if (!signing(entry)) return found;
    List<Token> tokens = args.view().tokens();
    int presence = -1;
    for (int k = t.end(); k + 1 < tokens.size() && presence < 0; k++) {
      if (tokens.get(k).is("presence") && tokens.get(k - 1).is("the") && tokens.get(k + 1).is("of")) presence = k + 2;
    }
    if (presence < 0) return found;
    // a witness of the signing is no signatory
    int from = presence;
    List<Interaction> out = new ArrayList<>(found.stream().filter(i -> i.type() != entry.type()
        || i.source().from() < from && i.target().from() < from).toList());
    // "Mali and Niger signed the deal in the presence of Russian officials": the signatories left bind each other
    if (out.stream().noneMatch(i -> i.type() == entry.type())) {
      List<Participant> signatories = new ArrayList<>();
      for (Interaction i : found) {
        for (Participant p : List.of(i.source(), i.target())) {
          if (i.type() == entry.type() && p.from() < from
              && signatories.stream().noneMatch(q -> q.code().equals(p.code()))) {
            signatories.add(p);
          }
        }
      }
      out.addAll(Pairing.pairsAmong(signatories, entry.type(), t));
    }
    Actor where = signingCity(pairing, t);
    if (where == null || where.from() > presence) return out;
    String place = where.codes().get(0);
    Set<String> present = new java.util.LinkedHashSet<>();
    for (Actor a : args.view().actors()) {
      if (a.from() < presence || !a.explicit() || a.codes().size() != 1) continue;
      boolean listEnds = false;
      for (int k = presence; k < a.from(); k++) listEnds |= tokens.get(k).is(";") || tokens.get(k).is(".");
      String code = a.codes().get(0);
      if (!listEnds && !code.equals(place) && present.add(code)) {
        out.add(new Interaction(Pairing.participants(List.of(a)).get(0), Participant.implied(place),
            ActType.COOPERATION_VISIT, t.head(), t.end()));
      }
    }
    return out;
  }

  /**
   * "Xi met with Goita, who is in Beijing": a meeting is a visit to the party whose capital or country the
   * sentence names as its place, whichever way its words read.
   */
  private static List<Interaction> hostedWhereNamed(Pairing pairing, Trigger t, List<Interaction> found) {
    List<Interaction> out = new ArrayList<>();
    boolean meeting = Regex.matches(t.candidates().get(0).head(), "meet|hold|talk|meeting|summit|discussion|negotiation");
    for (Interaction i : found) {
      Participant third = meeting && i.type() == ActType.COOPERATION_VISIT
          ? pairing.thirdPlace(t, List.of(i.source().code(), i.target().code())) : null;
      if (third != null) {
        // both sides travelled to the third state: each visits it
        for (Participant p : List.of(i.source(), i.target())) {
          Interaction v = new Interaction(p, third, i.type(), i.triggerHead(), i.triggerEnd());
          if (out.stream().noneMatch(o -> o.source().code().equals(p.code())
              && o.target().code().equals(third.code()))) {
            out.add(v);
          }
        }
        continue;
      }
      Set<String> hosts = pairing.hosts(t, List.of(i.source().code(), i.target().code()));
      boolean wrongWay = hosts.size() == 1 && hosts.contains(i.source().code());
      out.add(wrongWay ? new Interaction(i.target(), i.source(), i.type(), i.triggerHead(), i.triggerEnd()) : i);
    }
    return out;
  }

  /**
   * "French disengagement at the request of Niger's new authorities": a withdrawal asked for by another party is
   * also that party's expulsion of the one withdrawing; "the force the bloc deployed at Kinshasa's request" is
   * military cooperation with the party that asked.
   */
  private static List<Interaction> withRequests(Arguments args, Trigger t, List<Interaction> found) {
    List<Interaction> out = new ArrayList<>(found);
    if (found.isEmpty()) return out;
    Interaction any = found.get(0);
    if (any.type() == ActType.COOPERATION_MILITARY) {
      for (Participant requester : Pairing.participants(args.requesters(t))) {
        List<String> already = found.stream().flatMap(i -> List.of(i.source().code(), i.target().code()).stream())
            .toList();
        if (!already.contains(requester.code())) {
          out.add(new Interaction(any.source(), requester, any.type(), any.triggerHead(), any.triggerEnd()));
        }
      }
      return out;
    }
    for (Interaction i : found) {
      ActType expulsion = switch (i.type()) {
        case WITHDRAWAL_FORCES -> ActType.EXPULSION_FORCES;
        case WITHDRAWAL_RELATIONS -> ActType.EXPULSION_DIPLOMAT;
        default -> null;
      };
      if (expulsion == null) continue;
      for (Participant requester : Pairing.participants(args.requesters(t))) {
        if (!requester.code().equals(i.source().code())) {
          out.add(new Interaction(requester, i.source(), expulsion, i.triggerHead(), i.triggerEnd()));
        }
      }
    }
    return out;
  }

  /** Drops readings the type rules out: an accession needs an organisation; a formation, states. */
  private List<Interaction> valid(List<Interaction> found, ActType type) {
    List<Interaction> out = new ArrayList<>();
    for (Interaction i : found) {
      boolean targetIsOrganisation = parties.isOrganisation(i.target().code());
      boolean ok = switch (type) {
        case ALLIANCE_ACCESSION, WITHDRAWAL_ORGANIZATION -> targetIsOrganisation
            && !parties.isOrganisation(i.source().code());
        case ALLIANCE_FORMATION -> !targetIsOrganisation && !parties.isOrganisation(i.source().code());
        case WITHDRAWAL_FORCES, EXPULSION_FORCES -> !targetIsOrganisation || i.target().code().equals("EU")
            || i.target().code().equals("UN") || i.source().code().equals("EU");
        default -> true;
      };
      // "withdrew from the Multinational Joint Task Force": leaving an organisation's joint force leaves the
      // organisation
      boolean jointForce = type == ActType.WITHDRAWAL_FORCES && !ok && !parties.isOrganisation(i.source().code());
      if (ok) {
        out.add(i);
      } else if (jointForce) {
        out.add(new Interaction(i.source(), i.target(), ActType.WITHDRAWAL_ORGANIZATION, i.triggerHead(),
            i.triggerEnd()));
      }
    }
    return out;
  }

  /**
   * "deployed tanks near its border with Ukraine", "massed troops on the frontier with Mali": the state across the
   * border is where the act faces, not a partner or a host.
   */
  private static List<Interaction> notAcrossTheBorder(List<Token> tokens, List<Interaction> found) {
    return found.stream().filter(i -> {
      int k = i.target().from() - 1;
      if (k < 1 || !tokens.get(k).is("with")) return true;
      return !Regex.matches(tokens.get(k - 1).norm(), "borders?|frontiers?|boundary|boundaries");
    }).toList();
  }

  /** "remain in occupied parts of Ukraine": troops that hold ground taken from the state they are in. */
  private static boolean occupied(List<Token> tokens, int from) {
    for (int k = from; k < Math.min(tokens.size(), from + 5); k++) {
      if (Regex.matches(tokens.get(k).norm(), "occupied|occupying|captured|seized|annexed|invaded")) return true;
    }
    return false;
  }

  /** "together with Spain", "along with Norway", "alongside Chad": a group that shares the subject's act. */
  private static boolean alongside(List<Token> tokens, Arguments.Group g) {
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
