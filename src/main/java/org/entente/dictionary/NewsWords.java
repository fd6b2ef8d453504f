package org.entente.dictionary;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.entente.table.CsvTable;
import org.entente.text.Normalizer;
import org.entente.text.Token;
import org.entente.text.WordBits;

/**
 * The words of news that the coder's rules read, from {@code news-words.csv} (one row per word and class) and
 * {@code background-events.csv}: role nouns, reporting and announcing verbs, hedges, group nouns and the like; and
 * from {@code agreements.csv}, the agreements news names without their parties.
 * They are data so that an analyst can extend them with {@code --dictionary} and a second language needs no new
 * code; the closed classes of grammar are in {@link org.entente.text.Grammar}.
 */
public final class NewsWords {
  /** The classes of news-words.csv; the comment above each class in the file says what it is for. */
  public enum WordClass {
    ROLE, REPORTING, ANNOUNCING, RULER, RULER_MODIFIER, COUP, COUP_MODIFIER, GOVERNMENT, COUNTRY,
    COUNTRY_MODIFIER, PAIR, RELATIONAL, NAMED_AFTER_CITY, ORGANISATION, ORGANISATION_MODIFIER, ORGANISATION_BY_NAME,
    GROUP,
    GROUP_MODIFIER, GROUP_VERB, DENIAL, WISH, WISH_ONLY_BEFORE_TO, HEDGE, PLAN_ADOPTED, THAT_CLAUSE, ACT_NOUN_MODIFIER, TOLD, LEADING,
    MEETING, PROMISE, DECISION, PLANNED, CALLED_OFF, NEEDS_PARTNER, ALLEGING, DEMANDING,
    POSTED, AFTER_PLACE, PRIVATE_PEOPLE, OCCASION, REACTING, STAYED_AWAY, OBLIGATION, SOLDIERS_RULING, TROOP_UNITS,
    OFFICIAL_TEXT, PARTNER_NOUN, DECREE, AREA, APPROVING, CURRENCY, NON_STATE, PERSON_TITLE, TOPIC;

    static {
      // one bit each in a long
      if (values().length > Long.SIZE) throw new AssertionError("more than 64 word classes");
    }
  }

  private final Map<WordClass, Set<String>> classes = new EnumMap<>(WordClass.class);
  /** Each word's classes as bits (of their ordinals): {@link #is} is asked at nearly every token. */
  private final WordBits index;
  private final Map<String, String> backgroundEvents = new HashMap<>();
  /** The words of agreements news names without their parties, each with the codes of its parties. */
  private final Map<List<String>, List<String>> agreements = new HashMap<>();
  private final List<CsvTable.Row> agreementRows = new java.util.ArrayList<>();

  public NewsWords(Dictionaries files) {
    for (WordClass c : WordClass.values()) classes.put(c, new HashSet<>());
    for (CsvTable.Row row : files.table("news-words.csv").rows("class", "word")) {
      WordClass c;
      try {
        c = WordClass.valueOf(row.get("class").toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw row.error("unknown class '" + row.get("class") + "'");
      }
      if (row.get("word").isEmpty()) throw row.error("empty word");
      classes.get(c).add(Normalizer.norm(row.get("word")));
    }
    classes.replaceAll((c, words) -> Set.copyOf(words));
    Map<String, Long> bits = new HashMap<>();
    classes.forEach((c, words) -> words.forEach(w -> bits.merge(w, 1L << c.ordinal(), (a, b) -> a | b)));
    index = new WordBits(bits);
    for (CsvTable.Row row : files.table("background-events.csv").rows("word", "event")) {
      if (row.get("word").isEmpty() || row.get("event").isEmpty()) throw row.error("word and event are required");
      backgroundEvents.put(Normalizer.norm(row.get("word")), row.get("event"));
    }
    for (CsvTable.Row row : files.table("agreements.csv").rows("words", "parties")) {
      if (row.get("words").isBlank() || row.get("parties").isBlank()) throw row.error("words and parties are required");
      List<String> words = java.util.Arrays.stream(row.get("words").trim().split("\\s+")).map(Normalizer::norm)
          .toList();
      agreements.put(words, List.of(row.get("parties").trim().split("\\s*;\\s*")));
      agreementRows.add(row);
    }
  }

  /** Fails on the first row of agreements.csv that names a party {@code known} does not know. */
  public void checkAgreementParties(java.util.function.Predicate<String> known) {
    for (CsvTable.Row row : agreementRows) {
      for (String code : row.get("parties").trim().split("\\s*;\\s*")) {
        if (!known.test(code)) throw row.error("unknown party code '" + code + "'");
      }
    }
  }

  /**
   * The parties of the agreement named nearest to {@code near} among {@code tokens} ("the 2015 nuclear deal"), from
   * agreements.csv; empty when none is named.
   */
  public List<String> agreementParties(List<Token> tokens, int near) {
    List<String> best = List.of();
    int distance = Integer.MAX_VALUE;
    for (int k = 0; k < tokens.size(); k++) {
      for (Map.Entry<List<String>, List<String>> e : agreements.entrySet()) {
        List<String> words = e.getKey();
        if (k + words.size() > tokens.size()) continue;
        boolean match = true;
        for (int j = 0; j < words.size() && match; j++) match = tokens.get(k + j).norm().equals(words.get(j));
        if (match && Math.abs(k - near) < distance) {
          distance = Math.abs(k - near);
          best = e.getValue();
        }
      }
    }
    return best;
  }

  /** Whether {@code norm} (a word in {@link Normalizer} form) is in class {@code c}. */
  public boolean is(WordClass c, String norm) { return in(index.of(norm), c); }

  /**
   * The classes of each of {@code tokens}, as bits for {@link #in}: for rules that ask many classes of the same
   * words, one lookup per word.
   */
  public long[] classes(List<Token> tokens) {
    long[] out = new long[tokens.size()];
    for (int k = 0; k < out.length; k++) out[k] = index.of(tokens.get(k).norm());
    return out;
  }

  /** Whether {@code classes} (of {@link #classes}) holds {@code c}. */
  public static boolean in(long classes, WordClass c) { return (classes & 1L << c.ordinal()) != 0; }

  public Set<String> words(WordClass c) { return classes.get(c); }

  /** The background event a noun names ("putsch" → "coup"), or null. */
  public String backgroundEvent(String norm) { return backgroundEvents.get(norm); }

  public Set<String> backgroundEventWords() { return Set.copyOf(backgroundEvents.keySet()); }
}
