package org.entente.coding;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.entente.dictionary.NewsWords;
import org.entente.dictionary.NewsWords.WordClass;
import org.entente.text.Normalizer;

/**
 * A quick test, before tokenizing, of whether a sentence could matter: it must contain a word that begins a
 * party's name, a form of a trigger word, or a word the coder resolves (the heads of references such as "the junta", "the two countries", and background
 * events such as a coup). A sentence without any
 * can yield no mention and names no state for the next one, so it is not tokenized.
 *
 * <p>Words are compared letters and digits only ("U.S." as "us", "Yunus-Bek" as "yunusbek"), and each part of a
 * compound is tried too ("Niger's" as "niger"), so that no spelling the tokenizer would match is missed.
 */
final class CueWords implements Predicate<String> {
  private final Set<String> words = new HashSet<>();

  CueWords(Set<String> partyWords, Set<String> triggerForms, NewsWords news) {
    partyWords.forEach(this::add);
    triggerForms.forEach(this::add);
    for (WordClass c : List.of(WordClass.RULER, WordClass.COUNTRY, WordClass.PAIR, WordClass.ORGANISATION,
        WordClass.GROUP)) {
      news.words(c).forEach(this::add);
    }
    news.backgroundEventWords().forEach(this::add);
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
  public boolean test(String sentence) {
    int n = sentence.length();
    int i = 0;
    while (i < n) {
      while (i < n && !Character.isLetterOrDigit(sentence.charAt(i))) i++;
      int start = i;
      int partStart = i;
      while (i < n && (Character.isLetterOrDigit(sentence.charAt(i)) || joins(sentence, i))) {
        if (!Character.isLetterOrDigit(sentence.charAt(i))) {
          if (known(sentence.substring(partStart, i))) return true;
          partStart = i + 1;
        }
        i++;
      }
      if (i > partStart && known(sentence.substring(partStart, i))) return true;
      if (partStart > start && known(compact(sentence.substring(start, i)))) return true;
    }
    return false;
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
