package org.entente.coding;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.entente.act.ActType;
import org.entente.article.InputArticle;
import org.entente.date.ResolvedDate;
import org.entente.text.Sentence;

/**
 * Adds the mentions: one per pair of parties and category in a sentence ("agreed to strengthen military
 * cooperation" is one agreement), unless the sentence coordinates two acts ("met their counterpart and agreed
 * to …", "signed agreements during a visit"). Directed acts keep their direction ("A recalled its envoy, after B
 * withdrew its own" is two); a visit is one whichever way its words read; an undirected pair is written in
 * alphabetical order of codes.
 */
final class MentionStage implements SentenceStage {

  @Override
  public SentenceAnnotation annotate(SentenceAnnotation sentence, ArticleAnnotation article, Discourse discourse) {
    Sentence s = sentence.sentence();
    Map<String, Integer> coded = new HashMap<>();
    List<CodedMention> out = new ArrayList<>();
    for (DatedInteraction d : sentence.dated()) {
      Interaction i = d.interaction();
      int head = i.triggerHead();
      String unordered = unorderedKey(i) + "|";
      // ", setting up closer ties": a participle that restates an act already coded for the pair
      boolean participle = segmentOf(sentence, head).kind() == Segment.Kind.PARTICIPLE;
      if (participle && coded.containsKey(unordered)) continue;
      String key = pairKey(i) + "|" + i.type().category();
      Integer earlier = coded.get(key);
      if (earlier != null && (earlier == head || !coordinated(s, earlier, head))) continue;
      coded.put(key, head);
      coded.put(unordered, head);
      out.add(new CodedMention(i, mention(article.input(), s, i, d.date())));
    }
    return sentence.withMentions(out);
  }

  private static Segment segmentOf(SentenceAnnotation sentence, int token) {
    for (Segment c : sentence.clauses()) if (c.contains(token)) return c;
    return sentence.clauses().get(sentence.clauses().size() - 1);
  }

  /**
   * "met their counterpart and agreed to …", "signed agreements during a visit": two acts; "agreed to
   * strengthen cooperation": one.
   */
  private static boolean coordinated(Sentence sentence, int from, int to) {
    for (int k = from + 1; k < to; k++) {
      String w = sentence.token(k).norm();
      if (w.equals("and") || w.equals(";") || w.equals("while") || w.equals("during") || w.equals("after")
          || w.equals("before") || w.equals("following")) {
        return true;
      }
    }
    return false;
  }

  private static String unorderedKey(Interaction i) {
    String a = i.source().code();
    String b = i.target().code();
    return a.compareTo(b) < 0 ? a + "|" + b : b + "|" + a;
  }

  private static String pairKey(Interaction i) {
    String a = i.source().code();
    String b = i.target().code();
    boolean ordered = i.type().directed() && i.type() != ActType.COOPERATION_VISIT;
    return ordered || a.compareTo(b) < 0 ? a + "|" + b : b + "|" + a;
  }

  private static Mention mention(InputArticle article, Sentence sentence, Interaction i, ResolvedDate date) {
    Participant source = i.source();
    Participant target = i.target();
    ActType type = i.type();
    if (!type.directed() && source.code().compareTo(target.code()) > 0) {
      Participant swap = source;
      source = target;
      target = swap;
    }
    String original = article.text().substring(sentence.originalStart(), sentence.originalEnd());
    return new Mention(article.id(), sentence.index(), sentence.originalStart(), sentence.originalEnd(),
        source.code(), target.code(), type, date, source.text(), target.text(),
        sentence.span(i.triggerHead(), i.triggerEnd()), original.replaceAll("\\s+", " ").trim(), source.kind(),
        target.kind());
  }
}
