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
    Map<String, Integer> kept = new HashMap<>();
    List<CodedMention> out = new ArrayList<>();
    for (DatedInteraction d : sentence.dated()) {
      Interaction i = d.interaction();
      int head = i.triggerHead();
      String unordered = unorderedKey(i) + "|";
      // ", setting up closer ties": a participle that restates an act already coded for the pair
      Segment segment = segmentOf(sentence, head);
      boolean participle = segment.kind() == Segment.Kind.PARTICIPLE && !answersAnother(s, segment);
      // a visit and what was signed during it are two acts, though both are cooperation
      // ("Sudan agreed on Oct. 23 to normalize relations with Israel": cooperation in one clause is one act of the
      // pair, whichever way each of its words reads)
      String kind = i.type() == ActType.COOPERATION_VISIT ? "visit" : i.type().category();
      String key = (kind.equals("cooperation") ? unorderedKey(i) : pairKey(i)) + "|" + kind;
      // the participle's date, if it gives one, already went to the act it restates (ActDateStage)
      // ("expelling Russia's ambassador and recalling its own envoy": not the participle's own first act)
      if (participle && coded.containsKey(unordered) && !segmentOf(sentence, coded.get(unordered)).equals(segment)) {
        continue;
      }
      Integer earlier = coded.get(key);
      boolean sameClause = earlier != null && segmentOf(sentence, earlier).equals(segmentOf(sentence, head))
          || earlier != null && i.type() == ActType.COOPERATION_VISIT;
      // "ordered out the French ambassador and France's troops": one verb, two acts of one category
      boolean otherKind = earlier != null && earlier == head && kept.get(key) != null
          && out.get(kept.get(key)).interaction().type() != i.type();
      // ("Turkey and Egypt appointed ambassadors to each other": one verb's act, done by each of the two)
      boolean eachWay = earlier != null && earlier == head && kept.get(key) != null
          && out.get(kept.get(key)).interaction().type() == i.type()
          && out.get(kept.get(key)).interaction().source().code().equals(i.target().code());
      otherKind |= eachWay;
      if (earlier != null && sameClause && !otherKind && (earlier == head || !coordinated(s, earlier, head))) {
        // "Erdogan received Vucic, who visited Ankara on Monday": one visit, with the date one reading gives
        Integer at = kept.get(key);
        if (at != null && datesBetter(sentence, d.date(), out.get(at).mention().date())) {
          out.set(at, new CodedMention(i, mention(article.input(), s, i, d.date())));
        }
        continue;
      }
      coded.put(key, head);
      coded.put(unordered, head);
      kept.put(key, out.size());
      out.add(new CodedMention(i, mention(article.input(), s, i, d.date())));
    }
    return sentence.withMentions(out);
  }

  /**
   * Whether {@code candidate} dates an act better than {@code current}: a date where there was none, or a date
   * the sentence states where the other was borrowed from a neighbouring sentence.
   */
  private static boolean datesBetter(SentenceAnnotation sentence, ResolvedDate candidate, ResolvedDate current) {
    if (!precise(candidate)) return false;
    return !precise(current) || statedIn(sentence, candidate) && !statedIn(sentence, current);
  }

  private static boolean statedIn(SentenceAnnotation sentence, ResolvedDate date) {
    for (var m : sentence.dates()) if (m.date().equals(date)) return true;
    return false;
  }

  private static boolean precise(ResolvedDate d) {
    return d.precision() == org.entente.date.DatePrecision.DAY || d.precision() == org.entente.date.DatePrecision.MONTH
        || d.precision() == org.entente.date.DatePrecision.YEAR;
  }

  private static Segment segmentOf(SentenceAnnotation sentence, int token) {
    for (Segment c : sentence.clauses()) if (c.contains(token)) return c;
    return sentence.clauses().get(sentence.clauses().size() - 1);
  }

  /**
   * ", retaliating for Chad's expulsion of the German envoy", ", responding to …": a participle that names the act
   * the main clause answers, an earlier act of its own, not a restatement of the main clause's.
   */
  private static boolean answersAnother(Sentence sentence, Segment participle) {
    for (int k = participle.from(); k < Math.min(participle.to(), participle.from() + 2); k++) {
      if (RESPONSES.contains(sentence.token(k).norm())) return true;
    }
    return false;
  }

  private static final java.util.Set<String> RESPONSES =
      java.util.Set.of("retaliating", "responding", "reacting", "answering", "avenging");

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

  /** {@code s.replaceAll("\\s+", " ").trim()}, without a pattern: a sentence of every mention goes through it. */
  static String oneLine(String s) {
    StringBuilder b = new StringBuilder(s.length());
    boolean space = false;
    for (int k = 0; k < s.length(); k++) {
      char c = s.charAt(k);
      boolean white = c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
      if (!white) b.append(c);
      else if (!space) b.append(' ');
      space = white;
    }
    return b.toString().trim();
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
        sentence.span(i.triggerHead(), i.triggerEnd()), oneLine(original), source.kind(),
        target.kind());
  }
}
