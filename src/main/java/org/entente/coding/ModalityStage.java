package org.entente.coding;

import static org.entente.dictionary.NewsWords.in;

import java.util.ArrayList;
import java.util.List;
import org.entente.act.ActEntry;
import org.entente.act.ActType;
import org.entente.act.Frame;
import org.entente.act.Trigger;
import org.entente.date.MonthNames;
import org.entente.dictionary.NewsWords;
import org.entente.dictionary.NewsWords.WordClass;
import org.entente.text.Grammar;
import org.entente.text.Regex;
import org.entente.text.Token;

/**
 * Adds the reading of each trigger: whether it states an act. Questions, conditionals, speculation ("could",
 * "may", "would"), plans and wishes ("will then go to Serbia", "wants to strengthen"), denials and negation do
 * not; nor does an agreement to another act ("agreed to withdraw"), which is coded as that act. A decision
 * announced is an act: "said its soldiers would leave" and "announced it will withdraw" are coded, dated by the
 * announcement.
 */
final class ModalityStage implements SentenceStage {
  private final NewsWords words;

  ModalityStage(NewsWords words) { this.words = words; }

  @Override
  public SentenceAnnotation annotate(SentenceAnnotation sentence, ArticleAnnotation article, Discourse discourse) {
    if (sentence.triggers().isEmpty()) return sentence.withReadings(List.of());
    List<Token> tokens = sentence.sentence().tokens();
    SentenceView view = sentence.view(words);
    // each trigger's checks ask word classes of the words around it, often the same ones: looked up once
    long[] classes = words.classes(tokens);
    // a question reads none of its triggers as an act: asked once, not at each trigger
    boolean question = false;
    for (Token x : tokens) question |= x.is("?");
    List<TriggerReading> readings = new ArrayList<>();
    for (Trigger t : sentence.triggers()) {
      Segment segment = view.segmentOf(t.head());
      // "will not renew its agreement": a negated trigger is read through its negated rows only
      boolean negated = negated(tokens, t, segment);
      List<ActEntry> entries = new ArrayList<>();
      for (ActEntry e : t.candidates()) if (e.negated() == negated) entries.add(e);
      // "The UN called on Russia to withdraw its troops": what one party asks of another has not happened; but
      // a withdrawal the host demands ("asked France to pull its soldiers out") is its expulsion, which the roles
      // read from the trigger's rows for troops and envoys only
      int asking = askingWord(tokens, t);
      // ("urged Algeria to pull out of the accord": an agreement left is no troops' withdrawal)
      boolean demanded = asking >= 0 && words.is(WordClass.DEMANDING, tokens.get(asking).norm())
          && entries.stream().noneMatch(e -> !e.objectClass().isEmpty() && !withdrawalOfPeople(e.type()));
      if (demanded) {
        entries.removeIf(e -> !withdrawalOfPeople(e.type()));
      }
      entries = List.copyOf(entries);
      // ("a resolution calling on the government to end the presence of foreign troops": an expulsion asked for
      // is read as one, as in the gold of parliaments' votes)
      boolean expelling = asking >= 0 && !entries.isEmpty()
          && entries.stream().allMatch(e -> e.type().category().equals("expulsion"));
      boolean act = !entries.isEmpty() && !promiseOfAnotherAct(tokens, t, sentence.triggers())
          && !diplomatsAgain(tokens, t, entries.get(0))
          && (asking < 0 || demanded || expelling)
          && !(question || blocks(view, classes, t, entries.get(0), segment, negated));
      readings.add(new TriggerReading(t, act ? entries : List.of(),
          act && announcedFuture(tokens, classes, t, segment)));
    }
    return sentence.withReadings(readings);
  }

  /**
   * "declared three Chadian diplomats persona non grata and gave them 72 hours to leave": troops told to go as
   * "them" are the sentence's diplomats when it names some, an act already coded.
   */
  private boolean diplomatsAgain(List<Token> tokens, Trigger t, ActEntry entry) {
    if (entry.type() != ActType.EXPULSION_FORCES || !entry.pattern().contains("them")
        && !entry.pattern().contains("their")) {
      return false;
    }
    for (int k = 0; k < t.head(); k++) {
      if (words.is(WordClass.POSTED, tokens.get(k).norm()) && !tokens.get(k).norm().startsWith("resident")
          && !tokens.get(k).norm().startsWith("correspondent")) {
        return true;
      }
    }
    return false;
  }

  /**
   * "dropped its objections to Finland and Sweden joining the alliance", "worries about Mali leaving the bloc": an
   * act named as a gerund of parties after such a preposition is spoken of, not reported as done ("amid the juntas
   * of Mali and Niger coming together" is, and is kept).
   */
  private static boolean gerundOfNamedParties(SentenceView view, Trigger t) {
    List<Token> tokens = view.tokens();
    int k = t.head() - 1;
    if (t.noun() || !tokens.get(t.head()).norm().endsWith("ing") || k < 1) return false;
    boolean party = false;
    while (k >= 0) {
      Actor a = view.actorEndingAt(k + 1);
      if (a != null) {
        party = true;
        k = a.from() - 1;
      } else if (party && (tokens.get(k).is(",") || tokens.get(k).is("and"))) {
        k--;
      } else {
        break;
      }
    }
    return party && k >= 0 && Regex.matches(tokens.get(k).norm(), "to|against|about|over");
  }

  /**
   * "The United States agreed to withdraw its troops": the agreement is to another kind of act, which is the
   * one coded, and so is a meeting agreed on ("agreed to meet again"); "agreed to strengthen military
   * cooperation" stays an agreement.
   */
  private boolean promiseOfAnotherAct(List<Token> tokens, Trigger trigger, List<Trigger> triggers) {
    if (!words.is(WordClass.PROMISE, trigger.candidates().get(0).head())) return false;
    // "agreed in October to sell": a short phrase of time may stand before the complement
    int to = trigger.end();
    while (to < Math.min(tokens.size() - 1, trigger.end() + 4) && !tokens.get(to).is("to")
        && !tokens.get(to).isPunctuation()) {
      to++;
    }
    if (to > trigger.end() && !tokens.get(to).is("to")) to = trigger.end();
    for (Trigger next : triggers) {
      if (next.head() <= to || next.head() > to + 3) continue;
      boolean complement = tokens.get(to).is("to");
      // ("agreed to meet again in Australia next year": a meeting agreed on is a visit to come, no agreement; but
      // "agreed to restart talks" is one)
      if (complement && (!next.candidates().get(0).type().category().equals("cooperation")
          || meetingAgain(tokens, next.head()) || transferOfArms(next.candidates().get(0)))) {
        return true;
      }
    }
    return false;
  }

  /**
   * "agreed to supply Egypt with drones", "agreed to sell Armenia three radars": weapons or troops handed over are
   * the act agreed on, not a pact about cooperation ("agreed to strengthen military cooperation").
   */
  private static boolean transferOfArms(ActEntry entry) {
    return entry.type() == ActType.COOPERATION_MILITARY && !entry.noun()
        && ("MILITARY_GOODS".equals(entry.objectClass()) || "TROOPS".equals(entry.objectClass()));
  }

  private static boolean withdrawalOfPeople(ActType type) {
    return type == ActType.WITHDRAWAL_FORCES || type == ActType.WITHDRAWAL_RELATIONS;
  }

  /**
   * "to press Moscow to accept an unconditional 30-day ceasefire": the "to" of a verb that takes up the act's noun
   * with a few words of its phrase between, or -1.
   */
  private static int toAcceptTheNoun(List<Token> tokens, int head) {
    for (int verb = head - 1; verb >= Math.max(1, head - 6); verb--) {
      Token w = tokens.get(verb);
      // ("30-day": a hyphen joins a word)
      if (w.isPunctuation() && !w.is("-") || Grammar.PREPOSITIONS.contains(w.norm())) return -1;
      if (Regex.matches(w.norm(), "accept|agree|respect|observe|honour|honor|implement|negotiate|conclude")) {
        return tokens.get(verb - 1).is("to") ? verb - 1 : -1;
      }
    }
    return -1;
  }

  /** The word of wishing or asking a few words before the trigger's "to" ("called on Russia to"), or -1. */
  private int askingWord(List<Token> tokens, Trigger t) {
    int to = t.head() - 1;
    // "encouraging him to press ahead with talks with Rwanda": a verb of carrying on may stand between, and so may
    // one of making a visit ("invited him to make an official visit")
    while (to > 2 && t.noun() && t.head() - to < 5 && !tokens.get(to).is("to")
        && Regex.matches(tokens.get(to).norm(), "press|push|go|move|ahead|forward|on|with|proceed|pursue|continue"
            + "|resume|hold|open|start|begin|the|new|direct|make|pay|a|an|official|state|working|formal")) {
      to--;
    }
    if (t.noun() && to >= 0 && !tokens.get(to).is("to")) to = toAcceptTheNoun(tokens, t.head());
    if (to < 2 || !tokens.get(to).is("to")) return -1;
    to = Grammar.firstJoinedInfinitive(tokens, to);
    for (int k = to - 2; k >= Math.max(0, to - 9); k--) {
      String w = tokens.get(k).norm();
      // (a hyphen joins a word: "urging his Socialist-led government to recognise")
      if (tokens.get(k).isPunctuation() && !tokens.get(k).is("-")) return -1;
      if (!words.is(WordClass.WISH, w)) continue;
      // "called on Russia to", not "what they have called a strategic project to build"
      if (w.startsWith("call") && !Regex.matches(tokens.get(k + 1).norm(), "on|upon|for")) return -1;
      return k;
    }
    return -1;
  }

  /**
   * "The meeting is set to see five countries sign memorandums", "the summit will witness Mali and Niger sign a
   * pact": an act a coming event is to see is still to come. Read back from the trigger to a "see" or "witness"
   * that a wish ("set to", "expected to") or a future modal governs.
   */
  private static boolean sceneToCome(List<Token> tokens, long[] classes, Trigger t, Segment segment) {
    for (int k = t.head() - 2; k >= Math.max(segment.from() + 1, t.head() - 24); k--) {
      String w = tokens.get(k).norm();
      if (Regex.matches(w, ";|:|\\.")) return false;
      if (!Regex.matches(w, "see|witness")) continue;
      String before = tokens.get(k - 1).norm();
      if (Grammar.FUTURE_MODALS.contains(before)) return true;
      return before.equals("to") && k > 1 && in(classes[k - 2], WordClass.WISH);
    }
    return false;
  }

  /**
   * "where he will be received on a state visit", "is expected to arrive on an official visit": a visit "on" which
   * a verb to come takes someone is still to come.
   */
  private static boolean visitOfAVerbToCome(List<Token> tokens, long[] classes, Trigger t, Segment segment) {
    int on = t.head() - 1;
    while (on > segment.from() && t.head() - on <= 3 && !tokens.get(on).is("on")) on--;
    if (on < 0 || !tokens.get(on).is("on")) return false;
    for (int k = on - 1; k >= Math.max(segment.from(), on - 6); k--) {
      String w = tokens.get(k).norm();
      if (tokens.get(k).isPunctuation()) return false;
      if (modal(tokens.get(k))) return true;
      if (w.equals("to") && k > 0 && in(classes[k - 1], WordClass.WISH)) return true;
    }
    return false;
  }

  /** "would struggle to meet the bloc's customs and budget commitments": a target met is no one met. */
  private static boolean meetsAnObligation(List<Token> tokens, long[] classes, int head) {
    for (int k = head + 1; k < Math.min(tokens.size(), head + 9); k++) {
      if (in(classes[k], WordClass.OBLIGATION)) return true;
      String w = tokens.get(k).norm();
      // "met Kenya's president to discuss its commitments": the object ends before a preposition
      if (tokens.get(k).isPunctuation() && !w.equals("'s") || Grammar.PREPOSITIONS.contains(w) || w.equals("to")) {
        return false;
      }
    }
    return false;
  }

  /** "stayed away from the peace summit", "boycotted the talks": a meeting someone did not go to. */
  private static boolean stayedAway(List<Token> tokens, long[] classes, int head, Segment segment) {
    int from = Math.max(segment.from(), head - 10);
    for (int k = from; k < head; k++) {
      if (in(classes[k], WordClass.STAYED_AWAY)) return true;
      if (tokens.get(k).is("away") && k > from && Regex.matches(tokens.get(k - 1).norm(), "stayed|stays|stay|kept|keeps")) {
        return true;
      }
      // "was left off the guest list for the summit"
      if (tokens.get(k).is("off") && k > segment.from() && tokens.get(k - 1).is("left")) return true;
    }
    return false;
  }

  /** "refused", "declined": a verb that says no to the act after its "to". */
  private static boolean refusal(String norm) { return norm.startsWith("refus") || norm.startsWith("declin"); }

  /**
   * Whether a negation governs the trigger: "not" or "never" among the auxiliaries and adverbs right before it
   * ("will not renew", "has never recognised"), or "refused to" ("refused to renew the mandate", "declined to
   * extend it").
   */
  private static boolean negated(List<Token> tokens, Trigger t, Segment segment) {
    int k = t.head() - 1;
    if (k >= 1 && tokens.get(k).is("to")) {
      // ("declined in December to renew": a time may stand between)
      int verb = k - 1;
      while (verb > 0 && verb > k - 5 && (MonthNames.isDateWord(tokens.get(verb))
          || Regex.matches(tokens.get(verb).norm(), "in|on|last|this|early|late|mid|month|week|year"))) {
        verb--;
      }
      if (refusal(tokens.get(verb).norm())) return true;
    }
    while (k >= segment.from() && k >= 0) {
      String w = tokens.get(k).norm();
      if (Grammar.NEGATION.contains(w)) return true;
      boolean auxiliary = Grammar.FUTURE_MODALS.contains(w) || Grammar.SPECULATIVE_MODALS.contains(w)
          || Grammar.HAVE.contains(w) || Grammar.BE.contains(w) || w.equals("do") || w.equals("does")
          || w.equals("did");
      if (!auxiliary && !Grammar.AUXILIARY_ADVERBS.contains(w) && !w.endsWith("ly")) return false;
      k--;
    }
    return false;
  }

  /**
   * Whether something in the sentence keeps the trigger from stating an act. Each rule is a method of its own
   * and they are asked in order: one method with all their loops was compiled by the JIT again at each of its
   * loops (on-stack) and recompiled whenever one of them left its profile, about a second of compiler time each.
   */
  private boolean blocks(SentenceView view, long[] classes, Trigger t, ActEntry entry, Segment segment,
      boolean negated) {
    List<Token> tokens = view.tokens();
    // a trip announced is still a plan; a withdrawal announced is a decision taken
    boolean itinerary = entry.type() == ActType.COOPERATION_VISIT;
    int head = t.head();
    if (itinerary && bordersMeet(tokens, head, segment)) return true;
    if (itinerary && stayedAway(tokens, classes, head, segment)) return true;
    if (itinerary && entry.head().equals("meet") && meetsAnObligation(tokens, classes, head)) return true;
    if (conditional(tokens, head, segment)) return true;
    if (entry.head().equals("intervene") && !onAGovernmentsSide(tokens, head)) return true;
    if (hypotheticalGerund(tokens, classes, t, segment)) return true;
    if (denied(tokens, classes, head, relativeStart(tokens, segment), negated)) return true;
    if (alleged(tokens, classes, head, segment)) return true;
    if (enabled(tokens, head) || helpedTowards(tokens, head) || conditionFor(tokens, head)) return true;
    // "recalled its ambassador for consultations": the purpose of a recall, no meeting
    if (t.noun() && head > 0 && tokens.get(head - 1).is("for") && tokens.get(head).norm().startsWith("consultation")) {
      return true;
    }
    // "were among the options under discussion", "a deal under negotiation": still being weighed
    if (t.noun() && head > 0 && tokens.get(head - 1).is("under")) return true;
    // ("pressed for the swift conclusion of a trade agreement": so is any act asked for, but a departure asked for
    // may be an expulsion, which the roles read)
    boolean departure = entry.type().category().equals("expulsion") || entry.type().category().equals("withdrawal");
    // ("called for an immediate ceasefire" is how leaders word a common position: only an act "of" something)
    boolean actOf = t.end() < tokens.size() && tokens.get(t.end()).is("of");
    if ((itinerary || !departure && actOf) && t.noun() && calledFor(tokens, head)) return true;
    if (weighedAfter(tokens, classes, t)) return true;
    if (itinerary && t.noun() && (phaseOfNegotiations(tokens, head) || talksToCome(tokens, head))) return true;
    if (describingParticiple(tokens, head)) return true;
    if (forecast(tokens, classes, head, segment)) return true;
    if (ruledOut(tokens, head, segment)) return true;
    if (deniedAfter(tokens, classes, segment)) return true;
    if (planned(tokens, classes, t, segment)) return true;
    if (meetingAhead(tokens, t, segment)) return true;
    if (itinerary && dueThere(tokens, t, segment)) return true;
    if (calledOff(classes, t, segment) || calledOffBefore(tokens, classes, t)) return true;
    if (gerundOfNamedParties(view, t)) return true;
    if (beTo(tokens, t, segment)) return true;
    if (reactedTo(view, classes, t)) return true;
    if (stoppedDoing(tokens, head)) return true;
    if (refrainedFrom(tokens, head)) return true;
    if (unrealisedMeans(tokens, classes, t, segment, entry.frame(), itinerary)) return true;
    if (leftBehind(tokens, t, entry, segment)) return true;
    if (envoyWhoHadLeft(tokens, t, entry)) return true;
    if (entry.head().equals("sign") && signsADecree(tokens, classes, t)) return true;
    if (!t.noun() && sceneToCome(tokens, classes, t, segment)) return true;
    if (itinerary && visitOfAVerbToCome(tokens, classes, t, segment)) return true;
    if (itinerary && t.noun() && (sidelinesOf(tokens, head) || eveOf(tokens, head))) return true;
    if (yetTo(tokens, head)) return true;
    return unrealised(tokens, classes, t, segment, entry.frame(), itinerary, negated)
        || modalOfTheVerbBefore(tokens, classes, t, segment, entry.frame(), itinerary);
  }

  /**
   * "announced the conclusion of negotiations on a trade deal", "agreed on the launch of talks": a stage of a
   * negotiation, often months long, is no meeting.
   */
  private static boolean phaseOfNegotiations(List<Token> tokens, int head) {
    return head >= 2 && tokens.get(head - 1).is("of")
        && Regex.matches(tokens.get(head - 2).norm(), "conclusion|launch|start|opening|completion|resumption|end");
  }

  /**
   * "agreed to resume trade negotiations", "flew to Doha to hold talks with Hamas": talks an infinitive names are
   * a purpose or a plan; the journey that carries them, if any, is read from its own verb.
   */
  private static boolean talksToCome(List<Token> tokens, int head) {
    for (int k = head - 1; k >= Math.max(1, head - 3); k--) {
      if (Regex.matches(tokens.get(k).norm(), "hold|resume|start|open|begin|launch|continue|conduct|pursue|restart"
          + "|reopen|seek|have|attend") && tokens.get(k - 1).is("to")) {
        return true;
      }
      if (!Regex.matches(tokens.get(k).text(), "[a-z-]+")) return false;
    }
    return false;
  }

  /** "signed a proclamation barring entry to citizens of Chad": what one government signs alone binds no partner. */
  private static boolean signsADecree(List<Token> tokens, long[] classes, Trigger t) {
    for (int k = t.end(); k < Math.min(tokens.size(), t.end() + 4) && !tokens.get(k).isPunctuation(); k++) {
      if (in(classes[k], WordClass.DECREE)) return true;
    }
    // "the order signed by Trump in February": a decree the participle describes
    int before = t.head() - 1;
    return before >= 0 && in(classes[before], WordClass.DECREE) && t.head() + 1 < tokens.size()
        && tokens.get(t.head() + 1).is("by");
  }

  /**
   * "undertook to refrain from financing, training or arming rebels", "abstained from recognising": what a party
   * holds back from is not done.
   */
  private static boolean refrainedFrom(List<Token> tokens, int head) {
    int k = head - 1;
    // (past the other verbs of a list: "financing, training or")
    while (k > 0 && k >= head - 6 && Regex.matches(tokens.get(k).norm(), ",|or|and|[a-z]+ing")) k--;
    return k > 0 && tokens.get(k).is("from")
        && Regex.matches(tokens.get(k - 1).norm(), "refrain(s|ed|ing)?|abstain(s|ed|ing)?|desist(s|ed|ing)?");
  }

  /**
   * "stopped pumping gas through the pipeline", "halted delivering grain", "bar U.S. funding to any U.N. body": an
   * act that ended, or that is barred, is not done.
   */
  private static boolean stoppedDoing(List<Token> tokens, int head) {
    if (head == 0 || !tokens.get(head).norm().endsWith("ing")) return false;
    // ("bar U.S. funding to any U.N. body": past the name of whose it is)
    int k = head - 1;
    if (k > 0 && tokens.get(k).isCapitalised()) k--;
    String before = tokens.get(k).norm();
    return Regex.matches(before, "(stop|stopped|stops|halt|halted|halts|cease|ceased|ceases|quit|quits"
        + "|bar|bars|barred|ban|bans|banned|freeze|freezes|froze|frozen)");
  }

  /**
   * "Germany condemned the expulsion", "Israel welcomed the decision to expel the ambassador": an act named after
   * a verb of reacting is someone else's, told before; the one reacting did not do it. With its parties written
   * ("condemned Mali's expulsion of …", "the withdrawal of American troops from Niger") it is read as usual.
   */
  private static boolean reactedTo(SentenceView view, long[] classes, Trigger t) {
    List<Token> tokens = view.tokens();
    for (int k = t.head() - 1; k >= Math.max(0, t.head() - 5); k--) {
      if (in(classes[k], WordClass.REACTING)) return !partiesAfter(view, t);
      String w = tokens.get(k).norm();
      if (view.inActor(k) || w.equals("'s")) return false;
      boolean describing = Grammar.DETERMINERS.contains(w)
          || Regex.matches(w, "decision|move|plan|step|to|recent|latest|abrupt|sudden|unprecedented|[a-z]+ed");
      if (!describing) return false;
    }
    return false;
  }

  /** "hailed the withdrawal of American troops from Niger": the act's own phrase names its parties. */
  private static boolean partiesAfter(SentenceView view, Trigger t) {
    List<Token> tokens = view.tokens();
    for (int k = t.end(); k < Math.min(tokens.size(), t.end() + 8); k++) {
      if (tokens.get(k).is("by")) return true;
      // ("the deployment of mercenary troops on Malian territory" names where, not who)
      Actor a = view.actorEndingAt(k + 1);
      if (a != null && Regex.matches(String.valueOf(view.preposition(a)), "of|from|between|with|to")) return true;
      if (tokens.get(k).isPunctuation()) return false;
    }
    return false;
  }

  /** "where the borders of Mali, Niger and Burkina Faso meet": lines on a map meet, no one visits. */
  private static boolean bordersMeet(List<Token> tokens, int head, Segment segment) {
    if (!tokens.get(head).norm().startsWith("meet")) return false;
    for (int k = segment.from(); k < head; k++) {
      if (Regex.matches(tokens.get(k).norm(), "borders?|frontiers?|boundar(y|ies)|rivers?|roads?|lines?")) return true;
    }
    return false;
  }

  /**
   * "Blinken said bringing in the Russian mercenaries would be deeply concerning", "Withdrawing now could be a
   * mistake": a gerund that opens its clause (or follows the verb that reports it) as the subject of a "would be" or
   * "could be" weighs an act, it does not report one.
   */
  private static boolean hypotheticalGerund(List<Token> tokens, long[] classes, Trigger t, Segment segment) {
    int head = t.head();
    if (!tokens.get(head).norm().endsWith("ing")) return false;
    boolean opens = head == segment.from() || head > 0 && (NewsWords.in(classes[head - 1], WordClass.REPORTING)
        || tokens.get(head - 1).is("that"));
    if (!opens) return false;
    for (int k = Math.max(t.reach(), t.end()); k + 1 < segment.to(); k++) {
      String w = tokens.get(k).norm();
      if (Regex.matches(w, "would|could|might|may|will") && tokens.get(k + 1).is("be")) return true;
    }
    return false;
  }

  /** "if", "unless", "whether" before the trigger in its clause; "even if" concedes a fact. */
  private static boolean conditional(List<Token> tokens, int head, Segment segment) {
    for (int k = segment.from(); k < head; k++) {
      String w = tokens.get(k).norm();
      // "even if" concedes a fact ("even if the ambassador still presents his credentials")
      boolean concessive = w.equals("if") && k > 0 && tokens.get(k - 1).is("even");
      if ((w.equals("if") && !concessive) || w.equals("unless") || w.equals("whether")) return true;
    }
    return false;
  }

  /**
   * How far back a denial before the trigger is looked for: "Egypt rejects the deal that Libya signed with Turkey"
   * denies nothing of the signing a relative clause describes (to its start); else to the sentence's start.
   */
  private static int relativeStart(List<Token> tokens, Segment segment) {
    boolean describes = segment.kind() == Segment.Kind.RELATIVE && segment.to() - segment.from() > 2
        && Regex.matches(tokens.get(segment.from()).norm(), "that|which")
        && !Grammar.FUTURE_MODALS.contains(tokens.get(segment.from() + 1).norm());
    return describes ? segment.from() : 0;
  }

  /**
   * A denial before the trigger. "Bamako denied that Wagner was present and said only that Russian instructors
   * train its army": a later reporting verb governs the act, not the denial before it; nor does a denial before a
   * "but".
   */
  private static boolean denied(List<Token> tokens, long[] classes, int head, int from, boolean negated) {
    // "refused to condemn the invasion and hosted joint naval drills": a past after "and" cannot go on the
    // infinitive of a refusal, so it is said as done
    boolean pastAfterAnd = false;
    for (int k = head - 1; k >= from; k--) {
      String w = tokens.get(k).norm();
      if (w.equals("and") && Grammar.pastForm(tokens.get(k + 1).norm())) pastAfterAnd = true;
      // "Warsaw and Vilnius refused at first, but on Monday they recalled …": "but" asserts what follows it
      if (w.equals("but")) break;
      // "… rejected the report, and they expelled the ambassador": a clause with a subject of its own
      // ("refused to recognise the result, and last week Caracas expelled …": a name is one too)
      if (w.equals("and") && k > 0 && tokens.get(k - 1).is(",") && ownSubjectAfter(tokens, k, head)) break;
      // "refused to restore the channels it cut, after Pelosi visited Taiwan": a clause of time with a subject of
      // its own states what it says
      if (Regex.matches(w, "after|before|since|when|once|until") && k + 1 < head
          && (tokens.get(k + 1).isCapitalised() || Grammar.ARTICLES.contains(tokens.get(k + 1).norm()))) {
        break;
      }
      boolean refusal = negated && refusal(w);
      boolean infinitive = k + 1 < head && tokens.get(k + 1).is("to");
      if (in(classes[k], WordClass.DENIAL) && !refusal) return !(pastAfterAnd && infinitive);
      if (in(classes[k], WordClass.REPORTING) && k > 0 && Regex.matches(tokens.get(k - 1).norm(), "and|but|,")) break;
    }
    return false;
  }

  /** Whether the conjunct after the "and" at {@code and} opens with a pronoun or names someone before {@code head}. */
  private static boolean ownSubjectAfter(List<Token> tokens, int and, int head) {
    if (Grammar.SUBJECT_PRONOUNS.contains(tokens.get(and + 1).norm())) return true;
    if (tokens.get(and + 1).is("to")) return false;
    for (int k = and + 1; k < head; k++) if (tokens.get(k).isCapitalised()) return true;
    return false;
  }

  /** "meet again", "meet soon", "meet next year" at {@code head}: a meeting yet to come. */
  private static boolean meetingAgain(List<Token> tokens, int head) {
    return tokens.get(head).is("meet") && head + 1 < tokens.size()
        && Regex.matches(tokens.get(head + 1).norm(), "again|soon|next|later|regularly|annually");
  }

  /** "Togo called for talks with Mali", "urged fresh talks", "proposed a meeting": talks asked for, not held. */
  private static boolean calledFor(List<Token> tokens, int head) {
    int k = head - 1;
    while (k > 0 && head - k <= 3 && (Grammar.DETERMINERS.contains(tokens.get(k).norm())
        || Regex.matches(tokens.get(k).norm(),
            "new|fresh|direct|urgent|immediate|more|further|renewed|high-level|emergency|special|extraordinary|snap"
                + "|swift|quick|speedy|early|rapid|prompt"))) {
      k--;
    }
    if (k < 0) return false;
    String w = tokens.get(k).norm();
    if (w.equals("for")) {
      return k > 0 && Regex.matches(tokens.get(k - 1).norm(),
          "call|calls|called|calling|push|pushed|pushing|press|pressed|pressing|appeal|appealed|appealing|ask|asked");
    }
    return Regex.matches(w, "urge|urges|urged|urging|propose|proposes|proposed|proposing|seek|seeks|sought|seeking");
  }

  /**
   * "accuse Pyongyang of supplying Russia with shells": what is alleged is not stated as fact; "accused France
   * of meddling and ordered its troops to leave": the allegation ends where the clause goes on.
   */
  private static boolean alleged(List<Token> tokens, long[] classes, int head, Segment segment) {
    for (int k = head - 1; k >= segment.from(); k--) {
      if (in(classes[k], WordClass.ALLEGING)) return true;
      // ("accused Iran of arming Hezbollah and of supplying drones to Russia": a second "of" is alleged too)
      boolean secondCharge = tokens.get(k).is("and") && tokens.get(k + 1).is("of");
      // ("purporting to give the envoys of Germany, the United States and Nigeria 48 hours": a list of names)
      boolean list = !tokens.get(k).is("but") && (tokens.get(k + 1).isCapitalised()
          || tokens.get(k + 1).is("the") && k + 2 < tokens.size() && tokens.get(k + 2).isCapitalised());
      if (!secondCharge && !list && (tokens.get(k).is("and") || tokens.get(k).is(",") || tokens.get(k).is("but"))) {
        break;
      }
    }
    return false;
  }

  /** "his country joining the AES was not impossible": a possibility weighed, not an act. */
  private static boolean weighedAfter(List<Token> tokens, long[] classes, Trigger t) {
    for (int k = t.end(); k < Math.min(tokens.size(), t.end() + 8); k++) {
      // ("approved the possible sale of F-16 jets": a word before its noun describes the thing approved)
      if (in(classes[k], WordClass.HEDGE) && !Grammar.ARTICLES.contains(tokens.get(k - 1).norm())) return true;
    }
    return false;
  }

  /**
   * "Yemen's internationally recognised government", "the formally established mission", "the UN-recognised
   * Government of National Accord": a participle describing a noun, no act.
   */
  private static boolean describingParticiple(List<Token> tokens, int head) {
    String determiner = "'s|the|a|an|its|their|his|her|s'";
    boolean adverb = head >= 2 && tokens.get(head - 1).norm().endsWith("ly")
        && tokens.get(head - 1).norm().length() > 4 && Regex.matches(tokens.get(head - 2).norm(), determiner);
    boolean compound = head >= 3 && tokens.get(head - 1).is("-")
        && Regex.matches(tokens.get(head - 3).norm(), determiner) && head + 1 < tokens.size()
        && !tokens.get(head + 1).isPunctuation()
        && !Grammar.PREPOSITIONS.contains(tokens.get(head + 1).norm());
    return adverb || compound;
  }

  /** "Canada is unlikely to expel the diplomats", "is likely to sign": a forecast, not an act. */
  private static boolean forecast(List<Token> tokens, long[] classes, int head, Segment segment) {
    // "the five members were close to agreeing on criteria", "on the verge of signing": near an act is not yet it
    boolean near = head > 1 && (tokens.get(head - 1).is("to") && Regex.matches(tokens.get(head - 2).norm(),
        "close|closer|near") || tokens.get(head - 1).is("of") && Regex.matches(tokens.get(head - 2).norm(),
        "verge|brink|cusp"));
    if (near && tokens.get(head).norm().endsWith("ing")) return true;
    for (int k = Math.max(segment.from(), head - 4); k + 1 < head; k++) {
      if (in(classes[k], WordClass.HEDGE) && tokens.get(k + 1).is("to")) return true;
    }
    return false;
  }

  /** "has ruled out sending troops", "ruling out talks": excluded, not done. */
  private static boolean ruledOut(List<Token> tokens, int head, Segment segment) {
    for (int k = head - 1; k >= Math.max(segment.from(), head - 6); k--) {
      // "ruled out talks with Belarus but expelled a diplomat": the exclusion ends at "but"
      if (Regex.matches(tokens.get(k).norm(), "but|and|,")) break;
      if (Regex.matches(tokens.get(k).norm(), "rule[sd]?|ruling") && tokens.get(k + 1).is("out")) return true;
    }
    return false;
  }

  /** "… was discussing the sale of uranium to Iran, which Nigerien officials denied". */
  private static boolean deniedAfter(List<Token> tokens, long[] classes, Segment segment) {
    for (int k = segment.to(); k + 1 < tokens.size(); k++) {
      if (tokens.get(k).is("which") || tokens.get(k).is("something")) {
        // (not "the former colonial power, which refuses to recognize the soldiers": a refusal of its own)
        for (int j = k + 2; j < Math.min(tokens.size(), k + 6); j++) {
          boolean ownRefusal = j + 1 < tokens.size() && tokens.get(j + 1).is("to");
          if (in(classes[j], WordClass.DENIAL) && !ownRefusal) return true;
        }
      }
    }
    return false;
  }

  /**
   * "hundreds of troops were left confined to their bases", "were left behind": troops someone left have not left;
   * only "was left by French troops" names those who did.
   */
  private static boolean leftBehind(List<Token> tokens, Trigger t, ActEntry entry, Segment segment) {
    if (!t.passive() || !entry.head().equals("leave")) return false;
    for (int k = t.end(); k < segment.to(); k++) if (tokens.get(k).is("by")) return false;
    return true;
  }

  /**
   * "Israel's ambassador, who had already left Amman": an envoy who had left before the story is where he is, not
   * withdrawn by it ("The last U.S. diplomats left Caracas on March 14" is).
   */
  private static boolean envoyWhoHadLeft(List<Token> tokens, Trigger t, ActEntry entry) {
    if (!entry.head().equals("leave") || entry.type() != ActType.WITHDRAWAL_RELATIONS) return false;
    for (int k = t.head() - 1; k >= Math.max(0, t.head() - 3); k--) {
      if (tokens.get(k).is("had")) return true;
    }
    return false;
  }

  /** "the next ECOWAS summit", "a planned visit": an act still to come. */
  private static boolean planned(List<Token> tokens, long[] classes, Trigger t, Segment segment) {
    int head = t.head();
    // "funding to any U.N. body that grants the Palestinians the status": any body that would do it, none that did
    int relative = segment.kind() == Segment.Kind.RELATIVE ? segment.from()
        : head > 0 && Regex.matches(tokens.get(head - 1).norm(), "that|which|who") ? head - 1 : -1;
    if (relative > 0) {
      for (int p = Math.max(0, relative - 5); p < relative; p++) {
        if (in(classes[p], WordClass.PLANNED)) return true;
      }
    }
    int plannedReach = t.noun() ? 4 : 1;
    for (int p = Math.max(segment.from(), head - plannedReach); p < head; p++) {
      if (in(classes[p], WordClass.PLANNED) && !approved(classes, p)) return true;
    }
    return false;
  }

  /**
   * "was not planning to respond by recalling its envoy", "could retaliate by expelling": an act named as the
   * means of another verb ("by" and a gerund) happened only if that verb did; "responded by recalling" did.
   */
  private static boolean unrealisedMeans(List<Token> tokens, long[] classes, Trigger t, Segment segment, Frame frame,
      boolean itinerary) {
    int by = t.head() - 1;
    if (t.noun() || by < 1 || !tokens.get(by).is("by") || !tokens.get(t.head()).norm().endsWith("ing")) return false;
    for (int k = by - 1; k >= Math.max(segment.from(), by - 8); k--) {
      String w = tokens.get(k).norm();
      if (tokens.get(k).isPunctuation() || Regex.matches(w, "and|but|that|which|who|after|before|when")) return false;
      if (Grammar.NEGATION.contains(w) || in(classes[k], WordClass.WISH)) return true;
      Boolean modal = modalVerdict(tokens.get(k), classes, frame, itinerary);
      if (modal != null) return modal;
    }
    return false;
  }

  /** "approved the possible sale of F-16 jets": a sale still to come that a government has approved is its act. */
  private static boolean approved(long[] classes, int planned) {
    for (int k = Math.max(0, planned - 2); k < planned; k++) if (in(classes[k], WordClass.APPROVING)) return true;
    return false;
  }

  /**
   * "at a summit in Brussels next week", "talks in the coming days": a meeting set after the story is an
   * itinerary; a decision for later ("would invest ... next year") is an act on the day it is announced.
   */
  private static boolean meetingAhead(List<Token> tokens, Trigger t, Segment segment) {
    boolean meeting = true;
    for (ActEntry c : t.candidates()) meeting &= c.type() == ActType.COOPERATION_VISIT;
    for (int k = t.end(); meeting && k + 1 < Math.min(segment.to(), t.end() + 12); k++) {
      String w = tokens.get(k).norm();
      String next = tokens.get(k + 1).norm();
      // "held talks on Monday and will visit Japan next week": the next clause has its own time
      boolean clauseAhead = Regex.matches(next, "will|would|shall|is|was|has|had|then|also|later|plans|intends");
      if ((w.equals("and") || w.equals(",") || w.equals("but")) && clauseAhead) break;
      boolean ahead = w.equals("next") && Regex.matches(next, "week|weekend|month|year|monday|tuesday|wednesday|thursday"
          + "|friday|saturday|sunday") || w.equals("coming") && Regex.matches(next, "days|weeks|months|year")
          || w.equals("later") && next.equals("this") || w.equals("tomorrow");
      if (ahead) return true;
    }
    return false;
  }

  /** "Erdogan is due in Sochi on Tuesday for talks with Putin", "is expected in Moscow": a trip ahead. */
  private static boolean dueThere(List<Token> tokens, Trigger t, Segment segment) {
    for (int k = Math.max(segment.from(), 1); k < t.head(); k++) {
      if (Regex.matches(tokens.get(k).norm(), "due|expected") && Grammar.BE.contains(tokens.get(k - 1).norm())
          && k + 1 < tokens.size() && Regex.matches(tokens.get(k + 1).norm(), "in|at|to|back")) {
        return true;
      }
    }
    return false;
  }

  /** "the visit was postponed", "the talks were called off": what did not take place. */
  private static boolean calledOff(long[] classes, Trigger t, Segment segment) {
    for (int k = t.end(); k < Math.min(segment.to(), t.end() + 10); k++) {
      if (in(classes[k], WordClass.CALLED_OFF)) return true;
    }
    return false;
  }

  /** "Hungary delayed Sweden's accession", "Turkey blocked its entry": an act named after its obstruction. */
  private static boolean calledOffBefore(List<Token> tokens, long[] classes, Trigger t) {
    if (!t.noun()) return false;
    for (int k = t.head() - 1; k >= Math.max(0, t.head() - 4); k--) {
      if (tokens.get(k).isPunctuation() && !Grammar.POSSESSIVE_MARKERS.contains(tokens.get(k).norm())) return false;
      if (in(classes[k], WordClass.CALLED_OFF)) return true;
    }
    return false;
  }

  /**
   * The auxiliaries and adverbs right before the trigger (and, for a noun, a few words more): a negation not
   * already read, a speculative or future modal, or a wish ("wants to") leave the act unrealised.
   */
  private boolean unrealised(List<Token> tokens, long[] classes, Trigger t, Segment segment, Frame frame,
      boolean itinerary, boolean negated) {
    int head = t.head();
    int k = head - 1;
    int reach = t.noun() ? 4 : 0;
    while (k >= segment.from() && k >= 0) {
      String w = tokens.get(k).norm();
      if (Grammar.NEGATION.contains(w) && !negated) return true;
      Boolean modal = modalVerdict(tokens.get(k), classes, frame, itinerary);
      if (modal != null) return modal;
      // "Putin was able to visit Mongolia": what was possible then happened
      if (w.equals("able") && k > 0 && (tokens.get(k - 1).is("was") || tokens.get(k - 1).is("were"))) {
        k -= 2;
        continue;
      }
      // ("agreed to open training courses": some wish words are verbs of their own before an act's noun)
      boolean wishBeforeAct = k + 1 == head && !in(classes[k], WordClass.WISH_ONLY_BEFORE_TO);
      if (in(classes[k], WordClass.WISH) && k + 1 < tokens.size() && (tokens.get(k + 1).is("to") || wishBeforeAct)) {
        return !isAdoptedPlan(tokens, k);
      }
      if (Grammar.AUXILIARY_ADVERBS.contains(w) || w.endsWith("ly")) {
        k--;
      } else if (reach > 0) {
        reach--;
        k--;
      } else {
        break;
      }
    }
    return false;
  }

  /** "Armenia, which has yet to sign a peace treaty", "is still to ratify": not done yet. */
  private static boolean yetTo(List<Token> tokens, int head) {
    return head >= 2 && tokens.get(head - 1).is("to") && Regex.matches(tokens.get(head - 2).norm(), "yet|still");
  }

  /** "met on the sidelines of the NATO summit": the summit is where others met, no meeting of its own. */
  private static boolean sidelinesOf(List<Token> tokens, int head) {
    // ("of the Asia-Pacific Economic Cooperation summit": past a name of several words)
    for (int k = head - 1; k >= Math.max(1, head - 9); k--) {
      if (tokens.get(k).is("of")) return Grammar.SIDELINES.contains(tokens.get(k - 1).norm());
      if (tokens.get(k).isPunctuation() && !tokens.get(k).is("-")) return false;
    }
    return false;
  }

  /** "signed in Tashkent on the eve of the summit": a meeting that only dates another act. */
  private static boolean eveOf(List<Token> tokens, int head) {
    for (int k = head - 1; k >= Math.max(1, head - 5); k--) {
      if (tokens.get(k).is("of")) return tokens.get(k - 1).is("eve");
      if (tokens.get(k).isPunctuation() && !tokens.get(k).is("-")) return false;
    }
    return false;
  }

  /** A modal verb; not "visited Doha in May", the month. */
  private static boolean modal(Token t) {
    return !t.text().equals("May") && (Grammar.SPECULATIVE_MODALS.contains(t.norm())
        || Grammar.FUTURE_MODALS.contains(t.norm()));
  }

  /**
   * Whether a modal right before an act leaves it unrealised: a speculative one does, unless a "would" reports a
   * decision announced; a future one does, unless the act is an ultimatum or, away from trips, announced. Null when
   * {@code t} is no modal.
   */
  private static Boolean modalVerdict(Token t, long[] classes, Frame frame, boolean itinerary) {
    if (!modal(t)) return null;
    String w = t.norm();
    if (Grammar.SPECULATIVE_MODALS.contains(w)) return !(w.equals("would") && !itinerary && announced(classes));
    if (Grammar.FUTURE_MODALS.contains(w)) return frame != Frame.ULTIMATUM && (itinerary || !announced(classes));
    return null;
  }

  /** Auxiliaries that give a verb a time of its own: "and has signed", "that was agreed". */
  private static final String OWN_TIME = "has|have|had|is|are|was|were|did";

  /**
   * "will address students and hold talks with Xi", "could meet Lavrov and sign a deal": a verb joined by "and"
   * to one a modal governs shares the modal, read as {@link #unrealised} reads it.
   */
  private static boolean modalOfTheVerbBefore(List<Token> tokens, long[] classes, Trigger t, Segment segment,
      Frame frame, boolean itinerary) {
    int and = -1;
    // (the clauses may have been split at the "and"; "hold an informal meeting": a few words before a noun, or
    // before "meeting" read as a form of "meet")
    for (int k = t.head() - 1; k >= Math.max(0, t.head() - 4); k--) {
      if (tokens.get(k).isPunctuation()) return false;
      if (Regex.matches(tokens.get(k).norm(), "and|or")) {
        and = k;
        break;
      }
    }
    // ("will send troops and the talks ended": a new subject after the "and" is a clause of its own)
    if (and < 1 || tokens.get(and + 1).isCapitalised()
        || Regex.matches(tokens.get(and + 1).norm(), "the|a|an|its|their|his|her|this|these|those")) {
      return false;
    }
    // ("China will invest and has signed …": a verb with its own auxiliary has its own time)
    for (int k = and + 1; k < t.head(); k++) {
      if (Regex.matches(tokens.get(k).norm(), OWN_TIME)) return false;
    }
    for (int k = and - 1; k >= Math.max(0, and - 6); k--) {
      String w = tokens.get(k).norm();
      if (tokens.get(k).isPunctuation() || Regex.matches(w, OWN_TIME) || Regex.matches(w, "that|which|who")) {
        return false;
      }
      // ("on May 16 and 17 Faye held talks": the month, not the modal)
      if (tokens.get(k).isCapitalised()) continue;
      Boolean modal = modalVerdict(tokens.get(k), classes, frame, itinerary);
      if (modal != null) return modal;
    }
    return false;
  }

  /**
   * "About 80 French soldiers are to remain in the country to train Ivorian troops": what a clause says "is to"
   * happen is planned.
   */
  private static boolean beTo(List<Token> tokens, Trigger t, Segment segment) {
    for (int k = Math.max(segment.from(), 0); k + 1 < t.head(); k++) {
      if (Regex.matches(tokens.get(k).norm(), "is|are|was|were") && tokens.get(k + 1).is("to")) return true;
    }
    return false;
  }

  /**
   * "intervened in Yemen in March 2015 to back the internationally recognised government", "intervened at Maputo's
   * request": an intervention on a government's side is military cooperation with its state; any other is not
   * (the words come within a dozen after the verb).
   */
  private static boolean onAGovernmentsSide(List<Token> tokens, int head) {
    for (int k = head + 1; k + 1 < Math.min(tokens.size(), head + 14); k++) {
      String w = tokens.get(k).norm();
      if (w.equals(";") || w.equals(".")) return false;
      String next = tokens.get(k + 1).norm();
      if (w.equals("to") && Regex.matches(next, "back|support|restore|defend|help|bolster|reinstate|prop|shore")) {
        return true;
      }
      if (w.equals("at") && k + 2 < tokens.size() && Regex.matches(tokens.get(k + 2).norm(), "request|invitation")) {
        return true;
      }
      if (Regex.matches(w, "request|invitation|behalf")) return true;
    }
    return false;
  }

  /**
   * "a framework for the Philippines and Japan to send troops", "paved the way for Togo to join": what is made
   * possible for someone has not happened.
   */
  private boolean enabled(List<Token> tokens, int head) {
    int k = head - 1;
    if (k < 1 || !tokens.get(k).is("to")) return false;
    // "an agreement allowing the island to open a representative office": what a deal permits is not done
    for (int j = k - 2; j >= Math.max(0, k - 7); j--) {
      if (tokens.get(j).isPunctuation()) break;
      if (Regex.matches(tokens.get(j).norm(), "allowing|permitting|enabling")) return true;
    }
    for (k--; k >= 0 && k >= head - 10; k--) {
      Token t = tokens.get(k);
      String w = t.norm();
      if (w.equals("for")) return k + 1 < head - 1;
      if (!nounPhraseWord(t)) return false;
    }
    return false;
  }

  /**
   * "made recognition a condition for upgrading the liaison offices", "warned of the risks of turning to Wagner": a
   * condition not yet met, a risk not yet run.
   */
  private static boolean conditionFor(List<Token> tokens, int head) {
    if (head < 2) return false;
    String before = tokens.get(head - 2).norm();
    return tokens.get(head - 1).is("for") && Regex.matches(before, "(pre)?conditions?|prerequisites?|requirements?")
        || tokens.get(head - 1).is("of") && Regex.matches(before, "risks?|dangers?|consequences|prospects?|idea");
  }

  /**
   * "arrived in Bissau to help the parties agree on a timetable": what someone goes "to help" others do has not
   * happened yet.
   */
  private boolean helpedTowards(List<Token> tokens, int head) {
    for (int k = head - 1; k >= Math.max(1, head - 8); k--) {
      Token t = tokens.get(k);
      String w = t.norm();
      if (w.equals("help")) return tokens.get(k - 1).is("to");
      if (!nounPhraseWord(t) && !Regex.matches(w, "parties|sides|to")) return false;
    }
    return false;
  }

  /** A word of a party's noun phrase: "the Malian and Nigerien authorities", "its new government". */
  private boolean nounPhraseWord(Token t) {
    String w = t.norm();
    return Grammar.DETERMINERS.contains(w) || Grammar.CONNECTORS.contains(w) || words.is(WordClass.ROLE, w)
        || t.isCapitalised() || Grammar.POSSESSIVE_MARKERS.contains(w);
  }

  /**
   * "announced that French troops would withdraw in January": a decision announced, dated by its announcement
   * rather than by the future it names.
   */
  private boolean announcedFuture(List<Token> tokens, long[] classes, Trigger t, Segment segment) {
    for (int k = t.head() - 1; k >= segment.from() && k >= t.head() - 4; k--) {
      String w = tokens.get(k).norm();
      if (Grammar.FUTURE_MODALS.contains(w) || w.equals("would")) return announced(classes);
      if (!Grammar.AUXILIARY_ADVERBS.contains(w) && !w.endsWith("ly")) break;
    }
    return false;
  }

  /** "endorsed plans to form a federation": plans as a thing adopted, not an intention. */
  private boolean isAdoptedPlan(List<Token> tokens, int k) {
    if (!tokens.get(k).norm().startsWith("plan")) return false;
    if (k == 0) return false;
    String before = tokens.get(k - 1).norm();
    return words.is(WordClass.PLAN_ADOPTED, before) || Grammar.ARTICLES.contains(before)
        || Grammar.POSSESSIVES.contains(before) || before.equals("of");
  }

  /** "said … would leave", "will withdraw …, Berlin said": a reported decision. */
  private static boolean announced(long[] classes) {
    for (long c : classes) if (in(c, WordClass.ANNOUNCING)) return true;
    return false;
  }
}
