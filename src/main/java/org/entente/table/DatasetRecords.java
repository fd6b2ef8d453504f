package org.entente.table;

import java.util.List;
import org.entente.article.ArticleSummary;
import org.entente.event.Event;
import org.entente.event.LinkedMention;

/**
 * The dataset's three tables as typed rows, for writers other than {@link DatasetWriter} (the Spark job writes
 * Parquet and CSV with Spark's own writers): the columns of DATASET.md in CSV order, and each record's values as
 * DatasetWriter renders them, from the one list of columns in {@link Tables}. A value is a {@code String},
 * {@code Integer}, {@code Double}, {@code Boolean} or {@code java.time.LocalDate}, or null when missing; article
 * text is neutralised for spreadsheets unless {@link WriteOptions#rawText()}, and Goldstein weights have one
 * decimal.
 */
public final class DatasetRecords {

  /**
   * One column.
   *
   * @param type its Table Schema type: {@code string}, {@code integer}, {@code number}, {@code boolean} or
   *     {@code date}
   */
  public record Column(String name, String type, boolean required) {}

  private DatasetRecords() {}

  public static List<Column> articleColumns() { return columns(Tables.ARTICLES); }

  public static List<Column> mentionColumns() { return columns(Tables.MENTIONS); }

  public static List<Column> eventColumns() { return columns(Tables.EVENTS); }

  public static Object[] row(ArticleSummary article, WriteOptions options) {
    return row(Tables.ARTICLES, article, options);
  }

  public static Object[] row(LinkedMention mention, WriteOptions options) {
    return row(Tables.MENTIONS, mention, options);
  }

  public static Object[] row(Event event, WriteOptions options) {
    return row(Tables.EVENTS, event, options);
  }

  private static List<Column> columns(TableSpec<?> spec) {
    return spec.columns().stream()
        .map(f -> new Column(f.name(), f.type().schemaName(), f.constraints().required()))
        .toList();
  }

  private static <R> Object[] row(TableSpec<R> spec, R record, WriteOptions options) {
    List<Field<R>> fields = spec.columns();
    Object[] values = new Object[fields.size()];
    for (int i = 0; i < values.length; i++) {
      Field<R> f = fields.get(i);
      Object v = f.value().apply(record);
      if (v instanceof String s && f.articleText() && !options.rawText()) v = SpreadsheetSafety.neutralise(s);
      if (v instanceof Double d) v = RecordTable.oneDecimal(d);
      values[i] = v;
    }
    return values;
  }
}
