package org.entente.correction;

/** A problem with one cell of a corrections row, found while reading it. */
final class BadCell extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;
  final String column;

  BadCell(String column, String problem) {
    super(problem);
    this.column = column;
  }
}
