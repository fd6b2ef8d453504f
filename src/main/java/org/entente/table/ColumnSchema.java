package org.entente.table;

import java.util.List;
import java.util.Objects;

/**
 * What a reader expects of one column.
 *
 * @param inHeader the header must name the column; if not, a file may lack it (a reader then sees no such
 *     column, not empty cells)
 * @param constraints checked on every cell read; a party-code pattern is not, since it depends on the
 *     dictionary of the run that wrote the file
 */
record ColumnSchema(String name, FieldType type, boolean inHeader, Constraints constraints) {

  ColumnSchema {
    Objects.requireNonNull(name);
    Objects.requireNonNull(type);
    Objects.requireNonNull(constraints);
  }

  static ColumnSchema text(String name) {
    return new ColumnSchema(name, FieldType.STRING, true, Constraints.NONE);
  }

  static ColumnSchema date(String name) {
    return new ColumnSchema(name, FieldType.DATE, true, Constraints.NONE);
  }

  static ColumnSchema integer(String name) {
    return new ColumnSchema(name, FieldType.INTEGER, true, Constraints.NONE);
  }

  static ColumnSchema number(String name) {
    return new ColumnSchema(name, FieldType.NUMBER, true, Constraints.NONE);
  }

  static ColumnSchema bool(String name) {
    return new ColumnSchema(name, FieldType.BOOLEAN, true, Constraints.NONE);
  }

  ColumnSchema optional() {
    return new ColumnSchema(name, type, false, constraints);
  }

  /** Every row must have a value. */
  ColumnSchema required() {
    return new ColumnSchema(name, type, inHeader, constraints.withRequired());
  }

  ColumnSchema oneOf(List<String> values) {
    return new ColumnSchema(name, type, inHeader, constraints.withEnum(values));
  }

  /**
   * The value of a cell, null for an empty one.
   *
   * @throws IllegalArgumentException with the problem worded for the user
   */
  Object value(String cell) {
    if (cell.isEmpty()) {
      if (constraints.required()) {
        throw new IllegalArgumentException("empty, but a value is required");
      }
      return null;
    }
    if (!constraints.enumValues().isEmpty() && !constraints.enumValues().contains(cell)) {
      throw new IllegalArgumentException("'" + cell + "' is not one of " + String.join(", ", constraints.enumValues()));
    }
    return type.parse(cell);
  }
}
