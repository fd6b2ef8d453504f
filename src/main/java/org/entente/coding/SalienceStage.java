package org.entente.coding;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.entente.dictionary.NewsWords;
import org.entente.dictionary.NewsWords.WordClass;
import org.entente.party.MilitaryRule;
import org.entente.party.PartyDictionary;
import org.entente.party.PartyMention;
import org.entente.text.Regex;
import org.entente.text.Token;
import org.entente.text.WordSet;

/**
 * Counts, over the whole article, how often it names each state and organisation and which states it names as
 * the seat of a coup or junta ("the coup in Niger", "Niger's new rulers", "the Nigerien junta").
 */
final class SalienceStage implements ArticleStage {
  private static final java.util.Set<String> RULED_BY = WordSet.of("has", "have", "had", "been", "is", "was",
      "are", "were", "ruled", "run", "led", "governed", "controlled", "by", "a", "the");

  private final PartyDictionary parties;
  private final NewsWords words;
  private final MilitaryRule militaryRule;

  SalienceStage(PartyDictionary parties, NewsWords words, MilitaryRule militaryRule) {
    this.parties = parties;
    this.words = words;
    this.militaryRule = militaryRule;
  }

  @Override
  public ArticleAnnotation annotate(ArticleAnnotation article) {
    Map<String, Integer> states = new LinkedHashMap<>();
    Map<String, Integer> ruled = new LinkedHashMap<>();
    Map<String, Integer> organisations = new LinkedHashMap<>();
    for (SentenceAnnotation s : article.sentences()) {
      for (PartyMention p : s.names()) {
        if (parties.isOrganisation(p.code())) {
          organisations.merge(p.code(), 1, Integer::sum);
          continue;
        }
        states.merge(p.code(), 1, Integer::sum);
        if (ruledNear(s.sentence().tokens(), p)) ruled.merge(p.code(), 1, Integer::sum);
      }
    }
    Map<String, Integer> soldiersRule = new LinkedHashMap<>();
    states.forEach((code, n) -> {
      if (militaryRule.ruledBySoldiers(code, article.published())) soldiersRule.put(code, n);
    });
    return article.withSalience(new Salience(Collections.unmodifiableMap(states), Collections.unmodifiableMap(ruled),
        Collections.unmodifiableMap(organisations), Collections.unmodifiableMap(soldiersRule)));
  }

  private boolean ruledNear(List<Token> tokens, PartyMention m) {
    // "Niger's new military rulers", "the Nigerien junta"
    boolean military = false;
    for (int k = m.to(); k < Math.min(tokens.size(), m.to() + 4); k++) {
      String w = tokens.get(k).norm();
      if (words.is(WordClass.COUP, w) || military && words.is(WordClass.GOVERNMENT, w)) return true;
      // "Mali's military-led government": the compound's pieces are modifiers too
      boolean modifier = words.is(WordClass.COUP_MODIFIER, w) || w.equals("'s") || w.equals("the") || w.equals("-")
          || Regex.matches(w, "-?(led|ruled|run|dominated|controlled)") || Regex.matches(w, "(military|junta|army)-");
      if (!modifier) break;
      military |= w.equals("military") || w.equals("new") || w.equals("transitional");
    }
    // "Mali has been ruled by a junta", "Niger, now run by the military"
    for (int k = m.to(); k < Math.min(tokens.size(), m.to() + 7); k++) {
      String w = tokens.get(k).norm();
      if (words.is(WordClass.COUP, w) || k > m.to() && w.equals("military") && tokens.get(k - 1).is("the")) {
        return true;
      }
      if (!RULED_BY.contains(w) && !w.equals(",") && !w.equals("now")) break;
    }
    // "junta-led Mali", "military-ruled Niger" (the tokenizer may split the compound in two or three)
    StringBuilder before = new StringBuilder();
    for (int k = Math.max(0, m.from() - 3); k < m.from(); k++) before.append(tokens.get(k).norm());
    if (Regex.matches(before.toString(), ".*(junta|military)-?(led|ruled|run)")) return true;
    // "the coup in Niger", "the junta of Mali"
    int k = m.from() - 1;
    if (k >= 0 && tokens.get(k).is("the")) k--;
    if (k >= 1 && (tokens.get(k).is("in") || tokens.get(k).is("of"))) {
      return words.is(WordClass.COUP, tokens.get(k - 1).norm());
    }
    return false;
  }
}
