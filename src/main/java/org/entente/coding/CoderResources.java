package org.entente.coding;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.entente.act.ActLexicon;
import org.entente.dictionary.Dictionaries;
import org.entente.dictionary.NewsWords;
import org.entente.party.KnownAgreements;
import org.entente.party.Party;
import org.entente.party.Memberships;
import org.entente.party.MilitaryRule;
import org.entente.party.PartyDictionary;
import org.entente.party.Places;
import org.entente.party.RegionWords;
import org.entente.text.SentenceReader;

/**
 * Everything immutable the coder needs — OpenNLP models, party dictionary, act lexicon, the words of news —
 * loaded once per run and shared by all threads.
 */
public final class CoderResources {
  private final SentenceReader.Models models;
  private final PartyDictionary parties;
  private final ActLexicon lexicon;
  private final NewsWords words;
  private final RegionWords regions;
  private final Memberships memberships;
  private final MilitaryRule militaryRule;
  private final Places places;
  private final KnownAgreements agreements;
  private final CueWords cues;

  private CoderResources(SentenceReader.Models models, PartyDictionary parties, ActLexicon lexicon,
      NewsWords words, RegionWords regions, Memberships memberships, MilitaryRule militaryRule, Places places,
      KnownAgreements agreements) {
    this.models = models;
    this.parties = parties;
    this.places = places;
    this.agreements = agreements;
    this.lexicon = lexicon;
    this.words = words;
    this.regions = regions;
    this.memberships = memberships;
    this.militaryRule = militaryRule;
    this.cues = new CueWords(parties.cueWords(), lexicon.cueForms(), words);
  }

  /**
   * Loads the bundled dictionaries plus those of {@code dictionaries}' extra folder. The act lexicon and the news
   * words need no model, so they are read on another thread while the models load and the party dictionary is
   * tokenized: the same resources, sooner (start-up time).
   */
  public static CoderResources load(Dictionaries dictionaries) {
    CompletableFuture<ActLexicon> lexicon = CompletableFuture.supplyAsync(() -> new ActLexicon(dictionaries));
    CompletableFuture<NewsWords> words = CompletableFuture.supplyAsync(() -> new NewsWords(dictionaries));
    SentenceReader.Models models = SentenceReader.Models.load();
    SentenceReader reader = new SentenceReader(models);
    java.util.function.Function<String, List<String>> tokenize =
        text -> reader.tokenize(text, 0).stream().map(org.entente.text.Token::text).toList();
    PartyDictionary parties = PartyDictionary.load(dictionaries, tokenize);
    return new CoderResources(models, parties, join(lexicon), join(words), new RegionWords(dictionaries, parties),
        new Memberships(dictionaries, parties), new MilitaryRule(dictionaries, parties),
        Places.load(dictionaries, parties, tokenize), new KnownAgreements(dictionaries, parties));
  }

  /** The result, or the loader's own exception (a {@code DictionaryException} names the file and row). */
  private static <T> T join(CompletableFuture<T> future) {
    try {
      return future.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException r) throw r;
      if (e.getCause() instanceof Error err) throw err;
      throw e;
    }
  }

  /** The party dictionary's parties, in its order: the codes a dataset may hold. */
  public List<Party> allParties() { return parties.parties(); }

  /** Party code → the name tables show ("NER" → "Niger"). */
  public String partyName(String code) { return parties.name(code); }

  SentenceReader.Models models() { return models; }

  PartyDictionary parties() { return parties; }

  ActLexicon lexicon() { return lexicon; }

  NewsWords words() { return words; }

  RegionWords regions() { return regions; }

  Memberships memberships() { return memberships; }

  MilitaryRule militaryRule() { return militaryRule; }

  Places places() { return places; }

  KnownAgreements agreements() { return agreements; }

  CueWords cues() { return cues; }
}
