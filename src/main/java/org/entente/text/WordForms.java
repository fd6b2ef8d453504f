package org.entente.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.entente.dictionary.Dictionaries;
import org.entente.table.CsvTable;
import org.entente.text.WordForm.Inflection;

/**
 * Lemmas and inflections from a dictionary instead of OpenNLP's lemmatizer model (two orders of magnitude
 * slower): the lemmas the coder cares about are inflected by English spelling rules, with the exceptions
 * (irregular verbs, doubled consonants: "quit", "withdrew", "expelled") read from {@code verb-forms.csv}.
 */
public final class WordForms {
  private final Map<String, List<WordForm>> byForm = new HashMap<>();
  private final Map<String, List<String[]>> irregular = new HashMap<>();

  public WordForms(Dictionaries files) {
    for (CsvTable.Row row : files.table("verb-forms.csv").rows("lemma", "third", "past", "participle", "gerund")) {
      // a lemma may have several rows: British and American spellings ("travelled", "traveled")
      irregular.computeIfAbsent(row.get("lemma"), k -> new ArrayList<>()).add(new String[] {
          row.get("third"), row.get("past"), row.get("participle"), row.get("gerund")});
    }
  }

  /** Makes every inflection of {@code lemma} known, as a verb or as a noun. */
  public void addVerb(String lemma) {
    for (String[] forms : irregular.getOrDefault(lemma, List.<String[]>of(regularVerb(lemma)))) addVerb(lemma, forms);
  }

  private void addVerb(String lemma, String[] forms) {
    put(lemma, lemma, Inflection.BASE);
    put(forms[0], lemma, Inflection.THIRD_PERSON);
    if (forms[1].equals(forms[2])) {
      put(forms[1], lemma, Inflection.PAST_OR_PARTICIPLE);
    } else {
      put(forms[1], lemma, Inflection.PAST);
      put(forms[2], lemma, Inflection.PARTICIPLE);
    }
    put(forms[3], lemma, Inflection.GERUND);
  }

  public void addNoun(String lemma) {
    put(lemma, lemma, Inflection.NOUN);
    put(plural(lemma), lemma, Inflection.PLURAL);
  }

  /** Every inflected form known, for the quick relevance check. */
  public java.util.Set<String> allForms() { return java.util.Collections.unmodifiableSet(byForm.keySet()); }

  /** The readings of a normalised word, or none. */
  public List<WordForm> of(String norm) { return byForm.getOrDefault(norm, List.of()); }

  private void put(String form, String lemma, Inflection inflection) {
    List<WordForm> list = byForm.computeIfAbsent(form, k -> new ArrayList<>());
    WordForm wf = new WordForm(lemma, inflection);
    if (list.contains(wf)) return;
    // verb readings first, whatever order the lexicon's rows added them in ("have been training alongside Nigerien
    // troops" is the verb "train", which a pattern's noun "training" had come before)
    int at = list.size();
    if (inflection.isVerb()) {
      at = 0;
      while (at < list.size() && list.get(at).inflection().isVerb()) at++;
    }
    list.add(at, wf);
  }

  static String[] regularVerb(String lemma) {
    String third;
    String past;
    String gerund;
    if (lemma.matches(".*(s|x|z|ch|sh|o)")) third = lemma + "es";
    else if (lemma.matches(".*[^aeiou]y")) third = lemma.substring(0, lemma.length() - 1) + "ies";
    else third = lemma + "s";
    // one-syllable verbs ending consonant-vowel-consonant double it: "snub", "snubbed", "snubbing"
    boolean doubles = lemma.matches("[^aeiou]*[aeiou][^aeiouwxy]") && lemma.length() <= 5;
    String stem = doubles ? lemma + lemma.charAt(lemma.length() - 1) : lemma;
    if (lemma.endsWith("e")) past = lemma + "d";
    else if (lemma.matches(".*[^aeiou]y")) past = lemma.substring(0, lemma.length() - 1) + "ied";
    else past = stem + "ed";
    if (lemma.endsWith("ie")) gerund = lemma.substring(0, lemma.length() - 2) + "ying";
    else if (lemma.matches(".*[^eoy]e")) gerund = lemma.substring(0, lemma.length() - 1) + "ing";
    else gerund = stem + "ing";
    return new String[] {third, past, past, gerund};
  }

  static String plural(String noun) {
    if (noun.matches(".*(s|x|z|ch|sh)")) return noun + "es";
    if (noun.matches(".*[^aeiou]y")) return noun.substring(0, noun.length() - 1) + "ies";
    return noun + "s";
  }
}
