package org.entente.table;

/**
 * How {@link DatasetWriter} renders cells.
 *
 * @param rawText {@code true} writes article text exactly as coded, for tools that never evaluate formulas
 *     (R, pandas); {@code false} (the default, and the CLI's unless {@code --raw-text}) prefixes a
 *     {@code '} to article-text cells that a spreadsheet could take for a formula.
 */
public record WriteOptions(boolean rawText) {

  /** Spreadsheet-safe: what an analyst opening the files in Excel should get. */
  public static WriteOptions defaults() {
    return new WriteOptions(false);
  }
}
