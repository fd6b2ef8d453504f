package org.entente.correction;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.entente.act.ActType;
import org.entente.coding.Mention;
import org.entente.date.DatePrecision;
import org.entente.date.ResolvedDate;

/**
 * What a {@code set} row changes: one field of a mention, or of every mention of an event. The fields are the
 * codes an analyst decides: {@code type} (category/subtype), {@code category}, {@code subtype}, {@code source},
 * {@code target}, {@code date} (YYYY-MM-DD, YYYY-MM or YYYY, which also sets the precision) and
 * {@code date_precision}.
 */
public record Edit(String field, String value) {

  static final List<String> FIELDS =
      List.of("type", "category", "subtype", "source", "target", "date", "date_precision");

  /**
   * Checks what can be checked without the mention.
   *
   * @throws IllegalArgumentException naming the problem, for the {@code field} or {@code value} column
   */
  static Edit of(String field, String value, Predicate<String> knownParty) {
    if (field.isEmpty()) throw new BadCell("field", "empty: a set row names the field it sets (" + String.join(", ",
        FIELDS) + ")");
    if (!FIELDS.contains(field)) {
      throw new BadCell("field", "'" + field + "' cannot be set; the fields are " + String.join(", ", FIELDS));
    }
    if (value.isEmpty()) throw new BadCell("value", "empty: a set row gives the new value");
    switch (field) {
      case "type" -> type(value);
      case "category" -> {
        if (java.util.Arrays.stream(ActType.values()).noneMatch(t -> t.category().equals(value))) {
          throw new BadCell("value", "'" + value + "' is not a category");
        }
      }
      case "subtype" -> {
        if (java.util.Arrays.stream(ActType.values()).noneMatch(t -> t.subtype().equals(value))) {
          throw new BadCell("value", "'" + value + "' is not a subtype");
        }
      }
      case "source", "target" -> party(value, knownParty);
      case "date" -> DateValue.parse(value);
      case "date_precision" -> precision(value);
      default -> throw new IllegalStateException(field);
    }
    return new Edit(field, value);
  }

  /**
   * The mention with this field changed. {@code published} is its article's publication date (for
   * {@code date_precision reported}).
   *
   * @throws IllegalArgumentException when the change does not fit this mention
   */
  Mention apply(Mention m, LocalDate published) {
    return switch (field) {
      case "type" -> Mentions.withType(m, type(value));
      case "category" -> Mentions.withType(m, pair(value, m.type().subtype()));
      case "subtype" -> Mentions.withType(m, pair(m.type().category(), value));
      case "source" -> Mentions.withParties(m, value, m.target());
      case "target" -> Mentions.withParties(m, m.source(), value);
      case "date" -> Mentions.withDate(m, DateValue.parse(value));
      case "date_precision" -> Mentions.withDate(m, coarsen(m.date(), precision(value), published));
      default -> throw new IllegalStateException(field);
    };
  }

  static ActType type(String label) {
    return ActType.ofLabel(label).orElseThrow(() -> new BadCell("value",
        "'" + label + "' is not a category/subtype pair of the codebook (e.g. cooperation/military)"));
  }

  private static ActType pair(String category, String subtype) {
    Optional<ActType> t = ActType.of(category, subtype);
    return t.orElseThrow(() -> new IllegalArgumentException("'" + category + "/" + subtype
        + "' is not a category/subtype pair of the codebook; set the field type instead"));
  }

  static String party(String code, Predicate<String> knownParty) {
    if (!knownParty.test(code)) {
      throw new BadCell("value", "'" + code + "' is not a party code of the dictionary (e.g. NER, RUS, ECOWAS)");
    }
    return code;
  }

  private static DatePrecision precision(String code) {
    for (DatePrecision p : DatePrecision.values()) {
      if (p.code().equals(code)) return p;
    }
    throw new BadCell("value", "'" + code + "' is not a date precision (day, month, year, reported, unknown)");
  }

  /** The same date, known less precisely; a finer precision needs the date itself (field date). */
  private static ResolvedDate coarsen(ResolvedDate d, DatePrecision to, LocalDate published) {
    return switch (to) {
      case REPORTED -> ResolvedDate.reported(published);
      case UNKNOWN -> new ResolvedDate(null, DatePrecision.UNKNOWN, "");
      case DAY, MONTH, YEAR -> {
        boolean known = d.date() != null && d.precision().ordinal() <= DatePrecision.YEAR.ordinal();
        if (!known || d.precision().ordinal() > to.ordinal()) {
          throw new IllegalArgumentException("the date is known to the " + d.precision().code()
              + ", not to the " + to.code() + "; set the field date (YYYY-MM-DD, YYYY-MM or YYYY) instead");
        }
        LocalDate start = to == DatePrecision.MONTH ? d.date().withDayOfMonth(1)
            : to == DatePrecision.YEAR ? d.date().withDayOfYear(1) : d.date();
        yield new ResolvedDate(start, to, "");
      }
    };
  }
}
