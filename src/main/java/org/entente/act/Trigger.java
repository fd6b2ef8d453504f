package org.entente.act;

import java.util.List;
import org.entente.text.WordForm;

/**
 * Words of a sentence that may state an act: tokens [head, end) match the pattern of each entry in
 * {@code candidates} (in lexicon order, their word-class conditions met), read as {@code form}.
 * {@code passive}: "was received by", "documents signed by". {@code reach}: the end of the object word that
 * decided the reading ("ended security agreements"), within which no other trigger starts.
 */
public record Trigger(int head, int end, List<ActEntry> candidates, WordForm form, boolean passive, int reach) {

  public boolean noun() { return candidates.get(0).noun(); }
}
