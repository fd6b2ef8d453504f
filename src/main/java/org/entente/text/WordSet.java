package org.entente.text;

import java.util.AbstractSet;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;

/**
 * An immutable set of words for the closed word lists the rules ask of nearly every token ("is it a
 * preposition?", "a modal?"). {@code Set.of} spends an integer division ({@code floorMod}) on each question and
 * compares the strings of any word in the slot it lands on; here the slot comes from a multiplication and a shift
 * (Fibonacci hashing, as in {@link WordBits}), and a word is compared only when its hash matches. Never fuller than
 * half. Like {@code Set.of}, {@link #contains} rejects null; it iterates in the order the words were given.
 */
public final class WordSet extends AbstractSet<String> {
  private final List<String> words;
  private final String[] keys;
  private final int[] hashes;
  private final int mask;
  private final int shift;

  private WordSet(List<String> words) {
    this.words = words;
    int slots = Integer.highestOneBit(Math.max(4, words.size() * 2) - 1) * 2;
    keys = new String[slots];
    hashes = new int[slots];
    mask = slots - 1;
    shift = 32 - Integer.numberOfTrailingZeros(slots);
    for (String word : words) {
      int h = word.hashCode();
      int i = slot(h);
      while (keys[i] != null) i = (i + 1) & mask;
      keys[i] = word;
      hashes[i] = h;
    }
  }

  /** The words, which must be distinct and not null (as for {@code Set.of}). */
  public static WordSet of(String... words) {
    List<String> list = List.of(words);
    if (java.util.Set.copyOf(list).size() != list.size()) throw new IllegalArgumentException("duplicate word");
    return new WordSet(list);
  }

  /** The distinct words of {@code words}, in its order. */
  public static WordSet copyOf(Collection<String> words) {
    return new WordSet(List.copyOf(new java.util.LinkedHashSet<>(words)));
  }

  @Override
  public boolean contains(Object o) {
    return Objects.requireNonNull(o) instanceof String word && has(word);
  }

  /** Whether {@code word} is one of the words; false for null. */
  public boolean has(String word) {
    if (word == null) return false;
    int h = word.hashCode();
    for (int i = slot(h); ; i = (i + 1) & mask) {
      String k = keys[i];
      if (k == null) return false;
      if (hashes[i] == h && k.equals(word)) return true;
    }
  }

  @Override
  public Iterator<String> iterator() { return words.iterator(); }

  @Override
  public int size() { return words.size(); }

  private int slot(int h) { return (h * 0x9E3779B9) >>> shift; }
}
