package org.entente.brief;

import java.time.LocalDate;
import java.util.List;

/**
 * One row of the key-events table: an event with the focus, as events.csv gives it, and the articles that report it.
 *
 * @param date null when the date is unknown
 * @param precision day, month, year, reported or unknown
 * @param directed false for a mutual act (the two parties in alphabetical order)
 * @param evidence the clearest sentence, as the article writes it (a spreadsheet guard removed)
 * @param sources the articles that report it, first published first
 */
record KeyEvent(String eventId, LocalDate date, String precision, String source, String sourceName, String target,
    String targetName, boolean directed, String category, String subtype, double goldstein, int mentions,
    int articles, String evidence, String evidenceArticle, List<Source> sources) {

  KeyEvent {
    sources = List.copyOf(sources);
  }

  /** "Niger → France" for a directed act, "Niger – Russia" for a mutual one. */
  String parties() {
    return name(sourceName, source) + (directed ? " \u2192 " : " \u2013 ") + name(targetName, target);
  }

  /** "expulsion / diplomat". */
  String act() {
    return category + " / " + subtype;
  }

  /** "4 Dec 2023", "Dec 2023", "2023", or "date unknown"; a reported act's date is the day it was reported. */
  String when() {
    return Dates.of(date, precision.equals("reported") ? "day" : precision);
  }

  /** How far the date can be trusted, in words: "to the day", "month only", "year only", "date of report". */
  String precisionText() {
    return switch (precision) {
      case "day" -> "to the day";
      case "month" -> "month only";
      case "year" -> "year only";
      case "reported" -> "date of report";
      default -> "";
    };
  }

  private static String name(String name, String code) {
    return name == null || name.isBlank() ? code : name;
  }

  /**
   * One article that reports the event.
   *
   * @param link the address to link to, only when the manifest's URL is an http or https address
   * @param url the manifest's URL as written (shown as text when it is no web address)
   */
  record Source(String articleId, String title, String outlet, LocalDate published, String url, String link) {

    /** What a reader sees: the title, else the outlet, else the article id. */
    String label() {
      if (!title.isBlank()) return title;
      if (!outlet.isBlank()) return outlet;
      return articleId;
    }

    /** "AFP, 4 Dec 2023": what follows the label, without what the label already says. */
    String detail() {
      StringBuilder b = new StringBuilder();
      if (!title.isBlank() && !outlet.isBlank()) b.append(outlet);
      if (published != null) b.append(b.length() > 0 ? ", " : "").append(Dates.day(published));
      return b.toString();
    }
  }
}
