package org.entente.correction;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.entente.article.ArticleSummary;
import org.entente.coding.Mention;
import org.entente.date.ResolvedDate;
import org.entente.event.CodedBy;
import org.entente.event.Dataset;
import org.entente.event.Event;
import org.entente.event.EventIds;
import org.entente.event.EventMerger;
import org.entente.event.LinkedMention;

/**
 * Applies the analyst's corrections to what the coder made, the same way on every run, so that they survive
 * re-coding and updates (docs/CODEBOOK.md section 13):
 *
 * <ol>
 *   <li>{@code add} rows, in file order, add their mentions ({@code <article>-s<sentence>-a<n>}, n counting the
 *       add rows of that sentence), placed after the coder's mentions of the same sentence;
 *   <li>every {@code drop} and {@code set} row, in file order, applies to the dataset as the rows before it left it
 *       (merged again when an event is named after a change): a mention is found by its id, an event by its id or,
 *       when re-merging renamed it, as the event that holds the mention its id was made from ({@link EventIds});
 *       a dropped mention is removed, a set one changed (for an event: all its mentions);
 *   <li>everything is merged again.
 * </ol>
 *
 * A row whose target no longer exists (its article was removed or rewritten) is reported, never ignored in
 * silence.
 */
public final class CorrectionApplier {

  /** The corrected dataset, how many rows took effect, and a line for each row that did not. */
  public record Result(Dataset dataset, int applied, List<String> notApplied) {}

  private final EventMerger merger;

  public CorrectionApplier(EventMerger merger) {
    this.merger = merger;
  }

  /**
   * @param articles in dataset order
   * @param coded the coder's mentions with their ids, in dataset order
   * @throws org.entente.table.TableException naming the corrections row, when a correction does not fit its
   *     target (a precision finer than the date, a party acting on itself)
   */
  public Result apply(List<ArticleSummary> articles, List<LinkedMention> coded, List<Correction> corrections,
      SentenceLocator locator) {
    Dataset byCoder = merger.merge(articles, coded);
    if (corrections.isEmpty()) return new Result(byCoder, 0, List.of());

    Map<String, ArticleSummary> byId = new HashMap<>();
    Map<String, Integer> position = new HashMap<>();
    for (int i = 0; i < articles.size(); i++) {
      byId.put(articles.get(i).articleId(), articles.get(i));
      position.put(articles.get(i).articleId(), i);
    }
    List<String> notApplied = new ArrayList<>();
    int applied = 0;

    // 1. Added mentions.
    List<LinkedMention> all = new ArrayList<>(coded);
    Map<String, Integer> addsPerSentence = new HashMap<>();
    for (Correction c : corrections) {
      if (c.action() != Correction.Action.ADD) continue;
      ArticleSummary article = byId.get(c.target());
      if (article == null) {
        notApplied.add(c.where() + ": article " + c.target() + " is not in the dataset; not applied ("
            + c.describe() + ")");
        continue;
      }
      Addition a = c.addition();
      Located at = locator.locate(c, c.target(), a.quote());
      if (at == null) {
        notApplied.add(c.where() + ": no sentence of article " + c.target() + " holds '" + a.quote()
            + "'; not applied (" + c.describe() + ")");
        continue;
      }
      String sentence = c.target() + "-s" + at.sentence();
      int n = addsPerSentence.merge(sentence, 1, Integer::sum);
      ResolvedDate date = a.date() != null ? a.date() : ResolvedDate.reported(article.published());
      all.add(new LinkedMention(sentence + "-a" + n, null, Mentions.added(c.target(), at, a, date),
          CodedBy.ANALYST));
      applied++;
    }
    all.sort(Comparator.comparing((LinkedMention m) -> position.get(m.mention().articleId()))
        .thenComparingInt(m -> m.mention().sentence())
        .thenComparing(m -> m.codedBy() == CodedBy.ANALYST));
    Dataset withAdded = all.size() == coded.size() ? byCoder : merger.merge(articles, all);

    // 2. Drops and edits, in file order, each finding its target in the dataset as the rows before it left it.
    List<LinkedMention> linked = withAdded.mentions();
    Map<String, Integer> mentionIndex = new HashMap<>();
    Map<String, String> anchorOf = new HashMap<>(); // an event id → the mention id it is the hash of
    for (int i = 0; i < linked.size(); i++) {
      mentionIndex.put(linked.get(i).mentionId(), i);
      anchorOf.put(EventIds.eventId(linked.get(i).mentionId()), linked.get(i).mentionId());
    }
    Mention[] mention = linked.stream().map(LinkedMention::mention).toArray(Mention[]::new);
    boolean[] dropped = new boolean[mention.length];
    Correction[] editedBy = new Correction[mention.length];
    Events view = new Events(withAdded, mentionIndex);
    boolean changed = false;
    for (Correction c : corrections) {
      if (c.action() == Correction.Action.ADD) continue;
      Integer one = mentionIndex.get(c.target());
      List<Integer> targets;
      if (one != null) {
        targets = dropped[one] ? null : List.of(one);
      } else {
        if (changed) {
          view = new Events(merger.merge(articles, current(linked, mention, dropped, editedBy)), mentionIndex);
          changed = false;
        }
        targets = view.members(c.target(), anchorOf, mentionIndex, dropped);
      }
      if (targets == null) {
        notApplied.add(c.where() + ": target " + c.target() + " no longer exists; not applied (" + c.describe()
            + ")");
        continue;
      }
      applied++;
      changed = true;
      for (int i : targets) {
        if (c.action() == Correction.Action.DROP) {
          dropped[i] = true;
          continue;
        }
        LocalDate published = byId.get(mention[i].articleId()).published();
        try {
          mention[i] = c.edit().apply(mention[i], published);
        } catch (IllegalArgumentException e) {
          throw c.error("value", e.getMessage() + " (mention " + linked.get(i).mentionId() + ")");
        }
        editedBy[i] = c;
      }
    }

    for (int i = 0; i < mention.length; i++) {
      if (editedBy[i] != null && !dropped[i] && mention[i].source().equals(mention[i].target())) {
        throw editedBy[i].error("value", "mention " + linked.get(i).mentionId() + " would have "
            + mention[i].source() + " act on itself");
      }
    }
    List<LinkedMention> corrected = current(linked, mention, dropped, editedBy);
    Map<String, Integer> perArticle = new HashMap<>();
    corrected.forEach(m -> perArticle.merge(m.mention().articleId(), 1, Integer::sum));
    List<ArticleSummary> counted = articles.stream()
        .map(a -> a.mentions() == perArticle.getOrDefault(a.articleId(), 0) ? a
            : a.withMentions(perArticle.getOrDefault(a.articleId(), 0)))
        .toList();
    Dataset merged = merger.merge(counted, corrected);
    return new Result(markChangedEvents(merged, byCoder), applied, List.copyOf(notApplied));
  }

  /** The mentions as the rows so far left them: dropped ones out, edited ones the analyst's. */
  private static List<LinkedMention> current(List<LinkedMention> linked, Mention[] mention, boolean[] dropped,
      Correction[] editedBy) {
    List<LinkedMention> out = new ArrayList<>(mention.length);
    for (int i = 0; i < mention.length; i++) {
      if (dropped[i]) continue;
      boolean edited = editedBy[i] != null;
      out.add(new LinkedMention(linked.get(i).mentionId(), null, edited ? Mentions.ordered(mention[i]) : mention[i],
          edited ? CodedBy.ANALYST : linked.get(i).codedBy()));
    }
    return out;
  }

  /** The events of one state of the dataset, as the mentions (by index) each holds. */
  private static final class Events {
    private final Map<String, List<Integer>> members = new HashMap<>();
    private final Map<Integer, String> eventOf = new HashMap<>();

    Events(Dataset d, Map<String, Integer> mentionIndex) {
      for (LinkedMention m : d.mentions()) {
        int i = mentionIndex.get(m.mentionId());
        members.computeIfAbsent(m.eventId(), k -> new ArrayList<>()).add(i);
        eventOf.put(i, m.eventId());
      }
    }

    /**
     * The mentions of the event {@code target} names: the event of that id, or else the event that holds the
     * mention the id was made from; null when neither exists.
     */
    List<Integer> members(String target, Map<String, String> anchorOf, Map<String, Integer> mentionIndex,
        boolean[] dropped) {
      if (members.containsKey(target)) return members.get(target);
      String anchor = anchorOf.get(target);
      if (anchor == null || dropped[mentionIndex.get(anchor)]) return null;
      return members.get(eventOf.get(mentionIndex.get(anchor)));
    }
  }

  /** An event is the coder's only if the coder alone made exactly it: the same id and the same mentions. */
  private static Dataset markChangedEvents(Dataset corrected, Dataset byCoder) {
    Map<String, Set<String>> coderMembers = members(byCoder);
    Map<String, Set<String>> members = members(corrected);
    Map<String, Boolean> analystMention = new LinkedHashMap<>();
    for (LinkedMention m : corrected.mentions()) {
      analystMention.merge(m.eventId(), m.codedBy() == CodedBy.ANALYST, Boolean::logicalOr);
    }
    List<Event> events = corrected.events().stream()
        .map(e -> !analystMention.getOrDefault(e.eventId(), false)
            && members.get(e.eventId()).equals(coderMembers.get(e.eventId())) ? e : e.withCodedBy(CodedBy.ANALYST))
        .toList();
    return new Dataset(corrected.articles(), corrected.mentions(), events);
  }

  private static Map<String, Set<String>> members(Dataset d) {
    Map<String, Set<String>> out = new HashMap<>();
    for (LinkedMention m : d.mentions()) out.computeIfAbsent(m.eventId(), k -> new HashSet<>()).add(m.mentionId());
    return out;
  }
}
