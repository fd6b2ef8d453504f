package org.entente.coding;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.entente.act.ActEntry;
import org.entente.act.ActLexicon;
import org.entente.act.ActType;
import org.entente.act.Trigger;
import org.entente.dictionary.NewsWords;
import org.entente.dictionary.NewsWords.WordClass;
import org.entente.party.PartyDictionary;
import org.entente.text.Grammar;
import org.entente.text.Regex;
import org.entente.text.Token;
import org.entente.text.WordSet;

/**
 * What the pairs a reading found become once the sentence around them is read: dropped when they are no act of
 * those parties (a topic talked about, a private citizen, a meeting left, a troop movement across a border, an
 * adjective), moved to where the act took place (a mission's host, a signing abroad, a meeting held in a third
 * state), or joined by the party that asked for them.
 */
final class ReadingChecks {
  /** What one joins that is no body: a statement, calls, a boycott. */
  private static final String JOINED_WORDS = "statements?|calls?|appeals?|letters?|chorus|condemnations?|criticism"
      + "|protests?|boycotts?|declarations?|meetings?|talks|summits?|sessions?|gatherings?|discussions?"
      + "|ceremon(y|ies)|celebrations?|parades?";
  /** Words after an organisation's name that make it one of its operations: "the AU force", "the UN mission". */
  private static final Set<String> OPERATIONS = WordSet.of("force", "forces", "mission", "missions", "operation",
      "operations", "contingent", "peacekeeping", "troops", "brigade");

  private final PartyDictionary parties;
  private final NewsWords words;

  ReadingChecks(PartyDictionary parties, NewsWords words) {
    this.parties = parties;
    this.words = words;
  }

  /**
   * The pairs {@code found} for {@code entry} once the sentence around the trigger is read: those that are no act of
   * theirs dropped, those that took place elsewhere moved there.
   */
  List<Interaction> kept(Arguments args, Pairing pairing, Trigger trigger, ActEntry entry, List<Interaction> found) {
    found = valid(foreignMission(args, trigger, entry, found), entry.type());
    found = notAcrossTheBorder(args.view().tokens(), found);
    found = notPrivatePeople(args.view().tokens(), entry.type(), found);
    if (entry.type().category().equals("cooperation") && entry.type() != ActType.COOPERATION_VISIT) {
      found = notTheVenue(args.view().tokens(), found);
    }
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
    // "the UK, the US, France, Germany and the EU pledged $8.5bn to help South Africa": money pledged is aid to
    // whom it helps, no agreement among those who pledge it
    if (entry.type() == ActType.COOPERATION_AGREEMENT && entry.head().equals("pledge") && !trigger.noun()
        && trigger.end() < args.view().tokens().size()
        && Regex.matches(args.view().tokens().get(trigger.end()).norm(), "\\$|€|£|us\\$")) {
      found = List.of();
    }
    // "pulled out of a summit of the Visegrad Group": leaving a meeting is not leaving the organisation
    if (entry.type() == ActType.WITHDRAWAL_ORGANIZATION || entry.type() == ActType.WITHDRAWAL_FORCES) {
      found = notFromAMeeting(args.view().tokens(), trigger, found);
    }
    if (entry.objectClass().equals("ACCESSION")) found = admittedByTheOrganisation(found);
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
      found = hostedWhereNamed(args, pairing, trigger, found);
    }
    return found;
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
   * "the bank approved Algeria's membership": a membership that its own organisation approves is the state's
   * accession; one that a member ratifies ("Hungary ratified Sweden's accession") is that member's backing.
   */
  private List<Interaction> admittedByTheOrganisation(List<Interaction> found) {
    List<Interaction> out = new ArrayList<>();
    for (Interaction i : found) {
      boolean admits = parties.isOrganisation(i.source().code()) && !parties.isOrganisation(i.target().code());
      out.add(admits ? new Interaction(i.target(), i.source(), ActType.ALLIANCE_ACCESSION, i.triggerHead(),
          i.triggerEnd()) : i);
    }
    return out;
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

  /** "denounced the agreement as a reward": an "as" a few words after the act. */
  private static boolean condemnedAs(List<Token> tokens, Trigger t) {
    for (int k = t.end(); k < Math.min(tokens.size(), t.reach() + 3); k++) {
      if (tokens.get(k).is("as")) return true;
      if (tokens.get(k).is(",") || tokens.get(k).is(";")) return false;
    }
    return false;
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

  /** An organisation that met a state's named party face to face, not at a place alone. */
  private static boolean metInPerson(Interaction i) {
    return i.target().kind() != ActorKind.PLACE && i.target().kind().explicit();
  }

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
    if (type == ActType.COOPERATION_VISIT) {
      return found.stream().filter(i -> !privatePeople(tokens, i.source())).toList();
    }
    if (type.category().equals("expulsion")) {
      return found.stream().filter(i -> !privatePeople(tokens, i.target())).toList();
    }
    return found;
  }

  /**
   * "a framework the Group of Seven agreed on the sidelines of the NATO summit in Vilnius": an organisation named
   * as whose summit or meeting it was is the venue of an agreement, not a party to it.
   */
  private List<Interaction> notTheVenue(List<Token> tokens, List<Interaction> found) {
    return found.stream().filter(i -> !venue(tokens, i.source()) && !venue(tokens, i.target())).toList();
  }

  private boolean venue(List<Token> tokens, Participant p) {
    if (!p.named() || !parties.isOrganisation(p.code())) return false;
    // (the dictionary names some meetings whole: "NATO summit")
    int last = p.to() < tokens.size() && !tokens.get(p.to() - 1).isCapitalised() ? p.to() - 1 : p.to();
    return last < tokens.size()
        && Regex.matches(tokens.get(last).norm(), "summit|summits|meeting|ministerial|conference|forum");
  }

  /**
   * The party is the adjective of private people right after it: "Somali refugees", "a French journalist"; not of
   * an office whose title goes on ("US national security adviser Jake Sullivan").
   */
  private boolean privatePeople(List<Token> tokens, Participant p) {
    if (!p.named() || p.to() >= tokens.size() || tokens.get(p.to()).isCapitalised()
        || !words.is(WordClass.PRIVATE_PEOPLE, tokens.get(p.to()).norm())) {
      return false;
    }
    for (int k = p.to() + 1; k < Math.min(tokens.size(), p.to() + 4); k++) {
      String w = tokens.get(k).norm();
      if (words.is(WordClass.ROLE, w) || Regex.matches(w, "advisers?|advisors?")) return false;
      if (!Regex.matches(tokens.get(k).text(), "[a-z]+")) break;
    }
    return true;
  }

  /**
   * "joined the continental European electricity network": an organisation's adjective before another noun names
   * no organisation joined ("joined the European Union" names it in full).
   */
  private static List<Interaction> notAnAdjective(Arguments args, List<Interaction> found) {
    List<Token> tokens = args.view().tokens();
    return found.stream().filter(i -> {
      Participant target = i.target();
      // ("It admitted Sweden in March": a pronoun is no adjective)
      if (!target.named() || target.kind() == ActorKind.PRONOUN || target.to() - target.from() != 1
          || target.to() >= tokens.size()) {
        return true;
      }
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
    // ("before joining a meeting of BRICS foreign ministers": nor is an occasion)
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
   * "Draghi signed a series of energy deals in Algiers": who signs in another state's city went there to sign;
   * "… signed a treaty in Accra": so did the party that is not at home.
   */
  private List<Interaction> signedAbroad(Arguments args, Pairing pairing, Trigger t, ActEntry entry,
      List<Interaction> found) {
    if (!SceneRoles.signing(entry) || t.passive()) return found;
    Actor where = signingCity(pairing, t);
    if (where == null) return found;
    // "signed a pact in 2023 and last July turned it into a confederation at a summit in Niamey": the place of
    // the next act in the clause is not where this one was signed
    List<Token> words = args.view().tokens();
    // ("signed a declaration on the sidelines of the SCO summit in Astana": they came for the summit, which the
    // story does not report as a visit)
    if (args.view().sidelinesBetween(t.end(), where.from())) return found;
    for (int k = t.end(); k < where.from(); k++) {
      if (!words.get(k).is("and")) continue;
      for (int j = k + 1; j < Math.min(where.from(), k + 4); j++) if (words.get(j).norm().endsWith("ed")) return found;
    }
    // ("Mali, Burkina Faso and Niger signed the treaty in Niamey": a pact among three or more, signed in one of
    // their capitals, is the act the story tells; who travelled to sign it, it does not)
    Set<String> signers = new java.util.HashSet<>();
    for (Interaction i : found) {
      if (i.type() == entry.type()) {
        signers.add(i.source().code());
        signers.add(i.target().code());
      }
    }
    if (signers.size() >= 3 && signers.contains(where.codes().get(0))) return found;
    // ("Bahrain and the UAE signed accords with Israel at the White House", "Qatar and Egypt signed their
    // memorandums in Tashkent": signatories who meet in a third state's city are the story, not their journeys)
    if (signers.size() >= 2 && !signers.contains(where.codes().get(0))) return found;
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
    if (!SceneRoles.signing(entry)) return found;
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
  private static List<Interaction> hostedWhereNamed(Arguments args, Pairing pairing, Trigger t,
      List<Interaction> found) {
    List<Interaction> out = new ArrayList<>();
    boolean meeting =
        Regex.matches(t.candidates().get(0).head(), "meet|hold|talk|meeting|summit|discussion|negotiation");
    for (Interaction i : found) {
      Participant third = meeting && i.type() == ActType.COOPERATION_VISIT
          ? pairing.thirdPlace(t, List.of(i.source().code(), i.target().code())) : null;
      if (third != null) {
        // both sides travelled to the third state: each visits it, and two named there met each other
        if (metThere(args.view().tokens(), t, i)) out.add(i);
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
    // "Tshisekedi and Kagame met in Luanda": the two the subject names met each other there too
    if (found.size() == 2 && found.get(0).type() == ActType.COOPERATION_VISIT
        && found.get(0).target().kind() == ActorKind.PLACE
        && found.get(0).target().code().equals(found.get(1).target().code())) {
      Interaction pair = new Interaction(found.get(0).source(), found.get(1).source(), ActType.COOPERATION_VISIT,
          t.head(), t.end());
      if (metThere(args.view().tokens(), t, pair)) out.add(pair);
    }
    return out;
  }

  /**
   * "Trump met Mr al-Sharaa in Riyadh", "Tshisekedi and Kagame met in Luanda": two parties named as the meeting's
   * subject and object, or as its subject, met each other; not "held talks in Mexico City under Norwegian
   * mediation", nor "met leaders of Palestinian armed factions".
   */
  private static boolean metThere(List<Token> tokens, Trigger t, Interaction i) {
    if (!t.candidates().get(0).head().equals("meet") || !i.source().named() || !i.target().named()) return false;
    // "Tshisekedi and Kagame met in Luanda", "the two countries' foreign ministers met in the Angolan capital": the
    // subject names both
    if (i.source().to() <= t.head() && i.target().to() <= t.head()) {
      Participant first = i.source().from() <= i.target().from() ? i.source() : i.target();
      Participant second = first == i.source() ? i.target() : i.source();
      if (first.from() == second.from()) return first.kind() == ActorKind.PAIR;
      for (int k = first.to(); k < second.from(); k++) if (!tokens.get(k).is("and")) return false;
      return second.to() >= t.head() - 3;
    }
    Participant before = i.source().from() < t.head() ? i.source() : i.target();
    Participant after = before == i.source() ? i.target() : i.source();
    if (before.to() > t.head() || after.from() < t.end() || after.from() > t.end() + 3) return false;
    for (int k = t.end(); k < after.to(); k++) if (tokens.get(k).is("of") || tokens.get(k).is(",")) return false;
    return true;
  }

  /**
   * "French disengagement at the request of Niger's new authorities": a withdrawal asked for by another party is
   * also that party's expulsion of the one withdrawing; "the force the bloc deployed at Kinshasa's request" is
   * military cooperation with the party that asked.
   */
  static List<Interaction> withRequests(Arguments args, Trigger t, List<Interaction> found) {
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
  List<Interaction> valid(List<Interaction> found, ActType type) {
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
}
