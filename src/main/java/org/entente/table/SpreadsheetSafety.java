package org.entente.table;

/**
 * Neutralises cells that Excel, LibreOffice or Google Sheets would evaluate as a formula (CSV injection),
 * following OWASP's advice: a cell that starts with {@code = + - @}, a tab or a carriage return gets a
 * leading apostrophe, which makes spreadsheets show the rest as text.
 *
 * <p>A cell that already starts with an apostrophe gets one more, so the change is reversible without
 * ambiguity: removing one leading {@code '} from any cell that starts with one restores the original.
 */
final class SpreadsheetSafety {

  static final char PREFIX = '\'';

  private SpreadsheetSafety() {}

  static String neutralise(String cell) {
    if (cell == null || cell.isEmpty()) {
      return cell;
    }
    return switch (cell.charAt(0)) {
      case '=', '+', '-', '@', '\t', '\r', PREFIX -> PREFIX + cell;
      default -> cell;
    };
  }
}
