package org.entente.party;

import java.time.LocalDate;
import org.entente.text.Regex;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.entente.dictionary.Dictionaries;
import org.entente.table.CsvTable;

/**
 * The parties and every way news names them, from {@code parties.csv} and {@code aliases.csv}. Aliases are
 * tokenized with the same tokenizer as the articles, so that "Niger's" and "Yunus-Bek" split the same way in both.
 */
public final class PartyDictionary {
  private final Map<String, Party> parties;
  private final Trie aliases;

  private PartyDictionary(Map<String, Party> parties, Trie aliases) {
    this.parties = parties;
    this.aliases = aliases;
  }

  public static PartyDictionary load(Dictionaries files, Function<String, List<String>> tokenize) {
    Map<String, Party> parties = new LinkedHashMap<>();
    for (CsvTable.Row row : files.table("parties.csv").rows("code", "name", "kind")) {
      String kind = row.get("kind");
      if (!kind.equals("state") && !kind.equals("organisation")) {
        throw row.error("kind must be 'state' or 'organisation', not '" + kind + "'");
      }
      if (row.get("code").isEmpty() || row.get("name").isEmpty()) throw row.error("code and name are required");
      parties.put(row.get("code"), new Party(row.get("code"), row.get("name"), kind.equals("organisation"),
          row.get("region")));
    }
    Trie trie = new Trie();
    for (CsvTable.Row row : files.table("aliases.csv").rows("alias", "code", "kind", "valid_from", "valid_to")) {
      String written = row.get("alias");
      String code = row.get("code");
      if (written.isEmpty()) throw row.error("empty alias");
      AliasKind kind;
      try {
        kind = AliasKind.of(row.get("kind"));
      } catch (IllegalArgumentException e) {
        throw row.error("unknown kind '" + row.get("kind") + "'");
      }
      if (kind == AliasKind.NONE != code.isEmpty()) throw row.error("kind 'none' goes with an empty code, and only it");
      if (kind != AliasKind.NONE && !parties.containsKey(code)) throw row.error("unknown party code '" + code + "'");
      List<String> tokens = tokenize.apply(written).stream().map(org.entente.text.Normalizer::norm).toList();
      boolean acronym = written.chars().anyMatch(Character::isLetter)
          && written.chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
      trie.add(new Alias(written, tokens, code, kind, date(row, "valid_from"), date(row, "valid_to"), acronym));
      // "expelled eight Russians", "the Americans left": a one-word demonym in -an or -i names the state's people
      // in the plural too ("Chinese" and "French" have none)
      if (kind == AliasKind.DEMONYM && tokens.size() == 1 && Regex.matches(written, "\\p{Lu}\\p{L}+(an|i)")) {
        trie.add(new Alias(written + "s", List.of(tokens.get(0) + "s"), code, kind, date(row, "valid_from"),
            date(row, "valid_to"), false));
      }
    }
    return new PartyDictionary(java.util.Collections.unmodifiableMap(parties), trie);
  }

  private static LocalDate date(CsvTable.Row row, String column) {
    String text = row.get(column);
    if (text.isEmpty()) return null;
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw row.error(column + " '" + text + "' is not YYYY-MM-DD");
    }
  }

  public Optional<Party> party(String code) { return Optional.ofNullable(parties.get(code)); }

  /** Every party, in dictionary order (bundled rows, then added ones). */
  public List<Party> parties() { return List.copyOf(parties.values()); }

  public String name(String code) {
    Party p = parties.get(code);
    return p == null ? code : p.name();
  }

  /** Whether {@code code} is an organisation's (the rules ask it of every party they handle). */
  public boolean isOrganisation(String code) {
    Party p = parties.get(code);
    return p != null && p.organisation();
  }

  Trie aliases() { return aliases; }

  /**
   * Words too common to tell whether a sentence may name a party: "The Gambia", "Said" as a first name, "Port
   * Louis", "World Bank", "Foreign Office". Exposed for the cue check of references too.
   */
  public static final java.util.Set<String> COMMON = java.util.Set.of("the", "a", "an", "of", "al", "el", "de",
      "la", "le", "du", "des", "said", "mr", "mrs", "general", "president", "new", "south", "north", "west",
      "east", "central", "united", "republic", "democratic", "national", "people", "'s", "port", "saint", "st",
      "san", "santa", "world", "bank", "river", "energy", "southern", "conference", "language", "office",
      "council", "parliament", "hill", "union", "great", "house",
      "organization", "organisation", "international", "health", "trade", "security", "federation",
      "community", "court", "fund", "monetary", "development", "economic", "and", "for", "on", "in", "to",
      "government", "governments", "authorities", "leaders", "leadership", "military", "rivals", "allies",
      "partners", "sides", "parties", "capitals", "neighbours", "neighbors", "body", "force", "members",
      "leader", "foreign", "ministry", "affairs", "defence", "defense", "agency", "forces", "army", "city",
      "islands", "island", "guard", "commission", "assembly", "palace", "hall", "state", "department");

  /**
   * For each alias, one word that any sentence naming it contains, as rare as can be: a person's surname (the
   * last word), else its longest uncommon word.
   */
  public java.util.Set<String> cueWords() {
    java.util.Set<String> words = new java.util.HashSet<>();
    collect(aliases, words);
    return words;
  }

  private static void collect(Trie node, java.util.Set<String> words) {
    for (Alias a : node.ending) if (a.kind() != AliasKind.NONE) words.add(cue(a));
    node.next.values().forEach(child -> collect(child, words));
  }

  /**
   * Compiled once: every alias goes through {@link #cue} each run, and String.split and replaceAll compile their
   * pattern at each call.
   */
  private static final java.util.regex.Pattern WHITESPACE = java.util.regex.Pattern.compile("\\s+");
  private static final java.util.regex.Pattern NOT_LETTER_OR_NUMBER = java.util.regex.Pattern.compile(
      "[^\\p{L}\\p{N}]");

  /**
   * A word as the text writes it, not as the tokenizer splits it ("ADNOC" is one word, two tokens): the cue
   * check reads words. A person's surname; else the longest uncommon word; else the last.
   */
  private static String cue(Alias a) {
    List<String> written = new ArrayList<>();
    for (String w : WHITESPACE.split(a.written())) {
      String kept = NOT_LETTER_OR_NUMBER.matcher(org.entente.text.Normalizer.norm(w)).replaceAll("");
      if (!kept.isEmpty()) written.add(kept);
    }
    if (written.isEmpty()) return a.written();
    String last = written.get(written.size() - 1);
    boolean person = a.kind() == AliasKind.LEADER || a.kind() == AliasKind.OFFICIAL;
    if (person && !COMMON.contains(last)) return last;
    String best = null;
    for (String w : written) {
      if (!COMMON.contains(w) && (best == null || w.length() > best.length())) best = w;
    }
    return best != null ? best : last;
  }

  /** Aliases keyed by their token sequences; each node holds the aliases that end there. */
  static final class Trie {
    final Map<String, Trie> next = new HashMap<>();
    final List<Alias> ending = new ArrayList<>();

    void add(Alias alias) {
      Trie node = this;
      for (String t : alias.tokens()) node = node.next.computeIfAbsent(t, k -> new Trie());
      node.ending.add(alias);
    }
  }
}
