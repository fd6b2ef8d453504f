package org.entente.act;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.entente.dictionary.Dictionaries;
import org.entente.table.CsvTable;
import org.entente.text.Normalizer;
import org.entente.text.Token;
import org.entente.text.WordForm;
import org.entente.text.WordForms;

/**
 * The noun classes of act-words.csv (DIPLOMAT, FORCES, AGREEMENT, …): an entry is one or more words, the last
 * of which may be plural, of one class or of several joined by '|'.
 */
public final class WordClasses {
  private final Map<String, List<List<String>>> classes = new HashMap<>();
  /**
   * Of each class, the positions of its members by their first word: a token can start only the members whose
   * first word it is a form of, so the others are never tried (the search runs at every token of a window).
   */
  private final Map<String, Map<String, List<Integer>>> byFirstWord = new HashMap<>();
  private final WordForms forms;

  WordClasses(Dictionaries files, WordForms forms) {
    this.forms = forms;
    for (CsvTable.Row row : files.table("act-words.csv").rows("class", "word")) {
      List<String> words = List.of(Normalizer.norm(row.get("word")).split("\\s+"));
      if (words.get(0).isEmpty()) throw row.error("empty word");
      // "WEAPONS|ARMS_SYSTEM,rafale": a word of several classes is listed once
      for (String name : row.get("class").split("\\|")) {
        classes.computeIfAbsent(name.strip(), k -> new ArrayList<>()).add(words);
      }
      words.forEach(forms::addNoun);
    }
    classes.forEach((name, members) -> {
      Map<String, List<Integer>> index = new HashMap<>();
      for (int m = 0; m < members.size(); m++) {
        index.computeIfAbsent(members.get(m).get(0), k -> new ArrayList<>()).add(m);
      }
      byFirstWord.put(name, index);
    });
  }

  public boolean known(String name) { return classes.containsKey(name); }

  /**
   * The end of the first member of {@code name} found in tokens [from, to), extended over the members that
   * follow it directly ("defence cooperation agreement"), or -1.
   */
  public int find(String name, List<Token> tokens, int from, int to) {
    // the class is looked up once here, not at every token of the stretch
    Map<String, List<Integer>> index = byFirstWord.get(name);
    if (index == null) return -1;
    List<List<String>> members = classes.get(name);
    // (a caller may ask past the last word: "sent Chad two helicopters" read from the end of a sentence)
    to = Math.min(to, tokens.size());
    for (int i = from; i < to; i++) {
      int end = memberAt(index, members, tokens, i, to);
      if (end < 0) continue;
      int next;
      while (end < to && (next = memberAt(index, members, tokens, end, to)) > 0) end = next;
      return end;
    }
    return -1;
  }

  /**
   * The end of the first of a class's {@code members} (indexed by first word in {@code index}), in the file's
   * order, that starts at token {@code i}, or -1.
   */
  private int memberAt(Map<String, List<Integer>> index, List<List<String>> members, List<Token> tokens, int i,
      int to) {
    String norm = tokens.get(i).norm();
    int first = firstMatch(members, index.get(norm), tokens, i, to, Integer.MAX_VALUE);
    for (WordForm f : forms.of(norm)) {
      if (!f.inflection().isVerb()) first = firstMatch(members, index.get(f.lemma()), tokens, i, to, first);
    }
    return first == Integer.MAX_VALUE ? -1 : i + members.get(first).size();
  }

  /** The first of {@code positions} (ascending) before {@code before} whose member matches at {@code i}. */
  private int firstMatch(List<List<String>> members, List<Integer> positions, List<Token> tokens, int i, int to,
      int before) {
    if (positions == null) return before;
    for (int m : positions) {
      if (m >= before) break;
      List<String> words = members.get(m);
      if (i + words.size() > to) continue;
      boolean all = true;
      for (int k = 1; k < words.size() && all; k++) all = sameWord(tokens.get(i + k).norm(), words.get(k));
      if (all) return m;
    }
    return before;
  }

  /** {@code norm} is {@code lemma} or one of its noun forms ("troops" for "troop"). */
  boolean sameWord(String norm, String lemma) {
    if (norm.equals(lemma)) return true;
    for (WordForm f : forms.of(norm)) {
      if (f.lemma().equals(lemma) && !f.inflection().isVerb()) return true;
    }
    return false;
  }
}
