package org.entente.coding;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.entente.act.ActType;
import org.entente.date.ResolvedDate;

/**
 * What the sentences coded so far leave for the next one to refer to: the parties the previous sentence named, coded
 * as actors and had as its subject ("They"), whether it told its acts only in clauses hanging from its main one
 * ("Rabat grew assertive when Trump recognised …. It recalled …": "It" is the subject), the groups of states named
 * together ("the three countries"), the states in the order last named, the last organisation named ("the bloc"), the
 * last date the previous sentence gave an act ("Following the incident, …"), and the date and paragraph of the last
 * dated act of each pair of parties (the details of one meeting over several sentences), and the previous sentence's
 * last act ("Latvia followed suit"), the acts it named with a date but without their parties ("a round of expulsions
 * last week. Poland expelled three"), and the scene: the state of the last capital or city named ("took the oath in
 * Libreville. … Ghana's president also attended"), and the state of the last person the previous sentence named ("… as
 * Lourenco steers Angola closer to the West. He was received by Biden"), and, for each kind of withdrawal, the state
 * the article's last one was from ("Jordan recalled its ambassador from Israel. … Turkey recalled its ambassador";
 * "The United States completed its withdrawal from Afghanistan. … Germany brought its final contingent home").
 * And the day of the story's act, when the opening dates one ("France on Thursday handed over its last base").
 * Immutable: each sentence yields the next.
 */
record Discourse(List<String> previousStates, List<String> previousSources, List<String> previousSubject,
    boolean previousActsAside, List<List<String>> groups, List<String> recentStates, String lastOrganisation,
    ResolvedDate previousDate, Map<String, DatedPair> datedPairs, Interaction lastAct, String scene,
    String previousPerson, List<UnnamedAct> unnamedActs, Map<ActType, String> lastLeft, ResolvedDate storyDay) {

  /** When a pair of parties last acted with a date, and in which paragraph. */
  record DatedPair(ResolvedDate date, int paragraph) {}

  /**
   * An act the previous sentence named with a date but with none of its parties ("a round of expulsions last
   * week"), and that sentence's paragraph: the sentences after it may tell who did it.
   */
  record UnnamedAct(ActType type, ResolvedDate date, int paragraph) {}

  static final Discourse START = new Discourse(List.of(), List.of(), List.of(), false, List.of(), List.of(), null, null,
      Map.of(), null, null, null, List.of(), Map.of(), null);

  /** The state the article's last withdrawal of this kind (a recall, a troop withdrawal) was from, or null. */
  String lastLeft(ActType kind) { return lastLeft.get(kind); }

  /** The pair key of two parties, whichever order. */
  static String pair(String a, String b) { return a.compareTo(b) < 0 ? a + "|" + b : b + "|" + a; }

  /** The parties "They" or "It" stands for: the previous sentence's actor, or else its subject. */
  List<String> pronounReferent() { return previousSources.isEmpty() ? previousSubject : previousSources; }

  /** The last group of exactly {@code n} states named together, or empty. */
  List<String> lastGroup(int n) {
    return groups.stream().filter(g -> g.size() == n).findFirst().orElse(List.of());
  }

  /** The {@code n} states named last, before this sentence. */
  List<String> lastStates(int n) {
    return List.copyOf(recentStates.subList(0, Math.min(n, recentStates.size())));
  }

  /** The organisation "the bloc" or "the regional body" most likely means: the last named, else the most named. */
  String salientOrganisation(Salience salience) { return salientOrganisation(salience, code -> true); }

  /** As {@link #salientOrganisation(Salience)}, among the organisations that {@code fits}: what "the bank" means. */
  String salientOrganisation(Salience salience, Predicate<String> fits) {
    return lastOrganisation != null && fits.test(lastOrganisation) ? lastOrganisation
        : salience.mostNamedOrganisation(fits);
  }

  /**
   * The discourse after a sentence that named {@code states}, coded acts by {@code sources}, had {@code subject}
   * as the subject of its main clause, named {@code newGroups} together, last named {@code organisation} and
   * last named a place of {@code place} (a capital or city; null: none).
   */
  Discourse after(List<String> states, List<String> sources, List<String> subject, boolean actsAside,
      List<List<String>> newGroups,
      String organisation, ResolvedDate lastDate, Map<String, DatedPair> newlyDated, Interaction act, String place,
      String person, List<UnnamedAct> unnamed, Map<ActType, String> left) {
    // what a sentence leaves unchanged is kept as it is, not copied: an article's groups only grow
    List<List<String>> named = new ArrayList<>();
    for (List<String> g : newGroups) if (g.size() > 1) named.add(0, List.copyOf(g));
    List<List<String>> allGroups = groups;
    if (!named.isEmpty()) {
      named.addAll(groups);
      allGroups = List.copyOf(named);
    }
    List<String> recent = recentStates;
    if (!states.isEmpty()) {
      List<String> moved = new ArrayList<>(recentStates);
      for (int i = states.size() - 1; i >= 0; i--) {
        moved.remove(states.get(i));
        moved.add(0, states.get(i));
      }
      recent = List.copyOf(moved);
    }
    Map<String, DatedPair> dated = datedPairs;
    if (!newlyDated.isEmpty()) {
      Map<String, DatedPair> more = new HashMap<>(datedPairs);
      more.putAll(newlyDated);
      dated = Map.copyOf(more);
    }
    return new Discourse(List.copyOf(states), List.copyOf(sources), List.copyOf(subject), actsAside, allGroups, recent,
        organisation != null ? organisation : lastOrganisation, lastDate, dated, act, place != null ? place : scene,
        person, List.copyOf(unnamed), left.isEmpty() ? lastLeft : withLeft(left), storyDay);
  }

  /** The same, with the day of the story's act that the opening dates. */
  Discourse withStoryDay(ResolvedDate day) {
    return new Discourse(previousStates, previousSources, previousSubject, previousActsAside, groups, recentStates,
        lastOrganisation, previousDate, datedPairs, lastAct, scene, previousPerson, unnamedActs, lastLeft, day);
  }

  private Map<ActType, String> withLeft(Map<ActType, String> left) {
    Map<ActType, String> all = new HashMap<>(lastLeft);
    all.putAll(left);
    return Map.copyOf(all);
  }
}
