package org.entente.coding;

import org.entente.act.ActLexicon;
import org.entente.dictionary.Dictionaries;
import org.entente.party.PartyDictionary;
import org.entente.text.SentenceReader;

/**
 * Everything immutable the coder needs — OpenNLP models, party dictionary, act lexicon — loaded once per run
 * and shared by all threads.
 */
public final class CoderResources {
  private final SentenceReader.Models models;
  private final PartyDictionary parties;
  private final ActLexicon lexicon;
  private final CueWords cues;

  private CoderResources(SentenceReader.Models models, PartyDictionary parties, ActLexicon lexicon) {
    this.models = models;
    this.parties = parties;
    this.lexicon = lexicon;
    this.cues = new CueWords(parties.cueWords(), lexicon.cueForms());
  }

  /** Loads the bundled dictionaries plus those of {@code dictionaries}' extra folder. */
  public static CoderResources load(Dictionaries dictionaries) {
    SentenceReader.Models models = SentenceReader.Models.load();
    SentenceReader reader = new SentenceReader(models);
    PartyDictionary parties = PartyDictionary.load(dictionaries,
        text -> reader.tokenize(text, 0).stream().map(org.entente.text.Token::text).toList());
    return new CoderResources(models, parties, new ActLexicon(dictionaries));
  }

  /** Party code → the name tables show ("NER" → "Niger"). */
  public String partyName(String code) { return parties.name(code); }

  SentenceReader.Models models() { return models; }

  PartyDictionary parties() { return parties; }

  ActLexicon lexicon() { return lexicon; }

  CueWords cues() { return cues; }
}
