package org.entente.table;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * One column of one dataset table (a Table Schema field): the single definition that the CSV writer,
 * datapackage.json and the readers of the dataset all use.
 *
 * @param example a typical value for datapackage.json, or "" for none (ids whose form other stages own)
 * @param articleText the cell carries text copied from an article, so a spreadsheet could take it for a
 *     formula; such cells are neutralised unless {@link WriteOptions#rawText()}
 * @param value the cell of a row; its class matches {@code type} (String, Integer, Double, Boolean,
 *     LocalDate), {@code null} when missing — the typed factories below are the only way to build one
 * @param afterContract a column Entente adds after DATASET.md's: always written, but a file from an earlier version may
 *     lack it, and is still read (the column is then absent)
 */
record Field<R>(
    String name,
    FieldType type,
    String description,
    String example,
    Constraints constraints,
    boolean articleText,
    Function<R, ?> value,
    boolean afterContract) {

  Field {
    Objects.requireNonNull(name);
    Objects.requireNonNull(type);
    Objects.requireNonNull(description);
    Objects.requireNonNull(example);
    Objects.requireNonNull(constraints);
    Objects.requireNonNull(value);
  }

  /** A code, id or label produced by Entente itself: written exactly as given. */
  static <R> Field<R> code(String name, String description, String example, Function<R, String> value) {
    return new Field<>(name, FieldType.STRING, description, example, Constraints.NONE, false, value, false);
  }

  /** Text copied from an article: neutralised for spreadsheets by default. */
  static <R> Field<R> text(String name, String description, String example, Function<R, String> value) {
    return new Field<>(name, FieldType.STRING, description, example, Constraints.NONE, true, value, false);
  }

  static <R> Field<R> integer(String name, String description, String example, Function<R, Integer> value) {
    return new Field<>(name, FieldType.INTEGER, description, example, Constraints.NONE, false, value, false);
  }

  static <R> Field<R> number(String name, String description, String example, Function<R, Double> value) {
    return new Field<>(name, FieldType.NUMBER, description, example, Constraints.NONE, false, value, false);
  }

  static <R> Field<R> bool(String name, String description, String example, Function<R, Boolean> value) {
    return new Field<>(name, FieldType.BOOLEAN, description, example, Constraints.NONE, false, value, false);
  }

  static <R> Field<R> date(String name, String description, String example, Function<R, LocalDate> value) {
    return new Field<>(name, FieldType.DATE, description, example, Constraints.NONE, false, value, false);
  }

  Field<R> required() {
    return with(constraints.withRequired());
  }

  /** Required and unique: a primary key. */
  Field<R> key() {
    return with(constraints.withRequired().withUnique());
  }

  Field<R> oneOf(List<String> values) {
    return with(constraints.withEnum(values));
  }

  /** A party code, checked against the pattern of the run's party dictionary. */
  Field<R> partyCode() {
    return with(constraints.withPartyCode());
  }

  /** A column after DATASET.md's (see {@code afterContract}). */
  Field<R> addedAfterContract() {
    return new Field<>(name, type, description, example, constraints, articleText, value, true);
  }

  /** What a reader of the written file expects of this column. */
  ColumnSchema column() {
    return new ColumnSchema(name, type, !afterContract, constraints);
  }

  private Field<R> with(Constraints c) {
    return new Field<>(name, type, description, example, c, articleText, value, afterContract);
  }
}
