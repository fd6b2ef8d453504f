package org.entente.correction;

import org.entente.act.ActType;
import org.entente.coding.ActorKind;
import org.entente.coding.Mention;
import org.entente.date.ResolvedDate;

/** Copies of a mention with one coding changed. The words as read (source_text, trigger, ...) are kept. */
final class Mentions {
  private Mentions() {}

  static Mention withType(Mention m, ActType type) {
    return new Mention(m.articleId(), m.sentence(), m.charStart(), m.charEnd(), m.source(), m.target(), type,
        m.date(), m.sourceText(), m.targetText(), m.trigger(), m.text(), m.sourceKind(), m.targetKind());
  }

  static Mention withParties(Mention m, String source, String target) {
    return new Mention(m.articleId(), m.sentence(), m.charStart(), m.charEnd(), source, target, m.type(),
        m.date(), m.sourceText(), m.targetText(), m.trigger(), m.text(), m.sourceKind(), m.targetKind());
  }

  static Mention withDate(Mention m, ResolvedDate date) {
    return new Mention(m.articleId(), m.sentence(), m.charStart(), m.charEnd(), m.source(), m.target(), m.type(),
        date, m.sourceText(), m.targetText(), m.trigger(), m.text(), m.sourceKind(), m.targetKind());
  }

  /** An undirected act has its pair in alphabetical order of codes, as the coder writes it. */
  static Mention ordered(Mention m) {
    if (m.type().directed() || m.source().compareTo(m.target()) <= 0) return m;
    return new Mention(m.articleId(), m.sentence(), m.charStart(), m.charEnd(), m.target(), m.source(), m.type(),
        m.date(), m.targetText(), m.sourceText(), m.trigger(), m.text(), m.targetKind(), m.sourceKind());
  }

  /** A mention an analyst adds: the parties are vouched for, as if named outright. */
  static Mention added(String articleId, Located at, Addition a, ResolvedDate date) {
    return ordered(new Mention(articleId, at.sentence(), at.start(), at.end(), a.source(), a.target(), a.type(),
        date, "", "", "", at.text(), ActorKind.NAMED, ActorKind.NAMED));
  }
}
