package org.entente.coding;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.entente.act.ActType;
import org.entente.act.Trigger;
import org.entente.text.Grammar;
import org.entente.text.Regex;
import org.entente.text.Token;
import org.entente.text.WordSet;

/**
 * Parties a sentence joins to an act already found for others: the states ranked before one that did it ("the
 * fourth Arab state to …, after A, B and C") and the sides of a tripartite act, each other's partners. RoleStage adds
 * them after the checks of a reading; ActDateStage asks whether a verb is ranked, whose "after" phrase then dates
 * those before it rather than the act.
 */
final class FellowParties {
  private FellowParties() {}

  /** Words that make an act one of three or more sides together: "a tripartite agreement", "trilateral talks". */
  private static final String ALL_SIDES = "tripartite|trilateral|three-way|three-party|quadrilateral|four-way";

  /**
   * "Libya agreed with Turkey and Qatar to sign a tripartite military cooperation agreement": the parties of an act
   * its clause calls tripartite or trilateral are each other's partners too, not only the subject's.
   */
  static List<Interaction> withAllSides(Arguments args, Trigger t, List<Interaction> found) {
    if (found.size() < 2 || !found.get(0).type().category().equals("cooperation")) return found;
    SentenceView view = args.view();
    Segment clause = view.segmentOf(t.head());
    boolean allSides = false;
    for (int k = clause.from(); k < clause.to() && !allSides; k++) {
      allSides = Regex.matches(view.tokens().get(k).norm(), ALL_SIDES);
    }
    if (!allSides) return found;
    Map<String, Participant> sides = new LinkedHashMap<>();
    for (Interaction i : found) {
      sides.putIfAbsent(i.source().code(), i.source());
      sides.putIfAbsent(i.target().code(), i.target());
    }
    List<Interaction> out = new ArrayList<>(found);
    List<Participant> all = List.copyOf(sides.values());
    for (int a = 0; a < all.size(); a++) {
      for (int b = a + 1; b < all.size(); b++) {
        String one = all.get(a).code();
        String other = all.get(b).code();
        boolean known = out.stream().anyMatch(i -> i.source().code().equals(one) && i.target().code().equals(other)
            || i.source().code().equals(other) && i.target().code().equals(one));
        if (!known) {
          out.add(new Interaction(all.get(a), all.get(b), found.get(0).type(), found.get(0).triggerHead(),
              found.get(0).triggerEnd()));
        }
      }
    }
    return out;
  }

  /** Ordinals that rank a party among those that did an act before it: "the fourth Arab state to …". */
  private static final Set<String> RANKS = WordSet.of("second", "third", "fourth", "fifth", "sixth", "seventh",
      "eighth", "ninth", "tenth");

  /**
   * "Morocco was the fourth Arab state to normalise ties with Israel, after the United Arab Emirates, Bahrain and
   * Sudan": a party ranked among those that did the act names the ones before it in its "after" phrase, and each
   * of them did the act too.
   */
  static List<Interaction> withPredecessors(Arguments args, Trigger t, List<Interaction> found) {
    if (found.isEmpty() || !rankedToAct(args.view().tokens(), t.head())) return found;
    SentenceView view = args.view();
    int index = view.indexOf(view.segmentOf(t.head()));
    for (int s = index + 1; s < Math.min(view.segments().size(), index + 3); s++) {
      Segment next = view.segments().get(s);
      if (!Regex.matches(view.tokens().get(next.from()).norm(), "after|following")) continue;
      // ("… after the United States blocked a Palestinian bid": a clause of another act is no step before; "after
      // the UAE and Bahrain signed accords" is one)
      List<Token> tokens = view.tokens();
      for (int k = next.from() + 1; k < next.to(); k++) {
        String w = tokens.get(k).text();
        boolean verb = !view.inActor(k) && (Regex.matches(w, "[a-z]+ed") || Grammar.IRREGULAR_FINITE_VERBS.contains(w));
        if (verb && !sameKindAt(view, k, found.get(0).type())) return found;
      }
      List<Interaction> out = new ArrayList<>(found);
      Set<String> named = new HashSet<>();
      for (Interaction i : found) named.addAll(List.of(i.source().code(), i.target().code()));
      Interaction first = found.get(0);
      // the party the act was done with, after the verb ("with Israel"), whichever way the act reads
      Participant partner = first.source().from() > t.head() ? first.source() : first.target();
      for (Actor a : view.actors()) {
        if (!next.contains(a.from()) || a.kind() != ActorKind.NAMED || a.codes().size() != 1) continue;
        // (a party of the act already, or one named twice, once)
        if (!named.add(a.codes().get(0))) continue;
        out.add(new Interaction(Participant.of(a, a.codes().get(0)), partner, first.type(), first.triggerHead(),
            first.triggerEnd()));
      }
      return out;
    }
    return found;
  }

  private static boolean sameKindAt(SentenceView view, int head, ActType type) {
    for (Trigger t : view.triggers()) {
      if (t.head() != head) continue;
      return t.candidates().stream().anyMatch(c -> c.type().category().equals(type.category()));
    }
    return false;
  }

  /** Whether "the fourth … to" (at most six words between) stands right before the verb at {@code head}. */
  static boolean rankedToAct(List<Token> tokens, int head) {
    if (head < 3 || !tokens.get(head - 1).is("to")) return false;
    for (int k = head - 2; k >= Math.max(1, head - 8); k--) {
      if (tokens.get(k).is(",") || tokens.get(k).is(";")) return false;
      if (RANKS.contains(tokens.get(k).norm())) return Regex.matches(tokens.get(k - 1).norm(), "the|its|a");
    }
    return false;
  }
}
