package org.entente.table;

/** How the text of a CSV file is split into records and cells. */
enum Dialect {
  /**
   * What Entente writes (DATASET.md): RFC 4180, quotes doubled, cells exactly as written. On reading, a BOM and
   * CRLF line ends are tolerated, since a spreadsheet that saved the file may have added them.
   */
  CONTRACT,
  /**
   * Files people edit by hand (dictionaries, the manifest, key dates): RFC 4180 as in {@link #CONTRACT}, but a
   * line starting with {@code #} is a comment, cells are trimmed, rows with every cell empty are skipped and a
   * row shorter than the header has empty cells at its end.
   */
  EDITED,
  /**
   * Python's csv module (the excel dialect, a file opened with {@code newline=''}), as score.py reads: see
   * {@link PyCsv}. A BOM stays part of the first column's name, as Python keeps it, and cells are never trimmed;
   * cells past the header are ignored and, as csv.DictReader does, a repeated column name means its last column.
   */
  PYTHON
}
