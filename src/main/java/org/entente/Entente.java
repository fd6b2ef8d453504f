package org.entente;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.entente.article.ContentHash;
import org.entente.article.InputArticle;
import org.entente.coding.CodedArticle;
import org.entente.coding.Coder;
import org.entente.coding.CoderResources;
import org.entente.dictionary.Dictionaries;
import org.entente.event.Dataset;
import org.entente.event.Event;
import org.entente.event.EventMerger;
import org.entente.event.LinkedMention;
import org.entente.party.Party;
import org.entente.table.DatasetWriter;
import org.entente.table.WriteOptions;

/**
 * The coder as a library: dictionaries in, articles in, mentions out; then events from the mentions. This is the
 * one entry point that {@code entente code} and the Spark job both use.
 *
 * <pre>{@code
 * Entente entente = Entente.load(Dictionaries.bundled());   // models and dictionaries: once per JVM
 * CodedArticle coded = entente.code(InputArticle.of("niamey-visit", text, LocalDate.of(2023, 12, 4)));
 * for (Mention m : coded.mentions()) {
 *   System.out.println(m.source() + " " + m.type().label() + " " + m.target() + " " + m.date().date());
 * }
 * Dataset dataset = entente.merge(List.of(coded));            // events, with the ids `entente code` writes
 * entente.write(dataset, Path.of("data"), WriteOptions.defaults());
 * }</pre>
 *
 * <p>Thread-safe: {@link #code} may be called from any number of threads at once (each thread gets its own
 * {@link Coder}, since OpenNLP's tools are not thread-safe; the models and dictionaries are shared and immutable).
 * An instance holds no mutable state that depends on what was coded, so the same article always gives the same
 * mentions, whatever was coded before and on whatever thread. Loading takes a second or two and most of the
 * memory; make one instance and share it.
 */
public final class Entente {
  private final CoderResources resources;
  private final ThreadLocal<Coder> coders;
  private final EventMerger merger;

  private Entente(CoderResources resources) {
    this.resources = resources;
    this.coders = ThreadLocal.withInitial(() -> new Coder(resources));
    this.merger = new EventMerger(resources::partyName);
  }

  /**
   * Loads the OpenNLP models and the dictionaries: the bundled ones plus the rows of {@code dictionaries}' extra
   * folder, if any.
   *
   * @throws org.entente.table.TableException if a dictionary file is malformed (naming the file, row and column)
   */
  public static Entente load(Dictionaries dictionaries) {
    return new Entente(CoderResources.load(Objects.requireNonNull(dictionaries, "dictionaries")));
  }

  /** The bundled dictionaries only. */
  public static Entente load() { return load(Dictionaries.bundled()); }

  /**
   * Codes one article: its row of articles.csv (with its content hash, as {@code entente code} writes it) and its
   * mentions in sentence order, each with the sentence, the parties, the act and its date. An unreadable article
   * ({@code text == null}) gets its row and no mentions.
   */
  public CodedArticle code(InputArticle article) {
    CodedArticle coded = coders.get().code(Objects.requireNonNull(article, "article"));
    return new CodedArticle(coded.summary().withContentHash(ContentHash.of(article)), coded.mentions());
  }

  /**
   * Merges the mentions of coded articles into events and gives every mention its id and event: the dataset
   * {@code entente code} writes for these articles.
   *
   * @param articles coded articles in input order (the order decides ties, such as which sentence is evidence)
   */
  public Dataset merge(List<CodedArticle> articles) { return merger.merge(articles); }

  /**
   * The merge of one kind (type, source, target) alone, for a merge spread over many machines: partition the
   * mentions by kind, run this per group, and the events are those of {@link #merge}, ids included.
   *
   * @param mentions mentions of one kind, with their ids ({@link #identify}), in input order
   * @param published the publication dates of their articles ({@code ArticleSummary.published()}) by article id
   */
  public EventMerger.KindMerge mergeKind(List<LinkedMention> mentions, Map<String, LocalDate> published) {
    return merger.mergeKind(mentions, published);
  }

  /** The mentions of coded articles with their ids ({@code <article>-s<sentence>-m<n>}), in input order. */
  public static List<LinkedMention> identify(List<CodedArticle> articles) {
    return EventMerger.identify(articles);
  }

  /** Writes articles.csv, mentions.csv, events.csv and datapackage.json into {@code dataDir}, as {@code entente code} does. */
  public void write(Dataset dataset, Path dataDir, WriteOptions options) {
    new DatasetWriter(options, resources.allParties()).write(dataset, dataDir);
  }

  /** The order of events.csv (date, unknown last; source; target; category; subtype; id). */
  public static java.util.Comparator<Event> eventOrder() { return EventMerger.order(); }

  /** The parties of the loaded dictionaries, in dictionary order: the codes a dataset may hold. */
  public List<Party> parties() { return resources.allParties(); }

  /** Party code → the name tables show ("NER" → "Niger"). */
  public String partyName(String code) { return resources.partyName(code); }

  /** The loaded models and dictionaries, for code that builds its own pipeline around them. */
  public CoderResources resources() { return resources; }
}
