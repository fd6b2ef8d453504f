package org.entente.coding;

import java.util.List;
import org.entente.act.Trigger;
import org.entente.date.DateMention;
import org.entente.date.OffsetMention;
import org.entente.dictionary.NewsWords;
import org.entente.party.PartyMention;
import org.entente.party.Places;
import org.entente.text.Sentence;

/**
 * One sentence and the layers the coder's stages add to it, in the order they run: the party names and the
 * gazetteer's places, the date expressions that may date an act and the offsets ("two months after"), the act
 * triggers, the actors (names that act and the references resolved from the article), the clauses, the reading of
 * each trigger (an act, or a plan, denial or question), the interactions the roles give, the subject of the main
 * clause, the dated interactions and finally the mentions; beside the actors, the gazetteer's places named as
 * locations ("in Gao"). A stage reads the layers before its own and adds one; a layer not yet added is empty. A
 * sentence with no tokens (not worth tokenizing) has no layers.
 */
record SentenceAnnotation(
    Sentence sentence,
    List<PartyMention> names,
    List<Places.Mention> places,
    List<DateMention> dates,
    List<OffsetMention> offsets,
    List<Trigger> triggers,
    List<Actor> actors,
    List<Actor> localities,
    List<Segment> clauses,
    List<TriggerReading> readings,
    List<Interaction> interactions,
    List<String> subject,
    List<DatedInteraction> dated,
    List<CodedMention> mentions) {

  static SentenceAnnotation of(Sentence sentence) {
    return new SentenceAnnotation(sentence, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
        List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
  }

  boolean empty() { return sentence.tokens().isEmpty(); }

  /** The party names, and the gazetteer's places the sentence names (some of them locations, see ActorStage). */
  SentenceAnnotation withNames(List<PartyMention> v, List<Places.Mention> p) {
    return new SentenceAnnotation(sentence, List.copyOf(v), List.copyOf(p), dates, offsets, triggers, actors,
        localities, clauses, readings, interactions, subject, dated, mentions);
  }

  SentenceAnnotation withDates(List<DateMention> d, List<OffsetMention> o) {
    return new SentenceAnnotation(sentence, names, places, List.copyOf(d), List.copyOf(o), triggers, actors,
        localities, clauses, readings, interactions, subject, dated, mentions);
  }

  SentenceAnnotation withTriggers(List<Trigger> v) {
    return new SentenceAnnotation(sentence, names, places, dates, offsets, List.copyOf(v), actors, localities,
        clauses, readings, interactions, subject, dated, mentions);
  }

  SentenceAnnotation withActors(List<Actor> v) { return withActors(v, localities); }

  /** The actors, and the gazetteer's places named as locations, which no role takes. */
  SentenceAnnotation withActors(List<Actor> v, List<Actor> located) {
    return new SentenceAnnotation(sentence, names, places, dates, offsets, triggers, List.copyOf(v),
        List.copyOf(located), clauses, readings, interactions, subject, dated, mentions);
  }

  SentenceAnnotation withClauses(List<Segment> v) {
    return new SentenceAnnotation(sentence, names, places, dates, offsets, triggers, actors, localities,
        List.copyOf(v), readings, interactions, subject, dated, mentions);
  }

  SentenceAnnotation withReadings(List<TriggerReading> v) {
    return new SentenceAnnotation(sentence, names, places, dates, offsets, triggers, actors, localities, clauses,
        List.copyOf(v), interactions, subject, dated, mentions);
  }

  SentenceAnnotation withInteractions(List<Interaction> v, List<String> mainSubject) {
    return new SentenceAnnotation(sentence, names, places, dates, offsets, triggers, actors, localities, clauses,
        readings, List.copyOf(v), List.copyOf(mainSubject), dated, mentions);
  }

  SentenceAnnotation withDated(List<DatedInteraction> v) {
    return new SentenceAnnotation(sentence, names, places, dates, offsets, triggers, actors, localities, clauses,
        readings, interactions, subject, List.copyOf(v), mentions);
  }

  SentenceAnnotation withMentions(List<CodedMention> v) {
    return new SentenceAnnotation(sentence, names, places, dates, offsets, triggers, actors, localities, clauses,
        readings, interactions, subject, dated, List.copyOf(v));
  }

  /** The sentence seen through its actors and clauses, for the structural questions the role rules ask. */
  SentenceView view(NewsWords words) {
    return new SentenceView(sentence.tokens(), actors, localities, clauses, triggers, words);
  }
}
