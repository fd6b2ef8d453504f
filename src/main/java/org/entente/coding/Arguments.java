package org.entente.coding;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.entente.act.Trigger;
import org.entente.date.DateMention;
import org.entente.date.MonthNames;
import org.entente.dictionary.NewsWords.WordClass;
import org.entente.text.Grammar;
import org.entente.text.Regex;
import org.entente.text.Token;

/**
 * The parties that stand in a trigger's grammatical roles in one sentence: its subject (its own, the speaker's,
 * or one its clause borrows), the groups of parties after it with the preposition that introduces each, the
 * parties written before a noun ("France's withdrawal"), and lists that go on past a date ("from Mali in 2022,
 * Burkina Faso in 2023 and Niger in December").
 */
final class Arguments {
  /** A group of parties after a trigger with the preposition that introduces it (null: a direct object). */
  record Group(String preposition, List<Actor> actors) {}

  private final SentenceView view;
  private final List<DateMention> dates;

  Arguments(SentenceView view, List<DateMention> dates) {
    this.view = view;
    this.dates = dates;
  }

  SentenceView view() { return view; }

  // ---------------------------------------------------------------- subjects

  /** The subject of a trigger at {@code head}: the first group of parties before it in its clause, or borrowed. */
  List<Actor> subject(int head) {
    List<Actor> decider = decider(head);
    if (!decider.isEmpty()) return decider;
    List<Actor> gerund = gerundSubject(head);
    if (!gerund.isEmpty()) return gerund;
    Segment segment = view.segmentOf(head);
    // "…, expelling Russia's ambassador and recalling its own envoy": a participle joined to the one that opens
    // the phrase shares its subject; the parties between are the first one's objects
    if (segment.kind() == Segment.Kind.PARTICIPLE && head > segment.from() + 1
        && view.tokens().get(segment.from()).norm().endsWith("ing") && view.tokens().get(head - 1).is("and")
        && view.tokens().get(head).norm().endsWith("ing")) {
      return borrowedSubject(segment);
    }
    List<Actor> own = subjectWithin(segment, head);
    return own.isEmpty() ? borrowedSubject(segment) : own;
  }

  /**
   * "a decision by Russia on Tuesday to withdraw", "Argentina's decision to leave the WHO": the party whose
   * decision, move or order an infinitive completes is its subject, whoever heads the clause ("NATO allies
   * condemned …").
   */
  private List<Actor> decider(int head) {
    if (head < 2 || !view.tokens().get(head - 1).is("to")) return List.of();
    // "switched recognition to Taiwan, prompting China to suspend relations": the party a cause moves to act does it
    for (Actor a : view.actors()) {
      if (a.to() == head - 1 && a.from() > 0 && !view.ignored(a)
          && Regex.matches(view.tokens().get(a.from() - 1).norm(),
              "prompting|prompted|forcing|forced|leading|causing|caused|driving|drove")) {
        return List.of(a);
      }
    }
    // "Wu said the government had learned that Kiribati's president had decided to establish relations": who
    // decided is the party named right before the verb
    if (Regex.matches(view.tokens().get(head - 2).norm(), "decided|decides|decide")) {
      Segment segment = view.segmentOf(head);
      List<Actor> before = view.actors().stream().filter(a -> a.from() >= segment.from() && a.to() <= head - 2
          && !view.ignored(a) && !view.inPrepositionalPhrase(a)).toList();
      List<List<Actor>> groups = view.groups(before);
      if (!groups.isEmpty()) {
        List<Actor> last = groups.get(groups.size() - 1);
        // only a party whose phrase runs up to the verb ("Kiribati President Taneti Maamau had decided")
        int gap = head - 2 - last.get(last.size() - 1).to();
        if (gap <= 3) return last;
      }
    }
    for (int k = head - 2; k >= Math.max(0, head - 9); k--) {
      String w = view.tokens().get(k).norm();
      if (!view.words().is(WordClass.DECISION, w)) continue;
      // "Russia's decision"
      if (k >= 2 && Grammar.POSSESSIVE_MARKERS.contains(view.tokens().get(k - 1).norm())) {
        for (Actor a : view.actors()) if (a.to() == k - 1 && !view.ignored(a)) return List.of(a);
      }
      // "a decision by Russia", "the decision of the junta"
      for (Actor a : view.actors()) {
        boolean after = a.from() > k && a.to() <= head - 1;
        if (after && (view.tokens().get(a.from() - 1).is("by") || view.tokens().get(a.from() - 1).is("of")
            || view.tokens().get(a.from() - 1).is("the") && a.from() >= 2
                && Regex.matches(view.tokens().get(a.from() - 2).norm(), "by|of"))) {
          return List.of(a);
        }
      }
      return List.of();
    }
    return List.of();
  }

  /**
   * "in exchange for Rabat normalising ties with Israel", "after Mali leaving the bloc": a party right before a
   * gerund, after a preposition, is its subject.
   */
  private List<Actor> gerundSubject(int head) {
    if (head < 2 || !view.tokens().get(head).norm().endsWith("ing")) return List.of();
    for (Actor a : view.actors()) {
      if (a.to() != head || a.from() < 1 || view.ignored(a) || a.codes().size() != 1) continue;
      String before = view.tokens().get(a.from() - 1).norm();
      if (Regex.matches(before, "for|after|before|despite|without|with|over|about|against")) return List.of(a);
    }
    return List.of();
  }

  List<Actor> subjectWithin(Segment segment, int before) {
    // "Niger's junta, which took power in July, has also forced out French troops": a clause that opens with an
    // auxiliary has its subject before it, and the parties in it are objects
    if (view.indexOf(segment) > 0 && segment.to() > segment.from() + 1
        && Regex.matches(view.tokens().get(segment.from()).norm(), "has|have|had|is|are|was|were|will")) {
      return List.of();
    }
    // "Niger, which expelled French forces and has since turned to Russia": a relative pronoun right before its
    // verb is the subject, and the clause's parties are objects
    if (segment.kind() == Segment.Kind.RELATIVE && segment.to() > segment.from() + 1
        && Regex.matches(view.tokens().get(segment.from()).norm(), "which|who")
        && !view.inActor(segment.from() + 1)
        && Regex.matches(view.tokens().get(segment.from() + 1).text(), "[a-z]+")
        && !Grammar.DETERMINERS.contains(view.tokens().get(segment.from() + 1).norm())) {
      return List.of();
    }
    // "Niger, Mali and Burkina Faso, all run by juntas, left ECOWAS and have formed a confederation": a clause
    // that opens with its verb after an apposition has its subject before the apposition, and ECOWAS is an object
    int index = view.indexOf(segment);
    // ("… also escalated Monday when Mali's junta gave the French ambassador 72 hours": not past a subordinator)
    // ("Somalia, which regards Somaliland as its own, recalled its ambassador from Addis Ababa and expelled …": nor
    // does a clause after a relative clause)
    Segment.Kind previous = index > 0 ? view.segments().get(index - 1).kind() : null;
    boolean apposition = previous == Segment.Kind.APPOSITION;
    boolean relative = previous == Segment.Kind.RELATIVE && verbAfterAnd(segment, before);
    if ((apposition || relative) && opensWithAVerb(segment) && !subordinatorBefore(segment.from(), before)) {
      return List.of();
    }
    int start = segment.from();
    int speakerEnd = -1;
    for (int k = segment.from(); k < before; k++) {
      if (view.words().is(WordClass.REPORTING, view.tokens().get(k).norm()) && !view.inActor(k)) {
        speakerEnd = k;
        start = k + 1;
      }
    }
    // "he told the bloc's leaders that Kyiv would not renew": past whom one tells, the clause's own subject
    for (int k = start; speakerEnd >= 0 && k + 1 < before; k++) {
      if (view.tokens().get(k).is("that") && k > start && !view.inActor(k) && view.inActor(k + 1)) start = k + 1;
    }
    // "the United States said on Friday it would withdraw", "the junta announced the suspension of …"
    if (speakerEnd >= 0 && (pronounSubject(start, before) || announces(speakerEnd, before))) {
      start = segment.from();
      before = speakerEnd;
    }
    List<Actor> candidates = new ArrayList<>();
    for (Actor a : view.actors()) {
      if (a.from() >= start && a.to() <= before && !view.ignored(a)
          && (!view.inPrepositionalPhrase(a) || fromAfterRole(a))) {
        candidates.add(a);
      }
    }
    // "he told reporters on his way home from a tour of Indonesia", "Ruto said during a visit to Kampala": an act
    // in a phrase of the speaker's circumstances is the speaker's
    if (candidates.isEmpty() && speakerEnd >= 0 && segment.kind() == Segment.Kind.MAIN
        && circumstance(speakerEnd, before)) {
      for (Actor a : view.actors()) {
        if (a.from() >= segment.from() && a.to() <= speakerEnd && !view.ignored(a) && !view.inPrepositionalPhrase(a)) {
          candidates.add(a);
        }
      }
    }
    List<List<Actor>> groups = view.groups(candidates);
    if (groups.isEmpty() && firstPerson(segment.from(), before)) return speaker();
    return groups.isEmpty() ? List.of() : withIncluded(groups.get(0), before);
  }

  /**
   * "A delegation of ECOWAS leaders, including the presidents of Ghana, Senegal and Togo, travelled …": the
   * parties a subject includes act with it.
   */
  private List<Actor> withIncluded(List<Actor> subject, int before) {
    int end = subject.get(subject.size() - 1).to();
    int including = -1;
    for (int k = end; k < Math.min(before, end + 3) && including < 0; k++) {
      if (view.tokens().get(k).is("including")) including = k;
    }
    if (including < 0) return subject;
    List<Actor> after = new ArrayList<>();
    for (Actor a : view.actors()) if (a.from() > including && a.to() <= before && !view.ignored(a)) after.add(a);
    List<List<Actor>> groups = view.groups(after);
    if (groups.isEmpty() || groups.get(0).get(0).from() > including + 4) return subject;
    List<Actor> out = new ArrayList<>(subject);
    out.addAll(groups.get(0));
    return out;
  }

  /**
   * "A joint delegation from Mali and Burkina Faso arrived …", "Officials in Palau reaffirmed …": whose delegation
   * or officials they are.
   */
  private boolean fromAfterRole(Actor a) {
    int k = a.from() - 1;
    if (k >= 0 && Regex.matches(view.tokens().get(k).norm(), "neighbouring|neighboring")) k--;
    if (k >= 0 && view.tokens().get(k).is("the")) k--;
    if (k < 1) return false;
    String role = view.tokens().get(k - 1).norm();
    // "Troops from neighbouring Eritrea fought alongside …": troops of no state named before them are the state
    // they come from
    boolean troopsFrom = view.words().is(WordClass.TROOP_UNITS, role) && !view.inActor(Math.max(0, k - 2));
    return view.tokens().get(k).is("from") && (view.words().is(WordClass.ROLE, role) || troopsFrom)
        || view.tokens().get(k).is("in") && (role.equals("officials") || view.words().is(WordClass.GOVERNMENT, role));
  }

  /**
   * Whether the words between a reporting verb and {@code head} set the speaker somewhere: "said during a visit",
   * "told reporters on his way home from a tour", "spoke on the sidelines of a summit".
   */
  private boolean circumstance(int speakerEnd, int head) {
    for (int k = speakerEnd + 1; k < head; k++) {
      String w = view.tokens().get(k).norm();
      if (w.equals("that") || view.inActor(k)) return false;
      if (Regex.matches(w, "during|while|ahead")) return true;
      boolean on = w.equals("on") && k + 2 < head && Regex.matches(view.tokens().get(k + 2).norm(), "way|sidelines");
      if (on) return true;
    }
    return false;
  }

  /** "We have decided to end …," the prime minister said: a first-person subject is the speaker. */
  private boolean firstPerson(int from, int to) {
    for (int k = from; k < to; k++) {
      if (Grammar.FIRST_PERSON.contains(view.tokens().get(k).norm())) return true;
    }
    return false;
  }

  private List<Actor> speaker() {
    for (Segment s : view.segments()) {
      if (s.kind() != Segment.Kind.ATTRIBUTION) continue;
      for (Actor a : view.actors()) if (s.contains(a.from())) return List.of(a);
    }
    return List.of();
  }

  /** "announced on Sunday their immediate withdrawal": the act is what the speaker announced. */
  private boolean announces(int speakerEnd, int head) {
    if (head - speakerEnd > 7) return false;
    for (int k = speakerEnd + 1; k < head; k++) if (view.inActor(k)) return false;
    return true;
  }

  private boolean pronounSubject(int from, int to) {
    for (int k = from; k < to; k++) {
      if (Grammar.SUBJECT_PRONOUNS.contains(view.tokens().get(k).norm())) return true;
    }
    return false;
  }

  private boolean subordinatorBefore(int from, int to) {
    for (int k = from; k < to; k++) {
      if (Regex.matches(view.tokens().get(k).norm(), "when|as|while|after|before|because|that|if|since|until|where")) {
        return true;
      }
    }
    return false;
  }

  /** Whether the word at {@code head} follows "and", past a date or an adverb: "and in April expelled". */
  private boolean verbAfterAnd(Segment segment, int head) {
    for (int k = head - 1; k > segment.from(); k--) {
      int at = k;
      if (dates.stream().anyMatch(d -> d.from() <= at && at < d.to())) continue;
      String w = view.tokens().get(k).norm();
      if (w.equals("and")) return true;
      if (!Regex.matches(w, "[a-z]+ly|also|then|later|in|on")) return false;
    }
    return false;
  }

  /** A clause whose first word, after an adverb, is a lower-case verb: no determiner, pronoun or conjunction. */
  private boolean opensWithAVerb(Segment segment) {
    int k = segment.from();
    while (k < segment.to() - 1 && Regex.matches(view.tokens().get(k).norm(), "[a-z]+ly|also|then|since|later")) k++;
    Token first = view.tokens().get(k);
    String w = first.norm();
    return !first.isCapitalised() && !first.isPunctuation() && !view.inActor(k) && !Grammar.DETERMINERS.contains(w)
        && !Grammar.PREPOSITIONS.contains(w) && !Grammar.SUBJECT_PRONOUNS.contains(w)
        && !Regex.matches(w, "and|but|or|which|who|whose|that|when|where|while|as|if|because|its|their|his|her|\\d.*");
  }

  /** The group of parties nearest before {@code head} in its clause: who "will have six months to leave". */
  List<Actor> nearestBefore(int head) {
    Segment segment = view.segmentOf(head);
    List<Actor> candidates = new ArrayList<>();
    for (Actor a : view.actors()) {
      if (a.from() >= segment.from() && a.to() <= head && !view.ignored(a)) candidates.add(a);
    }
    List<List<Actor>> groups = view.groups(candidates);
    if (!groups.isEmpty()) return groups.get(groups.size() - 1);
    // "gave the 400 French special forces stationed at Kamboinsin, near the capital, a month to leave": the
    // party told to leave is the object before the aside
    int index = view.indexOf(segment);
    if (index == 0) return List.of();
    Segment before = view.segments().get(index - 1);
    Segment earlier = index > 1 ? view.segments().get(index - 2) : before;
    for (Segment s : List.of(before, earlier)) {
      List<Actor> in = new ArrayList<>();
      for (Actor a : view.actors()) if (s.contains(a.from()) && !view.ignored(a)) in.add(a);
      List<List<Actor>> g = view.groups(in);
      if (g.size() > 1) return g.get(g.size() - 1);
    }
    return List.of();
  }

  /** Whether every segment before the one at {@code index} is a fronted phrase. */
  private boolean onlyFrontedBefore(int index) {
    for (int s = 0; s < index; s++) if (view.segments().get(s).kind() != Segment.Kind.FRONT) return false;
    return true;
  }

  /** A clause with no subject of its own takes the one it depends on. */
  private List<Actor> borrowedSubject(Segment segment) {
    int index = view.indexOf(segment);
    // "Welcoming Pezeshkian as they sat down, Putin said …": a fronted phrase takes the main clause's subject
    // ("In June, during a visit to Pyongyang, Putin signed …": so does a phrase after another fronted one)
    boolean frontedAfterFronted = segment.kind() == Segment.Kind.ADVERBIAL && index > 0 && onlyFrontedBefore(index);
    if (segment.kind() == Segment.Kind.FRONT || segment.kind() == Segment.Kind.PARTICIPLE && index == 0
        || frontedAfterFronted) {
      for (int s = index + 1; s < view.segments().size(); s++) {
        Segment next = view.segments().get(s);
        if (next.kind() == Segment.Kind.MAIN) return subjectWithin(next, firstReportingVerb(next));
      }
      // (a phrase that ends the sentence after what was cut as fronted hangs from it, as below)
      if (!frontedAfterFronted) return List.of();
    }
    // ("Guatemala, where Tsai arrived": the place a "where" clause describes is where, not who, acts)
    if (segment.kind() == Segment.Kind.RELATIVE && view.tokens().get(segment.from()).is("where")) return List.of();
    if (segment.kind() == Segment.Kind.RELATIVE) return antecedent(segment);
    // "Qatar announced that it would invest …": a pronoun reported after "that" is the speaker
    if (index > 0 && view.segments().get(index - 1).kind() == Segment.Kind.ATTRIBUTION
        && segment.to() - segment.from() > 1 && view.tokens().get(segment.from()).is("that")
        && Grammar.SUBJECT_PRONOUNS.contains(view.tokens().get(segment.from() + 1).norm())) {
      List<Actor> speaker = firstGroupIn(view.segments().get(index - 1), false);
      if (!speaker.isEmpty()) return speaker;
    }
    // "… in Bamako, where Mali's transitional president, General Assimi Goita, received the minister": a "where"
    // clause that an apposition broke off goes on after it, with the subject it opened with
    int where = view.whereClauseOf(index);
    if (where >= 0 && where < index) {
      List<Actor> opened = firstGroupIn(view.segments().get(where), true);
      if (!opened.isEmpty()) return opened;
    }
    for (int s = index - 1; s >= 0; s--) {
      Segment previous = view.segments().get(s);
      // "Lourenço, who has moved closer to Washington after decades of ties with Moscow, was hosted …": an
      // adverbial right after a relative clause belongs to it
      boolean inRelative = s > 0 && view.segments().get(s - 1).kind() == Segment.Kind.RELATIVE;
      // ("Maduro broke off relations, after Trump recognized Guaido, and ordered American diplomats out": an
      // adverbial clause a comma closes before "and" lends the main clause's subject, not its own)
      boolean closedBeforeAnd = s == index - 1 && segment.from() > 0 && view.tokens().get(segment.from() - 1).is(",")
          && Regex.matches(view.tokens().get(segment.from()).norm(), "and|but") && s > 0
          && view.segments().get(s - 1).kind() == Segment.Kind.MAIN;
      boolean phrase = previous.kind() == Segment.Kind.ADVERBIAL
          && (inRelative || closedBeforeAnd || !view.opensClause(view.tokens().get(previous.from()).norm()));
      // "Speaking at a summit of the bloc's leaders, Putin said …": an opening participle has no subject to lend
      // ("Neighbouring Mali and Burkina Faso, also run by juntas, have …" names its subject)
      boolean openingParticiple = s == 0 && previous.kind() == Segment.Kind.PARTICIPLE
          && partiesOnlyAfterAPreposition(previous);
      // "Sharif travelled to Saudi Arabia, meeting Crown Prince Mohammed bin Salman, and later hosted Raisi": a
      // participle after the main clause names its objects, and lends no subject
      boolean trailingParticiple = s > 0 && previous.kind() == Segment.Kind.PARTICIPLE
          && view.tokens().get(previous.from()).norm().endsWith("ing");
      if (previous.kind() == Segment.Kind.APPOSITION || previous.kind() == Segment.Kind.ATTRIBUTION
          || previous.kind() == Segment.Kind.RELATIVE || phrase || openingParticiple || trailingParticiple) {
        continue;
      }
      List<Actor> found = subjectWithin(previous, previous.to());
      if (!found.isEmpty()) return found;
    }
    return List.of();
  }

  /** The first group of parties {@code segment} names (without those the view ignores, if {@code known}). */
  private List<Actor> firstGroupIn(Segment segment, boolean known) {
    List<Actor> in = view.actors().stream().filter(a -> segment.contains(a.from()) && !(known && view.ignored(a)))
        .toList();
    List<List<Actor>> groups = view.groups(in);
    return groups.isEmpty() ? List.of() : groups.get(0);
  }

  /**
   * Where the first reporting verb of {@code segment} stands, else its end: "Speaking in Rome, Cavusoglu called the
   * move outrageous and said Athens should …" lends the main clause's subject, not the one it reports.
   */
  private int firstReportingVerb(Segment segment) {
    for (int k = segment.from(); k < segment.to(); k++) {
      if (view.words().is(WordClass.REPORTING, view.tokens().get(k).norm()) && !view.inActor(k)) return k;
    }
    return segment.to();
  }

  private boolean partiesOnlyAfterAPreposition(Segment segment) {
    int preposition = segment.to();
    for (int k = segment.from(); k < segment.to() && preposition == segment.to(); k++) {
      if (Grammar.PREPOSITIONS.contains(view.tokens().get(k).norm())) preposition = k;
    }
    int first = preposition;
    return view.actors().stream().noneMatch(a -> segment.contains(a.from()) && a.from() < first);
  }

  /**
   * "Malian President Assimi Goita, who …", "the Ukrainian government, which …": the party whose noun phrase
   * stands right before the relative pronoun; none when that noun phrase names no party ("Donald Trump, who …"
   * before he took office).
   */
  List<Actor> antecedent(Segment relative) {
    List<Actor> member = memberOfTheGroup(relative);
    if (!member.isEmpty()) return member;
    int k = relative.from() - 1;
    // "French troops, the last of which left in December": the part named before "of which" is of the noun before
    k = beforePartOf(k);
    while (k >= 0 && view.tokens().get(k).is(",")) k--;
    boolean afterRole = false;
    int modifiers = 0;
    while (k >= 0) {
      Actor at = null;
      for (Actor a : view.actors()) if (a.from() <= k && k < a.to()) at = a;
      // "The French ambassador, Sylvain Itte, who had been told to leave": past a name set off as an apposition
      // to the noun it names
      if (at != null && view.ignored(at) && view.segmentOf(at.from()).kind() == Segment.Kind.APPOSITION
          && view.segmentOf(at.from()).from() == at.from()) {
        k = at.from() - 1;
        while (k >= 0 && view.tokens().get(k).is(",")) k--;
        continue;
      }
      // ('said Swiss Vice-President Guy Parmelin, who travelled to Buenos Aires': the speaker of an attribution is
      // who the relative clause after it tells of)
      boolean speaker = at != null && view.segmentOf(at.from()).kind() == Segment.Kind.ATTRIBUTION
          && view.segmentOf(at.from()).to() == relative.from() - 1;
      if (at != null) return view.ignored(at) && !speaker ? List.of() : withCoordinated(at);
      Token t = view.tokens().get(k);
      // "the Unasur regional bloc, which Brazil left"
      boolean orgWord = view.words().is(WordClass.ORGANISATION, t.norm())
          || view.words().is(WordClass.ORGANISATION_MODIFIER, t.norm());
      // "Russia's Wagner Group mercenaries, who have fought alongside Malian troops": troops are their state's
      boolean troops = view.words().is(WordClass.TROOP_UNITS, t.norm());
      // "US climate envoy John Kerry, who …": up to two words that modify a role word before it
      boolean modifier = modifiers < 2 && afterRole && Regex.matches(t.text(), "[a-z]+");
      // ("Swiss Vice-President and Economy Minister Guy Parmelin, who": two titles joined)
      // ("Vice-President": a title's hyphen)
      boolean titles = (t.is("and") || t.is("-")) && k > 0 && view.tokens().get(k - 1).isCapitalised()
          && view.tokens().get(k + 1).isCapitalised() && !view.inActor(k - 1);
      if (!view.roleWord(t.norm()) && !t.isCapitalised() && !orgWord && !troops && !modifier && !titles) {
        return List.of();
      }
      if (modifier && !view.roleWord(t.norm())) modifiers++;
      afterRole = view.roleWord(t.norm()) && !troops || modifier;
      k--;
    }
    return List.of();
  }

  /**
   * "Togo's Gnassingbe was among the leaders who attended", "Ghana is one of the few states that have signed": the
   * relative clause describes a group the subject of "was" belongs to, so the subject does what it says.
   */
  private List<Actor> memberOfTheGroup(Segment relative) {
    List<Token> tokens = view.tokens();
    int k = relative.from() - 1;
    int words = 0;
    // ("the heads of state who": "of state" is part of the noun)
    // ("was among more than a dozen African leaders who": a count and a region's adjective, no party, may stand
    // before the noun)
    while (k >= 0 && words < 7 && (Regex.matches(tokens.get(k).text(), "[a-z]+")
        || Regex.matches(tokens.get(k).text(), "[A-Z][a-z]+") && !view.inActor(k)) && !tokens.get(k).is("among")
        && !(tokens.get(k).is("of") && !Regex.matches(tokens.get(k + 1).norm(), "state|government"))) {
      k--;
      words++;
    }
    if (k < 1 || words == 0 || !tokens.get(k).is("among") && !tokens.get(k).is("of")) return List.of();
    if (tokens.get(k).is("of")) {
      if (!Regex.matches(tokens.get(k - 1).norm(), "one|some|two|three|several|many|few")) return List.of();
      k--;
    }
    k--;
    while (k >= 0 && Regex.matches(tokens.get(k).norm(), "also|reportedly|then")) k--;
    if (k < 1 || !Regex.matches(tokens.get(k).norm(), "was|were|is|are|been")) return List.of();
    if (tokens.get(k).is("been") && !Regex.matches(tokens.get(k - 1).norm(), "has|have|had")) return List.of();
    int copula = tokens.get(k).is("been") ? k - 1 : k;
    // ("Obiang in turn was among …", "Ruto, too, was among …")
    int end = copula;
    if (end > 2 && tokens.get(end - 1).is("turn") && tokens.get(end - 2).is("in")) end -= 2;
    while (end > 1 && Regex.matches(tokens.get(end - 1).norm(), ",|too|also|himself|herself")) end--;
    List<Actor> subject = nearestBefore(end);
    return subject.isEmpty() || subject.get(subject.size() - 1).to() != end ? List.of() : subject;
  }

  /** Words that name a part of a group before "of which" or "of whom": "the last of", "most of", "half of". */
  private static final Set<String> PARTS = Set.of("the", "last", "first", "bulk", "most", "some", "all", "many",
      "one", "two", "none", "half", "rest", "remainder", "majority", "few", "several", "each");

  /** The token before "the last of" when {@code k} is the "of" that ends it, else {@code k}. */
  private int beforePartOf(int k) {
    if (k < 1 || !view.tokens().get(k).is("of")) return k;
    int j = k - 1;
    while (j >= 0 && PARTS.contains(view.tokens().get(j).norm())) j--;
    return j < k - 1 && j >= 0 && view.tokens().get(j).is(",") ? j : k;
  }

  /** "the United Arab Emirates and Bahrain, which signed": the parties listed with the antecedent as well. */
  private List<Actor> withCoordinated(Actor last) {
    List<Actor> out = new ArrayList<>(List.of(last));
    int k = last.from() - 1;
    while (k >= 1 && (view.tokens().get(k).is("and") || view.tokens().get(k).is(","))) {
      int end = k;
      Actor before = view.actors().stream().filter(a -> a.to() == end && !view.ignored(a)).findFirst().orElse(null);
      if (before == null) break;
      out.add(0, before);
      k = before.from() - 1;
    }
    return out;
  }

  // ---------------------------------------------------------------- objects

  /** Groups of parties in tokens [from, to), each with its preposition; lists going on past a date are joined. */
  List<Group> after(int from, int to) {
    List<Actor> candidates = new ArrayList<>();
    for (Actor a : view.actors()) {
      if (a.from() >= from && a.to() <= to && !view.ignored(a)) candidates.add(a);
    }
    List<List<Actor>> groups = view.groups(candidates);
    List<Group> out = new ArrayList<>();
    for (int g = 0; g < groups.size(); g++) {
      List<Actor> group = new ArrayList<>(groups.get(g));
      // "from Mali in August 2022, Burkina Faso in February 2023 and Niger in December": one list of places
      String preposition = view.preposition(group.get(0));
      while (g + 1 < groups.size()
          && continuesList(group.get(group.size() - 1), groups.get(g + 1).get(0), preposition)) {
        group.addAll(groups.get(++g));
      }
      out.add(new Group(preposition, List.copyOf(group)));
    }
    return out;
  }

  /**
   * Whether {@code next} continues the list {@code last} ends: between them only a date or a short phrase, then
   * a comma or "and", and {@code next} has no preposition of its own ("French soldiers in 2022 and the UN
   * mission MINUSMA in 2023") or the list's own again ("with Australia in January 2022 and with Britain").
   */
  private boolean continuesList(Actor last, Actor next, String listPreposition) {
    int k = last.to();
    boolean dated = false;
    while (k < next.from()) {
      int at = k;
      DateMention d = dates.stream().filter(x -> x.from() == at).findFirst().orElse(null);
      if (d != null) {
        dated = true;
        k = d.to();
        continue;
      }
      String w = view.tokens().get(k).norm();
      if (w.equals(",") || w.equals("and")) break;
      if (!(w.equals("in") || w.equals("on") || view.roleWord(w) || view.words().is(WordClass.ROLE, w))) {
        return false;
      }
      k++;
    }
    if (!dated) return false;
    boolean repeated = false;
    while (k < next.from()) {
      String w = view.tokens().get(k).norm();
      boolean again = listPreposition != null && w.equals(listPreposition) && view.tokens().get(k - 1).is("and");
      repeated |= again;
      if (!(again || w.equals(",") || w.equals("and") || Grammar.DETERMINERS.contains(w) || view.roleWord(w)
          || view.tokens().get(k).isCapitalised())) {
        return false;
      }
      k++;
    }
    return repeated ? listPreposition.equals(view.preposition(next)) : view.preposition(next) == null;
  }

  /** The first group introduced by {@code preposition}; null: a direct object. */
  static List<Actor> first(List<Group> groups, String preposition) {
    for (Group g : groups) if (java.util.Objects.equals(preposition, g.preposition())) return g.actors();
    return List.of();
  }

  /** "Sudan's embassy", "its troops": a group written as the owner of the noun after it. */
  boolean possessor(List<Actor> group) {
    int k = group.get(group.size() - 1).to();
    return k < view.tokens().size() && Grammar.POSSESSIVE_MARKERS.contains(view.tokens().get(k).norm());
  }

  /**
   * "signed a mutual defence pact, the Liptako-Gourma Charter, with Burkina Faso and Niger": the partner in a
   * "with" phrase right after a short aside that names the thing signed.
   */
  List<Actor> partnerPastAside(Trigger t) {
    int index = view.indexOf(view.segmentOf(t.head()));
    for (int s = index + 1; s < Math.min(view.segments().size(), index + 3); s++) {
      Segment next = view.segments().get(s);
      if (view.tokens().get(next.from()).is("with")) {
        List<Group> groups = after(next.from(), next.to());
        return groups.isEmpty() ? List.of() : groups.get(0).actors();
      }
      boolean aside = next.to() - next.from() <= 6 && view.actors().stream().noneMatch(a -> next.contains(a.from()));
      if (!aside) return List.of();
    }
    return List.of();
  }

  /**
   * "restored diplomatic relations that Chad broke off in 1972", "resumed ties, which Khartoum had severed": the
   * subject of a relative clause right after the relations restored is the other party to them.
   */
  List<Actor> subjectOfRelativeAfter(Trigger t) {
    int index = view.indexOf(view.segmentOf(t.head()));
    if (index + 1 >= view.segments().size()) return List.of();
    Segment next = view.segments().get(index + 1);
    boolean right = next.from() <= t.reach() + 2 && Regex.matches(view.tokens().get(next.from()).norm(), "that|which");
    if (next.kind() != Segment.Kind.RELATIVE || !right) return List.of();
    List<Group> groups = after(next.from(), next.to());
    return groups.isEmpty() || groups.get(0).preposition() != null
        || groups.get(0).actors().get(0).from() > next.from() + 3
        ? List.of() : groups.get(0).actors();
  }

  /**
   * The guest a host receives: the first group after the trigger, if it is the direct object ("received the
   * Russian delegation") or an audience's "to"; none for "welcomed the decision by Somalia" or "welcomed
   * Argentina's decision", where the party only owns the thing welcomed.
   */
  List<Actor> guest(List<Group> after) {
    if (after.isEmpty()) return List.of();
    Group first = after.get(0);
    if (first.preposition() != null && !first.preposition().equals("to") && !officeFrom(first)) return List.of();
    Actor last = first.actors().get(first.actors().size() - 1);
    int k = last.to();
    boolean possessor = k + 1 < view.tokens().size() && Grammar.POSSESSIVE_MARKERS.contains(view.tokens().get(k).norm())
        && !officeAfterPossessive(k + 1);
    if (possessor) return List.of();
    // "received the EU commissioner and the foreign ministers of Italy and Greece", "… and the Italian and Greek
    // ministers": further guests by their office, after "and"
    // ("of" after an office stays inside the guest's phrase, which has no preposition of its own)
    List<Actor> guests = new ArrayList<>(first.actors());
    for (int g = 1; g < after.size() && (after.get(g).preposition() == null || "of".equals(after.get(g).preposition()));
        g++) {
      List<Actor> next = after.get(g).actors();
      boolean joined = false;
      boolean onlyOffice = true;
      for (int j = k; j < next.get(0).from() && onlyOffice; j++) {
        String w = view.tokens().get(j).norm();
        joined |= w.equals("and");
        // (the first guest's own title, "commissioner", may come first; no verb of another clause)
        onlyOffice = Regex.matches(w, "and|the|of|,") || view.roleWord(w)
            || Regex.matches(w, "[a-z-]+") && !w.endsWith("ed") && !Grammar.PREPOSITIONS.contains(w);
      }
      int end = next.get(next.size() - 1).to();
      boolean ofOffice = next.get(0).from() > 1 && view.tokens().get(next.get(0).from() - 1).is("of")
          && view.roleWord(view.tokens().get(next.get(0).from() - 2).norm());
      boolean officeAfter = end < view.tokens().size() && view.roleWord(view.tokens().get(end).norm());
      if (!joined || !onlyOffice || !(ofOffice || officeAfter)) break;
      guests.addAll(next);
      k = end;
    }
    return guests;
  }

  /** "Nigeria's envoy", "Nigeria's special envoy", "Mali's new prime minister": an office, past two modifiers. */
  private boolean officeAfterPossessive(int from) {
    for (int j = from; j < Math.min(view.tokens().size(), from + 3); j++) {
      String w = view.tokens().get(j).norm();
      if (view.roleWord(w)) return true;
      if (!Regex.matches(view.tokens().get(j).text(), "[a-z-]+")) return false;
    }
    return false;
  }

  /** "hosted his counterparts from Mali, Burkina Faso and Niger": the states an office or delegation is "from". */
  private boolean officeFrom(Group group) {
    int k = group.actors().get(0).from() - 1;
    if (k >= 0 && view.tokens().get(k).is("the")) k--;
    if (k < 1 || !view.tokens().get(k).is("from")) return false;
    String role = view.tokens().get(k - 1).norm();
    return view.words().is(WordClass.ROLE, role) || role.equals("delegation") || role.equals("delegations");
  }

  /**
   * "with Sayed Solat Mortazavi, the Minister of Cooperatives of Iran": a person the dictionary does not know,
   * named after the trigger with "with" or as its object, and set beside an office of a party; that party.
   */
  List<Actor> officeAfter(Trigger t) {
    int index = view.indexOf(view.segmentOf(t.head()));
    if (index + 1 >= view.segments().size()) return List.of();
    Segment aside = view.segments().get(index + 1);
    if (aside.kind() != Segment.Kind.APPOSITION && aside.kind() != Segment.Kind.MAIN) return List.of();
    boolean office = false;
    for (int k = aside.from(); k < Math.min(aside.to(), aside.from() + 3); k++) {
      office |= view.words().is(WordClass.ROLE, view.tokens().get(k).norm()) && !view.inActor(k);
    }
    if (!office) return List.of();
    // "the Minister of Cooperatives, Labor, and Social Welfare of Iran": the office may run over a list
    for (int s = index + 1; s < Math.min(view.segments().size(), index + 5); s++) {
      Segment part = view.segments().get(s);
      for (Actor a : view.actors()) {
        if (part.contains(a.from()) && a.explicit()) return List.of(a);
      }
    }
    return List.of();
  }

  /**
   * "expelled Olivier Salgado, the spokesman of the UN mission", "expelled Pavan Kumar Rai, whom it identified as the
   * head of Indian intelligence": a name of two to four capitalised words no party covers, right after the trigger
   * and closed by a comma, and the first party other than {@code actors} in the few words after the comma.
   */
  List<Actor> describedPersonAfter(Trigger t, List<String> actors) {
    List<Token> tokens = view.tokens();
    int k = t.end();
    while (k < tokens.size() && k - t.end() < 4 && tokens.get(k).isCapitalised() && !view.inActor(k)
        && !MonthNames.isCalendarWord(tokens.get(k))) {
      k++;
    }
    if (k - t.end() < 2 || k >= tokens.size() || !tokens.get(k).is(",")) return List.of();
    for (Actor a : view.actors()) {
      if (a.from() > k && a.from() <= k + 12 && a.explicit() && !actors.containsAll(a.codes())
          && !Grammar.PREPOSITIONS.contains(tokens.get(a.from() - 1).norm())) {
        return List.of(a);
      }
    }
    return List.of();
  }

  /** Whether the "in" before {@code a} follows what something is about: "the war in neighbouring Ethiopia". */
  boolean topicIn(Actor a) {
    List<Token> tokens = view.tokens();
    int k = a.from() - 1;
    while (k > 0 && k > a.from() - 4 && !tokens.get(k).is("in")) k--;
    return k > 0 && tokens.get(k).is("in") && view.words().is(WordClass.TOPIC, tokens.get(k - 1).norm());
  }

  static List<Actor> firstOf(List<Group> groups, String... prepositions) {
    for (Group g : groups) {
      for (String p : prepositions) if (p.equals(g.preposition())) return g.actors();
    }
    return List.of();
  }

  static List<Actor> firstExcept(List<Group> groups, String... prepositions) {
    for (Group g : groups) {
      if (g.preposition() == null || !List.of(prepositions).contains(g.preposition())) return g.actors();
    }
    return List.of();
  }

  /** Parties written right before a noun: "France's withdrawal", "the Russian delegation's visit". */
  List<Actor> premodifiers(int head) {
    List<Actor> out = new ArrayList<>();
    int k = head - 1;
    while (k >= 0) {
      String w = view.tokens().get(k).norm();
      Actor a = view.actorEndingAt(k + 1);
      if (a != null && !view.ignored(a)) {
        out.add(0, a);
        k = a.from() - 1;
      } else if (view.roleWord(w) || view.words().is(WordClass.ACT_NOUN_MODIFIER, w)) {
        k--;
      } else {
        break;
      }
    }
    return out;
  }

  /** "X met Y and agreed to …": the second verb's partner is the first verb's object. */
  List<Actor> sharedObject(Trigger t) {
    return sharedObject(t, false);
  }

  /**
   * As {@link #sharedObject(Trigger)}, and also for a verb opening a clause after a comma: "expelled India's high
   * commissioner, downgraded ties and suspended trade".
   */
  List<Actor> sharedObject(Trigger t, boolean afterComma) {
    Segment segment = view.segmentOf(t.head());
    int and = -1;
    for (int k = t.head() - 1; k > segment.from(); k--) {
      if (view.tokens().get(k).is("and")) {
        and = k;
        break;
      }
    }
    int from = segment.from();
    if (afterComma && and < 0 && t.head() - from <= 1 && from > 1 && view.tokens().get(from - 1).is(",")) {
      and = from - 1;
      from = view.segmentOf(from - 2).from();
    }
    if (and < 0) return List.of();
    // "The White House said on Friday that Sudan and Israel had agreed": an "and" inside the subject joins no verbs
    List<Actor> subject = subject(t.head());
    if (subject.size() > 1 && and > subject.get(0).from() && and < subject.get(subject.size() - 1).to()) {
      return List.of();
    }
    List<Actor> between = new ArrayList<>();
    for (Actor a : view.actors()) {
      if (a.from() > from && a.to() <= and && !view.ignored(a)) between.add(a);
    }
    between.removeAll(subject);
    // ("met in Luanda on July 6 and agreed on a roadmap": where the first verb happened is no object of the second)
    between.removeIf(a -> {
      List<Token> tokens = view.tokens();
      int at = PlacePhrase.preposition(tokens, a.from());
      // ("the Angolan capital, Luanda": the name set after the place's phrase is where, too)
      boolean named = a.from() > 1 && tokens.get(a.from() - 1).is(",")
          && PlacePhrase.CITY_NOUNS.contains(tokens.get(a.from() - 2).norm());
      return a.kind() == ActorKind.PLACE && (named || at >= 0 && Regex.matches(tokens.get(at).norm(), "in|at"));
    });
    List<List<Actor>> groups = view.groups(between);
    return groups.isEmpty() ? List.of() : groups.get(groups.size() - 1);
  }

  /** "Togo and Ghana strengthened their ties with the Sahel states": a partner the sentence does not name. */
  boolean unnamedPartner(Trigger t) {
    Segment segment = view.segmentOf(t.head());
    for (int k = t.end(); k < Math.min(segment.to(), t.end() + 8); k++) {
      String w = view.tokens().get(k).norm();
      if (w.equals("with") || w.equals("between")) return true;
    }
    return false;
  }

  /** "the European Union will be informed of the end of its partnership": the subject is told, not telling. */
  boolean toldOf(int head) {
    // passive only: "will be informed of the end"; who "told reporters during a trip" is the one telling
    for (int k = Math.max(1, head - 8); k < head; k++) {
      boolean passive = Regex.matches(view.tokens().get(k - 1).norm(), "be|been|being|was|were|is|are");
      if (passive && view.words().is(WordClass.TOLD, view.tokens().get(k).norm())) return true;
    }
    return false;
  }

  /**
   * "at the request of Niger's new authorities", "at Chad's demand": the parties that asked for an act, in the
   * trigger's clause or the phrase after it, or none.
   */
  List<Actor> requesters(Trigger t) {
    int index = view.indexOf(view.segmentOf(t.head()));
    int end = index + 1 < view.segments().size() ? view.segments().get(index + 1).to() : view.tokens().size();
    for (int k = t.end(); k + 2 < end; k++) {
      if (!view.tokens().get(k).is("at")) continue;
      int n = k + 1;
      if (view.tokens().get(n).is("the")) n++;
      if (n >= end || !Regex.matches(view.tokens().get(n).norm(), "request|demand|behest|insistence|invitation")) {
        // "at Chad's request"
        Actor owner = null;
        for (Actor a : view.actors()) if (a.from() == k + 1 || a.from() == k + 2) owner = a;
        if (owner != null && owner.to() + 1 < end && view.tokens().get(owner.to()).is("'s")
            && Regex.matches(view.tokens().get(owner.to() + 1).norm(), "request|demand|behest|insistence")) {
          return List.of(owner);
        }
        continue;
      }
      if (view.tokens().get(n).is("invitation")) return List.of();
      for (Group g : after(n + 1, Math.min(end, n + 8))) {
        if ("of".equals(g.preposition())) return g.actors();
      }
    }
    return List.of();
  }
}
