package org.entente.coding;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.entente.dictionary.NewsWords;
import org.entente.party.PartyDictionary;

/**
 * The last stage of a sentence: what it leaves for the sentences after it to refer to — the states it named
 * (outside appositions and attributions), the actors of its mentions (as the words ordered them), the subject of its main clause, the groups
 * of states it named together and the last organisation it named.
 */
final class DiscourseStage {
  private final PartyDictionary parties;
  private final NewsWords words;

  DiscourseStage(PartyDictionary parties, NewsWords words) {
    this.parties = parties;
    this.words = words;
  }

  Discourse after(Discourse before, SentenceAnnotation sentence) {
    if (sentence.empty()) return before.after(List.of(), List.of(), List.of(), List.of(), null);
    SentenceView view = sentence.view(words);
    List<List<String>> groups = new ArrayList<>();
    for (List<Actor> group : view.groups(sentence.actors().stream().filter(Actor::explicit).toList())) {
      groups.add(group.stream().flatMap(a -> a.codes().stream()).filter(this::isState).distinct().toList());
    }
    List<String> states = new ArrayList<>();
    String organisation = null;
    for (Actor a : sentence.actors()) {
      if (a.explicit() && !isState(a.codes().get(0))) organisation = a.codes().get(0);
      if (!view.ignored(a) && a.explicit()) {
        for (String c : a.codes()) if (!states.contains(c) && isState(c)) states.add(c);
      }
    }
    Set<String> sources = new LinkedHashSet<>();
    sentence.mentions().forEach(m -> sources.add(m.interaction().source().code()));
    return before.after(states, List.copyOf(sources), sentence.subject(), groups, organisation);
  }

  private boolean isState(String code) { return !parties.isOrganisation(code); }
}
