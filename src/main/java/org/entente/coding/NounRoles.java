package org.entente.coding;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.entente.act.ActEntry;
import org.entente.act.ActType;
import org.entente.act.Trigger;
import org.entente.act.WordClasses;
import org.entente.date.MonthNames;
import org.entente.dictionary.NewsWords;
import org.entente.dictionary.NewsWords.WordClass;
import org.entente.party.PartyDictionary;
import org.entente.text.Grammar;
import org.entente.text.Regex;
import org.entente.text.Token;
import org.entente.text.WordSet;

/**
 * Who acts on whom for a noun trigger ("the expulsion of the envoys of A, B and C", "its exit from the court"): the
 * parties before it and its "of", "by", "between" and "to" phrases, paired by the lexicon row's
 * {@link org.entente.act.Frame}.
 */
final class NounRoles {
  /** How far after a noun trigger its phrases may reach. */
  private static final int NOUN_REACH = 24;
  private static final Set<String> GIVE = WordSet.of("gave", "give", "gives", "giving", "given");

  private final PartyDictionary parties;
  private final NewsWords words;
  private final WordClasses objects;

  NounRoles(PartyDictionary parties, NewsWords words, WordClasses objects) {
    this.parties = parties;
    this.words = words;
    this.objects = objects;
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

  // ---------------------------------------------------------------- nouns

  /**
   * {@code in}, the parties after an "in", unless the "in" says what something is about: "talks dominated by the
   * situation in Afghanistan".
   */
  private static List<Actor> venue(Arguments args, List<Actor> in) {
    return in.isEmpty() || args.topicIn(in.get(0)) ? List.of() : in;
  }

  List<Interaction> nominal(Arguments args, Pairing pairing, Trigger t, ActEntry entry) {
    if (entry.type() == ActType.COOPERATION_VISIT) {
      List<Interaction> tour = tourThatTook(args, pairing, t, entry);
      if (!tour.isEmpty()) return tour;
    }
    if (entry.type() == ActType.ALLIANCE_ACCESSION && entry.head().equals("member")) {
      // "the two founding members of the EU since the Second World War" dates no membership
      List<Token> tokens = args.view().tokens();
      boolean dated = t.end() < tokens.size() && MonthNames.isDateWord(tokens.get(t.end()));
      if (!dated) return List.of();
      // (only the member it names: "all four members of the so-called Quad for the first time since 2007" dates
      // no one's membership)
      return memberSince(args, pairing, t, entry);
    }
    Segment segment = args.view().segmentOf(t.head());
    // "the withdrawal of the three states from ECOWAS": a pattern with a gap holds the act's parties inside it
    int start = entry.pattern().contains("*") ? t.head() + 1 : t.end();
    // "talks, which also covered the war in Ukraine": a relative clause after the noun says nothing of its parties
    int end = segment.to();
    // "The expulsion of South Africa's ambassador, Ebrahim Rasool, by the US in March": the noun's phrases go on
    // past a name set beside its object
    int index = args.view().indexOf(segment);
    if (index + 2 < args.view().segments().size()
        && args.view().segments().get(index + 1).kind() == Segment.Kind.APPOSITION) {
      Segment next = args.view().segments().get(index + 2);
      if (Regex.matches(args.view().tokens().get(next.from()).norm(), "by|to|from|with|of")) end = next.to();
    }
    int reach = Math.min(end, t.end() + NOUN_REACH);
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
        if (!signed) all.addAll(venue(args, Arguments.firstOf(after, "in")));
        // "training for Malian troops", "support for Kyiv": the one an act of help is for
        if (entry.type() == ActType.COOPERATION_MILITARY) all.addAll(Arguments.firstOf(after, "for"));
        // "the sending of a Hungarian military mission to Chad"
        if (Pairing.codes(all).size() < 2) all.addAll(Arguments.firstOf(after, "to"));
        // "took delivery of drones from Turkey": arms "from" a state are that state's ("a bailout from the IMF" is
        // as often one sought as one granted)
        // (not a "from" further on: "… of Russia's S-400 system in defiance of warnings from its NATO ally")
        List<Actor> from = Arguments.firstOf(after, "from");
        if (entry.type() == ActType.COOPERATION_MILITARY && Pairing.codes(all).size() < 2 && !from.isEmpty()
            && from.get(0).from() - t.end() <= 10) {
          all.addAll(from);
        }
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
          // "a January tour of Kenya and Angola and a February trip": a trip named after a list of places it does
          // not go to has its traveller and its places in another sentence
          if (entry.type() == ActType.COOPERATION_VISIT && target.isEmpty() && afterAListOfParties(args, t.head())) {
            return List.of();
          }
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

  /** Whether "and a" (and a date or a word for the kind of trip) joins the noun at {@code head} to a party before. */
  private static boolean afterAListOfParties(Arguments args, int head) {
    List<Token> tokens = args.view().tokens();
    int k = head - 1;
    while (k > 0 && !tokens.get(k).is("and") && head - k <= 4 && !tokens.get(k).isPunctuation()
        && !args.view().inActor(k)) {
      k--;
    }
    return k > 0 && tokens.get(k).is("and") && k + 1 < head && Grammar.ARTICLES.contains(tokens.get(k + 1).norm())
        && args.view().inActor(k - 1);
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

  /** {@code from}, when "of" at {@code of} names envoys right before it: "of (two) diplomats from"; else none. */
  private List<Actor> envoysFrom(Arguments args, int of, List<Actor> from) {
    if (from.isEmpty()) return from;
    List<Token> tokens = args.view().tokens();
    int k = from.get(0).from() - 1;
    while (k > of && tokens.get(k).is("the")) k--;
    boolean envoys = k > of + 1 && tokens.get(k).is("from") && objects.find("DIPLOMAT", tokens, of + 1, k) == k;
    return envoys ? from : List.of();
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
    // "Putin's only foreign outing since the start of the war took him to Tajikistan": the trip itself the subject
    int took = -1;
    for (int j = t.end(); j + 1 < Math.min(tokens.size(), t.end() + 9) && !tokens.get(j).isPunctuation(); j++) {
      if (Regex.matches(tokens.get(j).norm(), "that|which")) break;
      if (tokens.get(j).is("took") && Regex.matches(tokens.get(j + 1).norm(), "him|her|them")) took = j;
    }
    if (took < 0 && (k + 2 >= tokens.size() || !Regex.matches(tokens.get(k).norm(), "that|which"))) return List.of();
    // "a regional tour that began earlier this month and has already taken Araghchi to Lebanon": the verb may come
    // a few words on, in the relative clause's second conjunct
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
    Actor organisation = null;
    for (Actor a : args.view().actors()) {
      if (organisation == null && a.from() > t.head() && a.to() <= t.end()) organisation = a;
    }
    // "a NATO member since 2009", "an EU member since 2004": the organisation right before the noun
    int before = t.head();
    if (organisation == null) {
      organisation = args.view().actorEndingAt(t.head());
      if (organisation == null || organisation.kind() == ActorKind.PLACE) return List.of();
      before = organisation.from();
    }
    // ("a member of the UN Security Council since January" holds a seat, it joined nothing)
    for (int k = before; k < t.end(); k++) {
      if (Regex.matches(tokens.get(k).norm(), "council|board|committee|commission")) return List.of();
    }
    int comma = before - 1;
    while (comma > 0 && Regex.matches(tokens.get(comma).norm(), "a|an|full|founding")) comma--;
    // "Albania, a NATO member since 2009": the party the apposition describes; "Croatia, which has been a NATO
    // member since 2009", "Montenegro has been a member of NATO since 2017": the subject of "be"
    List<Actor> member;
    if (comma > 0 && tokens.get(comma).is(",")) {
      Actor described = args.view().actorEndingAt(comma);
      member = described == null ? List.of() : List.of(described);
    } else {
      String verb = tokens.get(comma).norm();
      member = Grammar.BE.contains(verb) || verb.startsWith("remain") ? args.subject(t.head()) : List.of();
    }
    if (member.isEmpty()) return List.of();
    return pairing.directed(member, List.of(organisation), entry.type(), t);
  }
}
