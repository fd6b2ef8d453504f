package org.entente.coding;

import java.util.ArrayList;
import java.util.List;
import org.entente.act.ActEntry;
import org.entente.act.ActType;
import org.entente.act.Frame;
import org.entente.act.Trigger;
import org.entente.act.WordClasses;
import org.entente.dictionary.NewsWords;
import org.entente.party.KnownAgreements;
import org.entente.party.Memberships;
import org.entente.party.PartyDictionary;
import org.entente.text.Regex;
import org.entente.text.Token;

/**
 * Adds the interactions: for each trigger read as an act, who acted on whom. A verb's roles are its subject and
 * the groups of parties after it with their prepositions (in the passive, its "by" agent), read by
 * {@link VerbRoles}; a noun's are the parties before it and its "of", "by", "between" and "to" phrases, read by
 * {@link NounRoles} (both over {@link Arguments}). The lexicon row's frame says which role is the source
 * ({@link Frame}); {@link Pairing} makes the pairs, and {@link ReadingChecks} drops those the sentence around them
 * rules out. The trigger's rows are tried in order and the first that yields a well-formed interaction is kept (an
 * accession needs an organisation to join, a troop withdrawal a state to leave). When a trigger's own roles name
 * no one, the parties may be implied: by the scene ({@link SceneRoles}) or by the story before
 * ({@link StoryRoles}). Also adds the subject of the sentence's first main clause, which a "They" in the next
 * sentence may stand for.
 */
final class RoleStage implements SentenceStage {
  private final PartyDictionary parties;
  private final NewsWords words;
  private final Memberships memberships;
  private final KnownAgreements agreements;
  private final WordClasses objects;
  private final VerbRoles verbs;
  private final NounRoles nouns;
  private final ReadingChecks checks;
  private final SceneRoles scenes;
  private final StoryRoles story;

  RoleStage(PartyDictionary parties, NewsWords words, Memberships memberships, WordClasses objects,
      KnownAgreements agreements) {
    this.parties = parties;
    this.words = words;
    this.memberships = memberships;
    this.agreements = agreements;
    this.objects = objects;
    this.verbs = new VerbRoles(parties, words, objects);
    this.nouns = new NounRoles(parties, words, objects);
    this.checks = new ReadingChecks(parties, words);
    this.scenes = new SceneRoles(parties, words);
    this.story = new StoryRoles(parties);
  }

  @Override
  public SentenceAnnotation annotate(SentenceAnnotation sentence, ArticleAnnotation article, Discourse discourse) {
    Arguments args = new Arguments(sentence.view(words), sentence.dates());
    Pairing pairing = new Pairing(args, article.salience(), discourse.lastLeft(ActType.WITHDRAWAL_FORCES),
        discourse.scene(), agreements);
    List<Interaction> found = new ArrayList<>();
    for (TriggerReading r : sentence.readings()) {
      if (!r.act() || SceneRoles.purposeOfATrip(args, sentence.readings(), r)) continue;
      Interaction last = found.isEmpty() ? discourse.lastAct() : found.get(found.size() - 1);
      boolean presence = r.entries().get(0).head().equals("presence");
      List<Interaction> own = presence ? SceneRoles.inThePresenceOf(args, r, discourse.scene())
          : story.countryPulledOut(args, r, last, discourse, article.salience());
      if (own.isEmpty() && !presence) own = interactions(args, pairing, r);
      // "… expelled Russian diplomats. Estonia and Latvia expelled one each": after an act on a third party, two
      // parties acting alike act on it, not on each other
      if (own.isEmpty() || StoryRoles.amongThemselves(own)) {
        List<Interaction> parallel = StoryRoles.parallelTarget(args, r, last);
        if (own.isEmpty() || !parallel.isEmpty()) own = parallel;
      }
      own = SceneRoles.notAmongAttendees(sentence.readings(), r, own);
      if (own.isEmpty()) own = scenes.namedAmongThem(args, r);
      if (own.isEmpty()) own = scenes.atTheScene(args, r, discourse.scene());
      if (own.isEmpty()) own = scenes.embassyAtTheScene(args, r, discourse.scene());
      if (own.isEmpty()) own = SceneRoles.stopsOfTheTour(args, r);
      own = StoryRoles.notLeftWith(args, own);
      if (own.isEmpty()) own = StoryRoles.leftTheSamePlace(args, r, discourse);
      if (own.isEmpty()) {
        own = story.leftOrJoinedTheBloc(args, r, last, discourse.salientOrganisation(article.salience()));
      }
      found.addAll(SceneRoles.onwardStops(args, r, SceneRoles.companions(args, r, own)));
    }
    found.addAll(found.isEmpty() ? StoryRoles.followers(args, discourse.lastAct(), true)
        : StoryRoles.followers(args, found.get(found.size() - 1), false));
    found = StoryRoles.gapped(args, found);
    // "Orban blocked the package at a summit in Brussels": a member state at its own organisation's meeting
    // sits at the table as a member, it does not visit
    found.removeIf(i -> i.type() == ActType.COOPERATION_VISIT && parties.isOrganisation(i.target().code())
        && memberships.members(i.target().code(), article.published()).contains(i.source().code()));
    // "on the sidelines of a Group of 20 summit in New Delhi": the organisation whose summit it is goes nowhere
    List<Token> tokens = sentence.sentence().tokens();
    // ("approved Algeria's membership at its annual meeting in Cape Town": nor does one at its own meeting)
    found.removeIf(i -> i.type() == ActType.COOPERATION_VISIT && parties.isOrganisation(i.source().code())
        && (i.source().to() > 0 && i.source().to() < tokens.size() && Regex.matches(tokens.get(i.source().to()).norm(),
            "summit|summits|conference|forum|ministerial|meeting|meetings|talks") || ownMeeting(tokens, i.triggerHead())));
    return sentence.withInteractions(found, mainSubject(args));
  }

  /** Whether the word at {@code head} is a meeting of "its" or "their" own: "at its annual meeting". */
  private static boolean ownMeeting(List<Token> tokens, int head) {
    for (int k = head - 1; k >= Math.max(0, head - 3); k--) {
      String w = tokens.get(k).norm();
      if (w.equals("its") || w.equals("their")) return true;
      if (!Regex.matches(w, "[a-z]+|\\d+(st|nd|rd|th)?")) return false;
    }
    return false;
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
      // "The bank was founded in 2015. It admitted Bangladesh in 2021": an organisation alone heads the clause
      if (states.isEmpty()) {
        for (Actor a : args.subjectWithin(s, s.to())) {
          boolean opens = a.from() - s.from() <= 1;
          if (opens && a.explicit() && a.codes().size() == 1 && parties.isOrganisation(a.codes().get(0))) {
            return a.codes();
          }
        }
      }
      return states;
    }
    return List.of();
  }

  private List<Interaction> interactions(Arguments args, Pairing pairing, TriggerReading reading) {
    Trigger trigger = reading.trigger();
    for (ActEntry entry : reading.entries()) {
      List<Interaction> found = entry.noun() ? nouns.nominal(args, pairing, trigger, entry)
          : verbs.verbal(args, pairing, trigger, entry);
      found = checks.kept(args, pairing, trigger, entry, found);
      if (!found.isEmpty()) {
        found = ReadingChecks.withRequests(args, trigger, secondObject(args, pairing, reading, entry, found));
        return FellowParties.withAllSides(args, trigger, FellowParties.withPredecessors(args, trigger, found));
      }
    }
    return List.of();
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
      for (Interaction i : checks.valid(verbs.verbal(args, pairing, t, other), other.type())) {
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
}
