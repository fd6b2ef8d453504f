package org.entente.coding;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.entente.act.ActEntry;
import org.entente.act.ActType;
import org.entente.act.Trigger;
import org.entente.party.PartyDictionary;
import org.entente.text.Grammar;
import org.entente.text.Regex;
import org.entente.text.Token;
import org.entente.text.WordSet;

/**
 * Acts whose parties come from the story rather than from the trigger's own clause: "Niger followed suit", "as did
 * Mauritania", "Estonia and Latvia expelled one each" after an act on a third party, troops withdrawn from where the
 * last ones left, a country pulled out of the organisation the story is about, and lists that go on after the verb
 * ("expelled four Russian diplomats, Poland three").
 */
final class StoryRoles {
  /** The verbs of "followed suit" and "did the same", looked up before anything else on every token. */
  private static final Set<String> FOLLOWING_VERBS = WordSet.of("follow", "followed", "follows", "following", "did",
      "do", "does", "responded", "retaliated", "reciprocated");

  private final PartyDictionary parties;

  StoryRoles(PartyDictionary parties) {
    this.parties = parties;
  }

  /** Whether every target is also a source: "Germany and Russia expelled each other's diplomats". */
  static boolean amongThemselves(List<Interaction> found) {
    Set<String> sources = new java.util.HashSet<>();
    found.forEach(i -> sources.add(i.source().code()));
    return found.stream().allMatch(i -> sources.contains(i.target().code()));
  }

  static List<Interaction> parallelTarget(Arguments args, TriggerReading r, Interaction last) {
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
  static List<Interaction> followers(Arguments args, Interaction template, boolean earlierSentence) {
    if (template == null) return List.of();
    List<Token> tokens = args.view().tokens();
    for (int k = 0; k + 1 < tokens.size(); k++) {
      String w = tokens.get(k).norm();
      if (!earlierSentence && Grammar.ellipticVerb(tokens, k)) {
        return elliptic(args, template, k);
      }
      // "Mauritania followed Saudi Arabia and the UAE in cutting ties with Qatar", "Latvia joined Lithuania in
      // expelling …": those followed or joined did the act too
      if (Regex.matches(w, "follow(ed|s)?|join(ed|s)?") && !earlierSentence) {
        List<Participant> leaders = leadersBefore(args, k, template);
        if (!leaders.isEmpty()) return doneAgain(template, leaders, k);
      }
      if (!FOLLOWING_VERBS.contains(w)) continue;
      // "ECOWAS suspended Mali in May, and the African Union followed suit": what is followed is this sentence's
      // own first clause, even when it states no act the coder knows, not an act of an earlier sentence
      if (earlierSentence && ownClauseBefore(tokens, k)) return List.of();
      String next = tokens.get(k + 1).norm();
      // "Britain expelled 23 Russian diplomats, and Moscow responded in kind days later": the act done back
      if (Regex.matches(w, "responded|retaliated|reciprocated")) {
        boolean inKind = w.equals("reciprocated") || next.equals("in") && k + 2 < tokens.size()
            && tokens.get(k + 2).is("kind");
        boolean returnable = template.type() == ActType.EXPULSION_DIPLOMAT
            || template.type() == ActType.WITHDRAWAL_RELATIONS;
        if (!inKind || !returnable) continue;
        return doneAgain(template, Pairing.participants(args.subject(k)), k);
      }
      // "The UAE normalised ties with Israel in 2020, followed by Morocco in December": those "followed by" do it
      // next
      if (w.equals("followed") && next.equals("by") && !earlierSentence) {
        List<Actor> by = Arguments.first(args.after(k + 1, args.view().segmentOf(k).to()), "by");
        if (!by.isEmpty() && by.get(0).from() == k + 2) return doneAgain(template, Pairing.participants(by), k);
      }
      // "Rabat agreed to normalise relations with Israel, following the United Arab Emirates, Bahrain and Sudan":
      // the parties listed right after a comma's "following" had done it before
      if (w.equals("following") && k > 0 && tokens.get(k - 1).is(",") && !earlierSentence) {
        List<Arguments.Group> after = args.after(k + 1, args.view().segmentOf(k).to());
        List<Actor> before = after.isEmpty() ? List.of() : after.get(0).actors();
        // (not "following Mali's decision": the list ends the clause)
        int end = before.isEmpty() ? k : before.get(before.size() - 1).to();
        boolean bare = end >= tokens.size() || tokens.get(end).isPunctuation() && !tokens.get(end).is("'s");
        if (!before.isEmpty() && bare && before.get(0).from() <= k + 2
            && Regex.matches(String.valueOf(after.get(0).preposition()), "null|following")) {
          return doneAgain(template, Pairing.participants(before), k);
        }
      }
      // ("Burkina Faso followed in 2023": a date after "in")
      boolean dateAfter = next.equals("in") && k + 2 < tokens.size()
          && (Regex.matches(tokens.get(k + 2).norm(), "(19|20)\\d\\d")
              || org.entente.date.MonthNames.isCalendarWord(tokens.get(k + 2)));
      // ("Guatemala followed two days later": a span of time after it)
      boolean later = k + 3 < tokens.size() && Grammar.isNumber(next)
          && Regex.matches(tokens.get(k + 2).norm(), "hours|days|weeks|months|years")
          && Regex.matches(tokens.get(k + 3).norm(), "later|after");
      boolean follows = Regex.matches(w, "follow(ed|s)?|following") && (dateAfter || later || Regex.matches(next,
          "suit|within|hours|days|shortly|soon|quickly|later|on|the|a|an|swiftly|last|earlier|\\.|,"))
          || Regex.matches(w, "did|do|does") && Regex.matches(next, "the|likewise") && (next.equals("likewise")
              || k + 2 < tokens.size() && tokens.get(k + 2).is("same"));
      // "followed Riyadh's lead", "followed the Saudi example": the leader's act, done again
      boolean lead = w.startsWith("follow") && ledBy(tokens, k + 1);
      if (lead) follows = true;
      if (!follows
          || !lead && w.startsWith("follow") && Regex.matches(next, "the|a|an") && !sameOrTime(tokens, k + 2)) {
        continue;
      }
      // "Latvia did not follow suit", "is expected to follow suit": no act
      for (int b = Math.max(0, k - 3); b < k; b++) {
        if (Regex.matches(tokens.get(b).norm(), "not|n't|never|expected|likely|may|might|could|would|will|to")) {
          return List.of();
        }
      }
      return doneAgain(template, Pairing.participants(args.subject(k)), k);
    }
    return List.of();
  }


  /**
   * The parties right after "followed" or "joined" at {@code verb} when "in" and the act of {@code template}
   * follow them ("followed Saudi Arabia and the UAE in cutting ties"), else none.
   */
  private static List<Participant> leadersBefore(Arguments args, int verb, Interaction template) {
    List<Token> tokens = args.view().tokens();
    List<Arguments.Group> after = args.after(verb + 1, args.view().segmentOf(verb).to());
    if (after.isEmpty() || after.get(0).preposition() != null) return List.of();
    List<Actor> leaders = after.get(0).actors();
    int end = leaders.get(leaders.size() - 1).to();
    boolean right = leaders.get(0).from() <= verb + 2 && end < tokens.size() && tokens.get(end).is("in")
        && template.triggerHead() == end + 1;
    return right ? Pairing.participants(leaders) : List.of();
  }

  /**
   * Whether an act is that of the parties named right after "joined" or "followed" and before "in" and the act
   * ("joined Mali in quitting", as {@link #leadersBefore} reads it): they did it first, so {@link ActDateStage}
   * gives it no date of the followers'. (Not "followed by Morocco", who did it after, nor "joined Mali
   * and Burkina Faso in a mutual defence pact", which they made together.)
   */
  static boolean doneFirst(List<Token> tokens, Interaction i) {
    int head = i.triggerHead();
    if (!Regex.matches(tokens.get(head).norm(), "join(ed|s)?|follow(ed|s)?") || !i.source().named()
        || i.source().from() <= head || tokens.get(head + 1).is("by")) {
      return false;
    }
    for (int k = i.source().to(); k + 1 < Math.min(tokens.size(), i.source().to() + 8); k++) {
      if (tokens.get(k).is("in")) return tokens.get(k + 1).norm().endsWith("ing");
    }
    return false;
  }

  /** The act of {@code template} done again by {@code subjects}, read at token {@code at}. */
  private static List<Interaction> doneAgain(Interaction template, List<Participant> subjects, int at) {
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

  /**
   * "Jordan recalled its ambassador from Israel on Wednesday. … Turkey recalled its ambassador on Saturday", "Chad
   * cut ties with Israel. … Bolivia severed relations in October", "The
   * United States completed its withdrawal from Afghanistan. … Germany brought its final contingent home": in a story
   * of recalls or of troops leaving, an envoy recalled or troops withdrawn from nowhere named left where the last
   * ones did.
   */
  static List<Interaction> leftTheSamePlace(Arguments args, TriggerReading r, Discourse discourse) {
    ActEntry entry = r.entries().get(0);
    Trigger t = r.trigger();
    String from = discourse.lastLeft(entry.type());
    if (from == null || t.noun()) return List.of();
    // (a recall only of an envoy named as such; whether it happened at all is the modality stage's reading)
    boolean recall = entry.type() == ActType.WITHDRAWAL_RELATIONS && entry.objectClass().equals("DIPLOMAT")
        && envoyAfter(args, t);
    // ("Bolivia severed relations in October": and ties cut with no one named)
    String last = entry.pattern().get(entry.pattern().size() - 1);
    boolean severed = entry.type() == ActType.WITHDRAWAL_RELATIONS
        && (entry.objectClass().equals("RELATIONS") || Regex.matches(last, "tie|relation|link"));
    if (!recall && !severed && entry.type() != ActType.WITHDRAWAL_FORCES) return List.of();
    return SceneRoles.eachTo(Pairing.participants(args.subject(t.head())), from, entry.type(), t);
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
  static List<Interaction> notLeftWith(Arguments args, List<Interaction> own) {
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

  /**
   * "Germany expelled four Russian diplomats, Poland three and Lithuania and Latvia two each": parties listed with
   * a count and no verb repeat the expulsion before them, on the same target.
   */
  static List<Interaction> gapped(Arguments args, List<Interaction> found) {
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
      if (!Grammar.isNumber(w)) continue;
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
   * "Mali's military rulers pulled their country out in May 2022": out of the organisation just left or joined, else
   * the one the article is about; never troops withdrawn.
   */
  List<Interaction> countryPulledOut(Arguments args, TriggerReading r, Interaction last, Discourse discourse,
      Salience salience) {
    ActEntry entry = r.entries().get(0);
    if (entry.type() != ActType.WITHDRAWAL_ORGANIZATION || !entry.pattern().contains("country")) return List.of();
    boolean leftOrJoined = last != null
        && (last.type() == ActType.WITHDRAWAL_ORGANIZATION || last.type() == ActType.ALLIANCE_ACCESSION);
    String organisation = leftOrJoined ? last.target().code() : discourse.salientOrganisation(salience);
    if (organisation == null || !parties.isOrganisation(organisation)) return List.of();
    Trigger t = r.trigger();
    return SceneRoles.eachTo(Pairing.participants(args.subject(t.head())), organisation, entry.type(), t);
  }

  /**
   * "Angola is the first member to quit since Ecuador left in 2020, and Qatar walked out in 2019", "Nicaragua
   * is the second country to walk out of the OAS. Venezuela announced its withdrawal in April 2017": a state that
   * leaves or joins with nothing named leaves or joins the organisation just left or joined, or the one the
   * article is about when the sentence speaks of its members.
   */
  List<Interaction> leftOrJoinedTheBloc(Arguments args, TriggerReading r, Interaction last,
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
    if (SceneRoles.partyNamedAfter(args, t)) return List.of();
    String organisation = null;
    if (last != null && (last.type() == ActType.WITHDRAWAL_ORGANIZATION || last.type() == ActType.ALLIANCE_ACCESSION)) {
      organisation = last.target().code();
    } else if (salientOrganisation != null && parties.isOrganisation(salientOrganisation)) {
      for (Token w : tokens) {
        if (Regex.matches(w.norm(), "member|members|membership")) organisation = salientOrganisation;
      }
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

  private static boolean ownClauseBefore(List<Token> tokens, int follow) {
    for (int k = 3; k < follow - 1; k++) {
      if (tokens.get(k).is("and") && tokens.get(k - 1).is(",")) return true;
    }
    return false;
  }
}
