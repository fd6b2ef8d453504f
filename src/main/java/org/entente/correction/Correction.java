package org.entente.correction;

import java.time.LocalDate;
import org.entente.table.TableException;

/**
 * One row of the corrections file, checked: {@code edit} is set for a {@code set} row, {@code addition} for an
 * {@code add} row.
 */
public record Correction(String file, int row, String target, Action action, Edit edit, Addition addition,
    String reason, String by, LocalDate date) {

  public enum Action { DROP, SET, ADD }

  /** {@code FILE: row N}, for messages. */
  public String where() { return file + ": row " + row; }

  /** A problem of this row's {@code column} found only when the correction is applied. */
  TableException error(String column, String problem) {
    return TableException.at(file, row, column, problem);
  }

  /** What the row does, in a few words, for the message about a target that is gone. */
  String describe() {
    return switch (action) {
      case DROP -> "drop";
      case SET -> "set " + edit.field() + " " + edit.value();
      case ADD -> "add " + addition.describe();
    };
  }
}
