package org.entente.text;

import java.util.Map;

/**
 * Words and a set of up to 64 flags each (which word classes a word is in), looked up with one probe of a flat
 * table. The coder asks a word class of nearly every token, many times a sentence; a token's words are in no
 * class most of the time, and a miss here costs one array slot and no {@link String#equals}, where a
 * {@code Set.of} costs a division and often an {@code equals}. Immutable.
 */
public final class WordBits {
  private final String[] keys;
  private final int[] hashes;
  private final long[] bits;
  private final int mask;
  private final int shift;

  public WordBits(Map<String, Long> words) {
    int slots = Integer.highestOneBit(Math.max(4, words.size() * 2) - 1) * 2;
    keys = new String[slots];
    hashes = new int[slots];
    bits = new long[slots];
    mask = slots - 1;
    shift = 32 - Integer.numberOfTrailingZeros(slots);
    words.forEach((word, flags) -> {
      int h = word.hashCode();
      int i = slot(h);
      while (keys[i] != null) i = (i + 1) & mask;
      keys[i] = word;
      hashes[i] = h;
      bits[i] = flags;
    });
  }

  /** The flags of {@code word}, 0 for a word not in the table. */
  public long of(String word) {
    int h = word.hashCode();
    for (int i = slot(h); ; i = (i + 1) & mask) {
      String k = keys[i];
      if (k == null) return 0;
      if (hashes[i] == h && k.equals(word)) return bits[i];
    }
  }

  /** Fibonacci hashing, as in the word cache of {@link SentenceReader}. */
  private int slot(int h) { return (h * 0x9E3779B9) >>> shift; }
}
