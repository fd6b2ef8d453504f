package org.entente.table;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.columns.Column;

/** The Table Schema types the tables use; each maps to one Tablesaw column type. */
enum FieldType {
  STRING("string"),
  INTEGER("integer"),
  NUMBER("number"),
  BOOLEAN("boolean"),
  DATE("date");

  // Table Schema's lexical forms: Java's own parsers also take "+1", "1d", "0x1p3", "NaN" and "Infinity".
  private static final Pattern WHOLE = Pattern.compile("-?[0-9]+");
  private static final Pattern DECIMAL = Pattern.compile("-?[0-9]+(\\.[0-9]+)?([eE][-+]?[0-9]+)?");

  private final String schemaName;

  FieldType(String schemaName) {
    this.schemaName = schemaName;
  }

  /** The name in a Frictionless Table Schema field's {@code type}. */
  String schemaName() {
    return schemaName;
  }

  /** An empty Tablesaw column of this type, holding the values {@link #parse} returns. */
  Column<?> emptyColumn(String name) {
    return switch (this) {
      case STRING -> StringColumn.create(name);
      case INTEGER -> IntColumn.create(name);
      case NUMBER -> DoubleColumn.create(name);
      case BOOLEAN -> BooleanColumn.create(name);
      case DATE -> DateColumn.create(name);
    };
  }

  /**
   * The value of a non-empty cell: String, Integer, Double, Boolean or LocalDate.
   *
   * @throws IllegalArgumentException with the problem worded for the user
   */
  Object parse(String cell) {
    switch (this) {
      case STRING -> {
        return cell;
      }
      case INTEGER -> {
        if (WHOLE.matcher(cell).matches()) {
          try {
            return Integer.valueOf(cell);
          } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + cell + "' is too large a number");
          }
        }
        throw new IllegalArgumentException("'" + cell + "' is not a whole number");
      }
      case NUMBER -> {
        if (DECIMAL.matcher(cell).matches()) {
          return Double.valueOf(cell);
        }
        throw new IllegalArgumentException("'" + cell + "' is not a number");
      }
      case BOOLEAN -> {
        if (cell.equals("true") || cell.equals("false")) {
          return Boolean.valueOf(cell);
        }
        throw new IllegalArgumentException("'" + cell + "' is not true or false");
      }
      case DATE -> {
        try {
          return LocalDate.parse(cell);
        } catch (DateTimeParseException e) {
          throw new IllegalArgumentException("'" + cell + "' is not a date (YYYY-MM-DD)");
        }
      }
    }
    throw new IllegalStateException("unhandled type " + this);
  }
}
