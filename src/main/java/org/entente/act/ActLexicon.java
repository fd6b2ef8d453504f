package org.entente.act;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.entente.dictionary.Dictionaries;
import org.entente.table.CsvTable;
import org.entente.table.TableException;
import org.entente.text.Normalizer;
import org.entente.text.WordForms;

/** The acts.csv lexicon, indexed by head lemma, with the word forms and classes it needs. */
public final class ActLexicon {
  private final Map<String, List<ActEntry>> byHead = new HashMap<>();
  private final WordForms forms;
  private final WordClasses classes;

  public ActLexicon(Dictionaries files) {
    this.forms = new WordForms(files);
    this.classes = new WordClasses(files, forms);
    for (CsvTable.Row row : files.table("acts.csv").rows("trigger", "pos", "subject", "object", "type", "frame",
        "polarity")) {
      List<String> pattern = List.of(Normalizer.norm(row.get("trigger")).split("\\s+"));
      boolean noun = switch (row.get("pos")) {
        case "verb" -> false;
        case "noun" -> true;
        default -> throw row.error("pos must be 'verb' or 'noun'");
      };
      ActType type = ActType.ofLabel(row.get("type"))
          .orElseThrow(() -> row.error("unknown type '" + row.get("type") + "' (category/subtype of DATASET.md)"));
      Frame frame;
      try {
        frame = Frame.of(row.get("frame"));
      } catch (IllegalArgumentException e) {
        throw row.error("unknown frame '" + row.get("frame") + "'");
      }
      boolean negated = switch (row.get("polarity")) {
        case "" -> false;
        case "negated" -> true;
        default -> throw row.error("polarity must be empty or 'negated'");
      };
      for (String c : List.of(row.get("subject"), row.get("object"))) {
        if (!c.isEmpty() && !classes.known(c)) throw row.error("unknown word class '" + c + "'");
      }
      if (noun) forms.addNoun(pattern.get(0)); else forms.addVerb(pattern.get(0));
      pattern.stream().skip(1).filter(w -> !w.equals("*")).forEach(forms::addNoun);
      byHead.computeIfAbsent(pattern.get(0), k -> new ArrayList<>()).add(new ActEntry(pattern, noun,
          row.get("subject"), row.get("object"), type, frame, negated, row.where()));
    }
    if (byHead.isEmpty()) throw new TableException("acts.csv: no entries");
  }

  public List<ActEntry> entries(String headLemma) { return byHead.getOrDefault(headLemma, List.of()); }

  /**
   * Verbs of saying, whose visits ("said in Rabat", "told reporters in Beijing", "speaking in Nairobi") name the
   * place where the speaker was right after them (TriggerFinder, RoleStage).
   */
  public static final java.util.Set<String> SAYING = java.util.Set.of("say", "speak", "tell", "announce");
  /**
   * Rarer words of a pattern that tell better than its common first word ("policing Slovak airspace", "wrote off
   * the debt", "watched him take the oath"): a sentence without them need not be read for the pattern.
   */
  private static final java.util.Set<String> RARE = java.util.Set.of("airspace", "withdrawal", "debt", "oath", "swear",
      "programme", "program", "scheme");

  /** Words too common to tell whether a sentence may hold a pattern ("to" in "hours to leave"). */
  private static final java.util.Set<String> COMMON = java.util.Set.of("to", "from", "in", "on", "out", "with",
      "back", "up", "off", "down", "together", "day", "week", "month", "hour", "have", "go", "*");

  /**
   * For each entry, the forms of one word that must stand in any sentence it matches — the head, unless the
   * head is a common word and the pattern has a rarer one ("leave" in "hours to leave").
   */
  public java.util.Set<String> cueForms() {
    java.util.Set<String> lemmas = new java.util.HashSet<>();
    for (List<ActEntry> entries : byHead.values()) {
      for (ActEntry e : entries) {
        boolean saying = SAYING.contains(e.head());
        // "said in Rabat": the place right after the verb is a party's name, so the sentence is kept for it and
        // the verb, in almost every sentence of news, need not keep the sentences after a party's
        if (saying && e.type() == ActType.COOPERATION_VISIT) continue;
        // ("announced $2 billion in new military aid": what is announced, not the verb, is the cue)
        lemmas.add(e.pattern().stream().filter(w -> !COMMON.contains(w))
            .reduce((a, b) -> saying || RARE.contains(b) ? b : a).orElse(e.head()));
      }
    }
    java.util.Set<String> cues = new java.util.HashSet<>(lemmas);
    for (String form : forms.allForms()) {
      if (forms.of(form).stream().anyMatch(f -> lemmas.contains(f.lemma()))) cues.add(form);
    }
    return cues;
  }

  public WordForms forms() { return forms; }

  public WordClasses classes() { return classes; }
}
