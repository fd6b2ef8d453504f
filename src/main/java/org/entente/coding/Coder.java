package org.entente.coding;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.entente.act.ActType;
import org.entente.act.Trigger;
import org.entente.act.TriggerFinder;
import org.entente.article.ArticleSummary;
import org.entente.article.InputArticle;
import org.entente.article.Page;
import org.entente.article.PageCleaner;
import org.entente.article.PublicationDate;
import org.entente.date.DateFinder;
import org.entente.date.DateMention;
import org.entente.date.OffsetMention;
import org.entente.date.ResolvedDate;
import org.entente.party.PartyFinder;
import org.entente.party.PartyMention;
import org.entente.text.Sentence;
import org.entente.text.SentenceReader;

/**
 * Codes one article: cleans the page, splits sentences, finds parties, acts and dates, and returns the
 * mentions with the article's summary row. Not thread-safe (it owns OpenNLP tools): one per thread, all sharing
 * one {@link CoderResources}.
 */
public final class Coder {
  private final CoderResources resources;
  private final SentenceReader reader;
  private final PageCleaner cleaner = new PageCleaner();
  private final PublicationDate publication = new PublicationDate();
  private final PartyFinder partyFinder;
  private final TriggerFinder triggerFinder;
  private final ActorFinder actorFinder;
  private final RoleFinder roleFinder;
  private final Segmenter segmenter = new Segmenter();
  private final Modality modality = new Modality();
  private final DateFinder dateFinder = new DateFinder();
  private final DateChooser dateChooser = new DateChooser();

  public Coder(CoderResources resources) {
    this.resources = resources;
    this.reader = new SentenceReader(resources.models());
    this.partyFinder = new PartyFinder(resources.parties());
    this.triggerFinder = new TriggerFinder(resources.lexicon());
    this.actorFinder = new ActorFinder(resources.parties());
    this.roleFinder = new RoleFinder(resources.parties());
  }

  public CodedArticle code(InputArticle article) {
    if (!article.readable()) {
      return new CodedArticle(new ArticleSummary(article.id(), article.file(), article.title(), article.published(),
          article.published() == null ? "" : "manifest", article.outlet(), article.url(), 0, 0, article.warnings()),
          List.of());
    }
    Page page = cleaner.clean(article.text(), article.title().isEmpty() ? null : article.title());
    PublicationDate.Decision published = publication.decide(article.published(), page.datelines(),
        page.body().text());
    List<Sentence> sentences = reader.read(page.body(), resources.cues());
    ArticleContext context = new ArticleContext(published.published());

    // first pass: what the whole article names and dates, for references and anchors
    List<List<PartyMention>> parties = new ArrayList<>();
    List<List<DateMention>> dates = new ArrayList<>();
    for (Sentence s : sentences) {
      parties.add(partyFinder.find(s, published.published()));
      dates.add(dateChooser.actDates(s.tokens(), dateFinder.dates(s.tokens(), published.published()),
          dateFinder.offsets(s.tokens()), context));
    }
    parties = NigerOrNigeria.resolve(parties);
    for (int i = 0; i < sentences.size(); i++) {
      for (PartyMention p : parties.get(i)) {
        if (resources.parties().isOrganisation(p.code())) {
          context.countOrganisation(p.code());
          continue;
        }
        context.countState(p.code());
        if (RulerWords.near(sentences.get(i).tokens(), p)) context.countRuled(p.code());
      }
    }

    List<Mention> mentions = new ArrayList<>();
    for (int i = 0; i < sentences.size(); i++) {
      mentions.addAll(codeSentence(article, sentences.get(i), parties.get(i), dates.get(i), context));
    }
    List<String> warnings = new ArrayList<>(article.warnings());
    warnings.addAll(published.warnings());
    return new CodedArticle(new ArticleSummary(article.id(), article.file(), page.title(), published.published(),
        published.from(), article.outlet(), article.url(), sentences.size(), mentions.size(), warnings), mentions);
  }

  private List<Mention> codeSentence(InputArticle article, Sentence sentence, List<PartyMention> parties,
      List<DateMention> dates, ArticleContext context) {
    if (sentence.tokens().isEmpty()) {
      // not worth tokenizing: it names no party and no act, so the next sentence has nothing to refer to
      context.endSentence(List.of(), List.of(), List.of());
      return List.of();
    }
    List<Trigger> triggers = triggerFinder.find(sentence.tokens());
    Set<Integer> verbs = new HashSet<>();
    triggers.stream().filter(t -> !t.noun()).forEach(t -> verbs.add(t.head()));
    List<Actor> provisional = actorFinder.actors(sentence.tokens(), parties, context, null);
    List<Segment> segments = segmenter.segments(sentence.tokens(), provisional, verbs);
    String frontPlace = frontPlace(sentence, segments, provisional);
    List<Actor> actors = frontPlace == null ? provisional
        : actorFinder.actors(sentence.tokens(), parties, context, frontPlace);
    SentenceView view = new SentenceView(sentence.tokens(), actors, segments);
    List<OffsetMention> offsets = dateFinder.offsets(sentence.tokens());

    List<Mention> out = new ArrayList<>();
    Map<String, Integer> coded = new HashMap<>();
    List<Integer> actHeads = triggers.stream().map(Trigger::head).toList();
    Set<String> sources = new LinkedHashSet<>();
    for (Trigger trigger : triggers) {
      Segment segment = view.segmentOf(trigger.head());
      if (promiseOfAnotherAct(sentence, trigger, triggers)) continue;
      boolean itinerary = trigger.candidates().get(0).type() == ActType.COOPERATION_VISIT;
      if (modality.blocks(sentence.tokens(), trigger, trigger.candidates().get(0).frame(), segment, itinerary)) {
        continue;
      }
      for (Interaction i : roleFinder.interactions(view, trigger, context)) {
        String pair = pairKey(i);
        String unordered = unorderedKey(i);
        if (segment.kind() == Segment.Kind.PARTICIPLE && coded.containsKey(unordered + "|")) continue;
        String key = pair + "|" + i.type().category();
        Integer earlier = coded.get(key);
        if (earlier != null && (earlier == trigger.head() || !coordinated(sentence, earlier, trigger.head()))) {
          continue;
        }
        coded.put(key, trigger.head());
        coded.put(unordered + "|", trigger.head());
        ResolvedDate date = modality.announcedFuture(sentence.tokens(), trigger, segment)
            ? dateChooser.announcementDate(view, dates, context)
            : dateChooser.dateOf(view, trigger.head(), actHeads, dates, offsets, context);
        out.add(mention(article, sentence, i, date));
        sources.add(i.source().code());
      }
    }
    for (List<Actor> group : view.groups(actors.stream().filter(Actor::explicit).toList())) {
      context.rememberGroup(group.stream().flatMap(a -> a.codes().stream())
          .filter(c -> !resources.parties().isOrganisation(c)).distinct().toList());
    }
    List<String> states = new ArrayList<>();
    for (Actor a : actors) {
      if (a.explicit() && resources.parties().isOrganisation(a.codes().get(0))) {
        context.namedOrganisation(a.codes().get(0));
      }
      if (!view.ignored(a) && a.explicit()) {
        for (String c : a.codes()) if (!states.contains(c) && !resources.parties().isOrganisation(c)) states.add(c);
      }
    }
    context.endSentence(states, List.copyOf(sources), sentenceSubject(view));
    return out;
  }

  /** The states that head the sentence's first main clause: "Burkina Faso's junta, which …, has turned …". */
  private List<String> sentenceSubject(SentenceView view) {
    for (Segment s : view.segments()) {
      if (s.kind() != Segment.Kind.MAIN) continue;
      List<Actor> subject = roleFinder.subject(view, s.to());
      return subject.stream().filter(Actor::explicit).flatMap(a -> a.codes().stream())
          .filter(c -> !resources.parties().isOrganisation(c)).distinct().toList();
    }
    return List.of();
  }

  /**
   * "The United States agreed to withdraw its troops": the agreement is to another kind of act, which is the
   * one coded; "agreed to strengthen military cooperation" stays an agreement.
   */
  private static boolean promiseOfAnotherAct(Sentence sentence, Trigger trigger, List<Trigger> triggers) {
    String lemma = trigger.candidates().get(0).head();
    if (!lemma.equals("agree") && !lemma.equals("pledge")) return false;
    for (Trigger next : triggers) {
      if (next.head() <= trigger.head() || next.head() > trigger.end() + 3) continue;
      boolean complement = sentence.token(trigger.end()).is("to");
      if (complement && !next.candidates().get(0).type().category().equals("cooperation")) return true;
    }
    return false;
  }

  /** "In Niger, the military authorities …": the place a fronted phrase names, for the rulers that follow. */
  private static String frontPlace(Sentence sentence, List<Segment> segments, List<Actor> actors) {
    Segment first = segments.get(0);
    if (first.kind() != Segment.Kind.FRONT || !sentence.token(first.from()).is("in")) return null;
    for (Actor a : actors) {
      if (first.contains(a.from()) && a.explicit() && a.codes().size() == 1) return a.codes().get(0);
    }
    return null;
  }

  /**
   * "met their counterpart and agreed to …", "signed agreements during a visit": two acts; "agreed to
   * strengthen cooperation": one.
   */
  private static boolean coordinated(Sentence sentence, int from, int to) {
    for (int k = from + 1; k < to; k++) {
      String w = sentence.token(k).norm();
      if (w.equals("and") || w.equals(";") || w.equals("while") || w.equals("during") || w.equals("after")
          || w.equals("before") || w.equals("following")) {
        return true;
      }
    }
    return false;
  }

  private static String unorderedKey(Interaction i) {
    String a = i.source().code();
    String b = i.target().code();
    return a.compareTo(b) < 0 ? a + "|" + b : b + "|" + a;
  }

  /**
   * One act per pair and category in a sentence: "agreed to strengthen military cooperation" is one agreement.
   * Directed acts keep their direction ("A recalled its envoy, after B withdrew its own" is two); a visit is one
   * whichever way its words read.
   */
  private static String pairKey(Interaction i) {
    String a = i.source().code();
    String b = i.target().code();
    boolean ordered = i.type().directed() && i.type() != ActType.COOPERATION_VISIT;
    return ordered || a.compareTo(b) < 0 ? a + "|" + b : b + "|" + a;
  }

  private Mention mention(InputArticle article, Sentence sentence, Interaction i, ResolvedDate date) {
    Participant source = i.source();
    Participant target = i.target();
    ActType type = i.type();
    if (!type.directed() && source.code().compareTo(target.code()) > 0) {
      Participant swap = source;
      source = target;
      target = swap;
    }
    String original = article.text().substring(sentence.originalStart(), sentence.originalEnd());
    return new Mention(article.id(), sentence.index(), sentence.originalStart(), sentence.originalEnd(),
        source.code(), target.code(), type, date, source.text(), target.text(),
        sentence.span(i.triggerHead(), i.triggerEnd()), original.replaceAll("\\s+", " ").trim());
  }
}
