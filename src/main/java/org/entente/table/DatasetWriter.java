package org.entente.table;

import java.nio.file.Path;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.entente.event.Dataset;
import org.entente.party.Party;

/**
 * Writes a {@link Dataset} as {@code articles.csv}, {@code mentions.csv}, {@code events.csv} and {@code
 * datapackage.json} (see DATASET.md and docs/CODEBOOK.md).
 *
 * <p>All four files are checked and rendered in memory first, then written to temporary files and moved
 * into place together: after a failure the directory holds the files it held before, and no temporary file.
 * The same dataset always gives byte-identical files.
 */
public final class DatasetWriter {

  private final WriteOptions options;
  private final PartyCodes parties;
  private final StagedWrite staging;

  /**
   * @param parties the party dictionary of the run (bundled plus {@code --dictionary}), in dictionary order: the
   *     codes the tables may hold and the pattern datapackage.json states for them
   */
  public DatasetWriter(WriteOptions options, Collection<Party> parties) {
    this(options, parties, StagedWrite.RENAME);
  }

  DatasetWriter(WriteOptions options, Collection<Party> parties, StagedWrite.Mover mover) {
    this.options = Objects.requireNonNull(options, "options");
    this.parties = PartyCodes.of(Objects.requireNonNull(parties, "parties"));
    this.staging = new StagedWrite(mover);
  }

  /**
   * Writes the four files into {@code dataDir}, creating it if missing and replacing files of the same
   * names.
   *
   * @throws TableException if a row breaks the contract (a required value missing, a value outside its
   *     vocabulary, a duplicate id, a reference to an unknown article or event) or a file cannot be written;
   *     the existing files are then left as they were
   */
  public void write(Dataset dataset, Path dataDir) {
    Objects.requireNonNull(dataDir, "dataDir");
    commit(dataDir, render(dataset), Map.of(), Set.of());
  }

  /**
   * The four files of {@code dataset}, checked and rendered, by file name in commit order (datapackage.json last).
   *
   * @throws TableException as {@link #write} does
   */
  public Map<String, byte[]> render(Dataset dataset) {
    Objects.requireNonNull(dataset, "dataset");
    var articles = new RecordTable<>(Tables.ARTICLES, orEmpty(dataset.articles()));
    var mentions = new RecordTable<>(Tables.MENTIONS, orEmpty(dataset.mentions()));
    var events = new RecordTable<>(Tables.EVENTS, orEmpty(dataset.events()));
    List<RecordTable<?>> tables = List.of(articles, mentions, events);

    tables.forEach(t -> t.check(parties));
    checkForeignKeys(tables);

    Map<String, byte[]> files = new LinkedHashMap<>();
    for (RecordTable<?> table : tables) {
      files.put(table.spec().fileName(), table.toCsv(options));
    }
    // Last, so that a reader polling for datapackage.json finds the CSVs it describes already in place.
    files.put(DataPackage.FILE_NAME, DataPackage.toJson(DataPackage.descriptor(
        tables.stream().<TableSpec<?>>map(RecordTable::spec).toList(), parties)));
    return files;
  }

  /**
   * Replaces the files of {@code dataset} ({@link #render}) and {@code extra} ones (a change log, the coder's
   * state) in {@code dataDir} all together, datapackage.json last, then deletes the {@code stale} files the new
   * ones make out of date. After a failure the folder holds what it held before.
   */
  public void commit(Path dataDir, Map<String, byte[]> dataset, Map<String, byte[]> extra, Set<String> stale) {
    Map<String, byte[]> files = new LinkedHashMap<>();
    dataset.forEach((name, bytes) -> {
      if (!name.equals(DataPackage.FILE_NAME)) {
        files.put(name, bytes);
      }
    });
    files.putAll(extra);
    files.put(DataPackage.FILE_NAME, dataset.get(DataPackage.FILE_NAME));
    staging.write(dataDir, files, stale);
  }

  /**
   * The same files written row by row, for a dataset too large to hold in memory: see {@link DatasetStream}.
   * Nothing in {@code dataDir} changes until {@link DatasetStream#finish}.
   */
  public DatasetStream open(Path dataDir) {
    return open(dataDir, 1);
  }

  /** As {@link #open(Path)}, rendering the mentions on {@code threads} threads: the same bytes, sooner. */
  public DatasetStream open(Path dataDir, int threads) {
    return new DatasetStream(options, parties, staging, Objects.requireNonNull(dataDir, "dataDir"), threads);
  }

  private static void checkForeignKeys(List<RecordTable<?>> tables) {
    for (RecordTable<?> table : tables) {
      for (ForeignKey fk : table.spec().foreignKeys()) {
        RecordTable<?> referenced = tables.stream()
            .filter(t -> t.spec().name().equals(fk.resource()))
            .findFirst()
            .orElseThrow(() -> new IllegalStateException("no table " + fk.resource()));
        Set<Object> known = new HashSet<>(referenced.values(fk.referencedField()));
        List<Object> keys = table.values(table.spec().primaryKey());
        List<Object> refs = table.values(fk.field());
        for (int i = 0; i < refs.size(); i++) {
          Object ref = refs.get(i);
          if (ref != null && !"".equals(ref) && !known.contains(ref)) {
            throw table.error(i, keys.get(i), fk.field(),
                "'" + ref + "' is not an " + fk.referencedField() + " of " + referenced.spec().fileName());
          }
        }
      }
    }
  }

  private static <T> List<T> orEmpty(List<T> rows) {
    return rows == null ? List.of() : rows;
  }
}
