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
 * of which may be plural.
 */
public final class WordClasses {
  private final Map<String, List<List<String>>> classes = new HashMap<>();
  private final WordForms forms;

  WordClasses(Dictionaries files, WordForms forms) {
    this.forms = forms;
    for (CsvTable.Row row : files.table("act-words.csv").rows("class", "word")) {
      List<String> words = List.of(Normalizer.norm(row.get("word")).split("\\s+"));
      if (words.get(0).isEmpty()) throw row.error("empty word");
      classes.computeIfAbsent(row.get("class"), k -> new ArrayList<>()).add(words);
      words.forEach(forms::addNoun);
    }
  }

  public boolean known(String name) { return classes.containsKey(name); }

  /**
   * The end of the first member of {@code name} found in tokens [from, to), extended over the members that
   * follow it directly ("defence cooperation agreement"), or -1.
   */
  public int find(String name, List<Token> tokens, int from, int to) {
    for (int i = from; i < to; i++) {
      int end = memberAt(name, tokens, i, to);
      if (end < 0) continue;
      int next;
      while (end < to && (next = memberAt(name, tokens, end, to)) > 0) end = next;
      return end;
    }
    return -1;
  }

  private int memberAt(String name, List<Token> tokens, int i, int to) {
    for (List<String> words : classes.getOrDefault(name, List.of())) {
      int end = i + words.size();
      if (end > to) continue;
      boolean all = true;
      for (int k = 0; k < words.size() && all; k++) all = sameWord(tokens.get(i + k).norm(), words.get(k));
      if (all) return end;
    }
    return -1;
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
