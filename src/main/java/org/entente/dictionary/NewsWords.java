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
 * {@code background-events.csv}: role nouns, reporting and announcing verbs, hedges, group nouns and the like.
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
