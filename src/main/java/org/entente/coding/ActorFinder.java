package org.entente.coding;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.entente.party.AliasKind;
import org.entente.party.PartyDictionary;
import org.entente.party.PartyMention;
import org.entente.text.Token;

/**
 * Turns a sentence's party names into actors, dropping names that do not act ("former French colonies",
 * "Niamey's former partners"), and adds the references news uses instead of names: "the junta", "the military
 * regimes in Mali, Niger and Burkina Faso", "the country", "the two countries", "They".
 */
final class ActorFinder {
  private static final Set<String> RULER_HEADS = Set.of("junta", "juntas", "regime", "regimes", "rulers",
      "authorities", "government", "governments", "leaders", "leadership", "putschists", "military");
  private static final Set<String> RULER_MODIFIERS = Set.of("new", "military", "ruling", "transitional",
      "coup", "interim", "current", "local", "sahelian", "putschist", "country's", "nation's");
  private static final Set<String> COUNTRY_WORDS = Set.of("country", "nation");
  private static final Set<String> COUNTRY_MODIFIERS = Set.of("african", "west", "sahelian", "sahel",
      "landlocked", "poor", "impoverished", "uranium-rich", "west-african", "north", "arid", "vast");
  private static final Set<String> PAIR_WORDS = Set.of("countries", "sides", "nations", "governments", "states",
      "parties", "capitals", "allies", "partners", "neighbours", "neighbors", "militaries");
  private static final Set<String> RELATIONAL = Set.of("partner", "partners", "ally", "allies", "neighbour",
      "neighbours", "neighbor", "neighbors", "backer", "backers", "friends", "rivals", "adversaries", "enemies",
      "critics", "colony", "colonies", "protectorate");
  private static final Set<String> PRONOUNS = Set.of("they", "it");
  /** "the Algiers peace agreement", "the Lome summit": a city naming a thing, not its government. */
  private static final Set<String> NAMED_AFTER_A_CITY = Set.of("peace", "agreement", "accord", "accords",
      "process", "declaration", "protocol", "summit", "conference", "talks", "plan", "charter", "convention",
      "treaty", "format", "group", "airport", "university", "stock", "times", "post");
  private static final Set<String> ORGANISATION_WORDS = Set.of("bloc", "body", "organisation", "organization",
      "grouping", "community", "alliance", "confederation", "federation", "force");
  private static final Set<String> ORGANISATION_MODIFIERS = Set.of("regional", "west", "african", "sub-regional",
      "subregional", "economic", "anti-jihadist", "military", "new", "defence", "defense", "security", "joint",
      "sahel", "sahelian", "15-member", "five-nation", "three-nation", "three-member", "west-african", "political",
      "counterterrorism", "counter-terrorism", "multinational", "regional-security", "sahel-based", "fledgling");
  private static final Set<String> BARE_NUMBER_FOLLOWERS = Set.of("have", "had", "has", "also", "agreed",
      "signed", "will", "would", "are", "were", "met", "held", "discussed", "said");
  private static final Map<String, Integer> NUMBERS = Map.of("two", 2, "three", 3, "four", 4, "five", 5);
  private static final Set<String> GROUP_HEADS = Set.of("countries", "states", "nations", "juntas", "regimes",
      "governments", "members", "neighbours", "neighbors", "leaders", "capitals", "allies", "sides", "militaries");
  private static final Set<String> GROUP_MODIFIERS = Set.of("sahel", "sahelian", "military-led", "military-ruled",
      "junta-led", "junta-ruled", "west", "african", "neighbouring", "neighboring", "member", "allied", "aes",
      "coup-hit", "landlocked", "francophone", "alliance", "confederation", "confederated", "former");

  private final PartyDictionary parties;

  ActorFinder(PartyDictionary parties) { this.parties = parties; }

  /** The head words of the references resolved here, for the cue check: a sentence with one may matter. */
  static Set<String> referenceWords() {
    Set<String> words = new java.util.HashSet<>();
    List.of(RULER_HEADS, COUNTRY_WORDS, PAIR_WORDS, ORGANISATION_WORDS, GROUP_HEADS).forEach(words::addAll);
    return Set.copyOf(words);
  }

  List<Actor> actors(List<Token> tokens, List<PartyMention> mentions, ArticleContext context, String frontPlace) {
    List<Actor> actors = new ArrayList<>();
    for (PartyMention m : mentions) {
      if (!acts(tokens, m)) continue;
      Actor.Kind kind = m.kind() == AliasKind.CAPITAL || isPlace(tokens, m) ? Actor.Kind.PLACE : Actor.Kind.NAMED;
      actors.add(new Actor(m.from(), m.to(), List.of(m.code()), m.text(), kind));
    }
    addReferences(tokens, actors, context, frontPlace);
    actors.sort(Comparator.comparingInt(Actor::from));
    return actors;
  }

  /** A name that is only a place here: "in Niamey", "in Niger" after a noun. */
  private static boolean isPlace(List<Token> tokens, PartyMention m) {
    return m.from() > 0 && (tokens.get(m.from() - 1).is("in") || tokens.get(m.from() - 1).is("to"))
        && m.kind() != AliasKind.DEMONYM;
  }

  /** False for names that describe rather than act: "former French colonies", "Niamey's partners". */
  private static boolean acts(List<Token> tokens, PartyMention m) {
    int after = m.to();
    if (m.from() > 0 && tokens.get(m.from() - 1).is("former") && after < tokens.size()
        && RELATIONAL.contains(tokens.get(after).norm())) {
      return false;
    }
    if (after < tokens.size() && tokens.get(after).is("'s")) {
      for (int k = after + 1; k < Math.min(tokens.size(), after + 4); k++) {
        String w = tokens.get(k).norm();
        if (RELATIONAL.contains(w)) return false;
        if (!w.matches("[a-z-]+") || Words.PREPOSITIONS.contains(w)) break;
      }
    }
    if (m.kind() == AliasKind.CAPITAL && after < tokens.size() && NAMED_AFTER_A_CITY.contains(tokens.get(after).norm())) {
      return false;
    }
    if (after < tokens.size() && (tokens.get(after).norm().startsWith("-speaking")
        || tokens.get(after).is("language"))) {
      return false;
    }
    return true;
  }

  private void addReferences(List<Token> tokens, List<Actor> actors, ArticleContext context, String frontPlace) {
    boolean[] taken = new boolean[tokens.size()];
    for (Actor a : actors) for (int k = a.from(); k < a.to(); k++) taken[k] = true;
    List<Actor> added = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      if (taken[i]) continue;
      String w = tokens.get(i).norm();
      List<String> referent = context.pronounReferent();
      if (PRONOUNS.contains(w) && (i == 0 || tokens.get(i - 1).is("and")) && i + 1 < tokens.size()
          && !referent.isEmpty() && (w.equals("they") || referent.size() == 1)) {
        added.add(new Actor(i, i + 1, referent, tokens.get(i).text(), Actor.Kind.PRONOUN));
        continue;
      }
      boolean determiner = w.equals("the") || w.equals("both") || w.equals("its") || w.equals("their");
      // "the former colonies' military regimes": a ruler phrase may also start without a determiner
      boolean bare = !determiner && (RULER_MODIFIERS.contains(w) || RULER_HEADS.contains(w)) && i > 0
          && !taken[i - 1] && !(tokens.get(i - 1).is("'s") && i > 1 && taken[i - 2])
          && !Words.DETERMINERS.contains(tokens.get(i - 1).norm());
      if (!determiner && !bare) continue;
      int j = bare ? i : i + 1;
      Actor group = numbered(tokens, i, j, actors, context);
      if (group != null) {
        added.add(group);
        for (int k = group.from(); k < group.to(); k++) taken[k] = true;
        i = group.to() - 1;
        continue;
      }
      Actor organisation = w.equals("the") ? organisation(tokens, i, taken, actors, context) : null;
      if (organisation != null) {
        added.add(organisation);
        i = organisation.to() - 1;
        continue;
      }
      if (w.equals("the") && j < tokens.size() && (tokens.get(j).is("two") || tokens.get(j).is("three"))) j++;
      if (!bare && j < tokens.size() && PAIR_WORDS.contains(tokens.get(j).norm()) && (j > i + 1 || w.equals("both")
          || tokens.get(j).is("parties"))) {
        List<String> pair = pairBefore(actors, i, context);
        if (!pair.isEmpty()) {
          added.add(new Actor(i, j + 1, pair, span(tokens, i, j + 1), Actor.Kind.PAIR));
          i = j;
        }
        continue;
      }
      j = bare ? i : i + 1;
      // "the new military regimes": a head word ("military") may also modify the next one
      while (j + 1 < tokens.size() && (COUNTRY_MODIFIERS.contains(tokens.get(j).norm())
          || RULER_MODIFIERS.contains(tokens.get(j).norm()) && (!RULER_HEADS.contains(tokens.get(j).norm())
              || RULER_HEADS.contains(tokens.get(j + 1).norm())))) {
        j++;
      }
      if (j >= tokens.size() || taken[j]) continue;
      String head = tokens.get(j).norm();
      if (COUNTRY_WORDS.contains(head) && w.equals("the") && !bare) {
        String state = context.ruledState();
        if (state != null) added.add(new Actor(i, j + 1, List.of(state), span(tokens, i, j + 1), Actor.Kind.COUNTRY));
        i = j;
      } else if (RULER_HEADS.contains(head) && !(head.equals("military") && j + 1 < tokens.size()
          && tokens.get(j + 1).norm().matches("[a-z]+") && !Words.PREPOSITIONS.contains(tokens.get(j + 1).norm())
          && !Words.REPORTING.contains(tokens.get(j + 1).norm()))) {
        Actor ruler = ruler(tokens, actors, i, j, context, frontPlace);
        if (ruler != null) {
          added.add(ruler);
          for (int k = ruler.from(); k < ruler.to(); k++) taken[k] = true;
          i = ruler.to() - 1;
        }
      }
    }
    if (added.isEmpty()) return;
    // a ruler's "in Mali, Niger and Burkina Faso" now belongs to the ruler
    actors.removeIf(a -> added.stream().anyMatch(r -> r.kind() == Actor.Kind.RULER && a.from() >= r.from()
        && a.to() <= r.to()));
    actors.addAll(added);
  }

  /** "the three countries", "all three Sahel states": the last N states named. */
  private Actor numbered(List<Token> tokens, int i, int j, List<Actor> actors, ArticleContext context) {
    String w = tokens.get(i).norm();
    if (!(w.equals("the") || w.equals("all") || w.equals("its") || w.equals("their"))) return null;
    if (j >= tokens.size() || !NUMBERS.containsKey(tokens.get(j).norm())) return null;
    int n = NUMBERS.get(tokens.get(j).norm());
    int k = j + 1;
    while (k < tokens.size() && GROUP_MODIFIERS.contains(tokens.get(k).norm())) k++;
    if (k >= tokens.size()) return null;
    // "the two signed a series of agreements": the number alone before a verb
    boolean bare = BARE_NUMBER_FOLLOWERS.contains(tokens.get(k).norm()) || tokens.get(k).norm().endsWith("ed");
    if (bare && k == j + 1) {
      k = j;
    } else if (!GROUP_HEADS.contains(tokens.get(k).norm())) {
      return null;
    }
    Set<String> codes = new LinkedHashSet<>();
    for (int a = actors.size() - 1; a >= 0 && codes.size() < n; a--) {
      Actor before = actors.get(a);
      if (before.from() < i && before.explicit()) {
        for (String c : before.codes()) if (isState(c)) codes.add(c);
      }
    }
    if (codes.size() < n) {
      // a group named together earlier is the likeliest referent; else the states named last
      List<String> group = context.lastGroup(n);
      codes.clear();
      codes.addAll(group.isEmpty() ? context.lastStates(n) : group);
    }
    if (codes.size() != n) return null;
    return new Actor(i, k + 1, List.copyOf(codes), span(tokens, i, k + 1), Actor.Kind.PAIR);
  }

  /** "the regional bloc", "the 15-member body": the organisation the article is about. */
  private Actor organisation(List<Token> tokens, int i, boolean[] taken, List<Actor> namedSoFar,
      ArticleContext context) {
    int k = i + 1;
    while (k < tokens.size() && ORGANISATION_MODIFIERS.contains(tokens.get(k).norm())) k++;
    if (k >= tokens.size() || !ORGANISATION_WORDS.contains(tokens.get(k).norm())) return null;
    for (int t = i; t <= k; t++) if (taken[t]) return null;
    String code = null;
    for (Actor a : namedSoFar) {
      if (a.to() <= i && a.explicit() && !isState(a.codes().get(0))) code = a.codes().get(0);
    }
    if (code == null) code = context.salientOrganisation();
    if (code == null) return null;
    return new Actor(i, k + 1, List.of(code), span(tokens, i, k + 1), Actor.Kind.ORGANISATION);
  }

  /** "the (new) junta", "the military regimes in Mali, Niger and Burkina Faso". */
  private Actor ruler(List<Token> tokens, List<Actor> named, int from, int head, ArticleContext context,
      String frontPlace) {
    int to = head + 1;
    if (to + 1 < tokens.size() && (tokens.get(to).is("in") || tokens.get(to).is("of"))) {
      Set<String> codes = new LinkedHashSet<>();
      int k = to + 1;
      int end = to;
      while (k < tokens.size()) {
        Actor at = actorAt(named, k);
        if (at != null && at.explicit()) {
          codes.addAll(at.codes());
          end = at.to();
          k = at.to();
        } else if (tokens.get(k).is(",") || tokens.get(k).is("and") || tokens.get(k).is("the")) {
          k++;
        } else {
          break;
        }
      }
      if (!codes.isEmpty()) {
        return new Actor(from, end, List.copyOf(codes), span(tokens, from, end), Actor.Kind.RULER);
      }
    }
    boolean plural = tokens.get(head).norm().endsWith("s") && !tokens.get(head).is("authorities")
        && !tokens.get(head).is("rulers") && !tokens.get(head).is("leaders");
    List<String> codes;
    List<String> namedBefore = statesBefore(named, from);
    if (plural && namedBefore.size() > 1) {
      // "… Mali, Burkina Faso and Niger after the juntas seized power": the states just named
      codes = namedBefore;
    } else if (plural && context.previousStates().size() > 1) {
      codes = context.previousStates();
    } else if (frontPlace != null) {
      codes = List.of(frontPlace);
    } else {
      String state = context.ruledState();
      if (state == null) return null;
      codes = List.of(state);
    }
    return new Actor(from, to, codes, span(tokens, from, to), Actor.Kind.RULER);
  }

  private List<String> statesBefore(List<Actor> actors, int before) {
    Set<String> codes = new LinkedHashSet<>();
    for (Actor a : actors) {
      if (a.to() <= before && a.explicit()) a.codes().stream().filter(this::isState).forEach(codes::add);
    }
    return List.copyOf(codes);
  }

  private static Actor actorAt(List<Actor> actors, int token) {
    for (Actor a : actors) if (a.from() == token) return a;
    return null;
  }

  /** "the two countries": the last two parties named before, in this sentence or else the previous one. */
  private List<String> pairBefore(List<Actor> actors, int before, ArticleContext context) {
    Set<String> codes = new LinkedHashSet<>();
    for (int k = actors.size() - 1; k >= 0 && codes.size() < 2; k--) {
      Actor a = actors.get(k);
      if (a.from() < before && a.explicit()) codes.addAll(a.codes());
    }
    if (codes.size() == 2) return List.copyOf(codes);
    if (context.previousStates().size() == 2) return context.previousStates();
    return List.of();
  }

  private static String span(List<Token> tokens, int from, int to) { return Token.join(tokens, from, to); }

  boolean isState(String code) { return !parties.isOrganisation(code); }
}
