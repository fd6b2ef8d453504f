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
      if (i > start && followers.contains(Normalizer.norm(sentence.substring(start, i)))) return true;
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
          if (known(sentence.substring(partStart, i))) return sentence.substring(partStart, i);
          // "Kramp-Karrenbauer-backed", "Kramp-Karrenbauer's": the compound's leading parts together
          if (partStart > start && known(compact(sentence.substring(start, i)))) return sentence.substring(start, i);
          partStart = i + 1;
        }
        i++;
      }
      if (i > partStart && known(sentence.substring(partStart, i))) return sentence.substring(partStart, i);
      if (partStart > start && known(compact(sentence.substring(start, i)))) return sentence.substring(start, i);
    }
    return null;
  }

  /** '.', apostrophes and hyphens inside a word: "U.S.", "N'Djamena", "Guinea-Bissau". */
  private static boolean joins(String s, int i) {
    char c = s.charAt(i);
    boolean inner = c == '.' || c == '\'' || c == '\u2019' || c == '-' || c == '\u2011';
    return inner && i + 1 < s.length() && Character.isLetterOrDigit(s.charAt(i + 1));
  }

  private boolean known(String word) {
    return words.contains(Normalizer.norm(word));
  }
}
