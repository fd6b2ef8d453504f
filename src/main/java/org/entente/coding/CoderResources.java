package org.entente.coding;

import org.entente.dictionary.Dictionaries;

/**
 * Everything immutable the coder needs — OpenNLP models, party dictionary, act lexicon — loaded once per run
 * and shared by all threads.
 */
public final class CoderResources {
  private final Dictionaries dictionaries;

  private CoderResources(Dictionaries dictionaries) { this.dictionaries = dictionaries; }

  /** Loads the bundled dictionaries plus those of {@code dictionaries}' extra folder. */
  public static CoderResources load(Dictionaries dictionaries) { return new CoderResources(dictionaries); }

  /** Party code → the name tables show ("NER" → "Niger"). */
  public String partyName(String code) { throw new UnsupportedOperationException("being written"); }
}
