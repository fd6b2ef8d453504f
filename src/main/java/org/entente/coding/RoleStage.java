package org.entente.coding;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.entente.act.ActEntry;
import org.entente.act.ActType;
import org.entente.act.Frame;
import org.entente.act.Trigger;
import org.entente.dictionary.NewsWords;
import org.entente.dictionary.NewsWords.WordClass;
import org.entente.party.PartyDictionary;
import org.entente.text.Grammar;

/**
 * Adds the interactions: for each trigger read as an act, who acted on whom — the subject before it (or the one
 * its clause borrows), the objects after it with their prepositions, passive voice, nominal triggers'
 * "of"/"by"/"between" phrases, and the frame of the lexicon entry. The trigger's lexicon rows are tried in order
 * and the first that yields a well-formed interaction is kept (an accession needs an organisation to join, a
 * troop withdrawal a state to leave). Also adds the subject of the sentence's first main clause, which a "They"
 * in the next sentence may stand for.
 */
final class RoleStage implements SentenceStage {
  private static final int NOUN_REACH = 16;

  private final PartyDictionary parties;
  private final NewsWords words;

  RoleStage(PartyDictionary parties, NewsWords words) {
    this.parties = parties;
    this.words = words;
  }

  @Override
  public SentenceAnnotation annotate(SentenceAnnotation sentence, ArticleAnnotation article, Discourse discourse) {
    SentenceView view = sentence.view(words);
    List<Interaction> found = new ArrayList<>();
    for (TriggerReading r : sentence.readings()) {
      if (r.act()) found.addAll(interactions(view, r, article.salience()));
    }
    return sentence.withInteractions(found, mainSubject(view));
  }

  /** The states that head the sentence's first main clause: "Burkina Faso's junta, which …, has turned …". */
  private List<String> mainSubject(SentenceView view) {
    for (Segment s : view.segments()) {
      if (s.kind() != Segment.Kind.MAIN) continue;
      return subject(view, s.to()).stream().filter(Actor::explicit).flatMap(a -> a.codes().stream())
          .filter(c -> !parties.isOrganisation(c)).distinct().toList();
    }
    return List.of();
  }

  private List<Interaction> interactions(SentenceView view, TriggerReading reading, Salience context) {
    Trigger trigger = reading.trigger();
    for (ActEntry entry : reading.entries()) {
      List<Interaction> found = entry.noun() ? nominal(view, trigger, entry, context) : verbal(view, trigger, entry, context);
      found = valid(found, entry.type());
      // "ECOWAS leaders meet in Abuja": an organisation meeting is a summit, not a visit to its host
      if (words.is(WordClass.MEETING, entry.head())) {
        found = found.stream().filter(i -> !parties.isOrganisation(i.source().code())).toList();
      }
      if (!found.isEmpty()) return found;
    }
    return List.of();
  }


  // ---------------------------------------------------------------- verbs

  private List<Interaction> verbal(SentenceView view, Trigger t, ActEntry entry, Salience context) {
    List<Actor> subject = subject(view, t.head());
    // from the head: "ordered the French ambassador to leave" has its object inside the pattern
    List<Group> after = after(view, t.head() + 1, view.segmentOf(t.head()).to());
    List<Actor> byAgent = first(after, "by");
    List<Actor> object = firstExcept(after, "by");
    String objectPreposition = after.stream().filter(g -> !"by".equals(g.preposition())).findFirst()
        .map(Group::preposition).orElse(null);
    Frame frame = entry.frame();
    if (frame == Frame.MUTUAL) {
      List<Actor> first = t.passive() && !byAgent.isEmpty() ? byAgent : subject;
      List<Actor> second = !t.passive() || subject.isEmpty() ? object : subject;
      if (first == second) second = List.of();
      // "Mali and Burkina Faso signed an accord in Moscow": a place, not a third signatory
      boolean place = "in".equals(objectPreposition) || "at".equals(objectPreposition);
      if (place && second == object && codes(first).size() > 1) second = List.of();
      if (second.isEmpty() && !t.passive()) second = sharedObject(view, t);
      // "Baykar supplied drones to Burkina Faso, Mali and Niger": the supplier with each buyer, not the buyers
      // with each other; an alliance binds everyone it names
      if (!first.isEmpty() && !second.isEmpty() && entry.type() != ActType.ALLIANCE_FORMATION) {
        return between(first, second, entry.type(), t);
      }
      // "Togo and Ghana strengthened their ties with the Sahel states": the partner is unnamed, not each other
      if (second.isEmpty() && unnamedPartner(view, t)) return List.of();
      List<Actor> all = new ArrayList<>(first);
      all.addAll(second);
      return mutual(view, all, entry.type(), t, context);
    }
    if (frame == Frame.HOST) {
      // "Tiani received the delegation" / "the delegation was received in Niamey by Tiani"
      List<Actor> host = t.passive() ? (byAgent.isEmpty() ? first(after, "in") : byAgent) : subject;
      List<Actor> guest = t.passive() ? subject : object;
      return directed(view, guest, host, entry.type(), t, context);
    }
    if (frame == Frame.ULTIMATUM) {
      return directed(view, object, nearestBefore(view, t.head()), entry.type(), t, context);
    }
    if (t.passive()) {
      // "was expelled from Niger": without a "by", only a "from" party can be the actor
      List<Actor> actor = !byAgent.isEmpty() ? byAgent : firstOf(after, "from", "of");
      return directed(view, actor, subject, entry.type(), t, context);
    }
    return directed(view, subject, object, entry.type(), t, context);
  }

  // ---------------------------------------------------------------- nouns

  private List<Interaction> nominal(SentenceView view, Trigger t, ActEntry entry, Salience context) {
    Segment segment = view.segmentOf(t.head());
    List<Group> after = after(view, t.end(), Math.min(segment.to(), t.end() + NOUN_REACH));
    List<Actor> pre = premodifiers(view, t.head());
    List<Actor> of = first(after, "of");
    List<Actor> by = first(after, "by");
    List<Actor> toward = firstOf(after, "to", "in", "from", "with", "against", "into");
    List<Actor> between = first(after, "between");
    List<Actor> owner = !pre.isEmpty() ? pre : !by.isEmpty() ? by : of;
    switch (entry.frame()) {
      case MUTUAL -> {
        List<Actor> all = new ArrayList<>(pre);
        all.addAll(between);
        all.addAll(by);
        all.addAll(of);
        all.addAll(firstOf(after, "with"));
        all.addAll(firstOf(after, "in"));
        if (codes(all).size() < 2) all.addAll(subject(view, t.head()));
        return mutual(view, all, entry.type(), t, context);
      }
      case PATIENT -> {
        List<Actor> source = !pre.isEmpty() ? pre : !by.isEmpty() ? by : subject(view, t.head());
        return directed(view, source, of, entry.type(), t, context);
      }
      case HOST -> {
        List<Actor> guest = owner.isEmpty() ? subject(view, t.head()) : owner;
        return directed(view, guest, toward, entry.type(), t, context);
      }
      case ULTIMATUM -> {
        List<Actor> place = after(view, t.end(), segment.to()).stream().findFirst().map(Group::actors).orElse(List.of());
        return directed(view, place, nearestBefore(view, t.head()), entry.type(), t, context);
      }
      default -> {
        List<Actor> source = owner;
        List<Actor> target = toward;
        if (source.isEmpty()) {
          source = subject(view, t.head());
          // "the European Union will be informed of the end of its partnership with Niger": told, not telling
          if (toldOf(view, t.head())) {
            List<Actor> swap = source;
            source = target;
            target = swap;
          }
        }
        return directed(view, source, target, entry.type(), t, context);
      }
    }
  }

  private static boolean unnamedPartner(SentenceView view, Trigger t) {
    Segment segment = view.segmentOf(t.head());
    for (int k = t.end(); k < Math.min(segment.to(), t.end() + 8); k++) {
      String w = view.tokens().get(k).norm();
      if (w.equals("with") || w.equals("between")) return true;
    }
    return false;
  }

  /** "X met Y and agreed to …": the second verb's partner is the first verb's object. */
  private List<Actor> sharedObject(SentenceView view, Trigger t) {
    Segment segment = view.segmentOf(t.head());
    int and = -1;
    for (int k = t.head() - 1; k > segment.from(); k--) {
      if (view.tokens().get(k).is("and")) {
        and = k;
        break;
      }
    }
    if (and < 0) return List.of();
    List<Actor> between = new ArrayList<>();
    for (Actor a : view.actors()) {
      if (a.from() > segment.from() && a.to() <= and && !view.ignored(a)) between.add(a);
    }
    List<Actor> subject = subject(view, t.head());
    between.removeAll(subject);
    List<List<Actor>> groups = view.groups(between);
    return groups.isEmpty() ? List.of() : groups.get(groups.size() - 1);
  }

  private boolean toldOf(SentenceView view, int head) {
    for (int k = Math.max(0, head - 8); k < head; k++) {
      if (words.is(WordClass.TOLD, view.tokens().get(k).norm())) return true;
    }
    return false;
  }

  /** Parties written right before a noun: "France's withdrawal", "the Russian delegation's visit". */
  private List<Actor> premodifiers(SentenceView view, int head) {
    List<Actor> out = new ArrayList<>();
    int k = head - 1;
    while (k >= 0) {
      String w = view.tokens().get(k).norm();
      Actor a = actorEndingAt(view, k + 1);
      if (a != null && !view.ignored(a)) {
        out.add(0, a);
        k = a.from() - 1;
      } else if (view.roleWord(w) || words.is(WordClass.ACT_NOUN_MODIFIER, w)) {
        k--;
      } else {
        break;
      }
    }
    return out;
  }

  private static Actor actorEndingAt(SentenceView view, int end) {
    for (Actor a : view.actors()) if (a.to() == end) return a;
    return null;
  }

  // ---------------------------------------------------------------- subjects and objects

  /** The subject of a trigger at {@code head}: the first group of parties before it in its clause, or borrowed. */
  private List<Actor> subject(SentenceView view, int head) {
    Segment segment = view.segmentOf(head);
    List<Actor> own = subjectWithin(view, segment, head);
    return own.isEmpty() ? borrowedSubject(view, segment, head) : own;
  }

  private List<Actor> subjectWithin(SentenceView view, Segment segment, int before) {
    int start = segment.from();
    int speakerEnd = -1;
    for (int k = segment.from(); k < before; k++) {
      if (words.is(WordClass.REPORTING, view.tokens().get(k).norm()) && !view.inActor(k)) {
        speakerEnd = k;
        start = k + 1;
      }
    }
    // "the United States said on Friday it would withdraw", "the junta announced the suspension of …"
    if (speakerEnd >= 0 && (pronounSubject(view, start, before) || announces(view, speakerEnd, before))) {
      // "the United States said on Friday it would withdraw": the speaker is the actor
      start = segment.from();
      before = speakerEnd;
    }
    List<Actor> candidates = new ArrayList<>();
    for (Actor a : view.actors()) {
      if (a.from() >= start && a.to() <= before && !view.ignored(a) && !view.inPrepositionalPhrase(a)) {
        candidates.add(a);
      }
    }
    List<List<Actor>> groups = view.groups(candidates);
    if (groups.isEmpty() && firstPerson(view, segment.from(), before)) return speaker(view);
    return groups.isEmpty() ? List.of() : groups.get(0);
  }

  /** "We have decided to end …," the prime minister said: a first-person subject is the speaker. */
  private static boolean firstPerson(SentenceView view, int from, int to) {
    for (int k = from; k < to; k++) {
      if (Grammar.FIRST_PERSON.contains(view.tokens().get(k).norm())) return true;
    }
    return false;
  }

  private static List<Actor> speaker(SentenceView view) {
    for (Segment s : view.segments()) {
      if (s.kind() != Segment.Kind.ATTRIBUTION) continue;
      for (Actor a : view.actors()) if (s.contains(a.from())) return List.of(a);
    }
    return List.of();
  }

  /** "announced on Sunday their immediate withdrawal": the act is what the speaker announced. */
  private static boolean announces(SentenceView view, int speakerEnd, int head) {
    if (head - speakerEnd > 7) return false;
    for (int k = speakerEnd + 1; k < head; k++) if (view.inActor(k)) return false;
    return true;
  }

  private static boolean pronounSubject(SentenceView view, int from, int to) {
    for (int k = from; k < to; k++) {
      if (Grammar.SUBJECT_PRONOUNS.contains(view.tokens().get(k).norm())) return true;
    }
    return false;
  }

  /** The group of parties nearest before {@code head} in its clause: who "will have six months to leave". */
  private List<Actor> nearestBefore(SentenceView view, int head) {
    Segment segment = view.segmentOf(head);
    List<Actor> candidates = new ArrayList<>();
    for (Actor a : view.actors()) {
      if (a.from() >= segment.from() && a.to() <= head && !view.ignored(a)) candidates.add(a);
    }
    List<List<Actor>> groups = view.groups(candidates);
    return groups.isEmpty() ? List.of() : groups.get(groups.size() - 1);
  }

  /** A clause with no subject of its own takes the one it depends on. */
  private List<Actor> borrowedSubject(SentenceView view, Segment segment, int head) {
    int index = view.indexOf(segment);
    if (segment.kind() == Segment.Kind.FRONT) {
      for (int s = index + 1; s < view.segments().size(); s++) {
        Segment next = view.segments().get(s);
        if (next.kind() == Segment.Kind.MAIN) return subjectWithin(view, next, next.to());
      }
      return List.of();
    }
    if (segment.kind() == Segment.Kind.RELATIVE) {
      for (int k = view.actors().size() - 1; k >= 0; k--) {
        Actor a = view.actors().get(k);
        if (a.to() <= segment.from() && !view.ignored(a)) return List.of(a);
      }
      return List.of();
    }
    for (int s = index - 1; s >= 0; s--) {
      Segment previous = view.segments().get(s);
      boolean phrase = previous.kind() == Segment.Kind.ADVERBIAL
          && !view.opensClause(view.tokens().get(previous.from()).norm());
      if (previous.kind() == Segment.Kind.APPOSITION || previous.kind() == Segment.Kind.ATTRIBUTION
          || previous.kind() == Segment.Kind.RELATIVE || phrase) {
        continue;
      }
      List<Actor> found = subjectWithin(view, previous, previous.to());
      if (!found.isEmpty()) return found;
    }
    return List.of();
  }

  /** Groups of parties after a trigger, each with the preposition that introduces it (null: a direct object). */
  private record Group(String preposition, List<Actor> actors) {}

  private static List<Group> after(SentenceView view, int from, int to) {
    List<Actor> candidates = new ArrayList<>();
    for (Actor a : view.actors()) {
      if (a.from() >= from && a.to() <= to && !view.ignored(a)) candidates.add(a);
    }
    List<Group> out = new ArrayList<>();
    for (List<Actor> g : view.groups(candidates)) {
      String p = view.preposition(g.get(0));
      if (p != null && p.equals("between")) p = "between";
      out.add(new Group(p, g));
    }
    return out;
  }

  private static List<Actor> first(List<Group> groups, String preposition) {
    for (Group g : groups) if (preposition.equals(g.preposition())) return g.actors();
    return List.of();
  }

  private static List<Actor> firstOf(List<Group> groups, String... prepositions) {
    for (Group g : groups) {
      for (String p : prepositions) if (p.equals(g.preposition())) return g.actors();
    }
    return List.of();
  }

  private static List<Actor> firstExcept(List<Group> groups, String preposition) {
    for (Group g : groups) if (!preposition.equals(g.preposition())) return g.actors();
    return List.of();
  }

  // ---------------------------------------------------------------- building interactions

  private List<Interaction> directed(SentenceView view, List<Actor> sources, List<Actor> targets, ActType type,
      Trigger t, Salience context) {
    List<Participant> from = participants(sources);
    List<Participant> to = participants(targets);
    if (to.isEmpty() && !from.isEmpty() && impliedTarget(type)) {
      // "France withdrew its troops": from the country the article is about
      String state = context.salientStateExcept(from.stream().map(Participant::code).toList());
      if (state != null) to = List.of(new Participant(state, "", ActorKind.COUNTRY));
    }
    if (to.isEmpty() && !from.isEmpty() && type == ActType.COOPERATION_VISIT) {
      // "at the end of a visit … N'Djamena": the capital named in the same clause is the host
      Segment segment = view.segmentOf(t.head());
      for (Actor a : view.actors()) {
        if (a.kind() == ActorKind.PLACE && segment.contains(a.from())) {
          to = participants(List.of(a));
          break;
        }
      }
    }
    if (to.isEmpty() && !from.isEmpty() && type.category().equals("expulsion")) {
      // "accused France of meddling and ordered its troops out": the party named before in the clause
      to = participants(lastOtherBefore(view, t.head(), from));
    }
    if (from.isEmpty() && !to.isEmpty() && type.category().equals("expulsion")) {
      String state = context.salientStateExcept(to.stream().map(Participant::code).toList());
      if (state != null) from = List.of(new Participant(state, "", ActorKind.COUNTRY));
    }
    List<Interaction> out = new ArrayList<>();
    for (Participant s : from) {
      for (Participant g : to) {
        Participant source = s;
        Participant target = g;
        // "the country" is never the party it is set against: it is the next state the article is about
        if (g.kind() == ActorKind.COUNTRY && g.code().equals(s.code())) target = otherCountry(g, s, context);
        if (s.kind() == ActorKind.COUNTRY && s.code().equals(g.code())) source = otherCountry(s, g, context);
        if (source != null && target != null && !source.code().equals(target.code())) {
          out.add(new Interaction(source, target, type, t.head(), t.end()));
        }
      }
    }
    return out;
  }

  private static List<Actor> lastOtherBefore(SentenceView view, int head, List<Participant> except) {
    Actor found = null;
    for (Actor a : view.actors()) {
      boolean other = a.codes().stream().noneMatch(c -> except.stream().anyMatch(p -> p.code().equals(c)));
      if (a.to() <= head && other && !view.ignored(a)) found = a;
    }
    return found == null ? List.of() : List.of(found);
  }

  private static Participant otherCountry(Participant country, Participant against, Salience context) {
    String other = context.salientStateExcept(List.of(against.code()));
    return other == null ? null : new Participant(other, country.text(), country.kind());
  }

  private static boolean impliedTarget(ActType type) {
    return type == ActType.WITHDRAWAL_FORCES;
  }

  private List<Interaction> mutual(SentenceView view, List<Actor> actors, ActType type, Trigger t,
      Salience context) {
    List<Participant> all = participants(actors);
    if (type == ActType.COOPERATION_VISIT) return visits(view, actors, all, t);
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

  /** Every pair of one party from each side. */
  private static List<Interaction> between(List<Actor> left, List<Actor> right, ActType type, Trigger t) {
    List<Interaction> out = new ArrayList<>();
    for (Participant a : participants(left)) {
      for (Participant b : participants(right)) {
        if (!a.code().equals(b.code())) out.add(new Interaction(a, b, type, t.head(), t.end()));
      }
    }
    return out;
  }

  /** Talks between two parties: the visitor goes to the host, told by the place or by a "delegation". */
  private List<Interaction> visits(SentenceView view, List<Actor> actors, List<Participant> all, Trigger t) {
    if (all.size() < 2) return List.of();
    String host = null;
    Segment segment = view.segmentOf(t.head());
    for (Actor a : view.actors()) {
      if (a.kind() == ActorKind.PLACE && segment.contains(a.from())
          && all.stream().anyMatch(p -> p.code().equals(a.codes().get(0)))) {
        host = a.codes().get(0);
        break;
      }
    }
    if (host == null) {
      for (Participant p : all) {
        if (p.text().toLowerCase(java.util.Locale.ROOT).contains("delegation")) {
          host = all.stream().map(Participant::code).filter(c -> !c.equals(p.code())).findFirst().orElse(null);
          break;
        }
      }
    }
    if (host == null) host = all.get(all.size() - 1).code();
    List<Interaction> out = new ArrayList<>();
    Participant hostParty = null;
    for (Participant p : all) if (p.code().equals(host) && hostParty == null) hostParty = p;
    for (Participant p : all) {
      if (!p.code().equals(host)) out.add(new Interaction(p, hostParty, ActType.COOPERATION_VISIT, t.head(), t.end()));
    }
    return out;
  }

  /** One participant per code, keeping the first words that named it. */
  private static List<Participant> participants(List<Actor> actors) {
    Map<String, Participant> byCode = new LinkedHashMap<>();
    for (Actor a : actors) {
      for (String code : a.codes()) byCode.putIfAbsent(code, new Participant(code, a.text(), a.kind()));
    }
    return List.copyOf(byCode.values());
  }

  private static List<String> codes(List<Actor> actors) {
    return participants(actors).stream().map(Participant::code).toList();
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
      if (ok) out.add(i);
    }
    return out;
  }
}
