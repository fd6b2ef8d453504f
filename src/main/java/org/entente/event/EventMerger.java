package org.entente.event;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;
import org.entente.article.ArticleSummary;
import org.entente.coding.CodedArticle;
import org.entente.coding.Mention;
import org.entente.date.DatePrecision;

/**
 * Turns coded articles into the dataset: every mention gets its id and the id of the event it belongs to.
 *
 * <p>Mentions of one kind (type and parties) are one event when their dates are compatible (DATASET.md):
 * equal days; a month holding a day joins that day's event (a year likewise its months and days, the earliest
 * when several); a {@code reported} mention joins the dated event of its kind nearest in time among those
 * reported or dated on or before its own publication day (with none, the undated report of its kind from the
 * previous {@value #REPORTED_WINDOW_DAYS} days, if any); an {@code unknown} one joins the only event of its
 * kind, if there is exactly one. The result depends only on the mentions and the input order, never on how
 * they were coded.
 */
public final class EventMerger {
  private static final Comparator<Event> EVENT_ORDER = Comparator
      .comparing(Event::date, Comparator.nullsLast(Comparator.naturalOrder()))
      .thenComparing(Event::source)
      .thenComparing(Event::target)
      .thenComparing(e -> e.type().category())
      .thenComparing(e -> e.type().subtype())
      .thenComparing(Event::eventId);

  /** How long an undated act keeps being taken for the one reported before (see {@code recentReport}). */
  static final int REPORTED_WINDOW_DAYS = 30;

  private final Function<String, String> partyName;

  /** @param partyName party code → the name tables show, e.g. {@code CoderResources::partyName} */
  public EventMerger(Function<String, String> partyName) {
    this.partyName = Objects.requireNonNull(partyName, "partyName");
  }

  /** @param articles coded articles in input order */
  public Dataset merge(List<CodedArticle> articles) {
    return merge(articles.stream().map(CodedArticle::summary).toList(), identify(articles));
  }

  /**
   * Merges mentions that already have their ids (the coder's, and an analyst's added ones), in input order; their
   * {@code eventId}s are ignored and set.
   */
  public Dataset merge(List<ArticleSummary> articles, List<LinkedMention> identified) {
    Map<String, LocalDate> published = new HashMap<>();
    for (ArticleSummary s : articles) {
      if (s.published() != null) published.putIfAbsent(s.articleId(), s.published());
    }
    List<Mention> mentions = identified.stream().map(LinkedMention::mention).toList();

    Map<EventKind, List<Integer>> byKind = new LinkedHashMap<>();
    for (int i = 0; i < mentions.size(); i++) {
      byKind.computeIfAbsent(EventKind.of(mentions.get(i)), k -> new ArrayList<>()).add(i);
    }
    String[] eventOf = new String[mentions.size()];
    List<Event> events = new ArrayList<>();
    for (List<Integer> kind : byKind.values()) {
      KindMerge merged = mergeKind(kind.stream().map(identified::get).toList(), published);
      for (int k = 0; k < kind.size(); k++) eventOf[kind.get(k)] = merged.eventIds().get(k);
      events.addAll(merged.events());
    }
    events.sort(EVENT_ORDER);

    List<LinkedMention> linked = new ArrayList<>(identified.size());
    for (int i = 0; i < identified.size(); i++) linked.add(identified.get(i).withEventId(eventOf[i]));
    return new Dataset(List.copyOf(articles), List.copyOf(linked), List.copyOf(events));
  }

  /**
   * The events of one kind and the event of each of its mentions: what {@link #merge} does for every kind, and what
   * a distributed merge runs once per group after partitioning the mentions by their kind (type, source, target).
   * Kinds never share an event, so merging them apart gives the same events, ids included, as merging all at once.
   *
   * @param identified mentions all of one kind (the same type, source and target), with their ids, in input order
   * @param published publication dates by article id, for (at least) the articles of these mentions
   * @return the kind's events, unsorted, and {@code eventIds.get(k)}, the event of {@code identified.get(k)}
   * @throws IllegalArgumentException if the mentions are not all of one kind
   */
  public KindMerge mergeKind(List<LinkedMention> identified, Map<String, LocalDate> published) {
    if (identified.isEmpty()) return new KindMerge(List.of(), List.of());
    List<Mention> mentions = identified.stream().map(LinkedMention::mention).toList();
    EventKind kind = EventKind.of(mentions.get(0));
    List<Integer> all = new ArrayList<>(mentions.size());
    for (int i = 0; i < mentions.size(); i++) {
      if (!EventKind.of(mentions.get(i)).equals(kind)) {
        throw new IllegalArgumentException("mentions of two kinds: " + kind + " and " + EventKind.of(mentions.get(i)));
      }
      all.add(i);
    }
    String[] eventOf = new String[mentions.size()];
    List<Event> events = new ArrayList<>();
    for (Cluster c : new KindClusters(mentions, published).cluster(all)) {
      Event e = toEvent(kind, c, identified, published);
      c.members.forEach(i -> eventOf[i] = e.eventId());
      events.add(e);
    }
    return new KindMerge(List.copyOf(events), List.of(eventOf));
  }

  /** The result of {@link #mergeKind}: the events of one kind, and the event id of each mention in input order. */
  public record KindMerge(List<Event> events, List<String> eventIds) {}

  /** The order of events.csv: date (unknown last), source, target, category, subtype, id. */
  public static Comparator<Event> order() { return EVENT_ORDER; }

  /** Mention ids, in input order: n counts the mentions of one sentence. */
  public static List<LinkedMention> identify(List<CodedArticle> articles) {
    List<LinkedMention> out = new ArrayList<>();
    for (CodedArticle a : articles) {
      Map<Integer, Integer> perSentence = new HashMap<>();
      for (Mention m : a.mentions()) {
        int n = perSentence.merge(m.sentence(), 1, Integer::sum);
        out.add(new LinkedMention(EventIds.mentionId(m, n), null, m));
      }
    }
    return out;
  }

  /** The mention an event is named after: reported first, the coder's before an analyst's (see EventIds). */
  private static Comparator<LinkedMention> anchorOrder(Map<String, LocalDate> published) {
    return Comparator.comparing((LinkedMention m) -> m.codedBy() == CodedBy.ANALYST)
        .thenComparing(m -> published.get(m.mention().articleId()), Comparator.nullsLast(Comparator.naturalOrder()))
        .thenComparing(LinkedMention::mentionId);
  }

  private Event toEvent(EventKind kind, Cluster c, List<LinkedMention> identified, Map<String, LocalDate> published) {
    c.members.sort(Comparator.naturalOrder());
    List<Mention> ms = c.members.stream().map(i -> identified.get(i).mention()).toList();
    List<String> articleIds = List.copyOf(new LinkedHashSet<>(ms.stream().map(Mention::articleId).toList()));
    LocalDate firstReported = articleIds.stream().map(published::get).filter(Objects::nonNull)
        .min(Comparator.naturalOrder()).orElse(null);
    Mention evidence = ms.stream().min(Evidence.CLEAREST).orElseThrow();
    LinkedMention anchor = c.members.stream().map(identified::get).min(anchorOrder(published)).orElseThrow();
    boolean analyst = c.members.stream().anyMatch(i -> identified.get(i).codedBy() == CodedBy.ANALYST);
    return new Event(EventIds.eventId(anchor.mentionId()), c.date, c.precision,
        kind.source(), partyName.apply(kind.source()), kind.target(), partyName.apply(kind.target()),
        kind.type(), ms.size(), articleIds, firstReported, evidence.text(), evidence.articleId(),
        analyst ? CodedBy.ANALYST : CodedBy.CODER);
  }

  /** The mentions of one event while it is being gathered; its date is its most precise mention's. */
  private static final class Cluster {
    final LocalDate date;
    final DatePrecision precision;
    final List<Integer> members = new ArrayList<>();
    LocalDate firstReported;

    Cluster(LocalDate date, DatePrecision precision) {
      this.date = date;
      this.precision = precision;
    }
  }

  /** Gathers the mentions of one kind into clusters, most precise dates first. */
  private static final class KindClusters {
    private final List<Mention> mentions;
    private final Map<String, LocalDate> published;
    private final NavigableMap<LocalDate, Cluster> days = new TreeMap<>();
    private final NavigableMap<LocalDate, Cluster> months = new TreeMap<>();
    private final NavigableMap<LocalDate, Cluster> years = new TreeMap<>();
    private final NavigableMap<LocalDate, Cluster> reported = new TreeMap<>();

    KindClusters(List<Mention> mentions, Map<String, LocalDate> published) {
      this.mentions = mentions;
      this.published = published;
    }

    List<Cluster> cluster(List<Integer> indices) {
      Map<DatePrecision, List<Integer>> byPrecision = new HashMap<>();
      for (int i : indices) {
        byPrecision.computeIfAbsent(mentions.get(i).date().precision(), p -> new ArrayList<>()).add(i);
      }
      for (int i : of(byPrecision, DatePrecision.DAY)) {
        days.computeIfAbsent(date(i), d -> new Cluster(d, DatePrecision.DAY)).members.add(i);
      }
      for (int i : of(byPrecision, DatePrecision.MONTH)) {
        Cluster c = earliestWithin(i, days);
        if (c == null) c = months.computeIfAbsent(date(i), d -> new Cluster(d, DatePrecision.MONTH));
        c.members.add(i);
      }
      for (int i : of(byPrecision, DatePrecision.YEAR)) {
        Cluster c = earliestWithin(i, days);
        Cluster m = earliestWithin(i, months);
        if (c == null || m != null && m.date.isBefore(c.date)) c = m;
        if (c == null) c = years.computeIfAbsent(date(i), d -> new Cluster(d, DatePrecision.YEAR));
        c.members.add(i);
      }
      List<Cluster> dated = new ArrayList<>();
      dated.addAll(days.values());
      dated.addAll(months.values());
      dated.addAll(years.values());
      for (Cluster c : dated) {
        c.firstReported = c.members.stream().map(i -> published.get(mentions.get(i).articleId()))
            .filter(Objects::nonNull).min(Comparator.naturalOrder()).orElse(null);
      }
      // In publication order, so that an undated act joins the earliest report of it whatever the input order.
      List<Integer> undated = new ArrayList<>(of(byPrecision, DatePrecision.REPORTED));
      undated.sort(Comparator.comparing(this::publication).thenComparing(Comparator.naturalOrder()));
      for (int i : undated) {
        LocalDate pub = publication(i);
        Cluster c = nearestReportedBy(pub, dated);
        if (c == null) c = recentReport(pub);
        if (c == null) c = reported.computeIfAbsent(pub, d -> new Cluster(d, DatePrecision.REPORTED));
        c.members.add(i);
      }
      List<Cluster> all = new ArrayList<>(dated);
      all.addAll(reported.values());
      List<Integer> unknown = of(byPrecision, DatePrecision.UNKNOWN);
      if (!unknown.isEmpty()) {
        Cluster c = all.size() == 1 ? all.get(0) : null;
        if (c == null) {
          c = new Cluster(null, DatePrecision.UNKNOWN);
          all.add(c);
        }
        c.members.addAll(unknown);
      }
      return all;
    }

    private static List<Integer> of(Map<DatePrecision, List<Integer>> byPrecision, DatePrecision p) {
      return byPrecision.getOrDefault(p, List.of());
    }

    private LocalDate date(int i) { return mentions.get(i).date().date(); }

    private LocalDate publication(int i) { return published.getOrDefault(mentions.get(i).articleId(), date(i)); }

    /**
     * With no dated event to join, an undated mention joins an undated report of the same kind from the weeks
     * before: news keeps repeating a recent act without its date. Beyond that window it is taken as a new act.
     */
    private Cluster recentReport(LocalDate pub) {
      var earlier = reported.floorEntry(pub);
      return earlier != null && !earlier.getKey().isBefore(pub.minusDays(REPORTED_WINDOW_DAYS))
          ? earlier.getValue() : null;
    }

    /** The earliest cluster dated inside mention i's period. */
    private Cluster earliestWithin(int i, NavigableMap<LocalDate, Cluster> clusters) {
      var within = clusters.subMap(date(i), true, mentions.get(i).date().end(), true);
      return within.isEmpty() ? null : within.firstEntry().getValue();
    }

    /**
     * The dated cluster nearest in time among those that could be what a report published on {@code pub}
     * tells of: reported on or before that day, or dated on or before it (an act is reported after it happens,
     * so "last month's pact" told in January and the pact reported undated in December are one act).
     */
    private static Cluster nearestReportedBy(LocalDate pub, List<Cluster> dated) {
      return dated.stream()
          .filter(c -> c.firstReported != null && !c.firstReported.isAfter(pub) || !c.date.isAfter(pub))
          .min(Comparator.comparingLong((Cluster c) -> Math.abs(ChronoUnit.DAYS.between(c.date, pub)))
              .thenComparing(c -> c.precision)
              .thenComparing(c -> c.date))
          .orElse(null);
    }
  }
}
