package org.entente.coding;

import java.util.List;
import java.util.Set;
import org.entente.act.Frame;
import org.entente.act.Trigger;
import org.entente.text.Token;

/**
 * Says when a trigger does not state an act: questions, conditionals, speculation ("could", "may", "would"),
 * plans and wishes ("will then go to Serbia", "wants to strengthen"), denials and negation. A decision announced
 * is an act: "said its soldiers would leave" and "announced it will withdraw" are coded.
 */
final class Modality {
  private static final Set<String> SPECULATIVE = Set.of("could", "might", "may", "should", "would", "'d", "must");
  private static final Set<String> FUTURE = Set.of("will", "shall", "'ll", "wo");
  private static final Set<String> NEGATION = Set.of("not", "n't", "never", "no", "neither", "nor", "without");
  private static final Set<String> DENIAL = Set.of("deny", "denies", "denied", "denying", "refuse", "refuses",
      "refused", "refusing", "rejected", "rejects", "reject", "dismissed");
  private static final Set<String> WISH = Set.of("want", "wants", "wanted", "wish", "wishes", "wished", "hope",
      "hopes", "hoped", "hoping", "seek", "seeks", "seeking", "sought", "aim", "aims", "aiming", "intend",
      "intends", "intending", "desire", "plan", "plans", "planning", "ready", "willing", "expected", "set",
      "likely", "considering", "consider", "considers", "threaten", "threatens", "threatened", "threatening",
      "propose", "proposes", "proposed", "proposal", "offer", "offered", "offers", "invitation", "invited",
      "urged", "urges", "called", "calls", "asked", "asks", "demanded", "able", "unable", "try", "tried", "tries",
      "trying", "attempt", "attempted", "prepared", "preparing", "due", "poised", "mulling", "weighing");
  private static final Set<String> HEDGES = Set.of("possible", "impossible", "likely", "unlikely",
      "conceivable", "inconceivable", "hypothetical", "envisaged", "envisioned", "on the cards");

  /** Words that may stand between an auxiliary and its verb: "will then go", "could also provide". */
  private static final Set<String> CHAIN = Set.of("also", "then", "soon", "still", "now", "be", "have", "been",
      "likely", "probably", "possibly", "eventually", "ultimately", "quickly", "formally", "officially", "even",
      "further", "finally", "not", "n't", "never", "to", "already", "really", "actually", "indeed");

  boolean blocks(List<Token> tokens, Trigger t, Frame frame, Segment segment, boolean itinerary) {
    if (tokens.get(tokens.size() - 1).is("?") || isQuestion(tokens)) return true;
    int head = t.head();
    for (int k = segment.from(); k < head; k++) {
      String w = tokens.get(k).norm();
      // "even if" concedes a fact ("even if the ambassador still presents his credentials")
      boolean concessive = w.equals("if") && k > 0 && tokens.get(k - 1).is("even");
      if ((w.equals("if") && !concessive) || w.equals("unless") || w.equals("whether")) return true;
    }
    for (int k = 0; k < head; k++) {
      if (DENIAL.contains(tokens.get(k).norm())) return true;
    }
    // "his country joining the AES was not impossible": a possibility weighed, not an act
    for (int k = t.end(); k < Math.min(tokens.size(), t.end() + 8); k++) {
      if (HEDGES.contains(tokens.get(k).norm())) return true;
    }
    // "… was discussing the sale of uranium to Iran, which Nigerien officials denied"
    for (int k = segment.to(); k + 1 < tokens.size(); k++) {
      if (tokens.get(k).is("which") || tokens.get(k).is("something")) {
        for (int j = k + 1; j < Math.min(tokens.size(), k + 6); j++) {
          if (DENIAL.contains(tokens.get(j).norm())) return true;
        }
      }
    }
    int k = head - 1;
    int reach = t.noun() ? 4 : 0;
    while (k >= segment.from() && k >= 0) {
      String w = tokens.get(k).norm();
      if (NEGATION.contains(w)) return true;
      // a trip announced is still a plan; a withdrawal announced is a decision taken
      if (SPECULATIVE.contains(w)) return !(w.equals("would") && !itinerary && announced(tokens));
      if (FUTURE.contains(w)) return frame != Frame.ULTIMATUM && (itinerary || !announced(tokens));
      if (WISH.contains(w) && k + 1 < tokens.size() && (tokens.get(k + 1).is("to") || k + 1 == head)) {
        return !isNounPlan(tokens, k);
      }
      if (CHAIN.contains(w) || w.endsWith("ly")) {
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

  /**
   * "announced that French troops would withdraw in January": a decision announced, dated by its announcement
   * rather than by the future it names.
   */
  boolean announcedFuture(List<Token> tokens, Trigger t, Segment segment) {
    for (int k = t.head() - 1; k >= segment.from() && k >= t.head() - 4; k--) {
      String w = tokens.get(k).norm();
      if (FUTURE.contains(w) || w.equals("would")) return announced(tokens);
      if (!CHAIN.contains(w) && !w.endsWith("ly")) break;
    }
    return false;
  }

  /** "endorsed plans to form a federation": plans as a thing adopted, not an intention. */
  private static boolean isNounPlan(List<Token> tokens, int k) {
    if (!tokens.get(k).norm().startsWith("plan")) return false;
    if (k == 0) return false;
    String before = tokens.get(k - 1).norm();
    return before.matches("endorsed|approved|adopted|unveiled|announced|backed|the|its|their|a|of|his|her");
  }

  /** "said … would leave", "will withdraw …, Berlin said": a reported decision. */
  private static boolean announced(List<Token> tokens) {
    return tokens.stream().anyMatch(t -> Words.ANNOUNCING.contains(t.norm()));
  }

  private static boolean isQuestion(List<Token> tokens) {
    return tokens.stream().anyMatch(t -> t.is("?"));
  }
}
