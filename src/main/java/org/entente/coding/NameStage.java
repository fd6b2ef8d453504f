package org.entente.coding;

import java.util.ArrayList;
import java.util.List;
import org.entente.party.AliasKind;
import org.entente.party.PartyFinder;
import org.entente.party.PartyMention;

/**
 * Adds the party names of every sentence. "Nigerian" is Nigeria's demonym, but translated texts about Niger
 * often write it for "Nigerien" ("Nigerian Defense Minister Salifou Modi"): in an article that names Niger and
 * never names Nigeria by a name, capital or person, "Nigerian" is read as Niger.
 */
final class NameStage implements ArticleStage {
  private final PartyFinder finder;

  NameStage(PartyFinder finder) { this.finder = finder; }

  @Override
  public ArticleAnnotation annotate(ArticleAnnotation article) {
    List<List<PartyMention>> names = new ArrayList<>();
    for (SentenceAnnotation s : article.sentences()) {
      names.add(s.empty() ? List.of() : finder.find(s.sentence(), article.published()));
    }
    boolean niger = false;
    boolean nigeria = false;
    for (List<PartyMention> ms : names) {
      for (PartyMention m : ms) {
        if (m.code().equals("NER")) niger = true;
        if (m.code().equals("NGA") && m.kind() != AliasKind.DEMONYM) nigeria = true;
      }
    }
    boolean reread = niger && !nigeria;
    List<SentenceAnnotation> out = new ArrayList<>();
    for (int i = 0; i < names.size(); i++) {
      List<PartyMention> ms = names.get(i);
      if (reread) {
        ms = ms.stream().map(m -> m.code().equals("NGA") && m.kind() == AliasKind.DEMONYM ? m.withCode("NER") : m)
            .toList();
      }
      out.add(article.sentences().get(i).withNames(ms));
    }
    return article.withSentences(out);
  }
}
