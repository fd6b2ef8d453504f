package org.entente.coding;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.entente.dictionary.NewsWords;
import org.entente.dictionary.NewsWords.WordClass;
import org.entente.party.PartyDictionary;
import org.entente.text.Normalizer;

/**
 * A quick test, before tokenizing, of whether a sentence could matter: it must contain a word of a party's name
 * (its rarest), or a word the coder resolves (the heads of references such as "the junta", "the two countries", and background
 * events such as a coup). A sentence without any
 * can yield no mention and names no state for the next one, so it is not tokenized.
 *
 * <p>Words are compared letters and digits only ("U.S." as "us", "Yunus-Bek" as "yunusbek"), and each part of a
 * compound is tried too ("Niger's" as "niger"), so that no spelling the tokenizer would match is missed.
 */
final class CueWords implements Predicate<String> {
  private final Set<String> words = new HashSet<>();
  private final Set<String> followers = new HashSet<>();
  /** The same words, looked up where they stand in the sentence: every word of every sentence is. */
  private final InPlace wordsInPlace;
  private final InPlace followersInPlace;

  /**
   * @param partyWords a word of each party name
   * @param triggerForms every form of the act words: a sentence right after one that matters may refer back
   *     ("The two signed …", "They expelled …")
   */
  CueWords(Set<String> partyWords, Set<String> triggerForms, NewsWords news) {
    partyWords.forEach(this::add);
    for (String form : triggerForms) {
      String compact = compact(Normalizer.norm(form));
      if (!compact.isEmpty()) followers.add(compact);
    }
    // "This was on Tuesday.": a date right after an act may be the act's
    for (java.time.DayOfWeek d : java.time.DayOfWeek.values()) followers.add(d.name().toLowerCase(java.util.Locale.ROOT));
    for (java.time.Month m : java.time.Month.values()) followers.add(m.name().toLowerCase(java.util.Locale.ROOT));
    // a trigger alone yields no mention: with no party and no reference there is no one to act
    for (WordClass c : List.of(WordClass.RULER, WordClass.COUNTRY, WordClass.PAIR, WordClass.ORGANISATION,
        WordClass.GROUP)) {
      news.words(c).stream().filter(w -> !PartyDictionary.COMMON.contains(w)).forEach(this::add);
    }
    // "the July 26 coup": coups are the background events a story counts from
    news.backgroundEventWords().stream().filter(w -> "coup".equals(news.backgroundEvent(w))).forEach(this::add);
    wordsInPlace = new InPlace(words);
    followersInPlace = new InPlace(followers);
  }

  private void add(String word) {
    String compact = compact(Normalizer.norm(word));
    if (!compact.isEmpty()) words.add(compact);
  }

  private static String compact(String word) {
    StringBuilder b = new StringBuilder(word.length());
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (Character.isLetterOrDigit(c)) b.append(c);
    }
    return b.toString();
  }

  @Override
  public boolean test(String sentence) { return firstHit(sentence) != null; }

  /**
   * The check for one article's sentences in order: a sentence matters if it names a party or a reference, or
   * if it holds an act word and the sentence before it mattered. Not thread-safe: one per article.
   */
  Predicate<String> forArticle() {
    return new Predicate<>() {
      private boolean previous;

      @Override
      public boolean test(String sentence) {
        boolean named = firstHit(sentence) != null;
        boolean follows = !named && previous && hasFollower(sentence);
        previous = named;
        return named || follows;
      }
    };
  }

  private boolean hasFollower(String sentence) {
    int n = sentence.length();
    int i = 0;
    while (i < n) {
      while (i < n && !Character.isLetter(sentence.charAt(i))) i++;
      int start = i;
      while (i < n && Character.isLetter(sentence.charAt(i))) i++;
      if (i > start && followersInPlace.contains(sentence, start, i, false)) return true;
    }
    return false;
  }

  /** The first word of {@code sentence} that names a party or a reference, or null. */
  String firstHit(String sentence) {
    int n = sentence.length();
    int i = 0;
    while (i < n) {
      while (i < n && !Character.isLetterOrDigit(sentence.charAt(i))) i++;
      int start = i;
      int partStart = i;
      while (i < n && (Character.isLetterOrDigit(sentence.charAt(i)) || joins(sentence, i))) {
        if (!Character.isLetterOrDigit(sentence.charAt(i))) {
          if (known(sentence, partStart, i, false)) return sentence.substring(partStart, i);
          // "Kramp-Karrenbauer-backed", "Kramp-Karrenbauer's": the compound's leading parts together
          if (partStart > start && known(sentence, start, i, true)) return sentence.substring(start, i);
          partStart = i + 1;
        }
        i++;
      }
      if (i > partStart && known(sentence, partStart, i, false)) return sentence.substring(partStart, i);
      if (partStart > start && known(sentence, start, i, true)) return sentence.substring(start, i);
    }
    return null;
  }

  /** '.', apostrophes and hyphens inside a word: "U.S.", "N'Djamena", "Guinea-Bissau". */
  private static boolean joins(String s, int i) {
    char c = s.charAt(i);
    boolean inner = c == '.' || c == '\'' || c == '\u2019' || c == '-' || c == '\u2011';
    return inner && i + 1 < s.length() && Character.isLetterOrDigit(s.charAt(i + 1));
  }

  /** Whether sentence[from, to), with {@code compact} as {@link #compact} leaves it, is a cue word. */
  private boolean known(String sentence, int from, int to, boolean compact) {
    return wordsInPlace.contains(sentence, from, to, compact);
  }

  /**
   * A set of words looked up where a word stands in the sentence, without copying it out and normalising the
   * copy: a word of ASCII letters and digits is hashed and compared lower-cased in place, which is what
   * {@link Normalizer#norm} makes of it; any other goes through {@code norm} to the set itself.
   */
  private static final class InPlace {
    private final Set<String> set;
    private final String[] keys;
    private final int[] hashes;
    private final int mask;
    private final int shift;

    InPlace(Set<String> set) {
      this.set = set;
      int slots = Integer.highestOneBit(Math.max(4, set.size() * 2) - 1) * 2;
      keys = new String[slots];
      hashes = new int[slots];
      mask = slots - 1;
      shift = 32 - Integer.numberOfTrailingZeros(slots);
      for (String w : set) {
        int i = slot(w.hashCode());
        while (keys[i] != null) i = (i + 1) & mask;
        keys[i] = w;
        hashes[i] = w.hashCode();
      }
    }

    /** Whether s[from, to) is in the set; with {@code compact}, less what is not a letter or a digit. */
    boolean contains(String s, int from, int to, boolean compact) {
      int h = 0;
      int length = 0;
      // no return from the loop: the JIT compiler speculates on a rare exit and recompiles when it is taken
      boolean ascii = true;
      for (int k = from; k < to; k++) {
        char c = s.charAt(k);
        if (compact && !Character.isLetterOrDigit(c)) continue;
        ascii &= c < 0x80;
        h = 31 * h + lower(c);
        length++;
      }
      if (!ascii) {
        String word = s.substring(from, to);
        return set.contains(Normalizer.norm(compact ? compact(word) : word));
      }
      for (int i = slot(h); keys[i] != null; i = (i + 1) & mask) {
        if (hashes[i] == h && keys[i].length() == length && same(keys[i], s, from, to, compact)) return true;
      }
      return false;
    }

    private static boolean same(String key, String s, int from, int to, boolean compact) {
      int j = 0;
      for (int k = from; k < to; k++) {
        char c = s.charAt(k);
        if (compact && !Character.isLetterOrDigit(c)) continue;
        if (key.charAt(j++) != lower(c)) return false;
      }
      return true;
    }

    private static char lower(char c) { return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c; }

    /** Fibonacci hashing, as in the word cache of SentenceReader. */
    private int slot(int h) { return (h * 0x9E3779B9) >>> shift; }
  }
}
