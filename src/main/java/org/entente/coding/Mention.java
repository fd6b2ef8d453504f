package org.entente.coding;

import org.entente.act.ActType;
import org.entente.date.ResolvedDate;

/**
 * One coded interaction as one sentence of one article states it: a row of mentions.csv before merging.
 * {@code charStart}/{@code charEnd} are UTF-16 offsets of the sentence in the original file's text, and
 * {@code text} is that span with whitespace runs folded to one space. {@code sourceKind}/{@code targetKind} say
 * whether the words named the party or referred to it ("the junta", "they").
 */
public record Mention(
    String articleId,
    int sentence,
    int charStart,
    int charEnd,
    String source,
    String target,
    ActType type,
    ResolvedDate date,
    String sourceText,
    String targetText,
    String trigger,
    String text,
    ActorKind sourceKind,
    ActorKind targetKind) {}
